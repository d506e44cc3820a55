"""``reviewer library check``, ``recover`` and ``copy``: the database file's health, and moving
a library between engines.

``check`` runs SQLite's full integrity check on the database and the quick one on its backup
copies, and exits 2 if the database is damaged. ``recover`` rebuilds a damaged database from what
can still be read (or, with ``--from-backup``, from the newest healthy backup copy), keeping the
damaged file beside it; see :mod:`reviewer.storage.recovery`. ``copy SRC DST`` copies a whole
library between a file and a PostgreSQL server (:mod:`reviewer.storage.library_copy`).
``password set|forget URL`` keeps a server's password in the system keyring
(:mod:`reviewer.cli.library_password`).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from reviewer.cli import library_password
from reviewer.cli.output import emit_json, say
from reviewer.cli.subcommands import common_options
from reviewer.storage.connection import default_db_path
from reviewer.storage.errors import StoreError
from reviewer.storage.pg_url import PgUrl, is_pg_url
from reviewer.storage.recovery import check, recover

EXIT_DAMAGED = 2


def _path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if args.db else default_db_path()


def cmd_check(args: argparse.Namespace) -> int:
    report = check(_path(args))
    if args.json:
        emit_json({"path": str(report.path), "ok": report.ok, "problems": report.problems,
                   "backups": [{"path": str(b), "ok": good} for b, good in report.backups]})
        return 0 if report.ok else EXIT_DAMAGED
    copies = ", ".join(f"{b.name} {'ok' if good else 'damaged'}" for b, good in report.backups)
    copies = f"backup copies: {copies}" if copies else "no backup copies"
    if report.ok:
        say(f"{report.path}: ok (SQLite's integrity check); {copies}.")
        return 0
    say(f"{report.path}: damaged ({len(report.problems)} problem"
        f"{'s' * (len(report.problems) != 1)}); {copies}.")
    for line in report.problems[:10]:
        say(f"    {line}")
    say("Close the window, then run `reviewer library recover` (rebuild from what is readable) "
        "or `reviewer library recover --from-backup`; the damaged file is kept either way.")
    return EXIT_DAMAGED


def cmd_recover(args: argparse.Namespace) -> int:
    report = recover(_path(args), from_backup=args.from_backup)
    if args.json:
        emit_json({"path": str(report.path), "kept_as": str(report.kept_as),
                   "method": report.method, "rows": report.rows, "dropped": report.lost})
        return 0
    counts = ", ".join(f"{n} {table}" for table, n in report.rows.items()
                       if table in ("articles", "segments", "translations", "history") or n)
    say(f"{report.path}: rebuilt by {report.method}: {counts}.")
    if report.lost:
        say("Dropped rows whose article or segment was lost: "
            + ", ".join(f"{n} {t}" for t, n in report.lost.items()) + ".")
    say(f"The damaged file is kept as {report.kept_as}.")
    return 0


def cmd_copy(args: argparse.Namespace) -> int:
    from reviewer.storage.library_copy import copy_library

    report = copy_library(args.source, args.destination, replace=args.replace)
    if args.json:
        emit_json({"source": report.source, "destination": report.destination,
                   "rows": report.rows})
        return 0
    counts = ", ".join(f"{n} {table}" for table, n in report.rows.items()
                       if table in ("articles", "segments", "translations", "history") or n)
    say(f"Copied {report.source} to {report.destination}: {counts} (every table's count "
        "checked).")
    return 0


def _unchecked(args: argparse.Namespace) -> str | None:
    """Why ``check``/``recover`` do not apply: they read SQLite files, not a server."""
    target = args.db or os.environ.get("REVIEWER_DB") or ""
    if is_pg_url(target):
        return (f"{PgUrl(target)}: `reviewer library {args.library_command}` checks SQLite "
                "files; a PostgreSQL server keeps its own (see its documentation: amcheck, "
                "pg_dump for backups)")
    return None


def _configure(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="library_command", required=True, metavar="ACTION")
    c = sub.add_parser("check", help="SQLite's full integrity check of the database and backups")
    c.set_defaults(library_func=cmd_check)
    r = sub.add_parser("recover", help="rebuild a damaged database, keeping the damaged file")
    r.add_argument("--from-backup", action="store_true",
                   help="take the newest backup copy that passes the check instead")
    r.set_defaults(library_func=cmd_recover)
    k = sub.add_parser("copy", help="copy a whole library (history included) between a file "
                                    "and a PostgreSQL server, either way, checking the counts")
    k.add_argument("source", metavar="SRC", help="a library file or a postgresql:// URL")
    k.add_argument("destination", metavar="DST", help="a library file or a postgresql:// URL")
    k.add_argument("--replace", action="store_true",
                   help="empty a destination that holds a library already")
    k.set_defaults(library_func=cmd_copy)
    for action in (c, r, k):
        common_options(action)
    library_password.configure(sub)


def cmd_library(args: argparse.Namespace) -> int:
    if args.library_func in (cmd_check, cmd_recover) and (why := _unchecked(args)):
        raise StoreError(why)
    return int(args.library_func(args) or 0)


COMMANDS = {
    "library": (cmd_library, "the library: check a file, recover it, copy it; a server's "
                             "password", _configure),
}
