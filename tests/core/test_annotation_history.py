"""Which annotations each version of a final text had, replayed from the history's order."""

from __future__ import annotations

from dataclasses import replace

from reviewer.core.annotation_history import AnnotationEvent, errors_by_version
from reviewer.core.annotations import Annotation
from reviewer.core.mqm import Severity

GRAMMAR = Annotation(7, "uk", "final", 0, 4, "Київ", "linguistic-conventions/grammar",
                     Severity.MINOR, id=1)
OMISSION = Annotation(7, "uk", "final", 5, 5, "", "accuracy/omission", Severity.MAJOR, id=2)


def _event(row: int, before: Annotation | None, after: Annotation | None,
           action: str = "annotation-add") -> AnnotationEvent:
    return AnnotationEvent(row, action, before, after, "olena", f"2026-01-01T00:00:{row:02d}")


def test_each_version_has_the_errors_standing_when_the_next_was_made() -> None:
    major = replace(GRAMMAR, severity=Severity.MAJOR)
    events = [_event(2, None, GRAMMAR),  # while version 1 (row 1) was the latest
              _event(4, None, OMISSION),  # after version 2 (row 3)
              _event(5, GRAMMAR, major, "annotation-change"),
              _event(7, OMISSION, None, "annotation-remove")]  # after version 3 (row 6)
    found = errors_by_version([1, 3, 6], events, "uk")
    assert [v.had for v in found] == [(GRAMMAR,), (major, OMISSION), (major,)]
    assert [e.after for e in found[0].added] == [GRAMMAR]
    assert found[1].added[0].after == OMISSION and found[1].changed[0].after == major
    assert found[2].removed[0].before == OMISSION and not found[2].added


def test_other_languages_and_targets_and_earlier_changes() -> None:
    mt = replace(GRAMMAR, id=3, target="mt:deepl")
    ru = replace(GRAMMAR, id=4, lang="ru")
    events = [_event(1, None, GRAMMAR), _event(3, None, mt), _event(4, None, ru),
              _event(6, GRAMMAR, None, "annotation-undo")]
    found = errors_by_version([2, 5], events, "uk")
    assert found[0].had == (GRAMMAR,)  # marked before the first recorded version: counted there
    assert found[1].had == () and found[1].removed[0].action == "annotation-undo"
    assert errors_by_version([2, 5], events, "uk", "mt:deepl")[0].had == (mt,)
    assert errors_by_version([], events, "uk") == []
