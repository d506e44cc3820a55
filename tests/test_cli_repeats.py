"""``reviewer repeats``: a second article with the same captions and sentences gets the approved
translations of the first as drafts (origin repeat) with --fill, in the history, once."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer import library
from reviewer.core.model import Origin, Status
from reviewer.storage import repeat_queries
from reviewer.storage.store import Store
from tests.cli_helpers import run, run_json
from tests.conftest import SAMPLE


@pytest.fixture
def articles(db_path: Path) -> tuple[int, int]:
    """The sample twice; the first with UA segments 1-3 approved from its human version."""
    with Store(db_path) as store:
        first = library.import_article(store, str(SAMPLE / "article.en.txt"), lang="en",
                                       humans={"uk": str(SAMPLE / "article.uk.txt")})
        for index in range(3):
            library.approve(store, first.id, index, "uk", source="human")
        second = library.import_article(store, str(SAMPLE / "article.en.txt"), lang="en")
    return first.id, second.id


def test_repeats_are_listed_then_filled_as_drafts(
        capsys: pytest.CaptureFixture[str], db_path: Path, articles: tuple[int, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = articles
    monkeypatch.setattr(repeat_queries, "CHUNK", 2)  # several queries, the same answer
    listed = run_json(capsys, "repeats", str(second), "--lang", "ua")
    assert not listed["filled"]
    assert [(r["segment"], r["lang"], r["exact"], r["of"]["article"], r["of"]["segment"])
            for r in listed["repeats"]] == [(i, "uk", True, first, i) for i in (1, 2, 3)]
    status, out, _ = run(capsys, "repeats", str(second), "--lang", "ua", "--fill")
    assert status == 0 and out.endswith("Filled 3 repeats as drafts to confirm.\n")
    assert f"repeats #1 of article {first} “" in out
    with Store(db_path) as store:
        views = store.segment_views(second, ["uk"])
        human = store.segment_views(first, ["uk"])
        for i in range(3):
            t = views[i].translations["uk"]
            assert (t.text, t.status, t.origin) == (
                human[i].translations["uk"].text, Status.DRAFT, Origin.REPEAT)
            assert [h.origin for h in store.history(t.segment_id, "uk")] == ["repeat"]
        assert "uk" not in views[3].translations
    assert run_json(capsys, "repeats", str(second), "--lang", "ua")["repeats"] == []
    assert run(capsys, "repeats", str(second), "--lang", "ru")[1] == "Found 0 repeats.\n"


def test_an_article_repeats_itself_after_an_approval(
        capsys: pytest.CaptureFixture[str], db_path: Path, articles: tuple[int, int]) -> None:
    first, _ = articles
    assert run_json(capsys, "repeats", str(first), "--lang", "ua")["repeats"] == []
