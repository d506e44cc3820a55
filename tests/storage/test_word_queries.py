"""The library's word counts agree with the core's count of each article, approvals included."""

from __future__ import annotations

from pathlib import Path

from reviewer import library
from reviewer.core.model import Origin, Status
from reviewer.core.wordcount import word_progress
from reviewer.storage.store import Store
from reviewer.storage.word_queries import library_words


def test_library_words_match_the_core_count(db_target: str, tmp_path: Path) -> None:
    store = Store(db_target)
    library.ensure_sample(store)
    (tmp_path / "b.en.txt").write_text("COVID-19 cost 1,000 lives.\n\nIt’s over.\n",
                                       encoding="utf-8")
    second = library.import_article(store, str(tmp_path / "b.en.txt"), lang="en", title="B")
    first = store.segments(1)
    for seg in first[:3]:
        store.set_translation(seg.id, "uk", "x", Status.APPROVED, Origin.HUMAN)
    store.set_translation(first[3].id, "uk", "x", Status.DRAFT, Origin.HUMAN)
    store.set_translation(store.segments(second.id)[1].id, "ru", "y", Status.APPROVED,
                          Origin.HUMAN)
    counted = library_words(store.conn)
    for article_id in (1, second.id):
        expected = word_progress(store.segment_views(article_id, ["uk", "ru"]), ["uk", "ru"])
        got = counted[article_id]
        assert got.words == expected.words
        for lang in ("uk", "ru"):
            assert got.approved.get(lang, 0) == expected.approved[lang]
    assert counted[second.id].words == 6  # COVID-19, cost, 1,000, lives, It’s, over
    store.close()
