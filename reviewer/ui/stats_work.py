"""The statistics view's background jobs: scores, progress and QA findings of an article or the
library, each computed on a worker thread with its own store.

Plain functions with no Qt (tested without it): :func:`compute_stats` scores every engine with
sacrebleu (the library can take seconds: TER is pure Python), :func:`compute_qa` runs every QA
check (with the project glossary) over the articles' segments, as ``reviewer qa`` does, and
keeps only the counts by check, which the QA tab draws.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reviewer.core.chart_data import KindCount, findings_by_kind
from reviewer.core.qa import CHECKS, check_article
from reviewer.storage.glossary import GlossaryStore
from reviewer.storage.stats_queries import Stats, article_stats, library_stats
from reviewer.storage.store import Store

#: What the QA tab can check: the final translations, the published human versions or the MT.
QA_TARGETS: tuple[str, ...] = ("final", "human", "mt")


@dataclass(frozen=True)
class QaSummary:
    """The QA findings of an article (or the library) in each language, counted by check.

    ``checked[lang]`` is how many texts were checked (segments with a ``target`` text);
    ``titles`` gives each check's short title.
    """

    article_ids: tuple[int, ...]
    target: str
    checked: dict[str, int]
    counts: dict[str, tuple[KindCount, ...]]
    titles: dict[str, str]

    def findings(self, lang: str) -> int:
        """How many findings ``lang`` has in all."""
        return sum(k.total for k in self.counts.get(lang, ()))


def compute_stats(db_path: Path | str, article_id: int | None, langs: Sequence[str]) -> Stats:
    """The statistics of one article, or of the whole library when ``article_id`` is ``None``."""
    with Store(db_path) as store:
        if article_id is None:
            return library_stats(store, langs)
        return article_stats(store, article_id, langs)


def compute_qa(db_path: Path | str, article_id: int | None, langs: Sequence[str],
               target: str = "final") -> QaSummary:
    """Run every QA check on ``target`` texts of one article (or all), counted per language."""
    reports = []
    with Store(db_path) as store:
        ids = ([store.article(article_id).id] if article_id is not None
               else sorted(s.article.id for s in store.articles()))
        glossary = GlossaryStore(store).glossary()
        for aid in ids:
            article = store.article(aid)
            views = store.segment_views(aid, list(langs))
            reports += check_article(views, list(langs), target=target, glossary=glossary,
                                     source_lang=article.source_lang)
    kinds = tuple(CHECKS)
    return QaSummary(
        tuple(ids), target,
        {lang: sum(1 for r in reports if r.lang == lang) for lang in langs},
        {lang: findings_by_kind(reports, lang, kinds) for lang in langs},
        {k: info.title for k, info in CHECKS.items()},
    )
