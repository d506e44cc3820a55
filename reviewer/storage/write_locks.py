"""Which writes may run at once on PostgreSQL: a readers-writer scheme of advisory locks.

A write of final translations (an approval, an edit, an undo: :func:`~reviewer.storage.
translations.write_translation`, :func:`~reviewer.storage.edits.clear_translation`) names the
(segment, language) pairs it writes, ``conn.transaction(translations=[(seg, lang)])``; it takes
the store's write lock *shared* and then, in sorted order (so two such writes never wait for
each other in a circle), an exclusive lock of each pair, before it reads the version it checks.
Writes to different translations run side by side; two writes to the same translation run one
after the other, and the second sees the first's version. Every other write (an import, a
deletion, a sign-off, the glossary, the memory, a migration...) takes the write lock
*exclusive*, as before: it waits for the translation writes under way and keeps new ones out.

The pairs' locks use PostgreSQL's two-key advisory locks, a key space apart from the store's
one-key write lock. A translation write that forgets its pairs is caught: :func:`require`
refuses to write a pair its transaction does not hold. SQLite has one writer at a time anyway
(``BEGIN IMMEDIATE``) and ignores the pairs.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from typing import Any

Pair = tuple[int, str]  # segment id, language

#: The store's write lock ("reviewer"), the one key of the one-key advisory locks it uses.
WRITE_LOCK = 0x7265766965776572


def _int4(value: int) -> int:
    """``value`` folded into PostgreSQL's signed 32-bit range."""
    value &= 0xFFFFFFFF
    return value - (1 << 32) if value >= 1 << 31 else value


def lock_keys(pairs: Iterable[Pair]) -> list[tuple[int, int]]:
    """The two-key advisory locks of ``pairs``: (language, segment), distinct, sorted."""
    return sorted({(_int4(zlib.crc32(lang.encode())), _int4(seg)) for seg, lang in pairs})


def lock_statement(pairs: Iterable[Pair] | None) -> tuple[str, list[int]]:
    """The one statement a write transaction starts with: the write lock exclusive
    (``pairs`` is ``None``), or shared and then each pair's lock in order (PostgreSQL
    evaluates a select list from left to right)."""
    if pairs is None:
        return "SELECT pg_advisory_xact_lock(?)", [WRITE_LOCK]
    keys = lock_keys(pairs)
    sql = "SELECT pg_advisory_xact_lock_shared(?)" + ", pg_advisory_xact_lock(?, ?)" * len(keys)
    return sql, [WRITE_LOCK, *(k for key in keys for k in key)]


def require(db: Any, segment_id: int, lang: str) -> None:
    """Refuse (a programming error) to write a translation its transaction has not locked."""
    scope = getattr(db, "write_scope", None)
    if scope is not None and (segment_id, lang) not in scope:
        raise RuntimeError(f"segment {segment_id} ({lang}) written in a transaction that did "
                           "not name it: conn.transaction(translations=[...])")
