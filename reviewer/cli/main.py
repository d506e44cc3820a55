"""Argument parsing and dispatch for ``reviewer``.

Known errors (:class:`~reviewer.core.errors.ReviewerError`: the user's or the world's fault) go to
stderr as one line, ``reviewer: <thing>: <reason>``, with exit status 2. Anything else is a bug and
ends with its traceback, so that it is reported rather than mistaken for bad input.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from reviewer.cli import (
    engine_cmds,
    export_cmds,
    library_cmds,
    qa_cmds,
    review_cmds,
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


def build_parser() -> argparse.ArgumentParser:
    """The ``reviewer`` parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="reviewer",
        description="Review machine translations of news articles against their human versions.",
    )
    _global(parser)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in (store_cmds, review_cmds, engine_cmds, export_cmds, stats_cmds, tm_cmds,
                   qa_cmds, library_cmds):
        for name, (func, help_text, configure) in module.COMMANDS.items():
            p = sub.add_parser(name, help=help_text, description=help_text)
            _common(p)
            configure(p)
            p.set_defaults(func=func)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit status."""
    parser = build_parser()
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
