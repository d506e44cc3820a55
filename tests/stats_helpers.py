"""News articles in a store, line by line, for the statistics tests of store, CLI and window.

The articles come from a :class:`tests.news_corpus.NewsCorpus`: the project's own article in any
clone, WMT23 news when the shared corpora are there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reviewer.core.model import HumanSentence, Link, Role, SegmentDraft
from reviewer.storage.mt_cache import MTRecord, record_mt
from reviewer.storage.store import Store
from tests.news_corpus import NewsCorpus

LANGS = ("uk", "ru")


def add_news_article(store: Store, art: dict[str, Any], engines: tuple[str, ...]) -> int:
    """Store one article with its lines as segments, both references 1-1, and engines' outputs."""
    lines = art["en"]
    article = store.add_article(art["docid"], "en", f"news:{art['docid']}",
                                [SegmentDraft(i, Role.BODY, t) for i, t in enumerate(lines)])
    segments = store.segments(article.id)
    for lang in LANGS:
        refs = art["ref"][lang]
        store.set_human_version(article.id, lang, art["docid"], "news",
                                [HumanSentence(i, i, t) for i, t in enumerate(refs)],
                                [Link(i, i + 1, i, i + 1) for i in range(len(lines))])
        record_mt(store, [MTRecord(seg.id, lang, engine, text, None)
                          for engine in engines
                          for seg, text in zip(segments, art["mt"][lang][engine], strict=True)])
    return article.id


def news_store(path: Path, news: NewsCorpus,
               count: int = 1) -> tuple[Store, list[int], list[dict[str, Any]]]:
    """A store at ``path`` with the first ``count`` articles of ``news``; their ids and data."""
    arts = news.articles()[:count]
    store = Store(path)
    return store, [add_news_article(store, a, news.systems) for a in arts], arts
