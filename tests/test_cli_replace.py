"""``reviewer replace``: a dry run writes nothing, drafts change, approved texts only with
--approved (drafts again unless --keep-status), every change in the history, bad queries and
arguments refused with exit status 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer import library
from reviewer.core.model import Status
from reviewer.storage.store import Store
from tests.cli_helpers import run, run_json
from tests.conftest import SAMPLE


@pytest.fixture
def article(db_path: Path) -> int:
    """The sample: UA segments 1-3 approved from the human version, 4-6 drafts of it with
    " (НАТО)" added."""
    with Store(db_path) as store:
        art = library.import_article(store, str(SAMPLE / "article.en.txt"), lang="en",
                                     humans={"uk": str(SAMPLE / "article.uk.txt"),
                                             "ru": str(SAMPLE / "article.ru.txt")})
        for index in range(6):
            library.approve(store, art.id, index, "uk", source="human")
        views = store.segment_views(art.id, ["uk"])
        for index in range(3, 6):
            t = views[index].translations["uk"]
            store.set_translation(t.segment_id, "uk", t.text + " (НАТО)", Status.DRAFT, t.origin)
        return art.id


def texts(db_path: Path, article: int) -> list[tuple[str, str]]:
    with Store(db_path) as store:
        return [(t.text, str(t.status)) for v in store.segment_views(article, ["uk"])[:6]
                if (t := v.translations.get("uk"))]


def test_dry_run_shows_every_change_and_writes_nothing(
        capsys: pytest.CaptureFixture[str], db_path: Path, article: int) -> None:
    before = texts(db_path, article)
    data = run_json(capsys, "replace", "НАТО", "Альянс", str(article), "--lang", "ua",
                    "--dry-run")
    assert data["dry_run"] and data["changed"] == len([c for c in data["changes"]
                                                       if c["changed"]])
    assert {c["status"] for c in data["changes"] if not c["changed"]} == {"approved"}
    first = data["changes"][0]
    (start, end), *_ = first["spans"]
    assert first["before"][start:end] == "НАТО" and "Альянс" in first["after"]
    assert texts(db_path, article) == before
    status, out, _ = run(capsys, "replace", "НАТО", "Альянс", str(article), "--dry-run")
    assert status == 0 and "⟦НАТО⟧" in out and "Would replace in" in out
    assert "approved or rejected left alone (add --approved)" in out


def test_drafts_change_and_approved_ones_only_when_asked(
        capsys: pytest.CaptureFixture[str], db_path: Path, article: int) -> None:
    before = texts(db_path, article)
    data = run_json(capsys, "replace", "НАТО", "Альянс", str(article), "--lang", "ua", "--word")
    after = texts(db_path, article)
    for (old, status), (new, now) in zip(before, after, strict=True):
        if status == "approved":
            assert (new, now) == (old, status)
        else:
            assert new == old.replace("НАТО", "Альянс") and now == "draft"
    assert data["changed"] == 3
    run_json(capsys, "replace", "Альянс", "НАТО", str(article), "--lang", "ua", "--case")
    assert texts(db_path, article) == before
    run_json(capsys, "replace", "НАТО", "NATO", str(article), "--lang", "ua", "--approved",
             "--keep-status", "--case")
    assert [s for _, s in texts(db_path, article)] == [s for _, s in before]
    run_json(capsys, "replace", "NATO", "НАТО", str(article), "--lang", "ua", "--approved")
    assert [(t, "draft") for t, _ in before if "НАТО" in t] == [
        (t, s) for t, s in texts(db_path, article) if "НАТО" in t]
    with Store(db_path) as store:
        seg = store.segment(article, 0)
        history = store.history(seg.id, "uk")
    assert [(h.new_status, h.origin) for h in history[-2:]] == [
        ("approved", "edited"), ("draft", "edited")]
    assert "NATO" in (history[-1].old_text or "") and "НАТО" in (history[-1].new_text or "")


def test_regex_replacement_across_the_library(capsys: pytest.CaptureFixture[str],
                                              db_path: Path, article: int) -> None:
    data = run_json(capsys, "replace", r"(\d+) (відсот\w+)", r"\1 %", "--all", "--regex",
                    "--approved", "--dry-run")
    for c in data["changes"]:
        assert "%" in c["after"]


@pytest.mark.parametrize(("args", "message"), [
    (["x", "y"], "give an article id or --all"),
    (["(", "y", "1", "--regex"], "not a regular expression"),
    (["", "y", "1"], "nothing to find"),
    (["x", "y", "1", "--keep-status"], "--keep-status is for approved texts"),
])
def test_user_errors(capsys: pytest.CaptureFixture[str], article: int, args: list[str],
                     message: str) -> None:
    status, _, err = run(capsys, "replace", *args)
    assert status == 2 and message in err
