"""File > Open library: another library file, or a library on a PostgreSQL server, in a window.

A server is given by a ``postgresql://`` URL typed in :class:`ServerDialog`. The password comes
from the URL typed at that moment, ``PGPASSWORD``, ``~/.pgpass``, a service file or the system
keyring (:mod:`reviewer.storage.pg_password`); "Remember the password in the system keyring"
(off by default) keeps a password typed in the URL there. The URL is remembered in the
settings (``server_url``) without it, and the window shows the library by
:func:`library_label` (a server's URL with the password masked, as the store's messages do).
The library opened (a file's path, or the URL without password) is kept as ``last_library``: the
next start opens it when no ``--db`` is given. Opening happens on the GUI thread, as at start:
a library that cannot be opened is said in the dialog (or the status bar) and the window stays
on the library it has.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.errors import ReviewerError
from reviewer.storage.pg_url import PgUrl, is_pg_url, location
from reviewer.storage.store import Store
from reviewer.ui import theme
from reviewer.ui.settings import Settings


def library_label(target: Path | str) -> str:
    """How the window names a library: its file's name, or a server's URL without password."""
    where = location(target)
    return str(where) if isinstance(where, PgUrl) else where.name


def without_password(url: str) -> str:
    """``url`` with no password at all (in the user part or a ``password=`` parameter): what
    the settings may keep."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, host = netloc.rpartition("@")
        netloc = f"{userinfo.split(':', 1)[0]}@{host}"
    query = "&".join(item for item in parts.query.split("&")
                     if item and not item.lower().startswith("password="))
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


class ServerDialog(QDialog):
    """Asks for a server URL; Enter opens it, a failure is said here and the dialog stays."""

    def __init__(self, remembered: str, opener: Callable[[str], Store],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opener = opener
        self.store: Store | None = None
        self.opened_text = ""  # the URL self.store was opened by
        self.setWindowTitle(self.tr("Open library on a server"))
        self.url = QLineEdit(remembered)
        self.url.setPlaceholderText("postgresql://name@server/reviewer")
        self.url.setMinimumWidth(420)
        label = QLabel(self.tr("&Server URL:"))
        label.setBuddy(self.url)
        self.remember = QCheckBox(self.tr("&Remember the password in the system keyring"))
        self.hint = QLabel(self.tr("The password comes from the URL typed here, PGPASSWORD, "
                                   "~/.pgpass, a service file or the system keyring; it is "
                                   "never written to the settings. Enter opens, Esc closes."))
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.url)
        layout.addWidget(self.remember)
        layout.addWidget(self.hint)
        self.url.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_typed()
            return
        super().keyPressEvent(event)

    def open_typed(self) -> None:
        """Open the typed URL, or say why not (and stay open)."""
        text = self.url.text().strip()
        if self.store is not None:
            if text == self.opened_text:  # opened, its password not remembered: go on
                self.accept()
                return
            self.store.close()
            self.store = None
        if not is_pg_url(text):
            self._refuse(self.tr("A server URL starts with postgresql:// (for a file, use File "
                                 "> Open library…)."))
            return
        try:
            self.store = self.opener(text)
        except ReviewerError as exc:
            self._refuse(str(exc))
            return
        self.opened_text = text
        if self.remember.isChecked() and (why := self._remember(text)):
            self.remember.setChecked(False)
            self._refuse(self.tr("The password was not remembered: {reason}. Enter opens the "
                                 "library without remembering it.").format(reason=why))
            return
        self.accept()

    def reject(self) -> None:  # noqa: D102 - Esc: a library opened here is closed again
        if self.store is not None:
            self.store.close()
            self.store = None
        super().reject()

    def _remember(self, url: str) -> str:
        """Keep the password typed in ``url`` in the keyring; why not, or ``""``."""
        from reviewer.storage import pg_password  # noqa: PLC0415 - psycopg, on a server only

        try:
            if password := pg_password.password_in(url):
                pg_password.remember(pg_password.account_of(url), password)
        except ReviewerError as exc:
            return str(exc)
        return ""

    def _refuse(self, text: str) -> None:
        self.hint.setStyleSheet(f"color:{theme.colours().error}")
        self.hint.setText(text)


class LibraryOpener(QObject):
    """The two File menu actions: ``opened`` carries the store of the library opened."""

    opened = Signal(object)  # Store
    message = Signal(str, int)

    def __init__(self, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.settings, self.window = settings, parent
        self.dialog: ServerDialog | None = None

    def open_file(self) -> None:
        """Ask for a library file and open it."""
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open library"), str(Path.home()),
            self.tr("Libraries (*.db *.sqlite);;All files (*)"))
        if not chosen:
            return
        try:
            store = Store(chosen)
        except ReviewerError as exc:
            self.message.emit(str(exc), 20000)
            return
        self.settings.set("last_library", str(Path(chosen).resolve()))
        self.settings.sync()
        self.opened.emit(store)

    def open_server(self) -> None:
        """Ask for a server URL (the last one, without password, typed in) and open it."""
        dialog = self.dialog = ServerDialog(self.settings.get("server_url"), Store, self.window)
        dialog.accepted.connect(lambda: self._server_opened(dialog))
        dialog.open()

    def _server_opened(self, dialog: ServerDialog) -> None:
        if dialog.store is None:
            return
        url = without_password(dialog.url.text().strip())
        self.settings.set("server_url", url)
        self.settings.set("last_library", url)  # opened at the next start
        self.settings.sync()
        self.opened.emit(dialog.store)
