"""The memory's records in the core: percentages, and how the best units become matches.

The lookups themselves (units found in the store's index) are tested in
``tests/storage/test_tm_lookup.py`` and against a brute-force scan in ``tests/storage``.
"""

from __future__ import annotations

from reviewer.core.diff import Op
from reviewer.core.tm import APPROVED, IMPORTED, MemoryUnit, matches_of, overfetch, percent_of

SOURCE = "The talks resumed on Monday in Geneva."


def unit(source: str, target: str, seg: int | None = None, tm: int | None = None) -> MemoryUnit:
    kind = APPROVED if seg is not None else IMPORTED
    return MemoryUnit("en", "uk", source, target, "test", kind=kind, segment_id=seg,
                      segment_index=seg, article_id=1 if seg is not None else None, tm_id=tm)


def test_percent_is_100_only_for_exact_sources() -> None:
    assert percent_of(1.0, True) == 100
    assert percent_of(1.0, False) == 99  # equal once quotes are made plain, but not the same
    assert percent_of(0.7499999, False) == 74 and percent_of(0.75, False) == 75
    assert percent_of(1 - 4 / 5, False) == 20  # 0.19999999999999996: a rounding error, not 19


def test_exact_only_when_the_sources_differ_in_whitespace_alone() -> None:
    hits = [(unit("It\u2019s  done.", "A.", tm=1), 1.0), (unit("It's done.", "B.", tm=2), 1.0)]
    found = matches_of("It\u2019s\u00a0done. ", hits)
    assert [(m.target, m.percent, m.exact) for m in found] == [("A.", 100, True),
                                                               ("B.", 99, False)]


def test_twins_once_approved_first_exclusions_threshold_and_limit() -> None:
    hits = [(unit(SOURCE, "Т.", tm=1), 1.0), (unit(SOURCE, "Т.", seg=2), 1.0),
            (unit(SOURCE, "Інше.", tm=3), 1.0), (unit("Other.", "Х.", tm=4), 0.8),
            (unit("Far.", "Д.", tm=5), 0.7)]
    found = matches_of(SOURCE, hits)
    assert [(m.unit.kind, m.target) for m in found] == [
        (APPROVED, "Т."), (IMPORTED, "Інше."), (IMPORTED, "Х.")]
    found = matches_of(SOURCE, hits, exclude=[("segment", 2, "uk")])
    assert [m.unit.tm_id for m in found] == [1, 3, 4]  # in the order given when equal
    assert [m.unit.tm_id for m in matches_of(SOURCE, hits, min_percent=70)][-1] == 5
    assert len(matches_of(SOURCE, hits, limit=1)) == 1 and matches_of(SOURCE, hits, limit=0) == []
    assert matches_of("Anything.", []) == []


def test_the_diff_turns_the_memory_source_into_the_text() -> None:
    m = matches_of("The talks resumed on Tuesday in Geneva.",
                   [(unit(SOURCE, "Т.", tm=1), 0.9)])[0]
    assert [(s.op, s.text) for s in m.diff if s.op is not Op.EQUAL] == [
        (Op.DELETE, "Monday "), (Op.INSERT, "Tuesday ")]


def test_within_a_percentage_the_closer_unit_comes_first_with_its_similarity() -> None:
    hits = [(unit("Talks.", "Далі.", tm=1), 0.861), (unit("Talk.", "Ближче.", tm=2), 0.869)]
    found = matches_of(SOURCE, hits)
    assert [(m.target, m.percent, m.score) for m in found] == [("Ближче.", 86, 0.869),
                                                               ("Далі.", 86, 0.861)]


def test_overfetch_leaves_room_for_twins_and_exclusions() -> None:
    assert overfetch(5) == 15
    assert overfetch(5, 4) == 19
    assert overfetch(1, excluded=2) == 5
