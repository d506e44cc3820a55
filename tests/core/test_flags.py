"""Which links are flagged and why (reviewer.core.flags, flag_evidence), with made-up link prices
whose evidence is known, and small constructed articles."""

from __future__ import annotations

import math

import pytest

from reviewer.core import editions, flags
from reviewer.core.alignment import align
from reviewer.core.flag_evidence import (
    CAP,
    LEAN_MARGIN,
    LEAN_REACH,
    SILENT_STEMS,
    Evidence,
    best_without,
    link_evidence,
)
from reviewer.core.model import Link

#: Price of each link shape unless a test says otherwise (also the shapes' priors: fit 0).
SHAPES = {(1, 1): 1.0, (2, 1): 8.0, (1, 2): 8.0, (2, 2): 10.0, (1, 0): 5.0, (0, 1): 5.0}


class Prices:
    """A stand-in for the aligner's scorer: shape prices, some links priced apart, lengths."""

    def __init__(self, n_src: int, n_hum: int,
                 special: dict[tuple[int, int, int, int], float] | None = None,
                 lengths: tuple[list[int], list[int]] | None = None,
                 bridge: tuple[list[frozenset[str]], list[frozenset[str]]] | None = None,
                 edition: dict[tuple[int, int, int, int], float] | None = None) -> None:
        self.special = special or {}
        self.edition = edition or {}  # the other edition's part of a link's price
        self.bridge_s, self.bridge_h = bridge or (None, None)
        self.src, self.hum = [None] * n_src, [None] * n_hum
        self.prior = [[SHAPES.get((a, b), math.inf) for b in range(4)] for a in range(4)]
        src_len, hum_len = lengths or ([100] * n_src, [100] * n_hum)
        self.len_s = [sum(src_len[:k]) for k in range(n_src + 1)]
        self.len_h = [sum(hum_len[:k]) for k in range(n_hum + 1)]
        self.ratio = 1.0

    def __call__(self, i: int, j: int, di: int, dj: int) -> float:
        return self.special.get((i, j, di, dj), SHAPES[(di, dj)]) + self._bridge(i, j, di, dj)

    def _bridge(self, i: int, j: int, di: int, dj: int) -> float:
        return self.edition.get((i, j, di, dj), 0.0)

    def fit(self, i: int, j: int, di: int, dj: int) -> float:
        return self(i, j, di, dj) - self.prior[di][dj]


def evidence(steps: list[tuple[int, int, int, int]], prices: Prices) -> list[Evidence | None]:
    return link_evidence(steps, prices)  # type: ignore[arg-type]


DIAGONAL = [(k, k, 1, 1) for k in range(4)]


def test_one_sided_links_have_no_evidence_and_are_flagged_with_their_reason() -> None:
    steps = [(0, 0, 1, 1), (1, 1, 1, 0), (2, 1, 0, 1), (2, 2, 1, 1)]
    assert [e is None for e in evidence(steps, Prices(3, 3))] == [False, True, True, False]
    links = flags.flag_links(steps, Prices(3, 3))  # type: ignore[arg-type]
    assert [(k.flagged, k.reason) for k in links[1:3]] == [(True, "dropped"), (True, "added")]


def test_a_clean_diagonal_is_sure_and_unflagged() -> None:
    found = evidence(DIAGONAL, Prices(4, 4))
    assert all(e is not None and e.fit == 0 and e.gap == 0 and e.merge == 0 for e in found)
    # moving a link costs nothing here (every 1-1 link fits alike); the cheapest alternative of
    # a block, a 2-2 link, costs 8 more than its two 1-1 links: the cap
    assert [(e.margin, e.shift) for e in found if e] == [(CAP, 0.0)] * 4
    assert not any(k.flagged for k in flags.flag_links(DIAGONAL, Prices(4, 4)))  # type: ignore


def test_the_margin_is_the_cheapest_other_linking_of_a_link_and_a_neighbour() -> None:
    # 1-1 + 1-1 over sentences 0-1 cost 2.0, the 2-2 link over them 2.5: both links have a
    # margin of 0.5; the last link's blocks see only the dear 2-2 link over 2-3.
    found = evidence(DIAGONAL, Prices(4, 4, {(0, 0, 2, 2): 2.5}))
    assert [e.margin for e in found if e] == [0.5, 0.5, CAP, CAP]


def test_a_run_discount_is_given_only_inside_a_run() -> None:
    # The second 1-0 link continues the run of the first, so the block of it and the 1-1 link
    # after it costs 5 - 3.2 + 1; the cheapest way round the 1-1 link, 1-1 then 1-0, costs 6.
    from reviewer.core.scoring import SENTENCE_RUN_DISCOUNT
    steps = [(0, 0, 1, 0), (1, 0, 1, 0), (2, 0, 1, 1)]
    last = evidence(steps, Prices(3, 1))[-1]
    assert last is not None
    assert last.margin == pytest.approx(6.0 - (5.0 - SENTENCE_RUN_DISCOUNT + 1.0))


def test_the_shift_is_how_much_better_a_link_fits_than_moved_by_one_sentence() -> None:
    # source 1 fits human 1 poorly (fit 4), its neighbours (fit 2.5 at best) better
    prices = Prices(4, 4, {(1, 1, 1, 1): 5.0, (1, 0, 1, 1): 4.0, (1, 2, 1, 1): 3.5,
                           (0, 1, 1, 1): 4.0, (2, 1, 1, 1): 4.0})
    found = evidence(DIAGONAL, prices)
    assert found[1] is not None and found[1].shift == pytest.approx(2.5 - 4.0)
    assert found[0] is not None and found[0].shift == 3.0  # it fits 3 better than moved
    # a link at the edge of the texts moves only inwards
    assert evidence([(0, 0, 1, 1)], Prices(1, 1))[0] == Evidence(0.0, CAP, CAP, 0, 0.0, 0)


def test_links_near_a_one_sided_link_are_marked() -> None:
    steps = [(0, 0, 1, 1), (1, 1, 1, 1), (2, 2, 1, 1), (3, 3, 1, 1), (4, 4, 1, 0),
             (5, 4, 1, 1)]
    found = evidence(steps, Prices(6, 5))
    assert [e.gap if e else None for e in found] == [0, 0, 1, 1, None, 1]


def test_the_length_residual_is_gale_and_churchs_delta() -> None:
    found = evidence([(0, 0, 1, 1), (1, 1, 1, 1)], Prices(2, 2, lengths=([100, 100], [100, 160])))
    assert found[0] is not None and found[0].length == 0.0
    assert found[1] is not None and found[1].length == pytest.approx(60 / math.sqrt(6.8 * 130))


def test_merges_are_marked() -> None:
    found = evidence([(0, 0, 2, 1), (2, 1, 1, 1)], Prices(3, 2))
    assert [e.merge for e in found if e] == [1, 0]


def stems(prefix: str, n: int) -> frozenset[str]:
    return frozenset(f"{prefix}{k:02}" for k in range(n))


def test_a_link_the_other_edition_shares_no_word_with_is_silent() -> None:
    # the other edition's sentences linked to source 0 and 1; the link's own human sentences
    other = [stems("a", SILENT_STEMS), stems("b", SILENT_STEMS)]
    own = [stems("a", SILENT_STEMS), stems("c", SILENT_STEMS)]  # human 1 is not source 1's
    found = evidence(DIAGONAL[:2], Prices(2, 2, bridge=(other, own)))
    assert [e.silent for e in found if e] == [0, 1]
    # one word in common, or too few words to tell, or no other edition: not silent
    own = [stems("a", 1), stems("c", SILENT_STEMS - 1) | {"b00"}]
    assert [e.silent for e in evidence(DIAGONAL[:2], Prices(2, 2, bridge=(other, own))) if e] \
        == [0, 0]
    few = [stems("a", SILENT_STEMS - 1), stems("b", SILENT_STEMS - 1)]
    own = [stems("c", SILENT_STEMS), stems("d", SILENT_STEMS)]
    assert [e.silent for e in evidence(DIAGONAL[:2], Prices(2, 2, bridge=(few, own))) if e] \
        == [0, 0]
    assert [e.silent for e in evidence(DIAGONAL[:2], Prices(2, 2)) if e] == [0, 0]


def test_a_pair_missing_the_length_ratio_in_opposite_directions_is_measured_together() -> None:
    # human 0 is 60 too long, human 1 60 too short: cut elsewhere, together they fit (recut 0);
    # the third link is too long as well, but so is none of its neighbours the other way
    found = evidence(DIAGONAL[:3], Prices(3, 3, lengths=([100, 100, 100], [160, 40, 100])))
    assert [e.recut for e in found if e] == [0.0, 0.0, 0.0]
    found = evidence(DIAGONAL[:3], Prices(3, 3, lengths=([100, 100, 100], [200, 40, 100])))
    together = 40 / math.sqrt(6.8 * (200 + 240) / 2)
    assert [e.recut for e in found if e] == [pytest.approx(together)] * 2 + [0.0]
    # residuals of the same sign are not a pair cut elsewhere
    found = evidence(DIAGONAL[:2], Prices(2, 2, lengths=([100, 100], [200, 160])))
    assert [e.recut for e in found if e] == [0.0, 0.0]


def test_a_link_that_only_the_other_edition_holds_leans_on_it() -> None:
    # With the other edition, 1-1 + 1-1 over sentences 0-1 cost 1 + 1 and the 2-2 link 4: a
    # margin of 2. Without the other edition's part of the prices (-9 for each 1-1 link, 0 for
    # the 2-2 link) the text alone finds the 2-2 link cheaper by 20 - 4 = 16 > LEAN_MARGIN.
    other = [frozenset({"a"}), frozenset({"b"})]
    edition = {(0, 0, 1, 1): -9.0, (1, 1, 1, 1): -9.0}
    special = {(0, 0, 1, 1): 10.0, (1, 1, 1, 1): 10.0, (0, 0, 2, 2): 4.0}
    prices = Prices(2, 2, special, bridge=(other, other), edition=edition)
    assert [e.leans for e in evidence(DIAGONAL[:2], prices) if e] == [1, 1]
    # the text alone finds the 2-2 link cheaper, but by no more than LEAN_MARGIN: not leaning
    edition = {(0, 0, 1, 1): -2.0, (1, 1, 1, 1): -2.0}
    special = {(0, 0, 1, 1): 3.0, (1, 1, 1, 1): 4.0 + LEAN_MARGIN - 3.0, (0, 0, 2, 2): 4.0}
    prices = Prices(2, 2, special, bridge=(other, other), edition=edition)
    assert [e.leans for e in evidence(DIAGONAL[:2], prices) if e] == [0, 0]
    # a link the search holds by LEAN_REACH or more is not priced again
    edition = {(0, 0, 1, 1): -9.0, (1, 1, 1, 1): -9.0}
    special = {(0, 0, 1, 1): 10.0, (1, 1, 1, 1): 10.0, (0, 0, 2, 2): 2.0 + LEAN_REACH}
    prices = Prices(2, 2, special, bridge=(other, other), edition=edition)
    assert [e.leans for e in evidence(DIAGONAL[:2], prices) if e] == [0, 0]
    special[(0, 0, 2, 2)] = 1.9 + LEAN_REACH
    prices = Prices(2, 2, special, bridge=(other, other), edition=edition)
    assert [e.leans for e in evidence(DIAGONAL[:2], prices) if e] == [1, 1]
    # without the other edition nothing leans on it
    prices = Prices(2, 2, {(0, 0, 2, 2): 0.0})
    assert [e.leans for e in evidence(DIAGONAL[:2], prices) if e] == [0, 0]


def test_the_score_adds_the_weighted_features(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(flags, "WEIGHTS", (1.0, 0, 0, 0, 0, 2.0, 0, 0, 0, 0, 0))
    monkeypatch.setattr(flags, "INTERCEPT", -1.0)
    assert flags.score(Evidence(3.0, CAP, CAP, 1, 0.0, 0)) == pytest.approx(-1 + 3 + 2)


def test_the_reason_is_what_pushes_the_score_furthest_above_a_right_link(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(flags, "WEIGHTS", (1.0, 0, 0, 0, -1.0, 1.0, 0, 0, 0, 0, 0))
    monkeypatch.setattr(flags, "RIGHT_MEANS", (-3.0, 0, 0, 0, 0, 0.2, 0, 0, 0, 0, 0))
    # fit -1 is 2 above a right link's; a shift of -3 (a neighbour fits better) pushes 3
    assert flags.reason(Evidence(-1.0, CAP, -3.0, 0, 0.0, 0)) == "shifted"
    assert flags.reason(Evidence(-1.0, CAP, -1.0, 0, 0.0, 0)) == "fit"
    assert flags.reason(Evidence(-3.0, CAP, 0.0, 1, 0.0, 0)) == "gap"
    assert set(flags.FEATURES) <= set(flags.REASONS)


def test_a_link_scored_above_the_threshold_is_flagged(monkeypatch: pytest.MonkeyPatch) -> None:
    prices = Prices(4, 4, {(1, 1, 1, 1): 5.0})  # a fit of 4, its neighbours' 0
    monkeypatch.setattr(flags, "score", lambda ev: -ev.shift)
    monkeypatch.setattr(flags, "THRESHOLD", 3.9)
    links = flags.flag_links(DIAGONAL, prices)  # type: ignore[arg-type]
    assert [k.flagged for k in links] == [False, True, False, False]
    monkeypatch.setattr(flags, "THRESHOLD", 4.0)
    assert not any(k.flagged for k in flags.flag_links(DIAGONAL, prices))  # type: ignore


def test_a_very_poor_fit_is_flagged_whatever_the_score(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(flags, "THRESHOLD", math.inf)
    prices = Prices(2, 2, {(0, 0, 1, 1): 1.0 + flags.FLAG_FIT + 0.01})
    first = flags.flag_links([(0, 0, 1, 1), (1, 1, 1, 1)], prices)[0]  # type: ignore[arg-type]
    assert (first.flagged, first.reason) == (True, "fit")
    prices = Prices(2, 2, {(0, 0, 1, 1): 1.0 + flags.FLAG_FIT})
    assert not flags.flag_links([(0, 0, 1, 1), (1, 1, 1, 1)], prices)[0].flagged  # type: ignore


def test_the_cheapest_way_round_a_link_starts_at_the_block_not_at_the_origin() -> None:
    block = [(3, 5, 1, 1), (4, 6, 1, 1)]
    prices = Prices(5, 7, {(3, 5, 2, 2): 2.5})
    assert best_without(block, 0, prices) == 2.5  # type: ignore[arg-type]
    # a way round that starts with a 0-1 link from the block's first cell
    prices = Prices(5, 7, {(3, 5, 2, 2): 2.5, (3, 5, 0, 1): 0.5, (3, 6, 2, 1): 0.5})
    assert best_without(block, 0, prices) == 1.0  # type: ignore[arg-type]


def test_a_reason_does_not_change_what_a_link_is() -> None:
    assert Link(0, 1, 0, 1, True, reason="fit") == Link(0, 1, 0, 1, True)


def filler(n: int, letter: str = "ж", number: str = "") -> str:
    return (f"{number} " if number else "") + (letter * 4 + " ") * (n // 5) + "кінець."


def test_a_translated_article_has_no_two_sided_flags() -> None:
    source = [[filler(60, "w", "1"), filler(120, "v", "22")], [filler(90, "x", "333")],
              [filler(70, "y", "4444"), filler(110, "z", "55555")]]
    human = [[filler(66, number="1"), filler(128, number="22")], [filler(95, number="333")],
             [filler(75, number="4444"), filler(118, number="55555")]]
    links = align(source, human)
    assert [k.kind for k in links] == ["1-1"] * 5
    assert not any(k.flagged for k in links)


def test_a_drift_after_a_drop_is_flagged_with_a_reason() -> None:
    # Source sentence 1 is dropped; sentences 1 and 2 are alike, so which one the human version
    # left out cannot be told from lengths: the link beside the drop is flagged.
    source = [[filler(80, "w"), filler(100, "w"), filler(100, "v"), filler(70, "w")]]
    human = [[filler(86), filler(108), filler(76)]]
    links = align(source, human)
    beside = [k for k in links if k.kind == "1-1" and k.src_start in (1, 2)]
    assert beside and all(k.flagged and k.reason in flags.REASONS for k in beside)
    assert [k.reason for k in links if k.kind == "1-0"] == ["dropped"]


def test_a_link_the_text_alone_would_not_make_is_flagged_for_the_other_edition() -> None:
    # Ukrainian drops source sentence 1 and renders the short sentence 2 at length: by the
    # lengths alone sentence 1 is its match and sentence 2 the dropped one. The Russian edition
    # keeps all four, and its sentence 2 shares the Ukrainian one's words: with it the right
    # link is made, but the text alone would make another; that link is flagged for it.
    words = [["Президент", "Парламент"], ["Міністерство", "Генерал"], ["Компанія", "Фестиваль"],
             ["Бібліотека", "Лабораторія"]]

    def sentence(n: int, k: int) -> str:
        text = " ".join(words[k]) + " "
        return text + "ж " * ((n - len(text)) // 2) + "."

    source = [[filler(80, "w"), filler(100, "w"), filler(50, "w"), filler(80, "w")]]
    ru = [[sentence(86, 0), sentence(108, 1), sentence(54, 2), sentence(86, 3)]]
    uk = [[sentence(86, 0), sentence(108, 2), sentence(86, 3)]]
    assert [k.kind for k in align(source, uk)][1:3] == ["1-1", "1-0"]  # alone: the drift
    ru_stems = [editions.stems(s) for p in ru for s in p]
    bridge = (editions.linked_stems(4, align(source, ru), ru_stems),
              [editions.stems(s) for p in uk for s in p])
    links = align(source, uk, bridge)
    assert [(k.kind, k.src_start) for k in links] == [("1-1", 0), ("1-0", 1), ("1-1", 2),
                                                      ("1-1", 3)]
    # both a close other linking and "only the other edition holds it" raise its score; which
    # one raises it most depends on the weights the last refit gave
    assert links[2].flagged and links[2].reason in ("edition", "close")
    assert not links[0].flagged and not links[3].flagged
