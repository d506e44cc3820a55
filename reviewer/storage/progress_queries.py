"""Review progress and effort per language, and approvals per day from the history.

Progress counts final translations by status; a segment with no translation counts as ``new``.
Effort looks at the approved texts: where the record says they came from (``by_origin``: mt,
human, tm, edited) and what their text shows: taken unchanged from a machine translation of that
segment, unchanged from the human text aligned to it, or neither (``edited``). Texts are compared
with runs of whitespace folded; a text equal to both a machine translation and the human text
counts as taken from the machine translation. HTER per engine is in the leaderboard.

The timeline reads the append-only history: per UTC day and language, how many translations
became approved, how many stopped being approved (rejected, reopened, undone), and how many
changes of any kind were recorded. Rows of deleted articles are left out (an article id SQLite
reuses is told apart by the import time).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reviewer.core.model import Origin, SegmentView, Status
from reviewer.storage.connection import Connection

if TYPE_CHECKING:
    from reviewer.storage.store import Store


@dataclass(frozen=True)
class Progress:
    """Segments per review status in one language (``new``: no translation, or status new)."""

    lang: str
    segments: int
    approved: int = 0
    rejected: int = 0
    draft: int = 0
    new: int = 0

    def __add__(self, other: Progress) -> Progress:
        return Progress(self.lang, self.segments + other.segments, self.approved + other.approved,
                        self.rejected + other.rejected, self.draft + other.draft,
                        self.new + other.new)


@dataclass(frozen=True)
class Effort:
    """How the approved texts of one language were reached (see the module docstring)."""

    lang: str
    approved: int = 0
    unchanged_mt: int = 0
    unchanged_human: int = 0
    edited: int = 0
    by_origin: dict[str, int] = field(default_factory=dict)

    def __add__(self, other: Effort) -> Effort:
        origins = {o: self.by_origin.get(o, 0) + other.by_origin.get(o, 0)
                   for o in {**self.by_origin, **other.by_origin}}
        return Effort(self.lang, self.approved + other.approved,
                      self.unchanged_mt + other.unchanged_mt,
                      self.unchanged_human + other.unchanged_human, self.edited + other.edited,
                      {o: origins[o] for o in Origin if o in origins})


@dataclass(frozen=True)
class DayCount:
    """Review activity in one language on one UTC day (``day`` is ``YYYY-MM-DD``)."""

    day: str
    lang: str
    approved: int
    unapproved: int
    changes: int


def _fold(text: str | None) -> str:
    return " ".join((text or "").split())


def progress(conn: Connection, article_id: int, langs: Sequence[str]) -> dict[str, Progress]:
    """Counts of the article's segments by the status of their translation into each of
    ``langs`` (the one progress count: the library list, the status bar and the statistics)."""
    wanted = list(dict.fromkeys(langs))
    with conn.reading() as db:
        total = db.execute("SELECT count(*) FROM segments WHERE article_id = ?",
                           [article_id]).fetchone()[0]
        found: dict[tuple[str, str], int] = {}
        if wanted:
            for r in db.query(
                    "SELECT t.lang, t.status, count(*) AS n FROM translations t "
                    "JOIN segments s ON s.id = t.segment_id WHERE s.article_id = ? "
                    f"AND t.lang IN ({', '.join('?' * len(wanted))}) GROUP BY t.lang, t.status",
                    [article_id, *wanted]):
                found[(r["lang"], r["status"])] = r["n"]
    out = {}
    for lang in wanted:
        approved, rejected, draft = (found.get((lang, str(s)), 0)
                                     for s in (Status.APPROVED, Status.REJECTED, Status.DRAFT))
        out[lang] = Progress(lang, total, approved, rejected, draft,
                             total - approved - rejected - draft)
    return out


def effort(views: Sequence[SegmentView], lang: str) -> Effort:
    """How the approved translations into ``lang`` were reached."""
    approved = unchanged_mt = unchanged_human = edited = 0
    origins: dict[str, int] = {}
    for v in views:
        t = v.translations.get(lang)
        if t is None or t.status != Status.APPROVED:
            continue
        approved += 1
        origins[str(t.origin)] = origins.get(str(t.origin), 0) + 1
        text = _fold(t.text)
        if any(s.text is not None and _fold(s.text) == text for s in v.suggestions.get(lang, [])):
            unchanged_mt += 1
        elif v.human.get(lang) and _fold(v.human[lang]) == text:
            unchanged_human += 1
        else:
            edited += 1
    return Effort(lang, approved, unchanged_mt, unchanged_human, edited,
                  {o: origins[o] for o in Origin if o in origins})


def timeline(store: Store, article_ids: Iterable[int] | None,
             langs: Sequence[str]) -> list[DayCount]:
    """Approvals, un-approvals and changes per UTC day and language, oldest day first.

    ``article_ids`` ``None`` means every article in the library.
    """
    wanted = list(langs)
    if not wanted:
        return []
    sql = (
        "SELECT substr(h.at, 1, 10) AS day, h.lang, "
        "sum(CASE WHEN h.new_status = 'approved' AND coalesce(h.old_status, '') != 'approved' "
        "THEN 1 ELSE 0 END) AS approved, "
        "sum(CASE WHEN h.old_status = 'approved' AND coalesce(h.new_status, '') != 'approved' "
        "THEN 1 ELSE 0 END) "
        "AS unapproved, count(*) AS changes "
        "FROM history h JOIN articles a ON a.id = h.article_id AND h.at >= a.imported_at "
        f"WHERE h.segment_id IS NOT NULL AND h.lang IN ({', '.join('?' * len(wanted))})"
    )
    args: list[object] = list(wanted)
    if article_ids is not None:
        ids = list(article_ids)
        if not ids:
            return []
        sql += f" AND h.article_id IN ({', '.join('?' * len(ids))})"
        args += ids
    order = {lang: i for i, lang in enumerate(wanted)}
    with store.conn.reading() as db:
        rows = [DayCount(r["day"], r["lang"], r["approved"] or 0, r["unapproved"] or 0,
                         r["changes"]) for r in db.query(sql + " GROUP BY day, h.lang", args)]
    return sorted(rows, key=lambda d: (d.day, order[d.lang]))
