"""The project glossary in the store: one row per source term, target language and target term.

:class:`GlossaryStore` wraps a :class:`reviewer.storage.store.Store` (the table comes with
schema migration 4); the core's :class:`reviewer.core.qa.glossary.Glossary` matches its terms.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reviewer.core import languages
from reviewer.core.qa.glossary import Glossary, Term
from reviewer.storage.connection import now
from reviewer.storage.store import Store


@dataclass(frozen=True)
class GlossaryImport:
    """What adding terms did: rows added, and rows already there (skipped)."""

    added: int
    skipped: int


class GlossaryStore:
    """Reads and writes of the glossary table; each write commits before it returns."""

    def __init__(self, store: Store) -> None:
        self.conn = store.conn

    def terms(self, lang: str | None = None) -> list[Term]:
        """Every glossary row (or those of one target language), by source term."""
        sql = "SELECT source, lang, target, note FROM glossary"
        args: list[object] = []
        if lang:
            sql += " WHERE lang = ?"
            args.append(languages.normalize(lang))
        with self.conn.reading() as db:
            rows = list(db.query(sql + " ORDER BY lower(source), source, lang, id", args))
        return [Term(r["source"], r["lang"], r["target"], r["note"] or "") for r in rows]

    def glossary(self) -> Glossary:
        """The whole glossary, ready to match terms."""
        return Glossary(self.terms())

    def add(self, terms: Iterable[Term], origin: str = "") -> GlossaryImport:
        """Add terms in one transaction; a row already there (same source, language, target)
        keeps its note unless the new one has a note."""
        added = skipped = 0
        stamp = now()
        with self.conn.transaction() as db:
            for t in terms:
                source, target = " ".join(t.source.split()), " ".join(t.target.split())
                if not source or not target:
                    continue
                lang = languages.normalize(t.lang)
                cur = db.execute(
                    "INSERT INTO glossary (source, lang, target, note, origin, added_at) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source, lang, target) DO NOTHING",
                    [source, lang, target, t.note, origin, stamp])
                if cur.rowcount:
                    added += 1
                else:
                    skipped += 1
                    if t.note:
                        db.execute("UPDATE glossary SET note = ? WHERE source = ? AND lang = ? "
                                   "AND target = ?", [t.note, source, lang, target])
        return GlossaryImport(added, skipped)

    def replace(self, terms: Iterable[Term], origin: str = "") -> GlossaryImport:
        """Replace the whole glossary with ``terms``, in one transaction."""
        with self.conn.transaction() as db:
            db.execute("DELETE FROM glossary")
            return self.add(terms, origin)

    def remove(self, source: str, lang: str | None = None) -> int:
        """Remove a source term (in one language or all); return the rows removed."""
        sql, args = "DELETE FROM glossary WHERE lower(source) = lower(?)", [source.strip()]
        if lang:
            sql += " AND lang = ?"
            args.append(languages.normalize(lang))
        with self.conn.transaction() as db:
            return db.execute(sql, args).rowcount

    def clear(self) -> int:
        """Remove every term; return how many rows there were."""
        with self.conn.transaction() as db:
            return db.execute("DELETE FROM glossary").rowcount
