"""Concordance over the store: approved translations, human versions and imported memory units."""

from __future__ import annotations

from reviewer import library
from reviewer.core.concordance import APPROVED, HUMAN, MEMORY
from reviewer.core.model import Origin, Status
from reviewer.storage.concordance_queries import search_concordance, stem_query
from reviewer.storage.export_queries import TmUnit, add_tm_units
from reviewer.storage.store import Store


def _sample(db_target: str) -> tuple[Store, int]:
    store = Store(db_target)
    article = library.ensure_sample(store)
    return store, article.id if article is not None else store.articles()[0].article.id


def test_stem_query_is_fts_safe() -> None:
    assert stem_query('air "defense" -x') == '"air"* "defens"* "x"*'
    assert stem_query("обороною") == '"оборон"*'
    assert stem_query("!!") == ""


def test_finds_approved_human_and_memory(db_target: str) -> None:
    store, article_id = _sample(db_target)
    with store:
        view = store.segment_views(article_id, ["uk"])[3]  # "The issue of defense assistance"
        store.set_translation(view.segment.id, "uk", "Питання оборонної допомоги",
                              Status.APPROVED, Origin.HUMAN)
        add_tm_units(store, [TmUnit("en", "uk", "Defense assistance is coming.",
                                    "Оборонна допомога надходить.", "old.tmx")])
        hits = search_concordance(store, "defense assistance", "uk")
        kinds = [h.unit.kind for h in hits]
        assert kinds[0] == APPROVED and HUMAN in kinds and MEMORY in kinds
        assert hits[0].unit.source == "The issue of defense assistance"
        assert hits[0].unit.index == 3 and hits[0].unit.article_id == article_id
        assert hits[0].source_spans == ((13, 31),)
        assert all(h.unit.lang == "uk" for h in hits)
        # the approved pair equals the human one: listed once, as approved
        assert sum(h.unit.source == "The issue of defense assistance" for h in hits) == 1


def test_target_phrase_in_other_forms(db_target: str) -> None:
    store, _ = _sample(db_target)
    with store:
        hits = search_concordance(store, "оборонна допомога", "uk")
        assert hits and all(h.side == "target" for h in hits)
        assert any(h.insert_text == "оборонної допомоги" for h in hits)
        assert not search_concordance(store, "оборонна допомога", "ru")


def test_every_language_without_lang(db_target: str) -> None:
    store, _ = _sample(db_target)
    with store:
        langs = {h.unit.lang for h in search_concordance(store, "Stoltenberg")}
        assert langs == {"uk", "ru"}
        assert search_concordance(store, "") == []
