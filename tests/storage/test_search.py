"""Full-text search read without the store's mixins: hits in rank order per field, each with its
article's title, cut at the limit across fields."""

from __future__ import annotations

from pathlib import Path

from reviewer.core.model import Origin, Role, SegmentDraft, Status
from reviewer.storage.search import SearchHit, search
from reviewer.storage.store import Store


def test_hits_carry_their_titles_and_stop_at_the_limit(db_target: str, tmp_path: Path) -> None:
    with Store(db_target) as store:
        a = store.add_article("Harbour news", "en", "a.txt",
                              [SegmentDraft(0, Role.BODY, "The harbour reopened.")]).id
        b = store.add_article("Other news", "en", "b.txt",
                              [SegmentDraft(0, Role.BODY, "Nothing to see.")]).id
        seg = store.segments(b)[0].id
        store.set_translation(seg, "uk", "Гавань (harbour) знову працює.", Status.APPROVED,
                              Origin.HUMAN)
        assert search(store.conn, "harbour") == [
            SearchHit(a, "Harbour news", 0, "source", "", "The harbour reopened."),
            SearchHit(b, "Other news", 0, "translation", "uk",
                      "Гавань (harbour) знову працює.")]
        assert search(store.conn, "harbour", limit=1) == [
            SearchHit(a, "Harbour news", 0, "source", "", "The harbour reopened.")]
        assert store.search("harb") == search(store.conn, "harb")
        assert search(store.conn, "  -- ") == []
