"""The review service: the one way a final translation changes, from the window and the CLI."""

from __future__ import annotations

import pytest

from reviewer.core.edits import Edit, TranslationState
from reviewer.core.model import Origin, Role, SegmentDraft, Status
from reviewer.services.review import EditConflictError, ReviewError, ReviewService
from reviewer.storage.store import Store
from tests.seed import seed_mt


@pytest.fixture
def store(db_target: str):
    with Store(db_target) as s:
        art = s.add_article("NATO", "en", "/tmp/a.txt", [
            SegmentDraft(0, Role.HEADLINE, "NATO chief in Kyiv"),
            SegmentDraft(1, Role.BODY, "Stoltenberg visited Kyiv."),
        ])
        seed_mt(s, s.segment(art.id, 1).id, "uk", "deepl", "Столтенберг відвідав Київ.")
        seed_mt(s, s.segment(art.id, 1).id, "uk", "libre", None, error="offline: down")
        yield s


def _view(store: Store, index: int = 1):
    return store.segment_views(store.articles()[0].article.id, ["uk"])[index]


def test_review_takes_the_newest_usable_machine_translation(store: Store) -> None:
    service = ReviewService(store)
    t = service.review(_view(store), "ua", Status.APPROVED, source="mt")
    assert (t.text, t.origin, t.engine, t.status) == ("Столтенберг відвідав Київ.", Origin.MT,
                                                      "deepl", Status.APPROVED)
    assert [h.action for h in store.history(t.segment_id, "uk")] == ["approved"]


def test_review_refuses_what_it_cannot_take_naming_the_segment(store: Store) -> None:
    service = ReviewService(store)
    with pytest.raises(ReviewError, match=r"segment 2 \(UA\): no machine translation from libre"):
        service.review(_view(store), "uk", Status.APPROVED, source="mt:libre")
    with pytest.raises(ReviewError, match=r"segment 1 \(UA\): no machine translation"):
        service.review(_view(store, 0), "uk", Status.APPROVED, source="mt")
    with pytest.raises(ReviewError, match="no text to approved"):
        service.review(_view(store, 0), "uk", Status.APPROVED)
    with pytest.raises(ReviewError, match="unknown text source"):
        service.review(_view(store), "uk", Status.APPROVED, source="memory")
    assert store.translation(_view(store).segment.id, "uk") is None


def test_review_keeps_or_replaces_the_comment(store: Store) -> None:
    service = ReviewService(store)
    seg = _view(store).segment.id
    service.review(_view(store), "uk", Status.REJECTED, text="Чорновик", comment="name?")
    t = service.review(_view(store), "uk", Status.APPROVED)
    assert (t.text, t.status, t.origin, t.comment) == ("Чорновик", Status.APPROVED,
                                                       Origin.EDITED, "name?")
    assert service.review(_view(store), "uk", Status.APPROVED, comment="").comment == ""
    assert [h.action for h in store.history(seg, "uk")] == ["rejected", "approved", "approved"]


def test_an_edit_made_from_a_stale_state_is_refused_and_writes_nothing(store: Store) -> None:
    service = ReviewService(store)
    seg = _view(store).segment.id
    seen = service.state(seg, "uk")
    service.change(seg, "uk", TranslationState("Інший", Status.DRAFT, Origin.EDITED), "Edit")
    stale = Edit(seg, "uk", seen, TranslationState("Мій", Status.APPROVED, Origin.EDITED), "A")
    with pytest.raises(EditConflictError, match="changed by reviewer at .* since you read it"):
        service.apply(stale)
    assert store.translation(seg, "uk").text == "Інший"
    edit = service.change(seg, "uk", TranslationState("Мій", Status.APPROVED, Origin.EDITED), "A")
    service.revert(edit)
    service.apply(edit, redo=True)
    assert [h.action for h in store.history(seg, "uk")] == ["draft", "approved", "undo", "redo"]
