"""Errors of the store a user can act on (locked, missing, newer schema), as opposed to bugs."""

from __future__ import annotations

from reviewer.core.errors import ReviewerError


class StoreError(ReviewerError):
    """Something about the database a user should be told in plain words."""


class StoreLockedError(StoreError):
    """Another process held the database locked for longer than the busy timeout."""


class StoreUnreachableError(StoreError):
    """The database server cannot be reached (stopped, restarting, the network cut): nothing was
    written by the change that met it; the window keeps such changes in its outbox
    (:mod:`reviewer.storage.outbox`) and sends them once the server is back."""


class NotFoundError(StoreError):
    """An article or segment that the caller named does not exist."""


class StoreReadOnlyError(StoreError):
    """The database's folder (or the file) cannot be written: read-only, missing, not a folder.

    Reading still works where the file exists; only writes are refused with this error.
    """


class StoreDiskFullError(StoreError):
    """The disk holding the database is full; the change was not saved (the rest is intact)."""


class StoreDamagedError(StoreError):
    """The database file fails SQLite's check; nothing is written into it until it is recovered."""


RECOVERY_HINT = ("run `reviewer library check` to see the damage, then `reviewer library recover` "
                 "(it keeps the damaged file)")
