"""Editing the glossary as the window's glossary list shows it: one entry per source term, with
its target terms per language and its note, changed or removed as a whole and undone exactly.

Each change is :func:`replace_terms`: the rows of the entry before, exactly as stored, go; the
rows after come in (a row that is already there is left as it is); it returns the rows it really
added, so that undoing it (``replace_terms(store, added, before)``) removes only those.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reviewer.core import languages
from reviewer.core.qa.glossary import Term
from reviewer.storage.connection import now
from reviewer.storage.store import Store

SEPARATOR = "; "  # between two target terms of one language in a cell


@dataclass(frozen=True)
class GlossaryEntryRows:
    """One source term (grouped case-insensitively) with its stored rows."""

    source: str
    terms: tuple[Term, ...]

    def targets(self, lang: str) -> str:
        """The entry's target terms in ``lang``, as a cell shows them."""
        return SEPARATOR.join(t.target for t in self.terms if t.lang == lang)

    @property
    def note(self) -> str:
        return SEPARATOR.join(dict.fromkeys(t.note for t in self.terms if t.note))


def entries(store: Store) -> list[GlossaryEntryRows]:
    """Every entry, by source term (rows as stored, in the order added)."""
    with store.conn.reading() as db:
        rows = db.execute("SELECT source, lang, target, note FROM glossary "
                          "ORDER BY lower(source), id").fetchall()
    grouped: dict[str, tuple[str, list[Term]]] = {}
    for source, lang, target, note in rows:
        grouped.setdefault(source.casefold(), (source, []))[1].append(
            Term(source, lang, target, note or ""))
    return [GlossaryEntryRows(source, tuple(terms)) for source, terms in grouped.values()]


def regrouped(found: Sequence[GlossaryEntryRows], before: Sequence[Term],
              after: Sequence[Term]) -> list[GlossaryEntryRows]:
    """The entries ``found`` once ``replace_terms(store, before, after)`` is done (what the
    window shows of a change kept on this computer while the server is away)."""
    rows = [t for e in found for t in e.terms if t not in before]
    rows += [t for t in after if t.source.strip() and t.target.strip() and t not in rows]
    grouped: dict[str, tuple[str, list[Term]]] = {}
    for t in rows:
        grouped.setdefault(t.source.casefold(), (t.source, []))[1].append(t)
    return [GlossaryEntryRows(source, tuple(terms))
            for _, (source, terms) in sorted(grouped.items())]


def edited(entry: GlossaryEntryRows, field: str, value: str) -> list[Term]:
    """The entry's rows after setting ``field`` (``source``, ``note`` or a language) to
    ``value``; a language's cell holds its terms separated by ``;``."""
    value = " ".join(value.split())
    terms = list(entry.terms)
    if field == "source":
        return [Term(value, t.lang, t.target, t.note) for t in terms] if value else terms
    if field == "note":
        return [Term(t.source, t.lang, t.target, value) for t in terms]
    lang = languages.normalize(field)
    note = entry.note
    kept = [t for t in terms if t.lang != lang]
    wanted = [w.strip() for w in value.split(";") if w.strip()]
    return kept + [Term(entry.source, lang, w, note) for w in dict.fromkeys(wanted)]


def replace_terms(store: Store, before: Sequence[Term], after: Sequence[Term],
                  origin: str = "window") -> list[Term]:
    """Remove the rows ``before``, add the rows ``after``, in one transaction; the rows added."""
    added: list[Term] = []
    with store.conn.transaction() as db:
        for t in before:
            db.execute("DELETE FROM glossary WHERE source = ? AND lang = ? AND target = ?",
                       [t.source, t.lang, t.target])
        stamp = now()
        for t in after:
            if not t.source.strip() or not t.target.strip():
                continue
            cur = db.execute(
                "INSERT INTO glossary (source, lang, target, note, origin, added_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source, lang, target) DO NOTHING",
                [t.source, t.lang, t.target, t.note, origin, stamp])
            if cur.rowcount:
                added.append(t)
    return added
