"""``reviewer history``: every version of a segment with who, when, status, origin and the words
changed; restoring a version writes it back as a new version through the review service."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer import library
from reviewer.core.model import Origin, Status
from reviewer.storage.store import Store
from tests.cli_helpers import run, run_json
from tests.conftest import SAMPLE


@pytest.fixture
def article(db_path: Path) -> int:
    """The sample with segment 2 (UA) approved from the human version, then edited."""
    with Store(db_path) as store:
        art = library.import_article(store, str(SAMPLE / "article.en.txt"), lang="en",
                                     humans={"uk": str(SAMPLE / "article.uk.txt")})
        library.approve(store, art.id, 1, "uk", source="human")
    return art.id


def test_versions_with_who_when_and_the_words_changed(
        capsys: pytest.CaptureFixture[str], article: int) -> None:
    run(capsys, "replace", "Столтенберг", "Стольтенберг", str(article), "--approved")
    found = run_json(capsys, "history", str(article), "2", "--lang", "ua")
    assert [(v["version"], v["status"], v["origin"]) for v in found] == [
        (1, "approved", "human"), (2, "draft", "edited")]
    assert found[0]["actor"] and found[0]["at"] <= found[1]["at"]
    assert [(d["op"], d["text"].strip()) for d in found[1]["diff"] if d["op"] != "equal"] == [
        ("delete", "Столтенберг"), ("insert", "Стольтенберг")]
    status, out, _ = run(capsys, "history", str(article), "2", "--lang", "uk")
    assert status == 0 and "[- Столтенберг-]{+ Стольтенберг+}" in out
    assert out.startswith("v1  ") and " approved  human" in out.splitlines()[0]


def test_restore_brings_a_version_back_as_a_new_one(
        capsys: pytest.CaptureFixture[str], db_path: Path, article: int) -> None:
    run(capsys, "replace", "Столтенберг", "Стольтенберг", str(article), "--approved")
    with Store(db_path) as store:
        seg = store.segment(article, 1)
        store_comment = "перевірити ім’я"
        t = store.translation(seg.id, "uk")
        store.set_translation(seg.id, "uk", t.text, t.status, t.origin, comment=store_comment)
    found = run_json(capsys, "history", str(article), "2", "--lang", "uk", "--restore", "1")
    assert found[-1]["text"] == found[0]["text"] and found[-1]["status"] == "approved"
    assert found[-1]["origin"] == "human"
    with Store(db_path) as store:
        t = store.translation(seg.id, "uk")
    assert (t.status, t.origin, t.comment) == (Status.APPROVED, Origin.HUMAN, store_comment)
    status, _, err = run(capsys, "history", str(article), "2", "--lang", "uk", "--restore", "1")
    assert status == 2 and "already is as version 1" in err


@pytest.mark.parametrize(("args", "message"), [
    (["2", "--restore", "7"], "there is no version 7"),
    (["99"], "segment"),
])
def test_user_errors(capsys: pytest.CaptureFixture[str], article: int, args: list[str],
                     message: str) -> None:
    status, _, err = run(capsys, "history", str(article), *args, "--lang", "uk")
    assert status == 2 and message in err


def test_a_segment_without_changes(capsys: pytest.CaptureFixture[str], article: int) -> None:
    assert run(capsys, "history", str(article), "5", "--lang", "ru")[1] == (
        "Segment 5 has no recorded changes in RU.\n")
