"""The other edition's evidence when one edition swapped two sentences (reviewer.core.editions)."""

from __future__ import annotations

from reviewer.core.alignment import Aligner
from reviewer.core.editions import align_editions, maybe_swapped


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
