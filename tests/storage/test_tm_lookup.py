"""What a lookup in the memory offers, through the store's index as the window, the tm engine
(:class:`IndexedMemory`) and ``reviewer tm search`` (:func:`search_store`) look up: percentages,
whitespace, source diffs, pairs, twins, exclusions, thresholds, limits, replaced and removed units,
and British spellings of approved American lines.

Units get into the store as the program puts them there: approvals (``library.approve``) and
imported units (``add_tm_units``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer import library
from reviewer.core.diff import Op
from reviewer.core.model import Origin, Role, SegmentDraft, Status
from reviewer.core.tm import APPROVED, IMPORTED, TmMatch, UnitKey
from reviewer.storage.edits import clear_translation
from reviewer.storage.export_queries import TmUnit, add_tm_units
from reviewer.storage.store import Store
from reviewer.storage.tm_indexed import IndexedMemory, search_store
from reviewer.storage.tm_memory import load_memory
from tests.tm_corpus import SOURCES, spelling_pairs

SOURCE = "The talks resumed on Monday in Geneva."


@pytest.fixture
def store(db_target: str, tmp_path: Path) -> Iterator[Store]:
    with Store(db_target) as s:
        yield s


@pytest.fixture
def memory(store: Store) -> Iterator[IndexedMemory]:
    m = load_memory(store)
    yield m
    m.close()


def approve(store: Store, source: str, target: str, lang: str = "uk") -> int:
    """Approve ``target`` for a new one-segment article of ``source``; its segment id."""
    art = store.add_article(source[:20], "en", "test", [SegmentDraft(0, Role.BODY, source)]).id
    library.approve(store, art, 0, lang, text=target)
    return store.segments(art)[0].id


def imported(store: Store, source: str, target: str, lang: str = "uk") -> None:
    add_tm_units(store, [TmUnit("en", lang, source, target, "a.tmx")])


def both(store: Store, memory: IndexedMemory, text: str, *, min_percent: int = 75,
         limit: int = 5, exclude: list[UnitKey] | None = None) -> list[TmMatch]:
    """The window's lookup, checked to give what ``tm search`` gives."""
    skip = exclude or []
    found = memory.search(text, "en", "uk", min_percent=min_percent, limit=limit, exclude=skip)
    assert search_store(store, text, "en", "uk", min_percent=min_percent, limit=limit,
                        exclude=skip) == found
    return found


def test_100_only_when_the_sources_differ_in_whitespace_alone(store: Store,
                                                              memory: IndexedMemory) -> None:
    approve(store, "It\u2019s  done\ton 5\u00a0May.", "Зроблено 5\u00a0травня.")
    exact = both(store, memory, "It\u2019s done on 5 May.")  # spaces, a tab and a no-break space
    assert [(m.percent, m.exact) for m in exact] == [(100, True)]
    assert exact[0].target == "Зроблено 5\u00a0травня."  # offered as approved, NBSP kept
    assert exact[0].source == "It\u2019s done on 5\u00a0May."  # spaces folded, NBSP kept
    plain = both(store, memory, "It's done on 5 May.")  # only the apostrophe differs
    assert [(m.percent, m.exact, m.score) for m in plain] == [(99, False, 1.0)]


def test_fuzzy_match_with_the_diff_of_the_memory_source(store: Store,
                                                       memory: IndexedMemory) -> None:
    approve(store, SOURCE, "Переговори відновилися в понеділок.")
    m = memory.best("The talks resumed on Tuesday in Geneva.", "en", "uk")
    assert m is not None and 75 <= m.percent < 100 and not m.exact
    assert [(s.op, s.text) for s in m.diff if s.op is not Op.EQUAL] == [
        (Op.DELETE, "Monday "), (Op.INSERT, "Tuesday ")]
    assert m.target == "Переговори відновилися в понеділок." and m.unit.kind == APPROVED
    assert memory.best("Something else entirely, and longer.", "en", "uk") is None
    assert memory.search(SOURCE, "en", "ru") == [] and not memory.has_pair("en", "ru")
    assert search_store(store, SOURCE, "en", "ru") == []  # another pair


def test_twins_shown_once_approved_first_and_exclusion(store: Store,
                                                       memory: IndexedMemory) -> None:
    imported(store, SOURCE, "Т.")  # unit 1
    seg = approve(store, SOURCE, "Т.")  # the same pair approved: a twin
    imported(store, SOURCE, "Інше.")  # unit 2
    found = both(store, memory, SOURCE)
    assert [(m.unit.kind, m.target) for m in found] == [(APPROVED, "Т."), (IMPORTED, "Інше.")]
    found = both(store, memory, SOURCE, exclude=[("segment", seg, "uk")])
    assert [(m.unit.tm_id, m.target) for m in found] == [(2, "Інше."), (1, "Т.")]  # newer first
    assert len(memory) == 3 and memory.kind_count(APPROVED) == 1
    assert memory.kind_count(IMPORTED) == 2


def test_threshold_and_limit(store: Store, memory: IndexedMemory) -> None:
    text = "The minister met the press on Friday morning."
    variants = [text, "The minister met the press on Friday evening.",
                "The minister met the press on a Friday.", "A minister met reporters on Friday.",
                "Nothing in common with it at all, really."]
    for i, source in enumerate(variants):
        imported(store, source, f"Т{i}.")
    found = both(store, memory, text, min_percent=50, limit=10)
    percents = [m.percent for m in found]
    assert percents == sorted(percents, reverse=True) and percents[0] == 100
    assert len(found) == 4 and all(m.percent >= 50 for m in found)
    assert both(store, memory, text, min_percent=50, limit=2) == found[:2]
    assert both(store, memory, text, min_percent=85) == [m for m in found if m.percent >= 85]
    assert both(store, memory, text, limit=0) == []


def test_replaced_and_removed_approvals(store: Store, memory: IndexedMemory) -> None:
    seg = approve(store, SOURCE, "Старе.")
    before = memory.fingerprint()
    store.set_translation(seg, "uk", "Нове.", Status.APPROVED, Origin.HUMAN)  # approved again
    assert len(memory) == 1 and [m.target for m in both(store, memory, SOURCE)] == ["Нове."]
    assert memory.fingerprint() != before
    clear_translation(store, seg, "uk")  # undone
    assert memory.best(SOURCE, "en", "uk") is None and not memory.has_pair("en", "uk")
    assert len(memory) == 0 and memory.units() == []


@pytest.mark.parametrize("source", SOURCES)
def test_british_spelling_is_a_near_match_of_the_american_line(store: Store,
                                                               source: str) -> None:
    lines = spelling_pairs(source)[:150]
    art = store.add_article("A", "en", "test",
                            [SegmentDraft(i, Role.BODY, x.en) for i, x in enumerate(lines)]).id
    ids = [s.id for s in store.segments(art)]
    for i, x in enumerate(lines):
        library.approve(store, art, i, "uk", text=x.uk)
    memory = load_memory(store)
    for i, x in enumerate(lines[:40]):
        m = memory.best(x.en_gb, "en", "uk")
        assert m is not None and m.unit.segment_id == ids[i] and 75 <= m.percent <= 99, x.en_gb
        assert any(s.op is Op.INSERT for s in m.diff)  # e.g. {+neighbouring+}
    memory.close()
