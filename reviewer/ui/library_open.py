"""File > Open library: another library file, or a library on a PostgreSQL server, in a window.

A server is given by a ``postgresql://`` URL typed in :class:`ServerDialog`. The password comes
from ``~/.pgpass``, ``PGPASSWORD`` or the URL typed at that moment; the URL is remembered in the
settings (``server_url``) without it, and the window shows the library by
:func:`library_label` (a server's URL with the password masked, as the store's messages do).
Opening happens on the GUI thread, as at start: a library that cannot be opened is said in the
dialog (or the status bar) and the window stays on the library it has.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

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
        self.setWindowTitle(self.tr("Open library on a server"))
        self.url = QLineEdit(remembered)
        self.url.setPlaceholderText("postgresql://name@server/reviewer")
        self.url.setMinimumWidth(420)
        label = QLabel(self.tr("&Server URL:"))
        label.setBuddy(self.url)
        self.hint = QLabel(self.tr("The password comes from ~/.pgpass, PGPASSWORD or the URL "
                                   "typed here; it is never remembered. Enter opens, Esc "
                                   "closes."))
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.url)
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
        if not is_pg_url(text):
            self._refuse(self.tr("A server URL starts with postgresql:// (for a file, use File "
                                 "> Open library…)."))
            return
        try:
            self.store = self.opener(text)
        except ReviewerError as exc:
            self._refuse(str(exc))
            return
        self.accept()

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
        self.opened.emit(store)

    def open_server(self) -> None:
        """Ask for a server URL (the last one, without password, typed in) and open it."""
        dialog = self.dialog = ServerDialog(self.settings.get("server_url"), Store, self.window)
        dialog.accepted.connect(lambda: self._server_opened(dialog))
        dialog.open()

    def _server_opened(self, dialog: ServerDialog) -> None:
        if dialog.store is None:
            return
        self.settings.set("server_url", without_password(dialog.url.text().strip()))
        self.settings.sync()
        self.opened.emit(dialog.store)
