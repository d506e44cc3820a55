"""The library's own spelling dictionary: words people added, per language (schema migration 6).

Kept in the library rather than in a file of the user's, so that a shared library shares it.
Words are stored as typed and matched case-folded (:meth:`SpellingWords.accepted`).
"""

from __future__ import annotations

from reviewer.core import languages
from reviewer.storage.connection import now
from reviewer.storage.store import Store


class SpellingWords:
    """Reads and writes of the ``spelling_words`` table; each write commits before it returns."""

    def __init__(self, store: Store) -> None:
        self.conn = store.conn

    def words(self, lang: str | None = None) -> list[tuple[str, str]]:
        """``(lang, word)`` rows, of one language or all, in alphabetical order."""
        sql, args = "SELECT lang, word FROM spelling_words", []
        if lang:
            sql += " WHERE lang = ?"
            args.append(languages.normalize(lang))
        with self.conn.reading() as db:
            return [(r["lang"], r["word"]) for r in db.query(sql + " ORDER BY lang, word", args)]

    def accepted(self) -> dict[str, frozenset[str]]:
        """Every language's added words, case-folded, as the spelling check takes them."""
        out: dict[str, set[str]] = {}
        for lang, word in self.words():
            out.setdefault(lang, set()).add(word.casefold())
        return {lang: frozenset(ws) for lang, ws in out.items()}

    def add(self, lang: str, word: str, added_by: str = "") -> bool:
        """Add ``word`` to ``lang``'s dictionary; ``False`` if it was there already."""
        word = word.strip()
        if not word or any(c.isspace() for c in word):
            raise ValueError(f"not one word: {word!r}")
        with self.conn.transaction() as db:
            cur = db.execute(
                "INSERT INTO spelling_words (lang, word, added_by, added_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (lang, word) DO NOTHING",
                [languages.normalize(lang), word, added_by, now()])
            return bool(cur.rowcount)

    def remove(self, lang: str, word: str) -> bool:
        """Remove ``word`` from ``lang``'s dictionary (any case); ``False`` if it was not there."""
        lang, folded = languages.normalize(lang), word.strip().casefold()
        with self.conn.transaction() as db:  # SQLite's lower() folds ASCII letters only
            rows = [r[0] for r in db.execute(
                "SELECT word FROM spelling_words WHERE lang = ?", [lang]).fetchall()]
            removed = 0
            for stored in (w for w in rows if w.casefold() == folded):
                removed += db.execute("DELETE FROM spelling_words WHERE lang = ? AND word = ?",
                                      [lang, stored]).rowcount
            return bool(removed)
