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
from reviewer.core.model import Origin, Status
from reviewer.storage.outbox import Outbox, outbox_path
from reviewer.storage.store import Store
from tests.pg_server import PgServer

CTRL = Qt.KeyboardModifier.ControlModifier
WAIT_MS = 20_000


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


def test_annotations_replace_all_and_glossary_edits_made_offline_are_sent_once(
        qtbot: Any, make_window: Any, store: Store, own_server: PgServer,
        tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from reviewer.core.qa.glossary import Term
    from reviewer.storage.annotations import Annotations
    from reviewer.storage.glossary import GlossaryStore
    from tests.ui.keys import SHIFT, activate, mark_in_final, open_from_library
    from tests.ui.test_replace_window import _open_dialog, _tab_to, _type_query, back_to

    url = store.path.secret  # type: ignore[attr-defined]
    GlossaryStore(store).add([Term("air defense", "uk", "ППО"), Term("Kyiv", "uk", "Київ")])
    window = make_window()
    segments = store.segments(window.article_id)
    for index, text in {0: "Україна просить підтримки", 3: "Україна і НАТО"}.items():
        store.set_translation(segments[index].id, "uk", text, Status.DRAFT, Origin.EDITED)
    open_from_library(qtbot, window, window.article_id)  # see again what was seeded
    qtbot.keyClick(window.grid, Qt.Key.Key_T, CTRL | SHIFT)  # the glossary, read while online
    glossary = window.lookups.glossary_window
    activate(glossary)
    qtbot.waitUntil(lambda: glossary.proxy.rowCount() == 2)
    box = Outbox(outbox_path(store.path, tmp_path / "data" / "reviewer" / "outbox"))

    own_server.crash()
    glossary.table.setFocus()
    qtbot.keyClick(glossary.table, Qt.Key.Key_Home, CTRL)  # "air defense"
    qtbot.keyClick(glossary.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: box.count() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: glossary.proxy.rowCount() == 1)  # shown deleted, kept to send
    back_to(window)
    qtbot.keyClick(window.grid, Qt.Key.Key_Home, CTRL)
    mark_in_final(qtbot, window, "mistranslation", Qt.Key.Key_J)  # major
    qtbot.waitUntil(lambda: box.count() == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(window.annotations.annotations) == 1)  # shown, not yet sent
    assert window.annotations.annotations[0].id < 0
    back_to(window)
    dialog = _open_dialog(qtbot, window)
    _type_query(qtbot, dialog, "Україна", "Країна")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    _tab_to(qtbot, dialog, dialog.replace_all)
    qtbot.keyClick(dialog.replace_all, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.count() == 3, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Texts replaced: 2" in dialog.message.text())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.model.views[3].translations["uk"].text == "Країна і НАТО"  # shown
    qtbot.waitUntil(lambda: window.offline.indicator.isVisible(), timeout=WAIT_MS)

    own_server.start_again()
    qtbot.waitUntil(lambda: box.count() == 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Back online" in window.message.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: [a.id > 0 for a in window.annotations.annotations] == [True],
                    timeout=WAIT_MS)  # read again: the id the server gave
    with Store(url) as s:
        [annotation] = Annotations(s).of_segment(segments[0].id, "uk")
        assert (annotation.text, annotation.category) == ("Україна"[0],
                                                         "accuracy/mistranslation")
        assert {t.source for t in GlossaryStore(s).terms()} == {"Kyiv"}
        assert s.translation(segments[3].id, "uk").text == "Країна і НАТО"  # type: ignore
        assert s.translation(segments[0].id, "uk").text == "Країна просить підтримки"  # type: ignore
    assert _history(url, segments[3].id) == [("Україна і НАТО", "draft"),
                                             ("Країна і НАТО", "draft")]


def test_a_sign_off_while_the_server_is_away_says_it_needs_the_server_and_locks_nothing(
        qtbot: Any, make_window: Any, store: Store, own_server: PgServer) -> None:
    from reviewer.core.people import TeamRole
    from reviewer.storage.team import Team

    url = store.path.secret  # type: ignore[attr-defined]
    article = store.articles()[0].article.id
    first = store.segments(article)[0].id
    store.set_translation(first, "uk", "Текст.", Status.APPROVED, Origin.EDITED, actor="Taras")
    Team(store, "Olena").add("Olena", TeamRole.EDITOR)
    window = make_window({"user_name": "Olena"})
    own_server.crash()
    qtbot.keyClick(window.grid, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.message.text().startswith("A sign-off needs the server"),
                    timeout=WAIT_MS)
    assert "cannot be reached" in window.message.text()
    own_server.start_again()
    with Store(url) as s:
        assert Team(s, "x").signoffs(article) == {}
