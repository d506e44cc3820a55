"""Tests for the reviewer's fixes to an alignment (reviewer.core.link_fixes)."""

from __future__ import annotations

import pytest

from reviewer.core.alignment import (
    LinkFixError,
    merge_links,
    shift_boundary,
    split_link,
    validate_links,
)
from reviewer.core.model import Link

# Source 0-4, human 0-2: 1-1, 2-1, a flagged 1-0, 1-1.
LINKS = [Link(0, 1, 0, 1), Link(1, 3, 1, 2), Link(3, 4, 2, 2, flagged=True), Link(4, 5, 2, 3)]


def test_merge_joins_a_link_with_the_next_and_unflags_it() -> None:
    merged = merge_links(LINKS, 1)
    assert merged == [Link(0, 1, 0, 1), Link(1, 4, 1, 2), Link(4, 5, 2, 3)]
    assert merged[1].kind == "3-1" and not merged[1].flagged
    validate_links(merged, 5, 3)
    assert LINKS[2].flagged  # the input is left alone


@pytest.mark.parametrize("i", [3, -1, 10])
def test_merge_needs_a_link_and_its_successor(i: int) -> None:
    with pytest.raises(LinkFixError, match=f"cannot merge link {i + 1}.*4 links"):
        merge_links(LINKS, i)


def test_merge_refuses_links_that_do_not_touch() -> None:
    with pytest.raises(LinkFixError, match="not adjacent"):
        merge_links([Link(0, 1, 0, 1), Link(2, 3, 1, 2)], 0)


def test_split_cuts_a_link_at_the_given_sentences() -> None:
    fixed = split_link(LINKS, 1, 2, 2)
    assert fixed[1:3] == [Link(1, 2, 1, 2), Link(2, 3, 2, 2)]
    assert [k.kind for k in fixed] == ["1-1", "1-1", "1-0", "1-0", "1-1"]
    validate_links(fixed, 5, 3)


def test_split_refuses_a_cut_outside_the_link_or_leaving_an_empty_part() -> None:
    with pytest.raises(LinkFixError, match="at source segment 6: outside its source range 2..3"):
        split_link(LINKS, 1, 5, 1)
    with pytest.raises(LinkFixError, match="at human sentence 1: outside its human range 2..2"):
        split_link(LINKS, 1, 2, 0)
    with pytest.raises(LinkFixError, match="one part would hold no sentence"):
        split_link(LINKS, 1, 1, 1)
    with pytest.raises(LinkFixError, match="cannot split link 5"):
        split_link(LINKS, 4, 4, 2)


def test_shift_moves_the_human_boundary_both_ways() -> None:
    later = shift_boundary(LINKS, 2, +1)
    assert later[2:] == [Link(3, 4, 2, 3), Link(4, 5, 3, 3)]
    validate_links(later, 5, 3)
    earlier = shift_boundary(LINKS, 0, -1)
    assert earlier[:2] == [Link(0, 1, 0, 0), Link(1, 3, 0, 2)]
    validate_links(earlier, 5, 3)


def test_shift_refuses_to_pass_a_neighbour_or_empty_a_link() -> None:
    with pytest.raises(LinkFixError, match="by 2: human sentences 1..2 leave room for -1..1"):
        shift_boundary(LINKS, 0, 2)
    added = [Link(0, 1, 0, 1), Link(1, 1, 1, 2, flagged=True), Link(1, 2, 2, 3)]
    with pytest.raises(LinkFixError, match="a link would hold no sentence"):
        shift_boundary(added, 0, +1)
    with pytest.raises(LinkFixError, match="cannot shift the boundary after link 4"):
        shift_boundary(LINKS, 3, 1)


def test_validate_accepts_a_cover_and_names_the_first_fault() -> None:
    validate_links(LINKS, 5, 3)
    validate_links([], 0, 0)
    with pytest.raises(LinkFixError, match="link 1 .* should start at source 1, human 1"):
        validate_links([Link(0, 1, 0, 1), Link(2, 3, 1, 2)], 3, 2)
    with pytest.raises(LinkFixError, match="ends before it starts"):
        validate_links([Link(0, 1, 0, 1), Link(1, 0, 1, 2)], 1, 2)
    with pytest.raises(LinkFixError, match="holds no sentence"):
        validate_links([Link(0, 0, 0, 0)], 0, 0)
    with pytest.raises(LinkFixError, match="cover 5 of 6 source and 3 of 3 human"):
        validate_links(LINKS, 6, 3)
