"""Sub-commands of a command (``reviewer glossary import``, ``reviewer spelling add``...), each
taking the global ``--db`` and ``--json`` after it as well."""

from __future__ import annotations

import argparse
from collections.abc import Callable

DB_HELP = "database file (default: $REVIEWER_DB or the user data directory)"
USER_HELP = "your name in the history and exports (default: $REVIEWER_USER or the login name)"


def common_options(parser: argparse.ArgumentParser) -> None:
    """``--db``, ``--user`` and ``--json`` after the sub-command, left unset when not given
    there."""
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=DB_HELP)
    parser.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS, help=USER_HELP)
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="print JSON (see README)")


def action_adder(parser: argparse.ArgumentParser, dest: str = "action",
                 ) -> Callable[[str, str], argparse.ArgumentParser]:
    """A function that adds one sub-command (name, help) with the common options."""
    actions = parser.add_subparsers(dest=dest, required=True, metavar="ACTION")

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text, description=help_text)
        common_options(sub)
        return sub
    return action
