"""What the language-quality scorecards read: the evaluated texts of articles, with who wrote
them and when, and their annotations (see :mod:`reviewer.core.lqa`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reviewer.core.annotations import Annotation
from reviewer.core.lqa import Unit
from reviewer.core.model import SegmentView
from reviewer.core.wordcount import count_words
from reviewer.storage.annotations import Annotations
from reviewer.storage.store import Store


def _authors(store: Store, article_id: int) -> dict[tuple[int, str], str]:
    """Who last changed each final translation of an article (its history's last actor)."""
    sql = ("SELECT h.segment_id, h.lang, h.actor FROM history h JOIN ("
           "  SELECT max(id) AS id FROM history WHERE article_id = ? AND segment_id IS NOT NULL"
           "  AND lang IS NOT NULL GROUP BY segment_id, lang) l ON l.id = h.id")
    with store.conn.reading() as db:
        return {(r[0], r[1]): r[2] or "" for r in db.execute(sql, [article_id])}


def _human_dates(store: Store, article_id: int) -> dict[str, str]:
    with store.conn.reading() as db:
        return {r[0]: r[1] or "" for r in db.execute(
            "SELECT lang, imported_at FROM human_versions WHERE article_id = ?", [article_id])}


def targets_of(views: Sequence[SegmentView], langs: Sequence[str],
               wanted: Sequence[str]) -> list[str]:
    """``wanted`` with ``mt`` replaced by every engine that has a text in ``views``."""
    out: list[str] = []
    for target in wanted:
        if target != "mt":
            out.append(target)
            continue
        engines = sorted({s.engine for v in views for lang in langs
                          for s in v.suggestions.get(lang, []) if s.text and not s.error})
        out += [f"mt:{e}" for e in engines]
    return list(dict.fromkeys(out))


def article_units(store: Store, article_id: int, langs: Sequence[str],
                  targets: Sequence[str]) -> list[Unit]:
    """Every text of the article in ``langs`` and ``targets`` (``final``, ``human``,
    ``mt:ENGINE``, or ``mt`` for every engine's): one unit per segment that has it."""
    views = store.segment_views(article_id, list(langs))
    authors = _authors(store, article_id) if "final" in targets else {}
    humans = _human_dates(store, article_id) if "human" in targets else {}
    units: list[Unit] = []
    for target in targets_of(views, langs, targets):
        for lang in langs:
            for v in views:
                found = _text(v, lang, target, authors, humans)
                if found is not None:
                    text, who, at = found
                    units.append(Unit(article_id, v.segment.id, v.segment.index, lang, target,
                                      text, count_words(v.segment.source), who, at))
    return units


def _text(v: SegmentView, lang: str, target: str, authors: dict[tuple[int, str], str],
          humans: dict[str, str]) -> tuple[str, str, str] | None:
    """The text, its author and its time, or ``None`` when the segment has no such text."""
    if target == "final":
        t = v.translations.get(lang)
        if t is None or not t.text.strip():
            return None
        return t.text, authors.get((v.segment.id, lang), ""), t.updated_at
    if target == "human":
        text = v.human.get(lang)
        return (text, "", humans.get(lang, "")) if text else None
    engine = target[3:]
    for s in v.suggestions.get(lang, []):
        if s.engine == engine and s.text and not s.error:
            return s.text, "", s.fetched_at
    return None


def article_annotations(store: Store, article_ids: Iterable[int]) -> list[Annotation]:
    """The annotations of the articles, by article, segment and position."""
    table = Annotations(store)
    return [a for article_id in article_ids for a in table.of_article(article_id)]
