"""The flag model's coefficients are written by bench/fit_flags.py in one command, into a module
that reviewer.core.flags reads; they match the model's features whatever the refit gives."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from reviewer.core import flag_weights, flags
from reviewer.core.flag_evidence import CAP, Evidence

BENCH = Path(__file__).resolve().parents[2] / "bench"


def test_the_written_weights_match_the_models_features() -> None:
    n = len(flags.features(Evidence(0.0, CAP, CAP, 0, 0.0, 0)))
    assert len(flags.FEATURES) == len(flag_weights.WEIGHTS) == len(flag_weights.RIGHT_MEANS) == n
    assert flags.WEIGHTS is flag_weights.WEIGHTS and flags.THRESHOLD == flag_weights.THRESHOLD


def test_fit_flags_writes_a_module_with_the_fitted_model(monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path) -> None:
    if not (BENCH / "fit_flags.py").is_file():
        pytest.skip("bench/ is not here (an installed package)")
    monkeypatch.syspath_prepend(str(BENCH))
    spec = importlib.util.spec_from_file_location("fit_flags_under_test", BENCH / "fit_flags.py")
    assert spec is not None and spec.loader is not None
    fit_flags = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, fit_flags)
    from reviewer.core import alignment
    before = alignment.flag_links
    spec.loader.exec_module(fit_flags)
    assert alignment.flag_links is before  # importing the script changes nothing
    text = fit_flags.render([0.5, -1.23456], 2.0, [0.1, 0.2], -1.5)
    written = tmp_path / "weights.py"
    written.write_text(text, encoding="utf-8")
    found: dict[str, object] = {}
    exec(compile(text, str(written), "exec"), found)
    assert (found["WEIGHTS"], found["INTERCEPT"], found["RIGHT_MEANS"], found["THRESHOLD"]) == (
        (0.5, -1.235), 2.0, (0.1, 0.2), -1.5)
    assert text.startswith('"""') and "fit_flags.py" in text.split("\n")[0]
