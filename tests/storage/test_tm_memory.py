"""The memory read from the store: approvals offered in a new article, kept fresh incrementally.

Articles are made of NTREX-128 news lines with their Ukrainian references; the near-duplicate of a
line is its British-spelling reference (``neighbouring`` for ``neighboring``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer import library
from reviewer.core.diff import Op
from reviewer.core.model import Role, SegmentDraft, Status
from reviewer.core.tm import APPROVED, IMPORTED
from reviewer.storage.edits import clear_translation
from reviewer.storage.export_queries import TmUnit, add_tm_units
from reviewer.storage.store import Store
from reviewer.storage.tm_memory import (
    load_memory,
    memory_units,
    refresh_memory,
    segment_matches,
)
from tests.tm_corpus import SOURCES, Line, spelling_pairs


@pytest.fixture(params=SOURCES)
def lines(request: pytest.FixtureRequest) -> list[Line]:
    """Twelve NTREX lines whose British and American spellings differ."""
    return spelling_pairs(request.param)[:12]


@pytest.fixture
def store(db_target: str, tmp_path: Path) -> Iterator[Store]:
    with Store(db_target) as s:
        yield s


def article(store: Store, sources: list[str]) -> int:
    drafts = [SegmentDraft(i, Role.BODY, text) for i, text in enumerate(sources)]
    return store.add_article(sources[0][:40], "en", "test", drafts).id


def test_approval_offered_in_a_new_article_exact_and_fuzzy(store: Store,
                                                           lines: list[Line]) -> None:
    first = article(store, [x.en for x in lines[:6]])
    for i, x in enumerate(lines[:6]):
        library.approve(store, first, i, "uk", text=x.uk)
    memory = load_memory(store)
    assert memory.kind_count(APPROVED) == 6
    # A new article repeats line 2 as it was and line 4 in British spelling.
    new = article(store, [lines[8].en, lines[2].en, lines[4].en_gb])
    _, exact = segment_matches(store, memory, new, 1, "uk")
    assert exact[0].percent == 100 and exact[0].exact and exact[0].target == lines[2].uk
    assert exact[0].unit.article_id == first and exact[0].unit.segment_index == 2
    _, fuzzy = segment_matches(store, memory, new, 2, "uk")
    assert 75 <= fuzzy[0].percent < 100 and fuzzy[0].target == lines[4].uk
    changed = [(s.op, s.text) for s in fuzzy[0].diff if s.op is not Op.EQUAL]
    assert changed and all(op in (Op.DELETE, Op.INSERT) for op, _ in changed)
    assert segment_matches(store, memory, new, 0, "uk")[1] == []  # never approved
    assert segment_matches(store, memory, new, 1, "ru")[1] == []  # no Russian yet


def test_own_approval_is_not_a_suggestion_for_itself(store: Store, lines: list[Line]) -> None:
    a = article(store, [lines[0].en, lines[0].en])
    library.approve(store, a, 0, "uk", text=lines[0].uk)
    memory = load_memory(store)
    assert segment_matches(store, memory, a, 0, "uk")[1] == []
    assert segment_matches(store, memory, a, 1, "uk")[1][0].percent == 100


def test_refresh_follows_approvals_edits_rejections_undo_and_deletion(
        store: Store, lines: list[Line]) -> None:
    a = article(store, [x.en for x in lines[:4]])
    memory = load_memory(store)
    assert len(memory) == 0
    library.approve(store, a, 0, "uk", text=lines[0].uk)
    library.approve(store, a, 1, "uk", text=lines[1].uk)
    assert refresh_memory(store, memory) == 2
    assert memory.best(lines[0].en, "en", "uk").target == lines[0].uk
    library.approve(store, a, 0, "uk", text="Виправлено.")  # edited after approval
    refresh_memory(store, memory)
    assert memory.best(lines[0].en, "en", "uk").target == "Виправлено."
    library.approve(store, a, 1, "uk", status=Status.REJECTED)
    refresh_memory(store, memory)
    assert memory.best(lines[1].en, "en", "uk") is None
    seg0 = store.segment(a, 0).id
    clear_translation(store, seg0, "uk")  # an undo of the first approval
    refresh_memory(store, memory)
    assert len(memory) == 0
    library.approve(store, a, 2, "uk", text=lines[2].uk)
    add_tm_units(store, [TmUnit("en", "uk", lines[3].en, lines[3].uk, "old.tmx")])
    refresh_memory(store, memory)
    assert (memory.kind_count(APPROVED), memory.kind_count(IMPORTED)) == (1, 1)
    store.delete_article(a)
    refresh_memory(store, memory)
    assert (memory.kind_count(APPROVED), memory.kind_count(IMPORTED)) == (0, 1)
    assert refresh_memory(store, memory) == 0  # nothing new


def test_memory_is_the_union_of_approvals_and_imports(store: Store, lines: list[Line]) -> None:
    a = article(store, [lines[0].en, lines[1].en])
    library.approve(store, a, 0, "uk", text=lines[0].uk)
    library.approve(store, a, 0, "ru", text="Одобрено.")
    library.approve(store, a, 1, "uk", text="Черновик.", status=Status.DRAFT)
    add_tm_units(store, [TmUnit("en", "uk", lines[5].en, lines[5].uk, "a.tmx", "memoQ")])
    units = memory_units(store)
    assert [(u.kind, u.target_lang, u.target) for u in units] == [
        (APPROVED, "ru", "Одобрено."), (APPROVED, "uk", lines[0].uk),
        (IMPORTED, "uk", lines[5].uk)]
    assert units[1].author == "reviewer" and units[1].changed_at and units[1].created_at
    assert units[2].origin == "a.tmx" and units[2].tool == "memoQ"
