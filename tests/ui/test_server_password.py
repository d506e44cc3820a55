"""File > Open library on a server… with "Remember the password in the system keyring": a
password typed in the URL goes to the keyring (an in-memory backend here), never to the settings;
the next time the URL without it opens the library; with no keyring the library still opens and
the status bar says plainly that the password was not remembered."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from reviewer.storage import pg_password
from reviewer.ui.main_window import MainWindow
from tests.pg_secrets import PASSWORD, MemoryKeyring
from tests.ui.keys import from_menu
from tests.ui.test_server_window import (  # noqa: F401 - a fixture
    WAIT_MS,
    OpenWindow,
    open_window,
    opened_instead,
    with_sample,
)


def _open_by_keys(qtbot: Any, window: MainWindow, url: str, *, remember: bool,
                  refused: str = "") -> MainWindow:
    """File > Open library on a server…, type ``url``, tick the box by keys if ``remember``,
    Enter (and, when the dialog says ``refused``, Enter again); the window the library opened
    in."""
    from_menu(qtbot, window, Qt.Key.Key_F, Qt.Key.Key_S)  # File > Open library on a server…
    dialog = window.opener.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.remember.isChecked()  # off by default
    dialog.url.clear()
    qtbot.keyClicks(dialog.url, url)
    if remember:
        qtbot.keyClick(dialog.url, Qt.Key.Key_Tab)
        qtbot.waitUntil(dialog.remember.hasFocus)
        qtbot.keyClick(dialog.remember, Qt.Key.Key_Space)
        assert dialog.remember.isChecked()
        qtbot.keyClick(dialog.remember, Qt.Key.Key_Return)
        if refused:
            qtbot.waitUntil(lambda: refused in dialog.hint.text(), timeout=WAIT_MS)
            assert PASSWORD not in dialog.hint.text() and not dialog.remember.isChecked()
            assert dialog.isVisible() and window.isVisible()
            qtbot.keyClick(dialog.remember, Qt.Key.Key_Return)
    else:
        qtbot.keyClick(dialog.url, Qt.Key.Key_Return)
    return opened_instead(qtbot, window)


def test_the_password_is_remembered_in_the_keyring_and_never_in_the_settings(
        qtbot: Any, open_window: OpenWindow, asking: str,  # noqa: F811 - the fixture above
        memory_keyring: MemoryKeyring, db_path: Any) -> None:
    typed = with_sample(asking.replace("olena@", f"olena:{PASSWORD}@", 1))
    kept: dict[str, Any] = {}
    opened = _open_by_keys(qtbot, open_window(with_sample(str(db_path)), kept), typed,
                           remember=True)
    assert opened.store.engine == "postgresql" and opened.model.rowCount() > 0
    user = pg_password.account_of(asking)
    assert memory_keyring.values[("reviewer", user)] == PASSWORD
    assert kept["server_url"] == asking
    assert PASSWORD not in opened.windowTitle() + opened.message.text()
    opened.close()
    assert not any(PASSWORD in str(value) for value in kept.values())
    pg_password._taken.clear()  # a new process: only the keyring has it
    reads = memory_keyring.reads
    again = _open_by_keys(qtbot, open_window(str(db_path), kept), asking, remember=False)
    assert again.store.engine == "postgresql" and memory_keyring.reads > reads
    again.close()
    assert not any(PASSWORD in str(value) for value in kept.values())


def test_with_no_keyring_the_dialog_says_the_password_was_not_remembered_and_enter_opens(
        qtbot: Any, open_window: OpenWindow, asking: str,  # noqa: F811 - the fixture above
        no_keyring: None, db_path: Any) -> None:
    typed = with_sample(asking.replace("olena@", f"olena:{PASSWORD}@", 1))
    kept: dict[str, Any] = {}
    opened = _open_by_keys(qtbot, open_window(with_sample(str(db_path)), kept), typed,
                           remember=True, refused="no system keyring on this computer")
    assert opened.store.engine == "postgresql" and opened.model.rowCount() > 0
    opened.close()
    assert kept["server_url"] == asking
    assert not any(PASSWORD in str(value) for value in kept.values())
