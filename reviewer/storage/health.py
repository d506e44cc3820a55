"""The database's health: SQLite's check before the first write, and rotated backup copies.

Before a connection writes for the first time it runs ``PRAGMA quick_check``; a file that fails
it is never written to (``reviewer library check`` shows the damage, ``reviewer library recover``
rebuilds it). When the check passes and the newest backup is older than :data:`BACKUP_EVERY_S`,
a copy is made with SQLite's online backup API into ``NAME.bak-1`` (the older ones move to
``.bak-2`` and ``.bak-3``; :data:`KEEP` are kept), so a recovery can fall back on a healthy copy.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

KEEP = 3
BACKUP_EVERY_S = 3600.0


def quick_check(conn: sqlite3.Connection, full: bool = False) -> list[str]:
    """SQLite's verdict on the open database: ``[]`` when healthy, else its problem lines."""
    pragma = "integrity_check" if full else "quick_check"
    rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}(100)").fetchall()]
    return [] if rows == ["ok"] else rows


def backup_path(path: Path, n: int) -> Path:
    """The ``n``-th newest backup of the database at ``path`` (1 is the newest)."""
    return path.with_name(f"{path.name}.bak-{n}")


def backups(path: Path) -> list[Path]:
    """The backups of ``path`` that exist, newest first."""
    return [b for n in range(1, KEEP + 1) if (b := backup_path(path, n)).exists()]


def backup_due(path: Path, now: float | None = None) -> bool:
    """Tell whether the newest backup of ``path`` is missing or older than BACKUP_EVERY_S."""
    newest = backup_path(path, 1)
    if not newest.exists():
        return True
    return (now if now is not None else time.time()) - newest.stat().st_mtime >= BACKUP_EVERY_S


def room_for_backup(path: Path, margin: int = 64 << 20) -> bool:
    """Tell whether the disk has room for a copy of ``path`` and ``margin`` bytes to spare (a
    backup must never be what fills the disk under the write it precedes)."""
    try:
        size = path.stat().st_size
        wal = path.with_name(path.name + "-wal")
        size += wal.stat().st_size if wal.exists() else 0
        import shutil  # only here: it loads bz2 and lzma, a tenth of a short command

        return shutil.disk_usage(path.parent).free > size + margin
    except OSError:
        return False


def make_backup(conn: sqlite3.Connection, path: Path) -> Path:
    """Copy the open database into ``NAME.bak-1`` (written aside, then renamed), rotating the
    older copies; raises ``sqlite3.Error`` or ``OSError`` (a full disk) with the old ones kept."""
    fresh = path.with_name(f"{path.name}.bak-new")
    fresh.unlink(missing_ok=True)
    try:
        target = sqlite3.connect(str(fresh))
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    except BaseException:
        fresh.unlink(missing_ok=True)
        raise
    for n in range(KEEP, 1, -1):
        older = backup_path(path, n - 1)
        if older.exists():
            os.replace(older, backup_path(path, n))
    os.replace(fresh, backup_path(path, 1))
    return backup_path(path, 1)
