"""Statistics of an article or the library: engine leaderboards, progress, effort, timeline.

For each target language, every engine that has a stored translation of any selected segment gets
a row. Its units (see :mod:`reviewer.core.score_units`) are gathered article by article and
scored together, so a library figure is sacrebleu's corpus score over the lines of all articles,
not an average of article figures. HTER pairs each approved segment's final text with the
engine's translation of that segment. The leader of each board is tested against the other
engines with sacrebleu's paired bootstrap (``options``; :func:`retest` runs it again with other
options without reading the store). Everything is computed from the store on each call; an
article of a few dozen segments takes milliseconds, the library scales with its lines.

The window's statistics view and ``reviewer stats`` both read :class:`Stats`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from reviewer.core import languages
from reviewer.core.leaderboard import HterPair, LanguageBoard, build_board, retest_board
from reviewer.core.model import SegmentView, Status
from reviewer.core.score_units import EMPTY, Pairing, pair_units
from reviewer.core.scores import Signatures, signatures
from reviewer.core.significance import BootstrapOptions
from reviewer.storage.progress_queries import DayCount, Effort, Progress, effort, progress, timeline
from reviewer.storage.store import Store


@dataclass(frozen=True)
class Stats:
    """Everything the statistics show for a set of articles, per target language.

    ``article_ids`` are the articles covered (one for an article, all for the library);
    ``boards``, ``progress`` and ``effort`` have a key for each language in ``langs``;
    ``test`` is how the boards' leaders were tested (``None``: not tested, nothing marked).
    """

    article_ids: tuple[int, ...]
    langs: tuple[str, ...]
    segments: int
    boards: dict[str, LanguageBoard]
    progress: dict[str, Progress]
    effort: dict[str, Effort]
    timeline: tuple[DayCount, ...]
    signatures: Signatures
    test: BootstrapOptions | None = None


@dataclass
class _Language:
    """What one language gathers while the articles are read."""

    lang: str
    engines: list[str]
    alignment: Pairing = EMPTY
    pairings: dict[str, Pairing] = field(default_factory=dict)
    hter: dict[str, list[HterPair]] = field(default_factory=dict)
    progress: Progress | None = None
    effort: Effort | None = None


def _in(article_ids: Sequence[int] | None, column: str) -> tuple[str, list[object]]:
    if article_ids is None:
        return "", []
    return f" WHERE {column} IN ({', '.join('?' * len(article_ids))})", list(article_ids)


def stats_langs(store: Store, article_ids: Sequence[int] | None = None) -> list[str]:
    """Target languages with a human version, a machine translation or a final translation.

    ``None`` means the whole library; with nothing found, the default targets (uk, ru).
    """
    if article_ids is not None and not article_ids:
        return list(languages.TARGETS_DEFAULT)
    where, ids = _in(article_ids, "s.article_id")
    sql = " UNION ".join((
        "SELECT s.lang FROM human_versions s" + where,
        "SELECT t.lang FROM suggestions t JOIN segments s ON s.id = t.segment_id" + where,
        "SELECT t.lang FROM translations t JOIN segments s ON s.id = t.segment_id" + where,
    ))
    with store.conn.reading() as db:
        found = [r["lang"] for r in db.query(sql, ids * 3)]
    return languages.order(found) or list(languages.TARGETS_DEFAULT)


def stats_engines(store: Store, article_ids: Sequence[int] | None = None) -> dict[str, list[str]]:
    """The engines with a stored translation (or error) per language, by name."""
    if article_ids is not None and not article_ids:
        return {}
    where, ids = _in(article_ids, "s.article_id")
    out: dict[str, list[str]] = {}
    with store.conn.reading() as db:
        for r in db.query("SELECT DISTINCT t.lang, t.engine FROM suggestions t JOIN segments s "
                          f"ON s.id = t.segment_id{where} ORDER BY t.lang, t.engine", ids):
            out.setdefault(r["lang"], []).append(r["engine"])
    return out


def _machine(views: Sequence[SegmentView], lang: str, engine: str) -> list[str | None]:
    out: list[str | None] = []
    for v in views:
        s = next((x for x in v.suggestions.get(lang, []) if x.engine == engine), None)
        out.append(s.text if s is not None and s.error is None and s.text is not None else None)
    return out


def _gather(store: Store, article_id: int, acc: dict[str, _Language]) -> int:
    """Add one article's units, approved segments, progress and effort; return its segments."""
    langs = list(acc)
    views = store.segment_views(article_id, langs)
    human_langs = set(store.human_langs(article_id))
    counts = progress(store.conn, article_id, langs)
    for lang, g in acc.items():
        links = store.links(article_id, lang) if lang in human_langs else []
        human = [s.text for s in store.human_sentences(article_id, lang)] if links else []
        g.alignment += pair_units(article_id, links, human, [""] * len(views))
        for engine in g.engines:
            machine = _machine(views, lang, engine)
            g.pairings[engine] = (g.pairings.get(engine, EMPTY)
                                  + pair_units(article_id, links, human, machine))
            pairs = g.hter.setdefault(engine, [])
            for v, mt in zip(views, machine, strict=True):
                t = v.translations.get(lang)
                if mt is not None and t is not None and t.status == Status.APPROVED:
                    pairs.append(HterPair(article_id, v.segment.index, mt, t.text))
        p, e = counts[lang], effort(views, lang)
        g.progress = p if g.progress is None else g.progress + p
        g.effort = e if g.effort is None else g.effort + e
    return len(views)


def collect(store: Store, article_ids: Sequence[int], langs: Sequence[str] | None = None, *,
            whole_library: bool = False,
            options: BootstrapOptions | None = BootstrapOptions()) -> Stats:  # noqa: B008 (frozen)
    """The statistics of ``article_ids`` in ``langs`` (default: :func:`stats_langs` of them)."""
    wanted = (list(dict.fromkeys(languages.normalize(x) for x in langs)) if langs
              else stats_langs(store, article_ids))
    engines = stats_engines(store, None if whole_library else article_ids)
    acc = {lang: _Language(lang, engines.get(lang, [])) for lang in wanted}
    segments = sum(_gather(store, aid, acc) for aid in article_ids)
    boards = {lang: build_board(lang, g.alignment, g.pairings, g.hter, options)
              for lang, g in acc.items()}
    return Stats(
        tuple(article_ids), tuple(wanted), segments, boards,
        {lang: g.progress or Progress(lang, 0) for lang, g in acc.items()},
        {lang: g.effort or Effort(lang) for lang, g in acc.items()},
        tuple(timeline(store, None if whole_library else article_ids, wanted)),
        signatures(),
        options,
    )


def retest(stats: Stats, options: BootstrapOptions | None) -> Stats:
    """``stats`` with every board's leader tested again under ``options``."""
    if options == stats.test:
        return stats
    return replace(stats, boards={k: retest_board(b, options) for k, b in stats.boards.items()},
                   test=options)


def article_stats(store: Store, article_id: int, langs: Sequence[str] | None = None,
                  options: BootstrapOptions | None = BootstrapOptions()) -> Stats:  # noqa: B008
    """The statistics of one article (:class:`NotFoundError` if there is none with that id)."""
    store.article(article_id)
    return collect(store, [article_id], langs, options=options)


def library_stats(store: Store, langs: Sequence[str] | None = None,
                  options: BootstrapOptions | None = BootstrapOptions()) -> Stats:  # noqa: B008
    """The statistics of every article in the library, scored as one corpus per engine."""
    ids = sorted(s.article.id for s in store.articles())
    return collect(store, ids, langs if langs else stats_langs(store), whole_library=True,
                   options=options)
