"""Claims: one per window, moved with it, lapsing unless refreshed, dropped on release."""

from __future__ import annotations

from reviewer.core.model import Role, SegmentDraft
from reviewer.storage import claims
from reviewer.storage.store import Store


def test_a_claim_moves_with_its_window_lapses_and_is_released(db_target: str) -> None:
    with Store(db_target) as mine, Store(db_target) as theirs:
        article = mine.add_article("A", "en", "a.txt", [SegmentDraft(0, Role.BODY, "One."),
                                                        SegmentDraft(1, Role.BODY, "Two.")])
        one, two = (s.id for s in mine.segments(article.id))
        claims.claim(mine, "w1", "anna", article.id, one, "uk")
        claims.claim(theirs, "w2", "olena", article.id, one, "uk")
        claims.claim(theirs, "w2", "olena", article.id, two, "uk")  # olena moved on
        seen = claims.current(mine, article.id)
        assert [(c.name, c.segment_id) for c in seen] == [("anna", one), ("olena", two)]
        claims.claim(theirs, "w3", "petro", article.id, one, "ru", ttl_s=-5)  # lapsed
        assert "petro" not in [c.name for c in claims.current(mine, article.id)]
        claims.release(theirs, "w2")
        assert [c.name for c in claims.current(mine, article.id)] == ["anna"]
        assert claims.current(mine, article.id + 1) == []
