"""``reviewer effort``: the effort logged by the window, summed by engine and by person, as text
and as JSON of a stable shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer import library
from reviewer.core.effort_measures import EffortRecord
from reviewer.storage.effort_log import EffortLog
from reviewer.storage.store import Store
from tests.cli_helpers import run, run_json
from tests.conftest import SAMPLE

SUMMARY_KEYS = {"key", "segments", "source_words", "final_chars", "active_seconds", "keystrokes",
                "edit_distance", "hter", "seconds_per_word", "keystrokes_per_char"}


@pytest.fixture
def article(db_path: Path) -> int:
    """The sample with three logged approvals: two from a machine translation, one typed."""
    with Store(db_path) as store:
        art = library.import_article(store, str(SAMPLE / "article.en.txt"), lang="en")
        segs = store.segments(art.id)
        log = EffortLog(store)
        for seg, actor, origin, engine, start, final, secs, keys in (
                (segs[0], "olena", "mt", "deepl", "Кіт сидів", "Кіт сидить", 6.0, 4),
                (segs[1], "olena", "mt", "deepl", "Пес біг", "Пес біг", 2.0, 0),
                (segs[2], "petro", "", None, "", "Новий текст", 30.0, 14)):
            log.record(EffortRecord(seg.id, "uk", actor, origin, engine, start, final, 4, secs,
                                    keys, "2024-05-01T10:00:00+00:00",
                                    "2024-05-01T10:01:00+00:00"))
        return art.id


def test_effort_json_shape(capsys: pytest.CaptureFixture[str], article: int) -> None:
    data = run_json(capsys, "effort", str(article), "--segments")
    assert set(data) == {"article", "langs", "idle_cutoff_seconds", "approvals", "total",
                         "by_engine", "by_person", "segments"}
    assert data["article"] == article and data["approvals"] == 3
    assert data["idle_cutoff_seconds"] == 60.0
    engines = {g["key"]: g for g in data["by_engine"]}
    assert set(engines) == {"mt:deepl", "scratch"}
    assert all(set(g) == SUMMARY_KEYS for g in [*data["by_engine"], *data["by_person"]])
    deepl = engines["mt:deepl"]
    assert deepl["segments"] == 2 and deepl["seconds_per_word"] == 1.0
    assert deepl["keystrokes"] == 4 and deepl["edit_distance"] == 3
    assert engines["scratch"]["hter"] == 100.0
    assert {g["key"]: g["segments"] for g in data["by_person"]} == {"olena": 2, "petro": 1}
    assert [s["start"] for s in data["segments"]] == ["mt:deepl", "mt:deepl", "scratch"]
    assert data["segments"][1]["hter"] == 0.0


def test_effort_of_the_library_and_of_a_language(capsys: pytest.CaptureFixture[str],
                                                 article: int) -> None:
    everything = run_json(capsys, "effort", "--all")
    assert everything["article"] is None and everything["approvals"] == 3
    assert "segments" not in everything
    russian = run_json(capsys, "effort", "--all", "--lang", "ru")
    assert russian["approvals"] == 0 and russian["total"] is None


def test_effort_text_and_usage(capsys: pytest.CaptureFixture[str], article: int) -> None:
    status, out, _ = run(capsys, "effort", str(article))
    assert status == 0 and "mt:deepl: 2 segments" in out and "petro" in out
    status, _, err = run(capsys, "effort")
    assert status != 0 and "which article" in err
