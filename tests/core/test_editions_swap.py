"""The other edition's evidence when one edition swapped two sentences (reviewer.core.editions)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from reviewer.core import editions
from reviewer.core.alignment import Aligner
from reviewer.core.editions import align_editions, maybe_swapped
from reviewer.core.model import Link


def filler(n: int, word: str = "ж") -> str:
    """A sentence of about ``n`` characters that shares no key or stem with anything."""
    return (word + " ") * (n // (len(word) + 1)) + "."


def named(name: str, n: int, word: str = "ж") -> str:
    """A sentence of about ``n`` characters whose only key and stem is ``name``."""
    return name + " " + filler(n - len(name) - 1, word)


#: Source sentences 1 and 2 name Stoltenberg and Washington, at the same length.
SOURCE = [[filler(80, "w"), named("Stoltenberg", 90, "w"), named("Washington", 90, "w"),
           filler(80, "w")]]
#: The Ukrainian edition swapped them (one 2-2 link); the Russian one kept their order.
UK = [[filler(86), named("Вашингтон", 97), named("Столтенберг", 97), filler(86)]]
RU = [[filler(86, "ы"), named("Столтенберг", 97, "ы"), named("Вашингтон", 97, "ы"),
       filler(86, "ы")]]


def kinds(links: list) -> list[str]:
    return [k.kind for k in links]


def test_two_sentences_that_fit_better_crossed_are_told_apart_from_a_right_pair() -> None:
    steps, scorer = Aligner(SOURCE, UK).first_path()
    # alone, the swapped edition is first aligned 1-1 + 1-1 (a 2-2 link is dear) ...
    assert [s[2:] for s in steps] == [(1, 1)] * 4
    # ... but its two middle sentences fit far better crossed
    assert maybe_swapped(steps, scorer) == [1]
    steps, scorer = Aligner(SOURCE, RU).first_path()
    assert maybe_swapped(steps, scorer) == []


def test_a_swap_in_one_edition_does_not_make_the_other_a_2_2_link() -> None:
    # The Ukrainian first links of sentences 1 and 2 are crossed; taken as the order of the
    # Russian sentences they made the Russian edition's right 1-1 links look wrong and its
    # two sentences one 2-2 link. The Ukrainian edition still finds its swap with the Russian.
    both = align_editions(SOURCE, {"uk": UK, "ru": RU})
    assert kinds(both["ru"]) == ["1-1"] * 4
    assert kinds(both["uk"]) == ["1-1", "2-2", "1-1"]


def test_only_crossings_cheaper_by_more_than_the_margin_count_as_swaps() -> None:
    from reviewer.core.editions import SWAP_MARGIN

    # a fake price: 1-1 links in order cost 2 each, crossed ones ``crossed`` each
    def scorer_for(crossed: float):  # type: ignore[no-untyped-def]
        return lambda i, j, di, dj: 2.0 if i == j else crossed

    steps = [(0, 0, 1, 1), (1, 1, 1, 1), (2, 2, 1, 0), (3, 2, 1, 1)]
    below = 2.0 - SWAP_MARGIN / 2
    assert maybe_swapped(steps, scorer_for(below - 0.01)) == [0]
    assert maybe_swapped(steps, scorer_for(below + 0.01)) == []
    # exactly the margin cheaper is not more than it (2 + 2 - 1.5 = 1.25 + 1.25)
    assert maybe_swapped(steps, scorer_for(below)) == []
    # a 1-0 link between them: no swap is read across it
    assert maybe_swapped(steps[1:], scorer_for(-10.0)) == []
    # the last two links of a text are read too
    after_a_drop = [(0, 0, 1, 0), (1, 0, 1, 1), (2, 1, 1, 1)]
    assert maybe_swapped(after_a_drop, lambda i, j, di, dj: 2.0 if i == j + 1 else -10.0) == [1]


def test_a_swap_gives_both_source_sentences_the_stems_of_both_human_ones() -> None:
    from reviewer.core.editions import linked_stems
    from reviewer.core.model import Link

    links = [Link(0, 1, 0, 1), Link(1, 2, 1, 2), Link(2, 3, 2, 3)]
    keys = [frozenset({"a"}), frozenset({"b"}), frozenset({"c"})]
    assert linked_stems(3, links, keys) == keys
    assert linked_stems(3, links, keys, [1]) == [keys[0], keys[1] | keys[2], keys[1] | keys[2]]


def test_each_edition_learns_the_other_editions_first_links_as_they_are(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # what the other edition's first search linked is passed on whole: its links cover its
    # human sentences one after another, each from where the one before ended
    seen = []
    real = editions.linked_stems

    def spy(n: int, links: list[Link], keys: list[frozenset[str]],
            swapped: Sequence[int] = ()) -> list[frozenset[str]]:
        seen.append(links)
        return real(n, links, keys, swapped)

    monkeypatch.setattr(editions, "linked_stems", spy)
    align_editions(SOURCE, {"uk": UK, "ru": RU})
    assert len(seen) == 2
    for links, human in zip(seen, (RU, UK), strict=True):
        ends = [0] + [k.hum_end for k in links]
        assert [k.hum_start for k in links] == ends[:-1]
        assert ends[-1] == sum(len(p) for p in human)
