"""The desktop entry point: open the store, import the sample on first run, show the window."""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from types import TracebackType
from typing import Protocol, cast

from reviewer.core.errors import ReviewerError
from reviewer.resources import SAMPLE_KEY
from reviewer.storage.store import Store


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
    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.settings import Settings
    from reviewer.ui.theme import apply_scheme

    # instance() is typed as a QCoreApplication; the one this process makes is a QApplication
    app = cast(QApplication, QApplication.instance() or QApplication([sys.argv[0]]))
    set_identity(app)
    settings = Settings()
    apply_scheme(app, settings.get("color_scheme"))
    install_translator(app, settings.get("ui_language"))
    try:
        store = Store(args.db)
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
        return 2
    if selected is not None:
        settings.set("last_article", selected)
    window = MainWindow(store, settings)
    _install_crash_dialog()
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
    status = app.exec()
    store.close()
    return int(status)
