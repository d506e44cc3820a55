"""The translation memory in the core: percentages, source diff, pairs, twins, replacement."""

from __future__ import annotations

import pytest

from reviewer.core.diff import Op
from reviewer.core.tm import APPROVED, IMPORTED, MemoryUnit, TranslationMemory, percent_of
from tests.tm_corpus import SOURCES, spelling_pairs

SOURCE = "The talks resumed on Monday in Geneva."


def unit(source: str, target: str, seg: int | None = None, tm: int | None = None,
         lang: str = "uk") -> MemoryUnit:
    kind = APPROVED if seg is not None else IMPORTED
    return MemoryUnit("en", lang, source, target, "test", kind=kind, segment_id=seg,
                      segment_index=seg, article_id=1 if seg is not None else None, tm_id=tm)


def test_percent_is_100_only_for_exact_sources() -> None:
    assert percent_of(1.0, True) == 100
    assert percent_of(1.0, False) == 99  # equal once quotes are made plain, but not the same
    assert percent_of(0.7499999, False) == 74 and percent_of(0.75, False) == 75
    memory = TranslationMemory([unit("It\u2019s  done.", "Зроблено.", seg=1)])
    assert memory.best("It\u2019s done.", "en", "uk").percent == 100  # only spaces differ
    assert memory.best("It's done.", "en", "uk").percent == 99


def test_fuzzy_match_with_the_diff_of_the_memory_source() -> None:
    memory = TranslationMemory([unit(SOURCE, "Переговори відновилися в понеділок.", seg=1)])
    m = memory.best("The talks resumed on Tuesday in Geneva.", "en", "uk")
    assert m is not None and 75 <= m.percent < 100 and not m.exact
    assert [(s.op, s.text) for s in m.diff if s.op is not Op.EQUAL] == [
        (Op.DELETE, "Monday "), (Op.INSERT, "Tuesday ")]
    assert m.target == "Переговори відновилися в понеділок."
    assert memory.best("Something else entirely, and longer.", "en", "uk") is None
    assert memory.search(SOURCE, "en", "ru") == []  # another pair


def test_twins_shown_once_approved_first_and_exclusion() -> None:
    memory = TranslationMemory([unit(SOURCE, "Т.", tm=1), unit(SOURCE, "Т.", seg=2),
                                unit(SOURCE, "Інше.", tm=3)])
    found = memory.search(SOURCE, "en", "uk")
    assert [(m.unit.kind, m.target) for m in found] == [(APPROVED, "Т."), (IMPORTED, "Інше.")]
    found = memory.search(SOURCE, "en", "uk", exclude=[("segment", 2, "uk")])
    assert [(m.unit.tm_id, m.target) for m in found] == [(3, "Інше."), (1, "Т.")]  # newer first
    assert len(memory) == 3 and memory.kind_count(APPROVED) == 1


def test_replace_remove_and_fingerprint() -> None:
    memory = TranslationMemory([unit(SOURCE, "Старе.", seg=1)])
    before = memory.fingerprint()
    memory.add([unit(SOURCE, "Нове.", seg=1)])  # the same segment approved again
    assert len(memory) == 1 and memory.best(SOURCE, "en", "uk").target == "Нове."
    assert memory.fingerprint() != before
    assert memory.remove(("segment", 1, "uk")) and not memory.remove(("segment", 1, "uk"))
    assert memory.best(SOURCE, "en", "uk") is None and not memory.has_pair("en", "uk")
    memory.clear()
    assert len(memory) == 0 and memory.units() == []


@pytest.mark.parametrize("source", SOURCES)
def test_british_spelling_is_a_near_match_of_the_american_line(source: str) -> None:
    lines = spelling_pairs(source)[:150]
    memory = TranslationMemory(unit(x.en, x.uk, seg=i) for i, x in enumerate(lines))
    for i, x in enumerate(lines[:40]):
        m = memory.best(x.en_gb, "en", "uk")
        assert m is not None and m.unit.segment_id == i and 75 <= m.percent <= 99, x.en_gb
        assert any(s.op is Op.INSERT for s in m.diff)  # e.g. {+neighbouring+}
