"""Articles and their segments: adding, listing with progress, reading, deleting."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reviewer.core import languages
from reviewer.core.model import Article, Role, Segment, SegmentDraft, Status
from reviewer.core.repeat_keys import repeat_key
from reviewer.storage.connection import Connection, now
from reviewer.storage.errors import NotFoundError


@dataclass(frozen=True)
class ArticleSummary:
    """An article with its segment count, human-version languages and approvals per language."""

    article: Article
    segments: int
    human_langs: tuple[str, ...]
    approved: dict[str, int] = field(default_factory=dict)


def _article(row: dict[str, Any]) -> Article:
    return Article(row["id"], row["title"], row["source_lang"], row["origin"], row["imported_at"])


def _segment(row: dict[str, Any]) -> Segment:
    return Segment(row["id"], row["article_id"], row["idx"], row["paragraph"], Role(row["role"]),
                   row["source"])


class ArticlesMixin:
    """Article-level queries of :class:`reviewer.storage.Store`."""

    conn: Connection

    def add_article(self, title: str, source_lang: str, origin: str,
                    segments: Sequence[SegmentDraft]) -> Article:
        """Store a new article and its segments in one transaction; return it."""
        with self.conn.transaction() as db:
            article_id = db.table("articles").insert(
                {"title": title, "source_lang": source_lang, "origin": origin,
                 "imported_at": now()}
            ).last_pk
            assert article_id is not None, "an insert into a rowid table has a key"
            db.table("segments").insert_all(
                {"article_id": article_id, "idx": i, "paragraph": s.paragraph,
                 "role": str(s.role), "source": s.text, "repeat_key": repeat_key(s.text)}
                for i, s in enumerate(segments)
            )
        return self.article(int(article_id))

    def article(self, article_id: int) -> Article:
        """The article with ``article_id``, or :class:`NotFoundError`."""
        with self.conn.reading() as db:
            rows = list(db.query("SELECT * FROM articles WHERE id = ?", [article_id]))
        if not rows:
            raise NotFoundError(f"no article with id {article_id}")
        return _article(rows[0])

    def articles(self) -> list[ArticleSummary]:
        """Every article, newest first, with counts for the library list."""
        with self.conn.reading() as db:
            arts = [_article(r) for r in db.query("SELECT * FROM articles ORDER BY id DESC")]
            counts = {r["article_id"]: r["n"] for r in db.query(
                "SELECT article_id, count(*) AS n FROM segments GROUP BY article_id")}
            humans: dict[int, list[str]] = {}
            for r in db.query("SELECT article_id, lang FROM human_versions ORDER BY lang"):
                humans.setdefault(r["article_id"], []).append(r["lang"])
            approved: dict[int, dict[str, int]] = {}
            for r in db.query(
                "SELECT s.article_id, t.lang, count(*) AS n FROM translations t "
                "JOIN segments s ON s.id = t.segment_id WHERE t.status = ? "
                "GROUP BY s.article_id, t.lang", [str(Status.APPROVED)]
            ):
                approved.setdefault(r["article_id"], {})[r["lang"]] = r["n"]
        return [
            ArticleSummary(a, counts.get(a.id, 0), tuple(languages.order(humans.get(a.id, []))),
                           approved.get(a.id, {}))
            for a in arts
        ]

    def segments(self, article_id: int) -> list[Segment]:
        """The article's segments in reading order."""
        self.article(article_id)
        with self.conn.reading() as db:
            rows = db.query("SELECT * FROM segments WHERE article_id = ? ORDER BY idx",
                            [article_id])
            return [_segment(r) for r in rows]

    def segment(self, article_id: int, index: int) -> Segment:
        """One segment by its 0-based index in the article, or :class:`NotFoundError`."""
        with self.conn.reading() as db:
            rows = list(db.query("SELECT * FROM segments WHERE article_id = ? AND idx = ?",
                                 [article_id, index]))
        if not rows:
            self.article(article_id)
            raise NotFoundError(f"article {article_id} has no segment {index + 1}")
        return _segment(rows[0])

    def delete_article(self, article_id: int, actor: str = "reviewer") -> None:
        """Delete an article with its segments, human versions, suggestions and translations.

        The history keeps its rows (it is append-only) and records the deletion.
        """
        article = self.article(article_id)
        seg_ids = "SELECT id FROM segments WHERE article_id = ?"
        with self.conn.transaction() as db:
            for table in ("translations", "suggestions"):
                db.execute(f"DELETE FROM {table} WHERE segment_id IN ({seg_ids})", [article_id])
            for table in ("links", "human_sentences", "human_versions", "segments"):
                db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
            db.execute("DELETE FROM articles WHERE id = ?", [article_id])
            db.table("history").insert({"article_id": article_id, "action": "delete-article",
                                        "old_text": article.title, "actor": actor,
                                        "at": now()})
