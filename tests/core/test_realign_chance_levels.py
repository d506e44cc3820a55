"""Each segment's and human sentence's chance level (reviewer.core.realign_chance), against a
plain statement of the rule: the mean chrF against the units 3 to 8 away from its current link,
either side, less the article's median; segments fixed by hand or without a machine translation
neither get a level nor count in a sentence's."""

from __future__ import annotations

import pytest

from reviewer.core.model import Link
from reviewer.core.realign_chance import chance_levels


class Texts:
    def __init__(self, mt: list[list[str]], human: list[str]) -> None:
        self.mt, self.human = mt, human


def score(s0: int, s1: int, h0: int, h1: int) -> float:
    """A chrF that differs for every pair of units, so any wrong pair shows."""
    assert (s1 - s0, h1 - h0) == (1, 1)
    return float((s0 * 7 + h0 * 3) % 11) + s0 / 10 + h0 / 100


def rule(texts: Texts, links: list[Link], fixed: list[bool]) -> tuple[list[float], list[float]]:
    n, m = len(texts.mt), len(texts.human)
    link_of_s = {s: k.hum_start for k in links for s in range(k.src_start, k.src_end)}
    link_of_h = {h: k.src_start for k in links for h in range(k.hum_start, k.hum_end)}
    free = {s for k, hand in zip(links, fixed, strict=True) for s in range(k.src_start, k.src_end)
            if not hand and texts.mt[s]}

    def level(values: list[float]) -> float | None:
        return sum(values) / len(values) if values else None

    by_s = [level([score(s, s + 1, h, h + 1) for h in range(m)
                   if 3 <= abs(h - link_of_s[s]) <= 8]) if s in free else None for s in range(n)]
    by_h = [level([score(s, s + 1, h, h + 1) for s in sorted(free)
                   if 3 <= abs(s - link_of_h.get(h, 0)) <= 8]) for h in range(m)]
    out = []
    for values in (by_s, by_h):
        known = sorted(v for v in values if v is not None)
        middle = known[len(known) // 2] if known else 0.0
        out.append([0.0 if v is None else v - middle for v in values])
    return out[0], out[1]


def check(texts: Texts, links: list[Link], fixed: list[bool]) -> None:
    got = chance_levels(score, texts, links, fixed)
    want = rule(texts, links, fixed)
    assert got[0] == pytest.approx(want[0]) and got[1] == pytest.approx(want[1])


def test_one_to_one_links_each_unit_against_those_3_to_8_away() -> None:
    n = 20
    check(Texts([["mt"]] * n, ["h"] * n), [Link(k, k + 1, k, k + 1) for k in range(n)],
          [False] * n)


def test_units_near_the_texts_edges_have_fewer_unrelated_units() -> None:
    n = 6  # every unit has fewer than 12 units 3 to 8 away; the first has 3, 4, 5 only
    check(Texts([["mt"]] * n, ["h"] * n), [Link(k, k + 1, k, k + 1) for k in range(n)],
          [False] * n)


def test_merges_one_sided_links_fixed_links_and_segments_without_machine_translation() -> None:
    # segments 0-3 1-1; 4+5 merged into sentence 4; 6 dropped (1-0); sentence 5 added (0-1);
    # 7-15 1-1 with sentences 6-14; segment 9 fixed by hand, segment 11 has no MT
    links = [Link(k, k + 1, k, k + 1) for k in range(4)] + [
        Link(4, 6, 4, 5), Link(6, 7, 5, 5), Link(7, 7, 5, 6)] + [
        Link(k, k + 1, k - 1, k) for k in range(7, 16)]
    fixed = [k.src_start == 9 and k.src_end == 10 for k in links]
    mt = [[] if s == 11 else ["mt"] for s in range(16)]
    texts = Texts(mt, ["h"] * 15)
    check(texts, links, fixed)
    by_s, _ = chance_levels(score, texts, links, fixed)
    assert by_s[9] == by_s[11] == 0.0


def test_an_even_count_takes_the_upper_middle_and_nothing_known_leaves_zero() -> None:
    n = 4  # levels of segments 0 and 3 only (the others have no sentence 3 to 8 away)
    texts = Texts([["mt"]] * n, ["h"] * n)
    links = [Link(k, k + 1, k, k + 1) for k in range(n)]
    by_s, by_h = chance_levels(score, texts, links, [False] * n)
    assert by_s[1] == by_s[2] == 0.0  # no level: zero, not less the median
    assert sorted((by_s[0], by_s[3])) == pytest.approx(
        [-abs(score(0, 1, 3, 4) - score(3, 4, 0, 1)), 0.0])
    assert chance_levels(score, texts, links, [True] * n) == ([0.0] * n, [0.0] * n)
