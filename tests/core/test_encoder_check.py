"""The sentence encoder's check of links (:mod:`reviewer.core.encoder_check`) on constructed
similarities: which runs of one-sided links it links again, which 1-1 links it cuts, and what it
leaves alone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core.encoder_check import JOIN, WEAK, check_links
from reviewer.core.model import Link

RIGHT = 0.9  # a typical right pair's cosine


def cosines(table: dict[tuple[int, int], float], default: float = 0.7):  # type: ignore[no-untyped-def]
    """A cosine function: the pairs of ``table``, else ``default`` (unrelated)."""
    return lambda i, j: table.get((i, j), default)


def diagonal(n: int) -> dict[tuple[int, int], float]:
    return {(i, i): RIGHT for i in range(n)}


def spans(links: list[Link]) -> list[tuple[int, int, int, int]]:
    """The links' sentences, flags and reasons aside."""
    return [(k.src_start, k.src_end, k.hum_start, k.hum_end) for k in links]


def test_a_right_pair_left_unlinked_is_linked_again() -> None:
    links = [Link(0, 1, 0, 1), Link(1, 2, 1, 1), Link(2, 2, 1, 2), Link(2, 3, 2, 3)]
    table = {(0, 0): RIGHT, (1, 1): JOIN + 0.01, (2, 2): RIGHT}
    out = check_links(links, [False] * 4, cosines(table))
    assert spans(out) == spans([Link(0, 1, 0, 1), Link(1, 2, 1, 2), Link(2, 3, 2, 3)])
    assert out[1].flagged and out[1].reason == "meaning"
    assert not out[0].flagged and not out[2].flagged


def test_a_pair_just_above_the_threshold_is_linked_and_one_at_it_is_not() -> None:
    links = [Link(0, 1, 0, 0), Link(1, 1, 0, 1)]
    assert spans(check_links(links, [False] * 2, cosines({(0, 0): JOIN + 0.001}))) == spans(
        [Link(0, 1, 0, 1)]
    )
    below = check_links(links, [False] * 2, cosines({(0, 0): JOIN}))
    assert below == links and below[0] is links[0]


def test_a_run_keeps_what_does_not_match_in_place() -> None:
    # segments 1 and 2 dropped, sentence 1 added: it renders segment 2
    links = [Link(0, 1, 0, 1), Link(1, 3, 1, 1), Link(3, 3, 1, 2), Link(3, 4, 2, 3)]
    table = {(0, 0): RIGHT, (2, 1): RIGHT, (3, 2): RIGHT}
    out = check_links(links, [False] * 4, cosines(table))
    assert spans(out) == spans(
        [Link(0, 1, 0, 1), Link(1, 2, 1, 1), Link(2, 3, 1, 2), Link(3, 4, 2, 3)]
    )
    assert (out[1].flagged, out[1].reason) == (True, "dropped")
    # an added sentence before the match sits before it
    links = [Link(0, 1, 0, 1), Link(1, 1, 1, 3), Link(1, 2, 3, 3), Link(2, 3, 3, 4)]
    table = {(0, 0): RIGHT, (1, 2): RIGHT, (2, 3): RIGHT}
    out = check_links(links, [False] * 4, cosines(table))
    assert spans(out) == spans(
        [Link(0, 1, 0, 1), Link(1, 1, 1, 2), Link(1, 2, 2, 3), Link(2, 3, 3, 4)]
    )
    assert (out[1].flagged, out[1].reason) == (True, "added")


def test_trailing_units_of_a_run_sit_at_its_end() -> None:
    links = [Link(0, 2, 0, 0), Link(2, 2, 0, 2)]  # two dropped, two added; only 0-0 matches
    out = check_links(links, [False] * 2, cosines({(0, 0): RIGHT}))
    assert spans(out) == spans([Link(0, 1, 0, 1), Link(1, 2, 1, 1), Link(2, 2, 1, 2)])
    links = [Link(0, 2, 0, 0), Link(2, 2, 0, 2)]  # only 1-1 matches: 0 dropped first
    out = check_links(links, [False] * 2, cosines({(1, 1): RIGHT}))
    assert spans(out) == spans([Link(0, 1, 0, 0), Link(1, 1, 0, 1), Link(1, 2, 1, 2)])


def test_the_matching_is_monotone_and_takes_the_best_sum() -> None:
    links = [Link(0, 2, 0, 0), Link(2, 2, 0, 2)]
    # crossing pairs (0, 1) and (1, 0) cannot both be taken: the better one is
    table = {(0, 1): 0.95, (1, 0): 0.9}
    assert spans(check_links(links, [False] * 2, cosines(table))) == [
        (0, 0, 0, 1),
        (0, 1, 1, 2),
        (1, 2, 2, 2),
    ]
    # two weaker diagonal pairs beat one strong pair alone
    table = {(0, 0): 0.88, (1, 1): 0.88, (0, 1): 0.93}
    assert spans(check_links(links, [False] * 2, cosines(table))) == spans(
        [Link(0, 1, 0, 1), Link(1, 2, 1, 2)]
    )


def test_a_weak_one_to_one_link_is_cut_in_two() -> None:
    links = [Link(i, i + 1, i, i + 1) for i in range(5)]
    table = diagonal(5)
    table[(2, 2)] = RIGHT - WEAK - 0.01  # an editor's sentence in a dropped one's place
    out = check_links(links, [False] * 5, cosines(table))
    assert spans(out) == spans([*links[:2], Link(2, 3, 2, 2), Link(3, 3, 2, 3), *links[3:]])
    assert [(k.flagged, k.reason) for k in out[2:4]] == [(True, "dropped"), (True, "added")]


def test_a_link_at_the_cut_threshold_is_kept() -> None:
    links = [Link(i, i + 1, i, i + 1) for i in range(5)]
    table = diagonal(5)
    table[(2, 2)] = RIGHT - WEAK
    assert check_links(links, [False] * 5, cosines(table)) == links


def test_the_median_is_of_the_free_one_to_one_links() -> None:
    links = [Link(i, i + 1, i, i + 1) for i in range(5)]
    table = {(0, 0): 0.5, (1, 1): 0.5, (2, 2): 0.5, (3, 3): 0.9, (4, 4): 0.9}
    # with all five free the median is 0.5: nothing is cut
    assert check_links(links, [False] * 5, cosines(table)) == links
    # the three weak ones fixed by hand: kept, and the median of the rest is 0.9
    assert check_links(links, [True, True, True, False, False], cosines(table)) == links
    # two of them fixed: the median of 0.5, 0.9, 0.9 is 0.9, and the free weak one is cut
    out = check_links(links, [True, True, False, False, False], cosines(table))
    assert spans(out) == spans([*links[:2], Link(2, 3, 2, 2), Link(3, 3, 2, 3), *links[3:]])


def test_the_median_is_the_upper_middle_value() -> None:
    links = [Link(i, i + 1, i, i + 1) for i in range(4)]
    table = {(0, 0): 0.80, (1, 1): 0.85, (2, 2): 0.90, (3, 3): 0.95}
    # upper middle 0.90: 0.80 is 0.10 below it and cut (the lower middle, 0.85, would keep it)
    out = check_links(links, [False] * 4, cosines(table))
    assert spans(out[:2]) == [(0, 1, 0, 0), (1, 1, 0, 1)] and len(out) == 5


def test_links_fixed_by_hand_are_kept_and_bound_runs() -> None:
    links = [Link(0, 1, 0, 0), Link(1, 1, 0, 1)]
    assert check_links(links, [True, False], cosines({(0, 0): RIGHT})) == links
    assert check_links(links, [False, True], cosines({(0, 0): RIGHT})) == links
    # a run on either side of a link fixed by hand is checked on its own
    links = [
        Link(0, 1, 0, 0),
        Link(1, 1, 0, 1),
        Link(1, 2, 1, 2),
        Link(2, 3, 2, 2),
        Link(3, 3, 2, 3),
    ]
    table = {(0, 0): RIGHT, (2, 2): RIGHT, (1, 1): 0.5}
    out = check_links(links, [False, False, True, False, False], cosines(table))
    assert spans(out) == spans([Link(0, 1, 0, 1), Link(1, 2, 1, 2), Link(2, 3, 2, 3)])


def test_no_one_to_one_links_means_nothing_to_cut() -> None:
    links = [Link(0, 2, 0, 1), Link(2, 3, 1, 3)]
    assert check_links(links, [False] * 2, cosines({})) == links


def test_merges_are_left_alone() -> None:
    links = [Link(0, 1, 0, 1), Link(1, 3, 1, 2), Link(3, 4, 2, 3)]
    table = {(0, 0): RIGHT, (3, 2): RIGHT, (1, 1): 0.1}
    assert check_links(links, [False] * 3, cosines(table)) == links


@given(
    st.lists(st.sampled_from(["1-1", "1-0", "0-1", "2-1"]), min_size=1, max_size=12),
    st.integers(0, 2**32 - 1),
)
def test_the_result_covers_the_same_units_in_order(kinds: list[str], seed: int) -> None:
    import random

    links, s, h = [], 0, 0
    for kind in kinds:
        ds, dh = map(int, kind.split("-"))
        links.append(Link(s, s + ds, h, h + dh))
        s, h = s + ds, h + dh
    rng = random.Random(seed)
    table = {(i, j): rng.choice([0.5, 0.8, 0.85, 0.9]) for i in range(s) for j in range(h)}
    out = check_links(links, [False] * len(links), cosines(table))
    assert out[0].src_start == 0 and out[0].hum_start == 0
    assert (out[-1].src_end, out[-1].hum_end) == (s, h)
    for a, b in zip(out, out[1:], strict=False):
        assert (a.src_end, a.hum_end) == (b.src_start, b.hum_start)
    assert all(k.src_end - k.src_start + k.hum_end - k.hum_start > 0 for k in out)


def test_a_pair_at_the_threshold_is_not_taken_beside_one_above_it() -> None:
    links = [Link(0, 2, 0, 0), Link(2, 2, 0, 2)]
    out = check_links(links, [False] * 2, cosines({(0, 0): JOIN, (1, 1): RIGHT}))
    assert spans(out) == [(0, 1, 0, 0), (1, 1, 0, 1), (1, 2, 1, 2)]


def test_a_run_of_one_side_only_is_left_as_it_is() -> None:
    links = [Link(0, 1, 0, 1), Link(1, 3, 1, 1), Link(3, 4, 1, 2)]
    out = check_links(links, [False] * 3, cosines({(0, 0): RIGHT, (3, 1): RIGHT}, 0.95))
    assert out == links and out[1] is links[1]


def test_the_units_read_are_those_of_free_one_to_one_and_one_sided_links() -> None:
    from reviewer.core.encoder_check import units_read

    links = [Link(0, 1, 0, 1), Link(1, 3, 1, 2), Link(3, 4, 2, 2), Link(4, 4, 2, 3),
             Link(4, 5, 3, 4)]
    assert units_read(links, [False] * 5) == ([0, 3, 4], [0, 2, 3])
    assert units_read(links, [False, False, False, False, True]) == ([0, 3], [0, 2])
    with pytest.raises(ValueError):  # a flag for every link, or the caller mixed up two lists
        units_read(links, [False] * 4)
    with pytest.raises(ValueError):
        check_links(links, [False] * 6, cosines(diagonal(5)))


def test_a_cut_links_sentence_is_matched_again_with_its_neighbours() -> None:
    # segment 1 was dropped; the links drifted: segment 1 beside sentence 1 (segment 2's), and
    # segment 2 dropped. The cut of 1-1 leaves sentence 1 beside segment 2, which it renders.
    links = [Link(0, 1, 0, 1), Link(1, 2, 1, 2), Link(2, 3, 2, 2), Link(3, 4, 2, 3)]
    table = {**diagonal(1), (1, 1): RIGHT - WEAK - 0.05, (2, 1): RIGHT, (3, 2): RIGHT}
    out = check_links(links, [False] * 4, cosines(table))
    assert spans(out) == spans(
        [Link(0, 1, 0, 1), Link(1, 2, 1, 1), Link(2, 3, 1, 2), Link(3, 4, 2, 3)])
    assert [(k.flagged, k.reason) for k in out[1:3]] == [(True, "dropped"), (True, "meaning")]
    # a cut whose halves match nothing stays a 1-0 and a 0-1 link
    table[(2, 1)] = 0.7
    out = check_links(links, [False] * 4, cosines(table))
    assert spans(out) == spans([Link(0, 1, 0, 1), Link(1, 2, 1, 1), Link(2, 2, 1, 2),
                                Link(2, 3, 2, 2), Link(3, 4, 2, 3)])
