"""Argument parsing and dispatch for ``reviewer``.

Known errors (:class:`~reviewer.core.errors.ReviewerError`: the user's or the world's fault) go to
stderr as one line, ``reviewer: <thing>: <reason>``, with exit status 2. Anything else is a bug and
ends with its traceback, so that it is reported rather than mistaken for bad input.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from reviewer import __version__
from reviewer.core.errors import ReviewerError

EXIT_USER_ERROR = 2

# Which module of reviewer.cli holds each command, in the order --help lists them: a command
# imports only its own module (another's imports, e.g. shutil and subprocess for `desktop`,
# would be a fifth of a short command's time). tests/test_cli.py checks it against COMMANDS.
COMMAND_MODULES = {
    "import": "store_cmds", "list": "store_cmds", "show": "store_cmds",
    "delete": "store_cmds", "links": "store_cmds", "search": "search_cmds",
    "approve": "review_cmds", "reject": "review_cmds",
    "translate": "engine_cmds", "engines": "engine_cmds",
    "export": "export_cmds", "import-tm": "export_cmds",
    "stats": "stats_cmds", "tm": "tm_cmds", "qa": "qa_cmds", "glossary": "qa_cmds",
    "desktop": "desktop_cmds", "library": "library_cmds",
    "replace": "replace_cmds", "history": "history_cmds", "repeats": "repeats_cmds",
    "spelling": "spelling_cmds", "annotate": "lqa_cmds", "lqa": "lqa_cmds",
    "effort": "effort_cmds", "concordance": "concordance_cmds",
    "users": "team_cmds", "signoff": "team_cmds", "reopen": "team_cmds",
}


def command_modules(names: Sequence[str] | None = None) -> list[ModuleType]:
    """The modules of the commands ``names`` (all, if None), in --help order."""
    wanted = dict.fromkeys(COMMAND_MODULES[n] for n in (names or COMMAND_MODULES))
    return [importlib.import_module(f"reviewer.cli.{m}") for m in wanted]


_DB_HELP = "database file (default: $REVIEWER_DB or the user data directory)"
_USER_HELP = "your name in the history and exports (default: $REVIEWER_USER or the login name)"


def _global(parser: argparse.ArgumentParser) -> None:
    """``--db``, ``--user`` and ``--json`` before the command: ``reviewer --db X show 1``."""
    parser.add_argument("--db", metavar="PATH", default=None, help=_DB_HELP)
    parser.add_argument("--user", metavar="NAME", default=None, help=_USER_HELP)
    parser.add_argument("--json", action="store_true", default=False,
                        help="print JSON (see README)")


def _common(parser: argparse.ArgumentParser) -> None:
    """The same options after the command. Left unset when not given there (SUPPRESS), so that a
    subcommand's default never overwrites what was given before the command."""
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=_DB_HELP)
    parser.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS, help=_USER_HELP)
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="print JSON (see README)")


def command_named(argv: Sequence[str]) -> str | None:
    """The command word of ``argv`` (the first word that is neither an option nor the value of
    ``--db`` or ``--user``), if any."""
    words = iter(argv)
    for word in words:
        if word in ("--db", "--user"):
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The ``reviewer`` parser with every subcommand.

    Given ``argv``, only the subcommand it names gets its options (and imports what they need,
    e.g. the export formats for ``--format``'s choices), and only its module is imported: the
    others are never parsed, and ``reviewer --help`` lists the commands without configuring any.
    """
    parser = argparse.ArgumentParser(
        prog="reviewer",
        description="Review machine translations of news articles against their human versions.",
    )
    _global(parser)
    parser.add_argument("--version", action="version", version=f"reviewer {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    wanted = command_named(argv) if argv is not None else None
    # Only the named command's module, unless help (listing every command) may be asked for.
    only = (wanted if wanted in COMMAND_MODULES and not {"-h", "--help"} & set(argv or ())
            else None)
    for module in command_modules([only] if only else None):
        for name, (func, help_text, configure) in module.COMMANDS.items():
            if only is not None and name != only:
                continue
            p = sub.add_parser(name, help=help_text, description=help_text)
            _common(p)
            if argv is None or name == wanted:
                configure(p)
            p.set_defaults(func=func)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit status."""
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except ReviewerError as exc:
        print(f"reviewer: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("reviewer: interrupted; everything acknowledged so far is saved", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
