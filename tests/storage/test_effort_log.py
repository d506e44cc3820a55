"""The effort log: migration 8's table, rows written and read back by article and language."""

from __future__ import annotations

import pytest

from reviewer import library
from reviewer.core.effort_measures import EffortRecord
from reviewer.storage.effort_log import EffortLog
from reviewer.storage.errors import NotFoundError
from reviewer.storage.store import Store


def _rec(segment_id: int, lang: str = "uk", **kw: object) -> EffortRecord:
    base = dict(actor="olena", origin="mt", engine="google", start_text="Кіт сидів",
                final_text="Кіт сидить", source_words=3, active_seconds=12.5, keystrokes=7,
                started_at="2024-05-01T10:00:00+00:00", approved_at="2024-05-01T10:00:20+00:00")
    base.update(kw)
    return EffortRecord(segment_id, lang, **base)  # type: ignore[arg-type]


def test_rows_round_trip_with_their_article(db_target: str) -> None:
    with Store(db_target) as store:
        article = library.ensure_sample(store)
        assert article is not None
        article_id = article.id
        segs = store.segments(article_id)
        log = EffortLog(store)
        first = log.record(_rec(segs[0].id))
        log.record(_rec(segs[1].id, "ru", origin="", engine=None, start_text=""))
        assert first.id > 0 and first.article_id == article_id
        rows = log.records(article_id)
        assert [r.lang for r in rows] == ["uk", "ru"]
        assert rows[0] == first
        assert rows[1].start_text == "" and rows[1].engine is None
        assert [r.lang for r in log.records(None, ["ru"])] == ["ru"]
        assert log.records(article_id + 1000) == []


def test_bad_rows_are_refused_with_the_segment_named(db_target: str) -> None:
    with Store(db_target) as store:
        log = EffortLog(store)
        with pytest.raises(NotFoundError, match="segment with id 999"):
            log.record(_rec(999))
        with pytest.raises(ValueError, match="segment 5: effort cannot be negative"):
            log.record(_rec(5, keystrokes=-1))
