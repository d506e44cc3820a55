"""The post-editing clock: active time with the idle cut-off, keystrokes; properties over any
stream of events."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core.effort import IDLE_CUTOFF_S, EffortClock


def test_focused_gaps_count_up_to_the_cut_off() -> None:
    clock = EffortClock(idle_cutoff=10)
    clock.focus_in(100)
    clock.key(103)  # 3 s of reading
    clock.key(104)
    clock.key(134)  # 30 s away from the keys: counts as 10
    clock.finish(135)
    assert clock.keystrokes == 3
    assert clock.active_seconds == pytest.approx(3 + 1 + 10 + 1)
    assert clock.wall_seconds == pytest.approx(35)


def test_time_without_focus_counts_nothing_and_coming_back_adds() -> None:
    clock = EffortClock()
    clock.focus_in(0)
    clock.key(2)
    clock.focus_out(5)  # another segment, another window
    clock.focus_in(500)
    clock.key(501)
    clock.finish(504)
    assert clock.active_seconds == pytest.approx(5 + 4)
    assert clock.keystrokes == 2


def test_a_key_without_focus_in_starts_the_clock() -> None:
    clock = EffortClock()
    clock.key(10)
    clock.key(12)
    assert clock.active_seconds == pytest.approx(2) and clock.keystrokes == 2


def test_a_clock_that_goes_backwards_adds_nothing() -> None:
    clock = EffortClock()
    clock.focus_in(10)
    clock.key(5)
    clock.key(11)
    assert clock.active_seconds == pytest.approx(1)


def test_the_default_cut_off_and_a_bad_one() -> None:
    assert EffortClock().idle_cutoff == IDLE_CUTOFF_S == 60.0
    with pytest.raises(ValueError, match="idle cut-off"):
        EffortClock(idle_cutoff=0)


EVENTS = st.lists(st.tuples(st.sampled_from(["in", "out", "key", "finish"]),
                            st.floats(min_value=0, max_value=1000)), max_size=40)


def _feed(clock: EffortClock, kind: str, at: float) -> None:
    {"in": clock.focus_in, "out": clock.focus_out, "key": clock.key,
     "finish": clock.finish}[kind](at)


@given(EVENTS, st.floats(min_value=0.1, max_value=100))
def test_active_time_is_monotone_and_bounded(events: list[tuple[str, float]],
                                             cutoff: float) -> None:
    clock = EffortClock(idle_cutoff=cutoff)
    before = 0.0
    for n, (kind, at) in enumerate(sorted(events, key=lambda e: e[1]), start=1):
        _feed(clock, kind, at)
        assert clock.active_seconds >= before  # never decreases
        assert clock.active_seconds <= clock.wall_seconds + 1e-9  # never above the wall time
        assert clock.active_seconds <= cutoff * (n - 1) + 1e-9  # each gap at most the cut-off
        before = clock.active_seconds
    assert clock.keystrokes == sum(1 for kind, _ in events if kind == "key")


@given(EVENTS)
def test_any_order_of_timestamps_keeps_the_bounds(events: list[tuple[str, float]]) -> None:
    clock = EffortClock(idle_cutoff=5)
    for kind, at in events:  # not sorted: a clock that jumps back
        _feed(clock, kind, at)
        assert 0 <= clock.active_seconds <= clock.wall_seconds + 1e-9


@given(st.lists(st.floats(min_value=0, max_value=30), min_size=1, max_size=30),
       st.floats(min_value=0.5, max_value=20))
def test_typing_steadily_counts_each_gap_capped(gaps: list[float], cutoff: float) -> None:
    clock = EffortClock(idle_cutoff=cutoff)
    at = 0.0
    clock.focus_in(at)
    for gap in gaps:
        at += gap
        clock.key(at)
    assert clock.active_seconds == pytest.approx(sum(min(g, cutoff) for g in gaps))
