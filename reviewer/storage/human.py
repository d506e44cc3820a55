"""Human (published) versions of an article and their alignment links to its segments."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reviewer.core import languages
from reviewer.core.flags import REASONS
from reviewer.core.model import Article, HumanSentence, Link, Role
from reviewer.storage.connection import Connection, now

#: History actions of alignment fixes made by hand (``reviewer links --merge/--split/--shift``).
HAND_FIXES = frozenset({"links-merge", "links-split", "links-shift"})


class HumanMixin:
    """Human-version queries of :class:`reviewer.storage.Store`."""

    conn: Connection

    if TYPE_CHECKING:  # from the other mixins of the Store
        def article(self, article_id: int) -> Article: ...

    def set_human_version(self, article_id: int, lang: str, title: str, origin: str,
                          sentences: Sequence[HumanSentence], links: Sequence[Link]) -> None:
        """Store (or replace) the human version in ``lang`` and its alignment in one transaction."""
        self.article(article_id)
        with self.conn.transaction() as db:
            for table in ("links", "human_sentences", "human_versions"):
                db.execute(f"DELETE FROM {table} WHERE article_id = ? AND lang = ?",
                           [article_id, lang])
            db.table("human_versions").insert({"article_id": article_id, "lang": lang,
                                               "title": title, "origin": origin,
                                               "imported_at": now()})
            db.table("human_sentences").insert_all(
                {"article_id": article_id, "lang": lang, "idx": s.index, "paragraph": s.paragraph,
                 "role": str(s.role), "text": s.text}
                for s in sentences
            )
            self._insert_links(article_id, lang, links, edited=False)
            db.table("history").insert({"article_id": article_id, "lang": lang,
                                        "action": "import-human", "new_text": origin,
                                        "actor": "import", "at": now()})

    def _insert_links(self, article_id: int, lang: str, links: Sequence[Link], *,
                      edited: bool) -> None:
        self.conn.db.table("links").insert_all(
            {"article_id": article_id, "lang": lang, "idx": i, "src_start": k.src_start,
             "src_end": k.src_end, "hum_start": k.hum_start, "hum_end": k.hum_end,
             "flagged": flag_code(k), "edited": int(edited)}
            for i, k in enumerate(links)
        )

    def human_langs(self, article_id: int) -> list[str]:
        """Languages in which the article has a human version."""
        with self.conn.reading() as db:
            return languages.order([r["lang"] for r in db.query(
                "SELECT lang FROM human_versions WHERE article_id = ?", [article_id])])

    def human_sentences(self, article_id: int, lang: str) -> list[HumanSentence]:
        """The human version's sentences in their own order."""
        with self.conn.reading() as db:
            return [HumanSentence(r["idx"], r["paragraph"], r["text"], Role(r["role"] or "body"))
                    for r in db.query(
                        "SELECT * FROM human_sentences WHERE article_id = ? AND lang = ? "
                        "ORDER BY idx", [article_id, lang])]

    def links(self, article_id: int, lang: str) -> list[Link]:
        """The alignment links of the human version in ``lang``, in order."""
        with self.conn.reading() as db:
            return [Link(r["src_start"], r["src_end"], r["hum_start"], r["hum_end"],
                         bool(r["flagged"]), flag_reason(r["flagged"]))
                    for r in db.query("SELECT * FROM links WHERE article_id = ? AND lang = ? "
                                      "ORDER BY idx", [article_id, lang])]

    def hand_fixed_links(self, article_id: int, lang: str) -> list[bool]:
        """For each current link of ``lang``, whether the reviewer made it by hand.

        A link is the reviewer's when a ``links-merge``, ``links-split`` or ``links-shift`` since
        the human version was imported produced it (it is in that change's new links and not in
        its old ones) and it is still there; the history holds this, so it needs no migration.
        """
        made: set[str] = set()
        with self.conn.reading() as db:
            rows = list(db.query(
                "SELECT action, old_text, new_text FROM history WHERE article_id = ? AND lang = ? "
                "ORDER BY id", [article_id, lang]))
        for row in rows:
            if row["action"] == "import-human":
                made.clear()
            elif row["action"] in HAND_FIXES:
                made |= set((row["new_text"] or "").split()) - set((row["old_text"] or "").split())
        return [_links_text([k]) in made for k in self.links(article_id, lang)]

    def replace_links(self, article_id: int, lang: str, links: Sequence[Link],
                      action: str = "realign", actor: str = "reviewer") -> None:
        """Store a reviewer's fixed alignment for ``lang`` in place of the old one, with history."""
        old = self.links(article_id, lang)
        with self.conn.transaction() as db:
            db.execute("DELETE FROM links WHERE article_id = ? AND lang = ?", [article_id, lang])
            self._insert_links(article_id, lang, links, edited=True)
            db.table("history").insert({"article_id": article_id, "lang": lang, "action": action,
                                        "old_text": _links_text(old),
                                        "new_text": _links_text(links),
                                        "actor": actor, "at": now()})


def _links_text(links: Sequence[Link]) -> str:
    """A compact record of links for the history, e.g. ``0-1:0-1 1-3:1-2``."""
    return " ".join(f"{k.src_start}-{k.src_end}:{k.hum_start}-{k.hum_end}" for k in links)


#: The reasons a link's ``flagged`` column can name: 0 is not flagged, 1 flagged for no stated
#: reason (as every flag stored before reasons were), ``2 + k`` flagged for the k-th reason.
_REASONS = list(REASONS)


def flag_code(link: Link) -> int:
    """The ``flagged`` column's value for ``link``."""
    if not link.flagged:
        return 0
    return 2 + _REASONS.index(link.reason) if link.reason in REASONS else 1


def flag_reason(code: int | None) -> str:
    """The reason a ``flagged`` column's value names ("" for none)."""
    return _REASONS[code - 2] if code and 2 <= code < 2 + len(_REASONS) else ""
