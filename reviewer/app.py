"""The desktop entry point: open the store, import the sample on first run, show the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from reviewer import library
from reviewer.formats.errors import BadInputError
from reviewer.storage.errors import StoreError
from reviewer.storage.store import Store


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="reviewer-gui", description="The reviewer window.")
    parser.add_argument("article", nargs="?", help="an article id in the library, a file or a URL")
    parser.add_argument("--db", metavar="PATH", help="database file")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app; return its exit status."""
    args = _parse(argv if argv is not None else sys.argv[1:])
    from PySide6.QtWidgets import QApplication, QMessageBox

    from reviewer.ui.library_window import LibraryWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("reviewer")
    try:
        store = Store(args.db)
        library.ensure_sample(store)
        selected = None
        if args.article and args.article.isdigit():
            selected = store.article(int(args.article)).id
        elif args.article:
            selected = library.import_article(store, args.article).id
    except (BadInputError, StoreError, ValueError) as exc:
        QMessageBox.critical(None, "reviewer", str(exc))
        return 2
    window = LibraryWindow(store)
    if selected is not None:
        window.reload(selected)
    window.show()
    status = app.exec()
    store.close()
    return status
