"""Libraries of real news text at a given size, for the whole-command benchmarks.

:func:`build_library` stores ``total`` segments as articles of ``per_article`` segments (the last
one shorter), each built by :func:`scale_data.build_article` from WMT23 lines (uk and ru human
versions linked 1-1, one WMT23 system's output per language as the machine translation), and
approves every uk segment with its human text and every other ru segment with the machine
translation, as ``reviewer approve`` would (a history row each), so that export, statistics,
QA and the translation memory have work to do. Everything goes in one transaction.
"""

from __future__ import annotations

from pathlib import Path

from scale_data import DEFAULT_CORPORA, load_lines
from scale_data import build_article as _build_article

from reviewer.core.model import Origin, Status
from reviewer.storage.store import Store


def build_library(path: Path, total: int, *, per_article: int = 200,
                  corpora: Path = DEFAULT_CORPORA, approve: bool = True) -> list[int]:
    """Create the database at ``path``; return the articles' ids."""
    lines = load_lines(corpora)
    ids: list[int] = []
    with Store(path) as store, store.conn.transaction():
        done = 0
        while done < total:
            size = min(per_article, total - done)
            article = _build_article(store, size, corpora, f"News {len(ids) + 1}", lines, done)
            ids.append(article.id)
            done += size
            if approve:
                _approve(store, article.id)
    return ids


def build_one(path: Path, size: int, corpora: Path = DEFAULT_CORPORA) -> int:
    """Create the database at ``path`` with one article of ``size`` segments, nothing approved."""
    with Store(path) as store, store.conn.transaction():
        return _build_article(store, size, corpora).id


def _approve(store: Store, article_id: int) -> None:
    for view in store.segment_views(article_id, ["uk", "ru"]):
        seg = view.segment
        store.set_translation(seg.id, "uk", view.human["uk"], Status.APPROVED, Origin.HUMAN)
        if seg.index % 2 == 0:
            mt = view.suggestions["ru"][0]
            store.set_translation(seg.id, "ru", mt.text or "", Status.APPROVED, Origin.MT,
                                  engine=mt.engine)
