"""The price terms shared between the scorers of one text (reviewer.core.scoring, ``shared``).

The terms that neither the length ratio nor the other edition moves are computed once per link
and read back by the aligner's later searches; the prices must be exactly those of a scorer that
computes everything itself, bit for bit (a search compares sums of them).
"""

from __future__ import annotations

from reviewer.core import scoring
from reviewer.core.alignment import Aligner

SOURCE = [["NATO met in Kyiv on 5 May.", "\"We agree,\" he said?"],
          ["Talks on aid for 2024 went on!", "The minister left.", "Troops stay."]]
HUMAN = [["НАТО зібралося в Києві 5 травня.", "«Ми згодні», — сказав він?"],
         ["Переговори про допомогу на 2024 рік тривали!"],
         ["Міністр пішов.", "Війська лишаються.", "Нагадаємо, що раніше було інакше."]]


def _all_prices(scorer: scoring.Scorer, n: int, m: int) -> list[float]:
    return [scorer(i, j, di, dj) for i in range(n) for j in range(m)
            for di in (0, 1, 2) for dj in (0, 1, 2)
            if (di or dj) and i + di <= n and j + dj <= m]


def test_shared_terms_give_the_same_prices_bit_for_bit() -> None:
    aligner = Aligner(SOURCE, HUMAN)
    n, m = len(aligner.src), len(aligner.hum)
    bridge = ([frozenset({"nato", "kyiv"})] * n, [frozenset({"nato"})] * m)
    for ratio, other in ((1.08, None), (1.3, None), (0.9, bridge)):
        alone = Aligner(SOURCE, HUMAN)
        alone.shared = None  # type: ignore[assignment]
        expected = _all_prices(alone.scorer(ratio, other), n, m)
        first = _all_prices(aligner.scorer(ratio, other), n, m)  # fills the table (1st ratio)
        again = _all_prices(aligner.scorer(ratio, other), n, m)  # reads it
        assert first == expected and again == expected
    assert aligner.shared  # the table was used


def test_the_shared_table_stops_growing_at_its_limit(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(scoring, "SHARED_LIMIT", 7)
    aligner = Aligner(SOURCE, HUMAN)
    n, m = len(aligner.src), len(aligner.hum)
    alone = Aligner(SOURCE, HUMAN)
    alone.shared = None  # type: ignore[assignment]
    assert _all_prices(aligner.scorer(1.2), n, m) == _all_prices(alone.scorer(1.2), n, m)
    assert len(aligner.shared) == 7


def test_a_one_to_one_link_is_bridged_as_the_general_formula_says() -> None:
    aligner = Aligner(SOURCE, HUMAN)
    n, m = len(aligner.src), len(aligner.hum)
    other = [frozenset({"nato", "kyiv", "2024"}), frozenset(), frozenset({"aid", "2024"}),
             frozenset({"mini"}), frozenset({"troo", "stay"})][:n]
    own = [frozenset({"nato", "kyiv", "zibr", "trav"}), frozenset({"sogl"}),
           frozenset({"pere", "2024", "dopo"}), frozenset(), frozenset({"mini", "pish"}),
           frozenset({"vijs"})][:m]
    scorer = aligner.scorer(1.08, (other, own))
    costs = [scoring.BRIDGE_WEIGHT * c for c in scoring.BRIDGE_COSTS]
    for i in range(n):
        for j in range(m):
            expected = 0.0
            if other[i] and own[j]:
                both = len(other[i] & own[j])
                expected += costs[min(10 * both // len(own[j]), 4)]
                expected += costs[min(10 * both // len(other[i]), 4)]
            assert scorer._bridge(i, j, 1, 1) == expected
