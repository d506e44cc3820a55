"""WMT23 news articles in a store, line by line, for the statistics tests of store and CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reviewer.core.model import HumanSentence, Link, Role, SegmentDraft
from reviewer.storage.store import Store
from tests.conftest import CORPORA
from tests.seed import seed_mt

WMT23 = CORPORA / "wmt23" / "news_articles.jsonl"
ENGINES = ("ONLINE-W", "GPT4-5shot")
LANGS = ("uk", "ru")


def wmt23_articles() -> list[dict[str, Any]]:
    """The 30 WMT23 news articles, or a skip when the shared corpora are absent."""
    if not WMT23.exists():
        pytest.skip("../shared/corpora/wmt23 is absent (a user's clone has no shared corpora)")
    with WMT23.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def add_wmt23_article(store: Store, art: dict[str, Any],
                      engines: tuple[str, ...] = ENGINES) -> int:
    """Store one article with its lines as segments, both references 1-1, and engines' outputs."""
    lines = art["en"]
    article = store.add_article(art["docid"], "en", f"wmt23:{art['docid']}",
                                [SegmentDraft(i, Role.BODY, t) for i, t in enumerate(lines)])
    segments = store.segments(article.id)
    for lang in LANGS:
        refs = art["ref"][lang]
        store.set_human_version(article.id, lang, art["docid"], "wmt23",
                                [HumanSentence(i, i, t) for i, t in enumerate(refs)],
                                [Link(i, i + 1, i, i + 1) for i in range(len(lines))])
        with store.conn.transaction():
            for engine in engines:
                for seg, text in zip(segments, art["mt"][lang][engine], strict=True):
                    seed_mt(store, seg.id, lang, engine, text)
    return article.id


def wmt23_store(path: Path, count: int = 1) -> tuple[Store, list[int], list[dict[str, Any]]]:
    """A store at ``path`` with the first ``count`` WMT23 news articles; their ids and data."""
    arts = wmt23_articles()[:count]
    store = Store(path)
    return store, [add_wmt23_article(store, a) for a in arts], arts
