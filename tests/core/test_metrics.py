"""chrF: the same numbers as sacrebleu, known values, the cache, real WMT23 lines."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import sacrebleu

from reviewer.core.metrics import chrf, signature
from tests.conftest import CORPORA

PAIRS = [
    ("The cat sat on the mat.", "The cat is on the mat."),
    ("Поліція затримала 15 людей.", "Поліція заарештувала 15 осіб."),
    ("Полиция задержала 15 человек.", "Полиция арестовала 15 человек."),
    ("інтерв’ю", "інтерв'ю"),
    ("a", "b"),
    ("", "reference"),
    ("hypothesis", ""),
]


@pytest.mark.parametrize(("hyp", "ref"), PAIRS)
def test_same_as_sacrebleu(hyp: str, ref: str) -> None:
    assert chrf(hyp, ref) == pytest.approx(sacrebleu.sentence_chrf(hyp, [ref]).score, abs=1e-9)


def test_known_values() -> None:
    assert chrf("Поліція затримала 15 людей.", "Поліція затримала 15 людей.") == 100.0
    assert chrf("abc", "xyz") == 0.0
    cat = chrf("The cat sat on the mat.", "The cat is on the mat.")
    assert cat == pytest.approx(67.1727, abs=1e-3)
    assert chrf("", "") == 0.0  # sacrebleu's convention for empty text
    assert chrf("a b", "ab") == 100.0  # whitespace is removed before counting


def test_recall_weighs_more_than_precision() -> None:
    ref = "Столтенберг відвідав Київ і зустрівся з посадовцями"
    assert chrf("Столтенберг відвідав Київ", ref) < chrf(ref + " учора ввечері", ref)


def test_signature_states_the_parameters() -> None:
    sig = signature()
    assert "nc:6" in sig and "nw:0" in sig and "space:no" in sig


def test_sacrebleu_loads_on_first_score() -> None:
    code = ("import sys, reviewer.core.metrics as m; assert 'sacrebleu' not in sys.modules; "
            "m.chrf('a', 'a'); assert 'sacrebleu' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_wmt23_lines_match_sacrebleu() -> None:
    path = CORPORA / "wmt23" / "news_articles.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared corpora are not next to this checkout)")
    with path.open(encoding="utf-8") as f:
        doc = json.loads(f.readline())
    for lang in ("uk", "ru"):
        refs = doc["ref"][lang]
        for system, lines in list(doc["mt"][lang].items())[:3]:
            for hyp, ref in zip(lines, refs, strict=True):
                assert chrf(hyp, ref) == sacrebleu.sentence_chrf(hyp, [ref]).score, system
