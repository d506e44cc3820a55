"""Paired bootstrap resampling: the figures are sacrebleu's ``PairedTest``'s for the same seed
(on WMT23 systems), and the leader is marked closer only when its lead is significant (on the
two test articles of :mod:`tests.significance_fixtures`).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from sacrebleu.metrics import BLEU, CHRF, TER
from sacrebleu.significance import PairedTest

from reviewer.core.leaderboard import build_board, retest_board
from reviewer.core.model import Link
from reviewer.core.score_units import pair_units
from reviewer.core.significance import BootstrapOptions, paired_bootstrap
from tests.news_corpus import CORPORA
from tests.significance_fixtures import KINDS, SEGMENTS, engines, references

WMT23 = CORPORA / "wmt23" / "news_articles.jsonl"

# sacrebleu's names of the metrics in its results, with the settings of reviewer.core.scores.
SACREBLEU = {"chrf": ("chrF2", CHRF), "chrf_pp": ("chrF2++", lambda: CHRF(word_order=2)),
             "bleu": ("BLEU", BLEU), "ter": ("TER", TER)}


def wmt23_lines(lang: str, articles: int) -> tuple[list[str], dict[str, list[str]]]:
    if not WMT23.exists():
        pytest.skip("../shared/corpora/wmt23 is absent (a user's clone has no shared corpora)")
    with WMT23.open(encoding="utf-8") as f:
        arts = [json.loads(line) for line in f][:articles]
    systems = sorted(set.intersection(*(set(a["mt"][lang]) for a in arts)))
    refs = [r for a in arts for r in a["ref"][lang]]
    return refs, {s: [h for a in arts for h in a["mt"][lang][s]] for s in systems}


def sacrebleu_test(systems: list[tuple[str, list[str]]], refs: list[str],
                   resamples: int) -> dict[str, list[Any]]:
    metrics = {m: make() for m, (_, make) in SACREBLEU.items()}
    _, results = PairedTest(systems, metrics, [refs], test_type="bs", n_samples=resamples)()
    return results


# In Ukrainian one system is far ahead of every other: the test starts from the second.
@pytest.mark.parametrize(("lang", "seed", "resamples", "leaders_left_out"),
                         [("uk", 12345, 1000, 1), ("ru", 777, 500, 0)])
def test_the_figures_are_sacrebleus_paired_bootstrap_on_wmt23(
        monkeypatch: pytest.MonkeyPatch, lang: str, seed: int, resamples: int,
        leaders_left_out: int) -> None:
    refs, hyps = wmt23_lines(lang, 3)
    # Every system against the best one by chrF, as the leaderboard tests its leader.
    order = sorted(hyps, key=lambda s: -CHRF().corpus_score(hyps[s], [refs]).score)
    order = order[leaders_left_out:]
    systems = [(s, hyps[s]) for s in order]
    monkeypatch.setenv("SACREBLEU_SEED", str(seed))
    expected = sacrebleu_test(systems, refs, resamples)
    ours = paired_bootstrap(systems, refs, BootstrapOptions(resamples=resamples, seed=seed))
    assert ours.baseline == order[0] and ours.lines == len(refs)
    p_values = []
    for metric, (name, _) in SACREBLEU.items():
        for (system, _), result in zip(systems, expected[name], strict=True):
            got = ours.estimates[system][metric]
            assert (got.score, got.mean, got.ci, got.p_value) == (
                result.score, result.mean, result.ci, result.p_value), (system, metric)
            p_values.append(got.p_value)
    # The systems include close ones and distant ones: both kinds of p-value are checked.
    assert any(p is not None and p >= 0.05 for p in p_values)
    assert any(p is not None and p < 0.05 for p in p_values)


def board_of(kind: str, options: BootstrapOptions | None = BootstrapOptions()) -> Any:  # noqa: B008
    refs = references()
    links = [Link(i, i + 1, i, i + 1) for i in range(SEGMENTS)]
    alignment = pair_units(1, links, refs, [""] * SEGMENTS)
    pairings = {e: pair_units(1, links, refs, lines) for e, lines in engines(kind).items()}
    return build_board("uk", alignment, pairings, options=options)


def test_a_slight_difference_is_not_marked() -> None:
    closest = board_of("close").closest
    assert closest is not None and closest.engine in KINDS["close"]  # one still leads on chrF
    test = closest.significance
    assert test is not None and test.runner_up != closest.engine
    assert test.p_value >= 0.05 and not test.significant
    assert closest.marked is None
    estimates = test.result.estimates
    assert set(estimates) == set(KINDS["close"])
    for engine, by_metric in estimates.items():
        assert set(by_metric) == {"chrf", "chrf_pp", "bleu", "ter"}
        chrf = by_metric["chrf"]
        assert chrf.score == closest.scores[engine].chrf
        assert chrf.lower < chrf.score < chrf.upper
        assert (chrf.p_value is None) == (engine == closest.engine)


def test_a_clear_difference_is_marked() -> None:
    closest = board_of("clear").closest
    assert closest is not None and closest.engine == "test-good"
    test = closest.significance
    assert test is not None and test.runner_up == "test-poor"
    assert test.p_value < 0.05 and test.significant and closest.marked == "test-good"
    assert test.result.options == BootstrapOptions()  # 1000 resamples, level 0.05, seed 12345


def test_the_level_and_the_resamples_are_the_callers() -> None:
    board = board_of("close")
    p = board.closest.significance.p_value
    lax = retest_board(board, BootstrapOptions(level=0.5)).closest
    assert lax.significance.p_value == p and lax.marked == board.closest.engine
    more = retest_board(board, BootstrapOptions(resamples=2000)).closest.significance
    assert more.result.options.resamples == 2000 and more.p_value != p
    untested = retest_board(board, None).closest
    assert untested.significance is None and untested.marked is None
    assert untested.engine == board.closest.engine


def test_the_same_seed_gives_the_same_figures() -> None:
    refs, systems = references(), list(engines("close").items())
    first = paired_bootstrap(systems, refs, BootstrapOptions(seed=99))
    assert paired_bootstrap(systems, refs, BootstrapOptions(seed=99)) == first
    assert paired_bootstrap(systems, refs, BootstrapOptions(seed=100)) != first


@pytest.mark.parametrize(("options", "message"), [
    ({"resamples": 10}, "resamples must be between 100 and 100000"),
    ({"level": 0.0}, "significance level must be between 0 and 1"),
    ({"seed": 0}, "seed must be a positive whole number"),
])
def test_bad_options_are_refused_with_a_reason(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        BootstrapOptions(**options)


def test_bad_systems_are_refused_with_a_reason() -> None:
    with pytest.raises(ValueError, match="needs a baseline and at least one other"):
        paired_bootstrap([("a", ["x"])], ["x"])
    with pytest.raises(ValueError, match="b: 1 lines but 2 references"):
        paired_bootstrap([("a", ["x", "y"]), ("b", ["x"])], ["x", "y"])
    with pytest.raises(ValueError, match="system names repeat"):
        paired_bootstrap([("a", ["x"]), ("a", ["x"])], ["x"])
