"""The parts of realignment by machine translation (reviewer.core.realign): the worth of a link,
the typical chrF, the flags, the band, pinned with made-up chrF values or small invented texts."""

from __future__ import annotations

import math
import random

import pytest
from sacrebleu.metrics import CHRF

from reviewer.core import realign as realign_module
from reviewer.core.model import Link
from reviewer.core.realign import ONE_SIDED, THRESHOLD, Texts, _Scorer, _typical, realign

T = 50.0  # the typical chrF of these tests


class Table(_Scorer):
    """A scorer whose chrF values come from a table (0 for anything not in it)."""

    def __init__(self, texts: Texts, values: dict[tuple[int, int, int, int], float]) -> None:
        super().__init__(texts)
        self.values = values
        self.typical = T

    def chrf(self, s0: int, s1: int, h0: int, h1: int) -> float:
        return self.values.get((s0, s1, h0, h1), 0.0)


def _texts(n: int = 4, m: int = 4, evidence=None) -> Texts:  # type: ignore[no-untyped-def]
    """Segments and sentences all of 20 characters, so that the length term is zero."""
    return Texts([["м" * 20] for _ in range(n)], ["л" * 20 for _ in range(m)], evidence)


def test_a_one_to_one_link_is_worth_its_chrf_above_the_threshold() -> None:
    scorer = Table(_texts(), {(0, 1, 0, 1): 60.0})
    assert scorer.gain(0, 0, 1, 1) == pytest.approx(60.0 - THRESHOLD * T)
    assert scorer.gain(0, 0, 1, 0) == scorer.gain(0, 0, 0, 1) == pytest.approx(-ONE_SIDED * T)


def test_the_length_term_counts_human_against_machine_characters() -> None:
    texts = Texts([["м" * 30, "к" * 50]], ["л" * 70])
    scorer = Table(texts, {(0, 1, 0, 1): 60.0})
    length = abs(math.log((70 + 10) / (30 + 10)))  # the first engine's characters
    assert scorer.gain(0, 0, 1, 1) == pytest.approx(60.0 - THRESHOLD * T - 10.0 * length,
                                                     abs=1e-12)


def test_a_merge_is_worth_its_chrf_per_sentence_less_its_shape() -> None:
    values = {(0, 2, 0, 1): 60.0, (0, 1, 0, 1): 40.0, (1, 2, 0, 1): 30.0}
    scorer = Table(_texts(), values)
    length = abs(math.log((20 + 10) / (40 + 10)))  # one sentence against two segments
    assert scorer.gain(0, 0, 2, 1) == pytest.approx(
        (60.0 - THRESHOLD * T - 10.0 * length) * 3 / 2 - realign_module.SHAPE_COST[(2, 1)] * T,
        abs=1e-12)


@pytest.mark.parametrize(("i", "j", "di", "dj", "parts"), [
    (0, 0, 2, 1, [(0, 1, 0, 1), (1, 2, 0, 1)]),
    (0, 0, 1, 2, [(0, 1, 0, 1), (0, 1, 1, 2)]),
    (1, 1, 2, 2, [(1, 2, 1, 3), (2, 3, 1, 3), (1, 3, 1, 2), (1, 3, 2, 3)]),
    (0, 0, 3, 1, [(0, 1, 0, 1), (0, 2, 0, 1), (1, 2, 0, 1), (1, 3, 0, 1), (2, 3, 0, 1)]),
    (0, 1, 1, 3, [(0, 1, 1, 2), (0, 1, 1, 3), (0, 1, 2, 3), (0, 1, 2, 4), (0, 1, 3, 4)]),
])
def test_a_merge_must_beat_each_of_its_parts(i: int, j: int, di: int, dj: int,
                                             parts: list[tuple[int, int, int, int]]) -> None:
    whole = (i, i + di, j, j + dj)
    for part in parts:
        scorer = Table(_texts(), {whole: 50.0, part: 50.1})
        assert scorer.gain(i, j, di, dj) == -math.inf, part  # a part alone fits better
        scorer.values[part] = 50.0  # as well as its best part: the merge stands
        assert scorer.gain(i, j, di, dj) > -math.inf, part
        scorer.values[part] = 49.9
        assert scorer.gain(i, j, di, dj) > -math.inf, part


def test_the_text_aligners_price_counts_up_to_two_units_a_side() -> None:
    def evidence(i: int, j: int, di: int, dj: int) -> float:
        return 2.0

    values = {(0, 1, 0, 1): 60.0, (0, 3, 0, 1): 60.0, (0, 1, 0, 3): 60.0, (0, 2, 0, 2): 60.0}
    plain, priced = Table(_texts(), values), Table(_texts(evidence=evidence), values)
    price = realign_module.EVIDENCE * T * 2.0
    assert priced.gain(0, 0, 1, 1) == pytest.approx(plain.gain(0, 0, 1, 1) - price)
    assert priced.gain(0, 0, 2, 2) == pytest.approx(plain.gain(0, 0, 2, 2) - price)
    assert priced.gain(0, 0, 3, 1) == plain.gain(0, 0, 3, 1)
    assert priced.gain(0, 0, 1, 3) == plain.gain(0, 0, 1, 3)


def test_chrf_joins_the_segments_and_the_sentences_and_averages_the_engines() -> None:
    mt = [["Поліція затримала людей.", "Поліція заарештувала людей."], ["Біля готелю.", "Там."]]
    human = ["Поліція заарештувала 15 осіб", "біля готелю."]
    scorer = _Scorer(Texts(mt, human))
    sacrebleu = CHRF(beta=realign_module.BETA)
    expected = [sacrebleu.sentence_score(f"{mt[0][k]} {mt[1][k]}", [" ".join(human)]).score
                for k in range(2)]
    assert scorer.chrf(0, 2, 0, 2) == pytest.approx(sum(expected) / 2, abs=1e-9)


def test_the_typical_chrf_is_the_median_of_the_free_one_to_one_links() -> None:
    links = [Link(0, 1, 0, 1), Link(1, 2, 1, 2), Link(2, 3, 2, 3), Link(3, 4, 3, 4),
             Link(4, 6, 4, 5), Link(6, 7, 5, 6), Link(7, 8, 6, 7)]
    values = {(0, 1, 0, 1): 10.0, (1, 2, 1, 2): 20.0, (2, 3, 2, 3): 30.0, (3, 4, 3, 4): 40.0,
              (4, 6, 4, 5): 99.0, (6, 7, 5, 6): 99.0, (7, 8, 6, 7): 99.0}
    mt = [["м"]] * 7 + [[]]
    scorer = Table(Texts(mt, ["л"] * 7), values)
    fixed = [False] * 5 + [True, False]
    assert _typical(scorer, links, fixed) == 30.0  # 10, 20, 30, 40: not the merge, the hand
    # fix or the segment without machine translation
    assert _typical(scorer, links[4:], fixed[4:]) == realign_module.TYPICAL


def test_a_link_the_realignment_keeps_keeps_its_flag_and_reason() -> None:
    mt = _article(4)
    kept = [Link(0, 1, 0, 1), Link(1, 2, 1, 2, True, "fit"), Link(2, 3, 2, 3, True),
            Link(3, 4, 3, 4)]
    new = realign(Texts([[t] for t in mt], mt), kept, [False] * 4)
    assert [(k.flagged, k.reason) for k in new] == [
        (False, ""), (True, "fit"), (True, ""), (False, "")]


def test_a_link_the_realignment_makes_is_flagged_with_its_reason() -> None:
    # the text links drifted after a dropped first segment: every link the realignment makes
    # is flagged, a two-sided one as made by it, a one-sided one as what it is
    mt = _article(4)
    human = mt[1:] + ["редактор додав речення про інше 9."]
    start = [Link(k, k + 1, k, k + 1) for k in range(4)]
    new = realign(Texts([[t] for t in mt], human), start, [False] * 4)
    assert [(k.src_start, k.src_end, k.hum_start, k.hum_end, k.flagged, k.reason)
            for k in new] == [(0, 1, 0, 0, True, "dropped"), (1, 2, 0, 1, True, "realigned"),
                              (2, 3, 1, 2, True, "realigned"), (3, 4, 2, 3, True, "realigned"),
                              (4, 4, 3, 4, True, "added")]


WORDS = ("парламент уряд бюджет вибори міністр закон податок суд армія школа лікарня місто село "
         "завод банк ринок ціна зарплата пенсія дорога міст порт вокзал театр музей").split()


def _article(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.sample(WORDS, 6)) + f" {k}." for k in range(n)]


def test_the_first_segment_dropped_is_found() -> None:
    mt = _article(8)
    human = mt[1:]
    start = [Link(k, k + 1, k, k + 1) for k in range(7)] + [Link(7, 8, 7, 7)]
    new = realign(Texts([[t] for t in mt], human), start, [False] * 8)
    assert [(k.src_start, k.src_end, k.hum_start, k.hum_end) for k in new] == (
        [(0, 1, 0, 0)] + [(k + 1, k + 2, k, k + 1) for k in range(7)])


def test_links_far_from_the_current_ones_are_found_by_widening_the_band() -> None:
    # The text-only links drifted by five sentences: an editor's paragraph of five sentences
    # at the start was linked to the source; the band (two sentences) must widen to find it.
    mt = _article(12)
    human = _article(5, seed=1) + mt
    start = [Link(k, k + 1, k, k + 1) for k in range(12)] + [Link(12, 12, k, k + 1)
                                                             for k in range(12, 17)]
    new = realign(Texts([[t] for t in mt], human), start, [False] * 17)
    assert [(k.src_start, k.src_end, k.hum_start, k.hum_end) for k in new] == (
        [(0, 0, k, k + 1) for k in range(5)] + [(k, k + 1, k + 5, k + 6) for k in range(12)])


def chrf_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that grows by one at each chrF comparison the realignment makes."""
    calls: list[int] = []
    chrf_parts = realign_module.chrf_parts
    monkeypatch.setattr(realign_module, "chrf_parts",
                        lambda *a: calls.append(1) or chrf_parts(*a))
    return calls


def test_right_links_are_checked_in_a_narrow_band(monkeypatch: pytest.MonkeyPatch) -> None:
    # Realigning right links compares each segment with a few sentences around its own, not
    # with every sentence: the band does not widen when the best path stays inside it.
    calls = chrf_calls(monkeypatch)
    mt = _article(60)
    links = [Link(k, k + 1, k, k + 1) for k in range(60)]
    assert realign(Texts([[t] for t in mt], mt), links, [False] * 60) == links
    # 2,281 with the band of two sentences either side (654 of them the units' chance levels,
    # 3 to 8 units away); 3,399 with four; 21,121 with all
    assert len(calls) < 2600


def test_a_first_segment_without_machine_translation_holds_only_its_own_link() -> None:
    from tests.core.test_realign import DRIFTED, HUMAN, MT, RIGHT

    mt = [[t] for t in MT]
    mt[0] = []
    new = realign(Texts(mt, HUMAN), DRIFTED, [False] * len(DRIFTED))
    assert [(k.src_start, k.src_end, k.hum_start, k.hum_end) for k in new] == [
        (k.src_start, k.src_end, k.hum_start, k.hum_end) for k in RIGHT]
