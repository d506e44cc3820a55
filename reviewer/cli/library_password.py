"""``reviewer library password set URL`` and ``forget URL``: a server's password in the system
keyring (service ``reviewer``, user name ``user@host:port/db`` as libpq resolves the URL).

The password is read from a prompt that does not echo it (or, when standard input is not a
terminal, from its first line), never from the command line, where other users of the computer
could see it in the process list and the shell keeps it in its history. It is never printed.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from reviewer.cli.output import emit_json, say
from reviewer.cli.subcommands import common_options
from reviewer.core.errors import UsageError
from reviewer.storage.pg_url import PgUrl, is_pg_url, redact


def _account(url: str) -> tuple[PgUrl, str]:
    from reviewer.storage import pg_password  # noqa: PLC0415 - psycopg, for this command only

    if not is_pg_url(url):
        raise UsageError(f"{url}: a server URL starts with postgresql://")
    shown = PgUrl(url)
    if redact(url) != url:
        raise UsageError(f"{shown}: give the URL without its password; the password is read "
                         "from a prompt (or standard input), never from the command line")
    return shown, pg_password.account_of(url)


def _read_password(user: str) -> str:
    if sys.stdin.isatty():
        value = getpass.getpass(f"Password for {user}: ")
    else:
        value = sys.stdin.readline().rstrip("\r\n")
    if not value:
        raise UsageError("no password given (an empty line); nothing was stored")
    return value


def cmd_set(args: argparse.Namespace) -> int:
    from reviewer.storage import pg_password  # noqa: PLC0415 - psycopg, for this command only

    shown, user = _account(args.url)
    backend = pg_password.remember(user, _read_password(user))
    if args.json:
        emit_json({"url": str(shown), "account": user, "stored": True, "backend": backend})
    else:
        say(f"The password for {user} is kept in the system keyring ({backend}).")
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    from reviewer.storage import pg_password  # noqa: PLC0415 - psycopg, for this command only

    shown, user = _account(args.url)
    gone = pg_password.forget(user)
    if args.json:
        emit_json({"url": str(shown), "account": user, "forgotten": gone})
    else:
        say(f"The system keyring no longer keeps a password for {user}." if gone else
            f"The system keyring kept no password for {user}; nothing changed.")
    return 0


def configure(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """Add ``password set|forget URL`` under ``reviewer library``."""
    p = sub.add_parser("password", help="a server's password in the system keyring "
                                        "(read from a prompt, never the command line)")
    actions = p.add_subparsers(dest="password_command", required=True, metavar="ACTION")
    for name, func, text in (("set", cmd_set, "keep the password for URL (asked for)"),
                             ("forget", cmd_forget, "take the password for URL out")):
        a = actions.add_parser(name, help=text, description=text)
        a.add_argument("url", metavar="URL", help="postgresql:// URL, without the password")
        a.set_defaults(library_func=func)
        common_options(a)
    return p
