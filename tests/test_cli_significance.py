"""``reviewer stats``: the leader's paired bootstrap test, its intervals and p-values, in text and
JSON; the closest engine is named only when its lead is significant.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.core.significance import BootstrapOptions, paired_bootstrap
from reviewer.storage.store import Store
from tests.cli_helpers import run, run_json
from tests.significance_fixtures import add_article, engines, references

METRIC_KEYS = {"score", "mean", "ci", "lower", "upper", "p_value"}


@pytest.fixture
def ids(db_path: Path) -> dict[str, int]:
    store = Store(db_path)
    made = {kind: add_article(store, kind) for kind in ("close", "clear")}
    store.close()
    return made


def test_a_slight_difference_is_no_significant_difference(
        capsys: pytest.CaptureFixture[str], ids: dict[str, int]) -> None:
    status, out, _ = run(capsys, "stats", str(ids["close"]), "--lang", "uk")
    assert status == 0
    assert "closer to the published text: no significant difference (" in out
    assert "1000 resamples, seed 12345" in out and "not below 0.05" in out
    got = run_json(capsys, "stats", str(ids["close"]), "--lang", "uk")
    closest = got["by_language"]["uk"]["closest"]
    test = closest["significance"]
    assert closest["engine"] in ("test-even", "test-odd") and closest["marked"] is None
    assert (test["resamples"], test["seed"], test["level"], test["interval"]) == (
        1000, 12345, 0.05, 0.95)
    assert test["p_value"] >= 0.05 and test["significant"] is False
    expected = paired_bootstrap([(e, engines("close")[e]) for e in
                                 (closest["engine"], test["runner_up"])], references())
    for engine, by_metric in test["engines"].items():
        assert set(by_metric) == {"chrf", "chrf_pp", "bleu", "ter"}
        for metric, figures in by_metric.items():
            assert set(figures) == METRIC_KEYS
            assert figures == expected.estimates[engine][metric].as_dict()
    assert test["p_value"] == test["engines"][test["runner_up"]]["chrf"]["p_value"]


def test_a_clear_difference_names_the_closest(capsys: pytest.CaptureFixture[str],
                                              ids: dict[str, int]) -> None:
    status, out, _ = run(capsys, "stats", str(ids["clear"]), "--lang", "uk")
    assert status == 0 and "closer to the published text: test-good (chrF 95.61" in out
    assert "significant: p = 0.000999 < 0.05 against test-poor" in out
    assert "test-poor  chrF 37.81 ± 1.40 (p 0.000999)" in out
    closest = run_json(capsys, "stats", str(ids["clear"]))["by_language"]["uk"]["closest"]
    assert closest["marked"] == "test-good" and closest["significance"]["significant"]


def test_resamples_level_and_seed_are_flags(capsys: pytest.CaptureFixture[str],
                                            ids: dict[str, int]) -> None:
    aid = str(ids["close"])
    got = run_json(capsys, "stats", aid, "--lang", "uk", "--resamples", "500", "--level", "0.5",
                   "--seed", "7")["by_language"]["uk"]["closest"]
    test = got["significance"]
    assert (test["resamples"], test["level"], test["seed"]) == (500, 0.5, 7)
    expected = paired_bootstrap([(e, engines("close")[e]) for e in
                                 (got["engine"], test["runner_up"])], references(),
                                BootstrapOptions(500, 0.5, 7))
    assert test["p_value"] == expected.p_value(test["runner_up"], "chrf") < 0.5
    assert got["marked"] == got["engine"]  # a lax level marks the slight lead
    out = run(capsys, "stats", aid, "--lang", "uk", "--resamples", "500", "--seed", "7")[1]
    assert "500 resamples, seed 7" in out


@pytest.mark.parametrize(("flag", "value", "message"), [
    ("--resamples", "5", "resamples must be between 100 and 100000, not 5"),
    ("--level", "1.5", "significance level must be between 0 and 1, not 1.5"),
    ("--seed", "0", "seed must be a positive whole number, not 0"),
])
def test_bad_test_options_are_usage_errors(capsys: pytest.CaptureFixture[str],
                                           ids: dict[str, int], flag: str, value: str,
                                           message: str) -> None:
    status, out, err = run(capsys, "stats", str(ids["close"]), flag, value)
    assert status != 0 and message in err and not out
