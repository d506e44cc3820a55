"""The realignment's flags read chrF with beta 1 (``FLAG_BETA``), its links with beta 0.7
(``BETA``): a human sentence that says far more than its machine translation may be linked, and
still flagged for a look."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from reviewer.core import realign as realign_module
from reviewer.core.model import Link
from reviewer.core.realign import BETA, FLAG_BETA, WEAK, _flagged, _typical
from tests.core.test_realign_parts import T, Table, _texts


class ByBeta(Table):
    """chrF from a table per beta (the links' or the flags'), as the real scorer takes it."""

    def __init__(self, links_values: dict[tuple[int, int, int, int], float],
                 flags_values: dict[tuple[int, int, int, int], float], n: int = 1,
                 m: int = 6) -> None:
        super().__init__(_texts(n, m), links_values)
        self.flags_values = flags_values

    def chrf(self, s0: int, s1: int, h0: int, h1: int, beta: float = 0.0) -> float:
        beta = beta or BETA
        table = self.flags_values if beta == FLAG_BETA else self.values
        return table.get((s0, s1, h0, h1), 0.0)


def test_the_flags_read_chrf_with_beta_one() -> None:
    assert (BETA, FLAG_BETA) == (0.7, 1.0)
    # strong as a link (beta 0.7), weak for the flags (beta 1): flagged
    scorer = ByBeta({(0, 1, 2, 4): 60.0}, {(0, 1, 2, 4): WEAK * T - 1})
    assert _flagged(scorer, 0, 2, 1, 2, 0, 6).flagged
    # the other way round: not flagged
    scorer = ByBeta({(0, 1, 2, 4): WEAK * T - 1}, {(0, 1, 2, 4): 60.0})
    assert not _flagged(scorer, 0, 2, 1, 2, 0, 6).flagged
    # a rival range is weighed with beta 1 too
    scorer = ByBeta({(0, 1, 2, 4): 60.0}, {(0, 1, 2, 4): 60.0, (0, 1, 1, 3): 60.0})
    assert _flagged(scorer, 0, 2, 1, 2, 0, 6).flagged
    scorer = ByBeta({(0, 1, 2, 4): 60.0, (0, 1, 1, 3): 60.0}, {(0, 1, 2, 4): 60.0})
    assert not _flagged(scorer, 0, 2, 1, 2, 0, 6).flagged


def test_the_typical_chrf_of_links_and_of_flags_each_with_its_beta() -> None:
    links = [Link(k, k + 1, k, k + 1) for k in range(3)]
    scorer = ByBeta({(k, k + 1, k, k + 1): 10.0 * (k + 1) for k in range(3)},
                    {(k, k + 1, k, k + 1): 50.0 * (k + 1) for k in range(3)}, 3, 3)
    assert _typical(scorer, links, [False] * 3) == 20.0
    assert _typical(scorer, links, [False] * 3, FLAG_BETA) == 100.0


def test_realign_sets_the_flags_typical_chrf_with_beta_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[float] = []
    real = realign_module._typical

    def spy(scorer: Table, links: Sequence[Link], fixed: Sequence[bool],
            beta: float = 0.0) -> float:
        seen.append(beta)
        return real(scorer, links, fixed, beta)

    monkeypatch.setattr(realign_module, "_typical", spy)
    mt = ["Поліція затримала людей біля готелю.", "Мер сказав, що все гаразд."]
    texts = realign_module.Texts([[t] for t in mt], mt)
    links = [Link(0, 1, 0, 1), Link(1, 2, 1, 2)]
    realign_module.realign(texts, links, [False, False])
    assert sorted(b or BETA for b in seen) == [BETA, FLAG_BETA]
