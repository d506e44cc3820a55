"""CLI commands for exchange with other tools: ``export`` and ``import-tm``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from reviewer.cli.output import emit_json, say
from reviewer.cli.store_cmds import open_store
from reviewer.core import languages
from reviewer.core.errors import FileAccessError, UsageError

if TYPE_CHECKING:
    from reviewer.formats.exchange_import import ImportSummary

# The formats and the store are imported when a command runs (see open_store).


def _warn(text: str) -> None:
    if text:
        print(f"reviewer: warning: {text}", file=sys.stderr)


def cmd_export(args: argparse.Namespace) -> int:
    from reviewer.formats.document import Fallback
    from reviewer.formats.export import ExportOptions, export

    if (args.article is None) == (not args.all):
        raise UsageError("give an article id or --all (the whole library), not both")
    options = ExportOptions(args.format, tuple(languages.parse_list(args.lang or "")),
                            args.all_statuses, Fallback(args.fallback), args.bom,
                            not args.raw_cells)
    try:
        with open_store(args) as store:
            ids = None if args.all else [store.article(args.article).id]
            result = export(store, ids, args.output, options)
    except OSError as exc:
        raise FileAccessError(args.output, exc.strerror or str(exc)) from exc
    if args.json:
        emit_json({"format": args.format, "files": [str(p) for p in result.paths],
                   "units": result.units, "removed_characters": result.report.changed,
                   "changed_units": result.report.units})
    else:
        for path in result.paths:
            say(str(path))
    _warn(result.report.message())
    return 0


def _summary_text(s: ImportSummary, mode: str) -> str:
    tool = f" written by {s.tool}" if s.tool else ""
    head = f"{s.path}: {s.kind.upper()}{tool}, {s.units} units"
    if mode == "tm":
        pairs = ", ".join(f"{k} {v}" for k, v in s.langs.items()) or "no pairs"
        return (f"{head}; translation memory: {s.added} added, {s.already} already there, "
                f"{s.skipped} skipped (untranslated or rejected) [{pairs}]")
    langs = ", ".join(f"{languages.label(k)} {v} sentences" for k, v in s.langs.items())
    what = "new article" if mode == "article" else "human version of article"
    flagged = f", {s.flagged} links flagged for review" if s.flagged else ""
    return f"{head}; {what} {s.article_id}: {langs}{flagged}"


def cmd_import_tm(args: argparse.Namespace) -> int:
    from reviewer.formats.exchange_import import import_as_article, import_as_human, import_tm
    from reviewer.storage.tm_indexed import settle as tm_settle

    if args.as_human and args.article is None:
        raise UsageError("--as-human needs --article ID (the article to give a human version)")
    if args.article is not None and not args.as_human:
        raise UsageError("--article needs --as-human LANG (which language of the file to use)")
    with open_store(args) as store:
        if args.as_human:
            mode, summary = "human", import_as_human(store, args.file, args.article,
                                                     args.as_human)
        elif args.as_article:
            mode, summary = "article", import_as_article(store, args.file, args.title)
        else:
            mode, summary = "tm", import_tm(store, args.file)
            tm_settle(store)  # the new units' compared texts, in the memory's index
    if args.json:
        emit_json({"mode": mode, **summary.__dict__})
    else:
        say(_summary_text(summary, mode))
    if summary.skipped_langs:
        _warn(f"units in unsupported languages were skipped: {', '.join(summary.skipped_langs)}")
    return 0


def _configure_export(p: argparse.ArgumentParser) -> None:
    from reviewer.formats.document import Fallback
    from reviewer.formats.export import FORMATS

    p.add_argument("article", type=int, nargs="?", help="the article to export")
    p.add_argument("--all", action="store_true", help="export the whole library")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("-o", "--output", required=True, metavar="PATH",
                   help="the file to write (several files go beside it as NAME.uk.EXT, "
                        "or into PATH if it is a folder)")
    p.add_argument("--lang", help="target languages, e.g. uk or ua,ru (default: all)")
    p.add_argument("--all-statuses", action="store_true",
                   help="export every translation with its status, not only approved ones")
    p.add_argument("--fallback", choices=[f.value for f in Fallback], default="none",
                   help="documents: what stands in for unapproved segments "
                        "(none: a visible marker; human: the published version; mt)")
    p.add_argument("--bom", action="store_true", help="CSV: start with a BOM (for Excel)")
    p.add_argument("--raw-cells", action="store_true",
                   help="CSV: do not neutralise cells that a spreadsheet would run as formulas")


def _configure_import(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="a TMX (.tmx) or XLIFF (.xlf, .xliff, .sdlxliff, .mqxliff) file")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--as-human", metavar="LANG",
                      help="use the file's text in LANG as the human version of --article")
    mode.add_argument("--as-article", action="store_true",
                      help="make the file a new article (its targets become human versions)")
    p.add_argument("--article", type=int, help="the article for --as-human")
    p.add_argument("--title", help="title of the new article (--as-article)")


COMMANDS = {
    "export": (cmd_export, "export approved translations: TMX, XLIFF, CSV, XLSX, JSON, or the "
                           "article rebuilt as TXT, MD, DOCX, HTML", _configure_export),
    "import-tm": (cmd_import_tm, "import a TMX or XLIFF file into the translation memory, as "
                                 "the human version of an article, or as a new article",
                  _configure_import),
}
