"""Two windows on one library, as two reviewers of a newsroom have it (each window with its own
store writer, in one process): an approval made by keys in one shows in the other's grid, and a
comment too; on a PostgreSQL server and on one SQLite file. The window names a server library by
its URL without the password."""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reviewer import library
from reviewer.core.model import Origin, Status
from reviewer.storage.store import Store
from reviewer.ui.main_window import MainWindow
from reviewer.ui.review_model import StatusRole
from reviewer.ui.settings import Settings
from reviewer.ui.tasks import TaskRunner
from tests.ui.keys import activate as make_active
from tests.ui.keys import from_menu

CHILD = Path(__file__).with_name("server_child.py")
ROOT = Path(__file__).resolve().parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier
WAIT_MS = 10_000


def opened_instead(qtbot: Any, window: Any) -> MainWindow:
    """The window a library opened from ``window`` replaced it with, once its article is read."""
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    opened = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, MainWindow) and w.isVisible())
    qtbot.addWidget(opened)
    qtbot.waitUntil(lambda: opened.writer.settled and opened.article_id is not None,
                    timeout=WAIT_MS)
    return opened


def server_library(pg_server: Any) -> tuple[str, str]:
    """A new server library holding the sample and one approved unit in its memory: its URL,
    and the URL with a password in it (the test server trusts, so any password opens it)."""
    url = with_sample(pg_server.new_database())
    with Store(url) as store:
        seg = store.segments(store.articles()[0].article.id)[0]
        store.set_translation(seg.id, "uk", "Схвалено.", Status.APPROVED, Origin.EDITED)
    return url, url.replace("postgres@", "postgres:s3cret-word@", 1)
OpenWindow = Callable[..., MainWindow]


def activate(window: MainWindow) -> None:
    """The offscreen platform activates no window by itself; shortcuts need an active one."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    window.grid.setFocus()


@pytest.fixture
def open_window(qtbot: Any) -> Iterator[OpenWindow]:
    """``open_window(target, settings)``: a shown window over its own store at ``target``."""
    made: list[MainWindow] = []

    def make(target: str, settings: dict[str, Any] | None = None) -> MainWindow:
        """``settings`` is the window's settings backend (kept, so a test can read it)."""
        window = MainWindow(Store(target), Settings(settings if settings is not None else {}),
                            TaskRunner())
        window.owns_store = True
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        activate(window)
        made.append(window)
        qtbot.waitUntil(lambda: window.writer.settled and window.article_id is not None,
                        timeout=WAIT_MS)
        return window

    yield make
    for window in made:
        window.runner.cancel_all(5000)
        window.close()


def final_cell(window: MainWindow, row: int, lang: str = "uk") -> tuple[str, Any]:
    """The final cell of ``row`` in ``lang`` as the grid shows it: its text and status."""
    model = window.grid.model()
    column = next(i for i in range(model.columnCount())
                  if (c := window.model.columns[i]).kind == "final" and c.lang == lang)
    index = model.index(row, column)
    return str(index.data(Qt.ItemDataRole.DisplayRole)), index.data(StatusRole)


def shown_comment(window: MainWindow, row: int, lang: str = "uk") -> str:
    found = window.model.views[row].translations.get(lang)
    return found.comment if found is not None else ""


def with_sample(target: str) -> str:
    with Store(target) as store:
        library.ensure_sample(store)
    return target


def test_an_approval_and_a_comment_typed_in_one_window_show_in_the_other(
        qtbot: Any, open_window: OpenWindow, db_target: str) -> None:
    with_sample(db_target)
    olena = open_window(db_target, {"user_name": "olena"})
    taras = open_window(db_target, {"user_name": "taras"})
    assert olena.article_id == taras.article_id and olena.current_row() == 0
    activate(olena)
    qtbot.keyClick(olena.grid, Qt.Key.Key_2, CTRL)  # the human version
    qtbot.keyClick(olena.grid, Qt.Key.Key_Return, CTRL)  # approve, next segment
    text = final_cell(olena, 0)[0]
    assert text
    qtbot.waitUntil(lambda: final_cell(taras, 0) == (text, Status.APPROVED), timeout=WAIT_MS)
    qtbot.keyClick(olena.grid, Qt.Key.Key_M, CTRL)
    qtbot.keyClicks(olena.editor.comment, "check the name")
    qtbot.keyClick(olena.editor.comment, Qt.Key.Key_Down, CTRL)  # move on: the comment is saved
    qtbot.waitUntil(lambda: shown_comment(taras, 1) == "check the name", timeout=WAIT_MS)
    # and back: the second reviewer's approval reaches the first window
    activate(taras)
    for _ in range(2):
        qtbot.keyClick(taras.grid, Qt.Key.Key_Down, CTRL)
    qtbot.keyClick(taras.grid, Qt.Key.Key_2, CTRL)
    qtbot.keyClick(taras.grid, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: final_cell(olena, 2)[1] == Status.APPROVED, timeout=WAIT_MS)
    with Store(db_target) as store:
        segments = store.segments(olena.article_id)
        actors = [h.actor for h in store.history(segments[0].id)]
        assert "olena" in actors
        assert store.translation(segments[1].id, "uk").comment == "check the name"
        assert "taras" in [h.actor for h in store.history(segments[2].id)]


def test_the_window_names_a_server_library_without_its_password(
        qtbot: Any, open_window: OpenWindow, pg_server: Any) -> None:
    url, secret = server_library(pg_server)
    window = open_window(secret)
    assert "s3cret-word" not in window.windowTitle()
    assert url.replace("postgres@", "postgres:***@", 1) in window.windowTitle()
    assert window.model.rowCount() > 0
    # the translation memory is read on a worker from the server, by the writer's URL
    qtbot.waitUntil(lambda: window.quality.memory is not None or "cannot" in
                    window.message.text(), timeout=WAIT_MS)
    assert window.quality.memory is not None, window.message.text()
    assert len(window.quality.memory) == 1  # the server's, not an empty file's


def test_file_open_library_on_a_server_opens_it_and_remembers_no_password(
        qtbot: Any, open_window: OpenWindow, pg_server: Any, db_path: Any) -> None:
    url = with_sample(pg_server.new_database())
    secret = url.replace("postgres@", "postgres:s3cret-word@", 1)  # the test server trusts
    kept: dict[str, Any] = {}
    window = open_window(with_sample(str(db_path)), kept)
    assert window.windowTitle().endswith(f"— {db_path.name} — reviewer")
    from_menu(qtbot, window, Qt.Key.Key_F, Qt.Key.Key_S)  # File > Open library on a server…
    dialog = window.opener.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.url, "not a server")
    qtbot.keyClick(dialog.url, Qt.Key.Key_Return)
    assert dialog.isVisible() and "postgresql://" in dialog.hint.text()
    dialog.url.clear()
    qtbot.keyClicks(dialog.url, secret)
    qtbot.keyClick(dialog.url, Qt.Key.Key_Return)
    opened = opened_instead(qtbot, window)
    assert opened.store.engine == "postgresql" and opened.model.rowCount() > 0
    assert "s3cret-word" not in opened.windowTitle() and "***" in opened.windowTitle()
    assert kept["server_url"] == url  # remembered, without the password
    opened.close()
    assert not any("s3cret-word" in str(value) for value in kept.values())
    # the next time the dialog offers the server remembered
    again = open_window(str(db_path), kept)
    from_menu(qtbot, again, Qt.Key.Key_F, Qt.Key.Key_S)
    assert again.opener.dialog is not None and again.opener.dialog.url.text() == url
    make_active(again.opener.dialog)
    qtbot.keyClick(again.opener.dialog.url, Qt.Key.Key_Escape)
    assert not again.opener.dialog.isVisible()


@pytest.mark.parametrize("given", ["--db", "REVIEWER_DB"])
def test_the_app_opens_a_server_library_from_the_command_line(
        pg_server: Any, tmp_path: Path, given: str) -> None:
    url, secret = server_library(pg_server)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               PYTHONPATH=str(ROOT), REVIEWER_DB=secret if given == "REVIEWER_DB" else "")
    args = [secret] if given == "--db" else []
    done = subprocess.run([sys.executable, str(CHILD), *args], capture_output=True, text=True,
                          env=env, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = dict(line.split("=", 1) for line in done.stdout.splitlines() if "=" in line)
    assert url.replace("postgres@", "postgres:***@", 1) in lines["title"]
    assert "s3cret-word" not in done.stdout + done.stderr
    assert int(lines["rows"]) > 0 and lines["memory"] == "1"
    assert not (tmp_path / "postgresql:").exists()  # no file made in the working folder


def test_file_open_library_opens_another_file_or_says_why_not(
        qtbot: Any, open_window: OpenWindow, tmp_path: Path, db_path: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    other = with_sample(str(tmp_path / "newsroom.db"))
    broken = tmp_path / "notes.db"
    broken.write_text("not a database", encoding="utf-8")
    window = open_window(with_sample(str(db_path)))
    chosen: list[str] = [str(broken)]  # what the person picks in the file dialog
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (chosen[0], ""))
    from_menu(qtbot, window, Qt.Key.Key_F, Qt.Key.Key_L)  # File > Open library…
    assert window.isVisible() and "notes.db" in window.message.text()
    chosen[0] = other
    from_menu(qtbot, window, Qt.Key.Key_F, Qt.Key.Key_L)
    opened = opened_instead(qtbot, window)
    assert opened.store.path == Path(other) and "newsroom.db" in opened.windowTitle()
    opened.close()
