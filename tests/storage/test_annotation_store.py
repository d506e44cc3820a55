"""Annotations in a real store: add, change, remove, undo and redo as edits with history rows,
conflicts, words that must be in the stored text, and annotations leaving with their article."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reviewer.core.annotations import mark
from reviewer.core.model import Origin, Role, SegmentDraft, Status
from reviewer.core.mqm import Severity
from reviewer.storage.annotations import AnnotationConflictError, Annotations
from reviewer.storage.lqa_queries import article_units
from reviewer.storage.store import Store
from tests.seed import seed_mt

TEXT = "Столтенберг відвідав Київ."


@pytest.fixture
def store(db_target: str):
    with Store(db_target) as s:
        yield s


def _segment(store: Store) -> int:
    art = store.add_article("NATO", "en", "/tmp/a.txt", [
        SegmentDraft(0, Role.HEADLINE, "NATO chief in Kyiv"),
        SegmentDraft(1, Role.BODY, "Stoltenberg visited Kyiv."),
    ])
    seg = store.segment(art.id, 1).id
    store.set_translation(seg, "uk", TEXT, Status.APPROVED, Origin.EDITED, actor="olena")
    seed_mt(store, seg, "uk", "deepl", "Столтенберг відвідав Київ")
    return seg


def _mark(seg: int, start: int = 12, end: int = 20, **kw):
    return mark(kw.pop("text", TEXT), start, end, segment_id=seg, lang="uk",
                target=kw.pop("target", "final"),
                category=kw.pop("category", "accuracy/mistranslation"),
                severity=kw.pop("severity", "major"), author="ira", **kw)


def test_add_change_remove_undo_redo_with_history(store: Store) -> None:
    seg = _segment(store)
    table = Annotations(store, actor="ira")
    added = table.add(_mark(seg, note="visited ≠ відвідав?"))
    a = added.after
    assert a is not None and a.id > 0 and a.text == "відвідав" and a.created_at
    assert table.of_segment(seg) == [a]
    changed = table.change(a, replace(a, severity=Severity.MINOR, note="minor after all"))
    assert changed.after is not None and table.get(a.id) == changed.after
    table.revert(changed)
    assert table.get(a.id).severity is Severity.MAJOR
    removed = table.remove(table.get(a.id))
    assert table.of_segment(seg) == []
    table.revert(removed)  # undo the removal: back with its id
    assert table.get(a.id).note == "visited ≠ відвідав?"
    actions = [h[0] for h in table.history(seg)]
    assert actions == ["annotation-add", "annotation-change", "annotation-undo",
                       "annotation-remove", "annotation-undo"]
    _action, before, after, actor, _at = table.history(seg)[1]
    assert (before.severity, after.severity, actor) == (Severity.MAJOR, Severity.MINOR, "ira")
    # The translation's own history in Ukrainian is untouched by annotations.
    assert [h.action for h in store.history(seg, "uk")] == ["approved"]


def test_conflicts_are_refused_and_nothing_is_written(store: Store) -> None:
    seg = _segment(store)
    table = Annotations(store)
    a = table.add(_mark(seg)).after
    other = table.change(a, replace(a, note="changed in another window"))
    with pytest.raises(AnnotationConflictError, match="changed or removed elsewhere"):
        table.change(a, replace(a, severity=Severity.CRITICAL))
    with pytest.raises(AnnotationConflictError):
        table.remove(a)
    assert table.get(a.id) == other.after
    rows = len(table.history(seg))
    # Words no longer in the stored text (the final translation was edited meanwhile).
    store.set_translation(seg, "uk", "Столтенберг був у Києві.", Status.DRAFT, Origin.EDITED)
    with pytest.raises(AnnotationConflictError, match="not “відвідав” any more"):
        table.add(_mark(seg))
    assert len(table.history(seg)) == rows


def test_machine_translation_and_missing_texts(store: Store) -> None:
    seg = _segment(store)
    table = Annotations(store)
    mt = table.add(_mark(seg, target="mt:deepl", text="Столтенберг відвідав Київ")).after
    assert table.of_segment(seg, "uk", "mt:deepl") == [mt]
    assert table.of_segment(seg, "uk", "final") == []
    with pytest.raises(AnnotationConflictError, match="no such text"):
        table.add(_mark(seg, target="mt:google"))


def test_units_and_deleting_the_article(store: Store) -> None:
    seg = _segment(store)
    article_id = store.segment_views(1)[0].segment.article_id
    Annotations(store).add(_mark(seg))
    units = article_units(store, article_id, ["uk"], ["final", "mt"])
    assert [(u.target, u.words, u.reviewer) for u in units] == [("final", 3, "olena"),
                                                                ("mt:deepl", 3, "")]
    store.delete_article(article_id)
    with store.conn.reading() as db:
        assert db.execute("SELECT count(*) FROM annotations").fetchone()[0] == 0
