"""The desktop entry point: open the store, import the sample on first run, show the window.

The library is the one ``--db`` names, else ``$REVIEWER_DB``, else the one opened last by File >
Open library (setting ``last_library``: a file's path, or a server's URL without its password,
which comes from ``.pgpass``, a service file or the system keyring), else ``reviewer.db`` in the
user data directory (the sample imported into it on first run). A last library that cannot be
opened (its file gone, a password refused) is said and the default opens instead; a server that
cannot be reached is said in a window of its own that opens the library once it answers
(:mod:`reviewer.ui.offline_start`).
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Protocol, cast

from reviewer.core.errors import ReviewerError
from reviewer.resources import SAMPLE_KEY
from reviewer.storage.errors import StoreUnreachableError
from reviewer.storage.pg_url import is_pg_url
from reviewer.storage.store import Store

if TYPE_CHECKING:
    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.settings import Settings


class _CrashWindow(Protocol):
    """What the crash hook asks of the window (found by its ``show_crash``)."""

    def say(self, text: str, ms: int = ...) -> None: ...

    def show_crash(self, error: object, trace: str) -> None: ...


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    from reviewer import __version__

    parser = argparse.ArgumentParser(prog="reviewer-gui", description="The reviewer window.")
    parser.add_argument("--version", action="version", version=f"reviewer {__version__}")
    parser.add_argument("article", nargs="?", help="an article id in the library, a file or a URL")
    parser.add_argument("--db", metavar="PATH",
                        help="the library: a database file or a postgresql:// URL")
    return parser.parse_args(list(argv))


def _install_crash_dialog() -> None:
    """Bugs anywhere on the GUI thread end in one dialog with the traceback, not a silent exit;
    a known error that escapes an action (a database locked by another program) is a status-bar
    message instead."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        from PySide6.QtWidgets import QApplication

        windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, "show_crash")]
        # the window shown (one closed by File > Open library lingers, hidden)
        window = cast("_CrashWindow | None", next(
            (w for w in windows if w.isVisible()), windows[0] if windows else None))
        if window is not None and isinstance(error, ReviewerError):
            window.say(str(error), 20000)
            return
        trace = "".join(traceback.format_exception(kind, error, tb))
        sys.stderr.write(trace)
        if window is not None:
            window.show_crash(error, trace)

    sys.excepthook = hook


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app; return its exit status."""
    import os

    if os.environ.get("REVIEWER_CHART_PROCESS"):  # a frozen bundle's chart process
        from reviewer.ui.chart_server import serve

        return serve()
    args = _parse(sys.argv[1:] if argv is None else argv)
    from PySide6.QtWidgets import QApplication, QMessageBox

    from reviewer.ui.i18n import install_translator
    from reviewer.ui.identity import set_identity
    from reviewer.ui.settings import Settings
    from reviewer.ui.stop_signals import StopSignals
    from reviewer.ui.theme import apply_scheme

    # instance() is typed as a QCoreApplication; the one this process makes is a QApplication
    app = cast(QApplication, QApplication.instance() or QApplication([sys.argv[0]]))
    StopSignals(app)  # SIGTERM and Ctrl+C close the windows as File > Quit does
    set_identity(app)
    settings = Settings()
    apply_scheme(app, settings.get("color_scheme"))
    install_translator(app, settings.get("ui_language"))
    try:
        store, target, not_opened = _open_store(args.db, settings.get("last_library"))
    except ReviewerError as exc:
        QMessageBox.critical(None, "reviewer", str(exc))
        return 2
    if store is None:
        from reviewer.ui.offline_start import OfflineStart

        assert target is not None  # only a server is unreachable
        waiting = OfflineStart(target)
        opened: list[Store] = []
        shown: list[MainWindow] = []  # kept: a window nothing refers to would be deleted

        def later(s: Store) -> None:
            opened.append(s)
            window = _open_window(s, args, settings)
            if window is None:
                app.quit()
            else:
                shown.append(window)

        waiting.opened.connect(later)
        waiting.show()
        _install_crash_dialog()
        status = app.exec()
        for s in opened:
            s.close()
        return int(status)
    window = _open_window(store, args, settings)
    if window is None:
        store.close()
        return 2
    if not_opened:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QLabel

        note = QCoreApplication.translate(
            "MainWindow", "The library opened last could not be opened ({error}); this is "
            "the default library.").format(error=not_opened)
        badge = QLabel(QCoreApplication.translate("MainWindow", "Default library"))
        badge.setObjectName("not_last_library")  # kept in sight: other messages follow
        badge.setToolTip(note)
        window.statusBar().insertPermanentWidget(0, badge)
        window.say(note, 0)
    _install_crash_dialog()
    status = app.exec()
    store.close()
    return int(status)


def _open_store(db: str | None, last: str) -> tuple[Store | None, str | None, str]:
    """The library to open at start: the store (``None``: its server cannot be reached), the
    target named, and why the last library could not be opened (the default opened instead).
    Raises the refusal of a library named by ``--db`` or ``$REVIEWER_DB``."""
    named = db or os.environ.get("REVIEWER_DB") or None
    target = named or last or None
    if named is None and target is not None and not is_pg_url(target) \
            and not Path(target).is_file():
        return Store(None), None, f"{target}: no such file"
    try:
        return Store(target), target, ""
    except StoreUnreachableError:  # the server is away: said, the library opens once back
        return None, target, ""
    except ReviewerError as exc:
        if named is not None:
            raise
        return Store(None), None, str(exc)  # the last library: said, the default opens


def _open_window(store: Store, args: argparse.Namespace, settings: Settings) -> MainWindow | None:
    """The window over ``store`` (the sample imported on first run, the article asked for
    selected), shown; ``None`` when the article asked for could not be opened (said)."""
    from PySide6.QtWidgets import QMessageBox

    from reviewer.ui.main_window import MainWindow  # noqa: F811 - at run time, not only typing

    try:
        read_only = store.conn.read_only  # a library on a read-only disk or folder: read it
        sample = None
        if read_only is None and not store.meta(SAMPLE_KEY):  # the importer only when needed
            from reviewer import library

            sample = library.ensure_sample(store)
        selected = sample.id if sample else None
        if args.article and args.article.isdigit():
            selected = store.article(int(args.article)).id
        elif args.article:
            from reviewer import library

            selected = library.import_article(store, args.article).id
    except ReviewerError as exc:
        QMessageBox.critical(None, "reviewer", str(exc))
        return None
    if selected is not None:
        settings.set("last_article", selected)
    window = MainWindow(store, settings)
    window.show()
    if read_only is not None:  # said at once and kept in sight, before a change is refused
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QLabel

        note = QCoreApplication.translate(
            "MainWindow", "{0} — the library opens read-only: reviewing is off until it can be "
            "written.").format(read_only)
        badge = QLabel(QCoreApplication.translate("MainWindow", "Read-only library"))
        badge.setObjectName("read_only")
        badge.setToolTip(note)
        window.statusBar().insertPermanentWidget(0, badge)
        window.say(note, 0)
    return window
