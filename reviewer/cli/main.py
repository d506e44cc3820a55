"""Argument parsing and dispatch for ``reviewer``.

Known errors (:class:`~reviewer.core.errors.ReviewerError`: the user's or the world's fault) go to
stderr as one line, ``reviewer: <thing>: <reason>``, with exit status 2. Anything else is a bug and
ends with its traceback, so that it is reported rather than mistaken for bad input.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from reviewer import __version__
from reviewer.cli import (
    concordance_cmds,
    desktop_cmds,
    engine_cmds,
    export_cmds,
    history_cmds,
    library_cmds,
    qa_cmds,
    repeats_cmds,
    replace_cmds,
    review_cmds,
    spelling_cmds,
    stats_cmds,
    store_cmds,
    tm_cmds,
)
from reviewer.core.errors import ReviewerError

EXIT_USER_ERROR = 2


_DB_HELP = "database file (default: $REVIEWER_DB or the user data directory)"


def _global(parser: argparse.ArgumentParser) -> None:
    """``--db`` and ``--json`` before the command: ``reviewer --db X show 1``."""
    parser.add_argument("--db", metavar="PATH", default=None, help=_DB_HELP)
    parser.add_argument("--json", action="store_true", default=False,
                        help="print JSON (see README)")


def _common(parser: argparse.ArgumentParser) -> None:
    """The same options after the command. Left unset when not given there (SUPPRESS), so that a
    subcommand's default never overwrites what was given before the command."""
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=_DB_HELP)
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="print JSON (see README)")


def command_named(argv: Sequence[str]) -> str | None:
    """The command word of ``argv`` (the first word that is neither an option nor the value of
    ``--db``), if any."""
    words = iter(argv)
    for word in words:
        if word == "--db":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The ``reviewer`` parser with every subcommand.

    Given ``argv``, only the subcommand it names gets its options (and imports what they need,
    e.g. the export formats for ``--format``'s choices): the others are never parsed, and
    ``reviewer --help`` lists the commands without loading any of them.
    """
    parser = argparse.ArgumentParser(
        prog="reviewer",
        description="Review machine translations of news articles against their human versions.",
    )
    _global(parser)
    parser.add_argument("--version", action="version", version=f"reviewer {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    wanted = command_named(argv) if argv is not None else None
    for module in (store_cmds, review_cmds, history_cmds, replace_cmds, engine_cmds, export_cmds,
                   repeats_cmds, stats_cmds, tm_cmds, qa_cmds, spelling_cmds, desktop_cmds,
                   library_cmds, concordance_cmds):
        for name, (func, help_text, configure) in module.COMMANDS.items():
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
