"""Test set-up shared by every test: Qt runs offscreen, and no test touches the user's database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.news_corpus import NewsCorpus, corpus_params
from tests.pg_secrets import asking, memory_keyring, no_keyring  # noqa: F401 - fixtures
from tests.pg_server import ENGINES, PgServer, start_server

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


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One throwaway PostgreSQL server for the whole session (started on first use)."""
    yield from start_server()


@pytest.fixture
def own_server() -> Iterator[PgServer]:
    """A server of the test's own, which it may stop, crash, start again or make wait."""
    yield from start_server()


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    """Each storage engine in turn: ``sqlite``, then ``postgresql``."""
    return str(request.param)


@pytest.fixture
def db_target(engine: str, db_path: Path, request: pytest.FixtureRequest) -> str:
    """Where this test's store lives: the SQLite file of ``db_path``, or a fresh database on the
    session's PostgreSQL server (its URL); ``REVIEWER_DB`` points at it too."""
    if engine == "sqlite":
        return str(db_path)
    url = request.getfixturevalue("pg_server").new_database()
    request.getfixturevalue("monkeypatch").setenv("REVIEWER_DB", url)
    return url
