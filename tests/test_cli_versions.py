"""``reviewer approve --expect-version``: a change on a version someone else moved on is refused
with exit 2, naming the segment and who changed it; the version read from ``show --json``."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.core.model import Origin, Status
from reviewer.storage.store import Store
from tests.cli_helpers import run, run_json
from tests.conftest import SAMPLE


def _import(capsys: pytest.CaptureFixture[str]) -> str:
    return str(run_json(capsys, "import", str(SAMPLE / "article.en.txt"),
                        "--human", f"ua={SAMPLE / 'article.uk.txt'}")["id"])


def _version(capsys: pytest.CaptureFixture[str], aid: str, index: int) -> int:
    final = run_json(capsys, "show", aid)["segments"][index - 1]["final"]
    return int(final["uk"]["version"]) if "uk" in final else 0


def test_approve_on_the_version_read_and_refused_on_a_stale_one(
        capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    aid = _import(capsys)
    assert _version(capsys, aid, 2) == 0
    status, _, err = run(capsys, "reject", aid, "2", "--lang", "ua", "--from", "human",
                         "--expect-version", "0")
    assert status == 0, err
    seen = _version(capsys, aid, 2)
    assert seen == 1
    with Store(db_path) as other:  # another reviewer changes it meanwhile
        seg = other.segment(int(aid), 1)
        other.set_translation(seg.id, "uk", "Їхній текст", Status.DRAFT, Origin.EDITED,
                              actor="olena")
    status, out, err = run(capsys, "approve", aid, "2", "--lang", "ua", "--text", "Мій текст",
                           "--expect-version", str(seen))
    assert status == 2 and out == ""
    assert "segment 2 (UA): changed by olena at " in err and "since you read it" in err
    with Store(db_path) as store:
        assert store.translation(store.segment(int(aid), 1).id, "uk").text == "Їхній текст"
    status, _, err = run(capsys, "approve", aid, "2", "--lang", "ua", "--text", "Мій текст",
                         "--expect-version", str(_version(capsys, aid, 2)))
    assert status == 0, err


def test_expect_version_names_one_segment(capsys: pytest.CaptureFixture[str]) -> None:
    aid = _import(capsys)
    status, _, err = run(capsys, "approve", aid, "1-2", "--lang", "ua", "--from", "human",
                         "--expect-version", "0")
    assert status == 2 and "one segment" in err
