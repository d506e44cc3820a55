"""Test set-up shared by every test: Qt runs offscreen, and no test touches the user's database."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.news_corpus import NewsCorpus, corpus_params

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "resources" / "sample"
CORPORA = REPO.parent / "shared" / "corpora"


@pytest.fixture(autouse=True)
def _private_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point ``REVIEWER_DB`` at a fresh file so nothing reaches the real user data directory."""
    path = tmp_path / "reviewer.db"
    monkeypatch.setenv("REVIEWER_DB", str(path))
    monkeypatch.delenv("REVIEWER_USER", raising=False)  # names come from the system or --user
    return path


@pytest.fixture
def db_path(_private_db: Path) -> Path:
    """The database file this test's ``REVIEWER_DB`` points at."""
    return _private_db


@pytest.fixture(params=corpus_params())
def news(request: pytest.FixtureRequest) -> NewsCorpus:
    """Each news corpus in turn: the project's own article, then WMT23 (skipped when absent)."""
    return request.param
