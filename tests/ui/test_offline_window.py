"""The server goes away under an open window: the window says it is offline, keeps what is typed
and approved meanwhile in its outbox on this computer, and sends it when the server is back,
each change once.

The window is on a database of a PostgreSQL server of the test's own, stopped at once
(``pg_ctl stop -m immediate``) and started again; keys are real, the waits are on the window's
real timers (the draft pause, the retry every two seconds).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from reviewer import library
from reviewer.core.model import Status
from reviewer.storage.outbox import Outbox, outbox_path
from reviewer.storage.store import Store
from tests.pg_server import PgServer, start_server

CTRL = Qt.KeyboardModifier.ControlModifier
WAIT_MS = 20_000


@pytest.fixture
def own_server() -> Iterator[PgServer]:
    """A server of this test's own, to be stopped and started again."""
    yield from start_server()


@pytest.fixture
def store(own_server: PgServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
          ) -> Iterator[Store]:
    """The sample in a database on the test's own server; outboxes under the test's folder
    (which is the working folder too: the window's quality aids still open ``Path(URL)``, a
    stray SQLite file, until the writer keeps its target as a URL)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    s = Store(own_server.new_database())
    library.ensure_sample(s)
    yield s
    s.close()


def _history(url: str, segment_id: int) -> list[tuple[str, str]]:
    with Store(url) as s:
        rows = s.conn.db.execute("SELECT new_text, new_status FROM history WHERE segment_id = ? "
                                 "ORDER BY id", [segment_id]).fetchall()
    return [(r[0], r[1]) for r in rows]


def test_changes_made_offline_are_kept_and_sent_once_when_the_server_is_back(
        qtbot: Any, make_window: Any, store: Store, own_server: PgServer,
        tmp_path: Path) -> None:
    url = store.path.secret  # type: ignore[attr-defined]
    window = make_window()
    segments = store.segments(window.article_id)
    box = Outbox(outbox_path(store.path, tmp_path / "data" / "reviewer" / "outbox"))

    a = segments[window.current_row()].id
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    qtbot.keyClicks(window.editor.final, "Segment A online")
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: (t := store.translation(a, "uk")) is not None
                    and t.status is Status.APPROVED, timeout=WAIT_MS)

    own_server.crash()
    b = segments[window.current_row()].id
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    qtbot.keyClicks(window.editor.final, "Segment B offline")
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Return, CTRL)
    c = segments[window.current_row()].id
    assert len({a, b, c}) == 3
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    qtbot.keyClicks(window.editor.final, "Segment C offline")
    qtbot.waitUntil(lambda: box.count() == 2, timeout=WAIT_MS)  # after the draft pause
    qtbot.waitUntil(lambda: window.offline.indicator.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Changes kept on this computer: 2;" in window.message.text(),
                    timeout=WAIT_MS)
    assert window.message.text().startswith("Offline: the server at ")
    assert window.review.unsaved() == 0  # each acknowledged once in the outbox
    assert window.model.views[window.model.position_of(b)].translations["uk"].text == (
        "Segment B offline")  # still shown

    own_server.start_again()
    qtbot.waitUntil(lambda: box.count() == 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.offline.indicator.isVisible(), timeout=WAIT_MS)
    assert "Back online" in window.message.text()
    assert _history(url, b) == [("Segment B offline", "approved")]
    assert _history(url, c) == [("Segment C offline", "draft")]
    assert _history(url, a) == [("Segment A online", "approved")]
