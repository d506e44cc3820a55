"""What an export writes: plain records of segments and their translations, read from the store.

A final translation carries the MQM annotations still found in its text, as ITS issues that the
XLIFF writers mark up. Exporters take an :class:`ExportSet` and never touch the store, so that
the window can read the data on its database thread and write the file on another, and the
benchmark can build 100,000 units without a database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from reviewer import __version__
from reviewer.core import languages
from reviewer.core.annotations import Annotation, locate
from reviewer.core.model import Origin, Role, Segment, SegmentView, Status, Translation
from reviewer.formats.its import Issue
from reviewer.storage.annotations import Annotations
from reviewer.storage.export_queries import review_records
from reviewer.storage.store import Store

TOOL_NAME = "reviewer"
TOOL_VERSION = __version__


@dataclass(frozen=True)
class Target:
    """The final translation of a unit into one language, with its review status and provenance."""

    text: str
    status: Status
    origin: Origin
    engine: str | None = None
    comment: str = ""
    created_at: str = ""
    updated_at: str = ""
    created_by: str = ""
    reviewer: str = ""
    issues: tuple[Issue, ...] = ()


def provenance(tr: Target, *, dates: bool = True) -> list[tuple[str, str]]:
    """Where a translation came from, as every exchange format writes it: (field, value) pairs
    ``status``, ``origin``, ``engine``, ``reviewer``, ``created``, ``changed`` in that order, the
    empty ones left out (``dates=False`` leaves out the two dates, which TMX keeps as attributes).
    """
    fields = [("status", str(tr.status)), ("origin", str(tr.origin)),
              ("engine", tr.engine or ""), ("reviewer", tr.reviewer)]
    if dates:
        fields += [("created", tr.created_at), ("changed", tr.updated_at)]
    return [(name, value) for name, value in fields if value]


@dataclass(frozen=True)
class MachineText:
    """One engine's machine translation of a unit."""

    engine: str
    text: str
    fetched_at: str = ""


@dataclass(frozen=True)
class Unit:
    """One segment of an article as exports see it (``index`` and ``paragraph`` are 0-based).

    ``human[lang]`` is the published human text aligned to the segment; ``""`` when that text
    sits on the segment above (one human sentence for two segments). A 1-0 link has no entry.
    """

    article_id: int
    index: int
    paragraph: int
    role: Role
    source: str
    targets: dict[str, Target] = field(default_factory=dict)
    human: dict[str, str] = field(default_factory=dict)
    mt: dict[str, tuple[MachineText, ...]] = field(default_factory=dict)

    @property
    def key(self) -> str:
        """An identifier unique in a library and valid as an XML NMTOKEN: ``a12-s3``."""
        return f"a{self.article_id}-s{self.index + 1}"


@dataclass(frozen=True)
class ArticleInfo:
    """The article a unit belongs to."""

    id: int
    title: str
    source_lang: str
    origin: str
    imported_at: str
    human_titles: dict[str, str] = field(default_factory=dict)


@dataclass
class ExportSet:
    """Articles and their units, in reading order, with the target languages to export."""

    articles: list[ArticleInfo]
    units: list[Unit]
    langs: tuple[str, ...]
    all_statuses: bool = False
    exported_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(
        timespec="seconds"))

    @property
    def source_lang(self) -> str:
        """The source language, or ``*all*`` (TMX's word) when the articles differ."""
        found = {a.source_lang for a in self.articles}
        return found.pop() if len(found) == 1 else "*all*"

    @property
    def statuses(self) -> str:
        """``approved`` or ``all``: which final translations this export carries."""
        return "all" if self.all_statuses else "approved"

    def selected(self, unit: Unit, lang: str) -> Target | None:
        """The unit's translation into ``lang`` if this export carries it (approved, unless all)."""
        t = unit.targets.get(lang)
        if t is None or (not self.all_statuses and t.status != Status.APPROVED):
            return None
        return t

    def carried(self, units: Sequence[Unit], lang: str) -> list[tuple[Unit, Target | None]]:
        """The units an XLIFF file of ``lang`` carries, each with its :meth:`selected`
        translation: all of them with all statuses, else only those with an approved one."""
        pairs = [(u, self.selected(u, lang)) for u in units]
        return pairs if self.all_statuses else [(u, t) for u, t in pairs if t is not None]

    @property
    def has_issues(self) -> bool:
        """Whether any translation carries quality issues (XLIFF then declares the ITS
        namespace)."""
        return any(t.issues for u in self.units for t in u.targets.values())

    def by_article(self) -> list[tuple[ArticleInfo, list[Unit]]]:
        """Units grouped by article, in the articles' order."""
        groups: dict[int, list[Unit]] = {a.id: [] for a in self.articles}
        for u in self.units:
            groups[u.article_id].append(u)
        return [(a, groups[a.id]) for a in self.articles]


def _langs_of(store: Store, article_ids: Sequence[int]) -> tuple[str, ...]:
    found: list[str] = []
    with store.conn.reading() as db:
        for aid in article_ids:
            for r in db.query(
                "SELECT lang FROM human_versions WHERE article_id = ? UNION "
                "SELECT t.lang FROM translations t JOIN segments s ON s.id = t.segment_id "
                "WHERE s.article_id = ?", [aid, aid]
            ):
                if r["lang"] not in found:
                    found.append(r["lang"])
    ordered = [c for c in languages.TARGETS_DEFAULT if c in found]
    return tuple(ordered + sorted(c for c in found if c not in ordered)) or \
        languages.TARGETS_DEFAULT


def collect(store: Store, article_ids: Sequence[int] | None = None,
            langs: Sequence[str] = (), *, all_statuses: bool = False,
            context: bool = True) -> ExportSet:
    """Read the articles (default: the whole library, oldest first) into an :class:`ExportSet`.

    ``langs`` defaults to every language the articles have a human version or translation in.
    ``context`` ``False`` leaves out the human texts and machine translations (for formats that
    write neither: half the reading). Runs on the thread that owns ``store``; the set it returns
    can be written anywhere.
    """
    if article_ids is None:
        article_ids = sorted(s.article.id for s in store.articles())
    wanted = tuple(languages.normalize(c) for c in langs) or _langs_of(store, article_ids)
    articles: list[ArticleInfo] = []
    units: list[Unit] = []
    for aid in article_ids:
        a = store.article(aid)
        titles = {}
        with store.conn.reading() as db:
            for r in db.query("SELECT lang, title FROM human_versions WHERE article_id = ?",
                              [aid]):
                titles[r["lang"]] = r["title"] or ""
        articles.append(ArticleInfo(a.id, a.title, a.source_lang, a.origin, a.imported_at,
                                    titles))
        records = review_records(store, aid)
        issues = _issues(store, aid)
        views = store.segment_views(aid, wanted) if context else _bare_views(store, aid)
        for v in views:
            s = v.segment
            targets = {}
            for lang, t in v.translations.items():
                if lang not in wanted:
                    continue
                rec = records.get((s.id, lang))
                targets[lang] = Target(
                    t.text, t.status, t.origin, t.engine, t.comment,
                    rec.created_at if rec else t.updated_at, t.updated_at,
                    rec.created_by if rec else "", rec.changed_by if rec else "",
                    _located(issues.get((s.id, lang), ()), t.text))
            mt = {lang: tuple(MachineText(x.engine, x.text, x.fetched_at) for x in xs
                              if x.text and not x.error)
                  for lang, xs in v.suggestions.items() if lang in wanted}
            units.append(Unit(aid, s.index, s.paragraph, s.role, s.source, targets,
                              {k: t for k, t in v.human.items()
                               if k in wanted and not v.link_kind.get(k, "").endswith("-0")},
                              {k: xs for k, xs in mt.items() if xs}))
    return ExportSet(articles, units, wanted, all_statuses)


def _issues(store: Store, article_id: int) -> dict[tuple[int, str], list[Annotation]]:
    """The article's annotations of final translations, by (segment id, language)."""
    found: dict[tuple[int, str], list[Annotation]] = {}
    for a in Annotations(store).of_article(article_id, target="final"):
        found.setdefault((a.segment_id, a.lang), []).append(a)
    return found


def _located(annotations: Sequence[Annotation], text: str) -> tuple[Issue, ...]:
    """The annotations whose words are still in ``text``, as issues where they are now (one
    whose words were changed since is not exported: it no longer says anything about them)."""
    out = []
    for a in annotations:
        span = locate(a, text)
        if span is not None:
            out.append(Issue(span[0], span[1], a.category, a.severity, a.note))
    return tuple(out)


def _bare_views(store: Store, article_id: int) -> list[SegmentView]:
    """An article's segments with their final translations only (no human text, no MT)."""
    with store.conn.reading() as db:
        views = [SegmentView(Segment(sid, article_id, idx, paragraph, Role(role), source))
                 for sid, idx, paragraph, role, source in db.execute(
                     "SELECT id, idx, paragraph, role, source FROM segments "
                     "WHERE article_id = ? ORDER BY idx", [article_id])]
        by_id = {v.segment.id: v for v in views}
        for sid, lang, text, status, origin, engine, updated, comment in db.execute(
                "SELECT t.segment_id, t.lang, t.text, t.status, t.origin, t.engine, "
                "t.updated_at, t.comment FROM translations t JOIN segments s "
                "ON s.id = t.segment_id WHERE s.article_id = ?", [article_id]):
            by_id[sid].translations[lang] = Translation(sid, lang, text, Status(status),
                                                        Origin(origin), engine, updated,
                                                        comment or "")
    return views
