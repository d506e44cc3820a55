"""The alignment benches' ``--seeds``: a held-out run may draw edits never drawn before, never
the tuning part's."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def corpus(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    if not (BENCH / "align_eval" / "corpus.py").is_file():
        pytest.skip("bench/ is not here (an installed package)")
    monkeypatch.syspath_prepend(str(BENCH))
    sys.modules.pop("align_eval.corpus", None)
    from align_eval import corpus as module

    return module


def test_each_part_keeps_its_own_seeds_unless_given_others(corpus: ModuleType) -> None:
    assert corpus.part_seeds("tuning", None) == (1, 2)
    assert corpus.part_seeds("heldout", None) == (101, 102)
    assert corpus.part_seeds("heldout", corpus.parse_seeds("201, 202,")) == (201, 202)


def test_a_held_out_run_refuses_the_tuning_seeds(corpus: ModuleType) -> None:
    with pytest.raises(SystemExit, match="tuning"):
        corpus.part_seeds("heldout", (2, 201))
    assert corpus.part_seeds("tuning", (3,)) == (3,)
