"""``reviewer concordance``: the window's concordance headless, in text and JSON."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer import library
from reviewer.storage.store import Store
from tests.cli_helpers import run, run_json


@pytest.fixture
def sample_db(db_path: Path) -> Path:
    with Store(db_path) as store:
        library.ensure_sample(store)
    return db_path


def test_json_hits_with_spans_and_insert_text(capsys: pytest.CaptureFixture[str],
                                              sample_db: Path) -> None:
    hits = run_json(capsys, "--db", str(sample_db), "concordance", "оборонна допомога",
                    "--lang", "ua")
    assert hits and hits[0]["match"] == "exact" and hits[0]["side"] == "target"
    assert hits[0]["insert"] == "Оборонна допомога" and hits[0]["segment"] == 6
    assert {h["lang"] for h in hits} == {"uk"}
    assert any(h["match"] == "form" and h["insert"] == "оборонної допомоги" for h in hits)


def test_text_marks_the_phrase(capsys: pytest.CaptureFixture[str], sample_db: Path) -> None:
    status, out, _ = run(capsys, "--db", str(sample_db), "concordance", "defense assistance",
                         "--limit", "1")
    assert status == 0
    assert "[[defense assistance]]" in out or "[[Defense assistance]]" in out


def test_nothing_found_and_bad_input(capsys: pytest.CaptureFixture[str], sample_db: Path) -> None:
    status, out, _ = run(capsys, "--db", str(sample_db), "concordance", "zebra crossing")
    assert status == 0 and "occurs nowhere" in out
    status, _, err = run(capsys, "--db", str(sample_db), "concordance", "…")
    assert status == 2 and "no words" in err
