"""What went wrong with the database file, in one line that names it and says what to do.

SQLite reports a full disk, a read-only file, a damaged file and a lock by result codes
(``sqlite3.Error.sqlite_errorcode``, primary code in the low byte); the file system reports a
folder it cannot write by ``OSError``. Each becomes a :class:`~reviewer.storage.errors.StoreError`
subclass whose text is ``"<path>: <what happened>; <what to do>"``.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from reviewer.storage.errors import (
    RECOVERY_HINT,
    StoreDamagedError,
    StoreDiskFullError,
    StoreError,
    StoreLockedError,
    StoreReadOnlyError,
)

SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26


def primary_code(exc: sqlite3.Error) -> int | None:
    """SQLite's primary result code of ``exc`` (``SQLITE_FULL`` for ``SQLITE_IOERR_...``'s kin)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def mount_point(path: Path) -> Path:
    """The mount point of the file system holding ``path`` (the disk a message names)."""
    current = path.resolve() if path.exists() else path.parent.resolve()
    while not current.exists():
        current = current.parent
    while not os.path.ismount(current) and current != current.parent:
        current = current.parent
    return current


def _free(path: Path) -> str:
    free = free_bytes(path)
    if free is None:
        return ""
    size = float(free)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f", {size:.0f} {unit} free"
        size /= 1024
    return ""


def disk_full(path: Path) -> StoreDiskFullError:
    """The error for a write refused because the disk holding ``path`` is full."""
    return StoreDiskFullError(
        f"{path}: the disk is full (file system {mount_point(path)}{_free(path)}); this change was "
        f"not saved, everything saved before is intact; free some space and try again")


def damaged(path: Path, detail: str) -> StoreDamagedError:
    """The error for a database that fails SQLite's check (or cannot be read as one)."""
    return StoreDamagedError(f"{path}: the database is damaged ({detail}); nothing was written "
                             f"to it; {RECOVERY_HINT}")


def cannot_write(folder: Path, reason: str) -> StoreReadOnlyError:
    """The error for a folder (or file) the database cannot be written in."""
    return StoreReadOnlyError(f"cannot write to {folder}: {reason}; choose another place with "
                              f"--db or $REVIEWER_DB (reading an existing database still works)")


def locked(path: Path, waited: float) -> StoreLockedError:
    """The error for a lock another process held for the whole ``waited`` seconds."""
    return StoreLockedError(
        f"{path}: the database is locked by another process (waited {waited:.1f} s); "
        f"close the other reviewer and try again")


def from_sqlite(exc: sqlite3.Error, path: Path, waited: float) -> StoreError | None:
    """The known error for ``exc`` on the database ``path``, or ``None`` if it is a bug."""
    code = primary_code(exc)
    text = str(exc).lower()
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text or "busy" in text:
        return locked(path, waited)
    if code == SQLITE_FULL or "disk is full" in text:
        return disk_full(path)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return damaged(path, str(exc))
    if code == SQLITE_READONLY or "readonly" in text:
        return cannot_write(path.parent, f"the database is read-only ({exc})")
    if code == SQLITE_IOERR:
        if free_bytes(path) == 0:
            return disk_full(path)
        return StoreError(f"{path}: the disk reported an input/output error ({exc}); "
                          f"check the disk, then run `reviewer library check`")
    if code == SQLITE_CANTOPEN:
        return cannot_write(path.parent, f"the database file cannot be opened ({exc})")
    return None


def free_bytes(path: Path) -> int | None:
    """Free bytes on the disk holding ``path``, or ``None`` if unknown."""
    try:
        import shutil  # only here: it loads bz2 and lzma, a tenth of a short command

        return shutil.disk_usage(mount_point(path)).free
    except OSError:
        return None


def folder_problem(path: Path) -> StoreReadOnlyError | None:
    """Why a database at ``path`` could not be created or written, checked before opening it.

    A missing folder is made (with its parents); a folder that is a file, or one that cannot be
    made, is refused. A folder that exists but cannot be written is reported only when the file
    does not exist yet (an existing file can still be read).
    """
    folder = path.parent
    for parent in (folder, *folder.parents):
        if parent.exists():
            if not parent.is_dir():
                return cannot_write(folder, f"{parent} is a file, not a folder")
            break
    if not folder.exists():
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return cannot_write(folder, f"the folder does not exist and cannot be made "
                                        f"({exc.strerror or exc})")
    if not path.exists() and not os.access(folder, os.W_OK):
        return cannot_write(folder, "the folder is read-only, so a new database cannot be made")
    return None


def writable(path: Path) -> bool:
    """Tell whether the database at ``path`` and its folder (for the WAL files) can be written."""
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))
