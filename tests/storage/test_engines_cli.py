"""The command line on either engine (``REVIEWER_DB`` a file or a ``postgresql://`` URL):
import, list, search, approve and reject, show, history, memory, statistics, export, delete."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_helpers import run, run_json
from tests.conftest import SAMPLE


def test_a_review_session_from_the_command_line(capsys: pytest.CaptureFixture[str],
                                                db_target: str, tmp_path: Path) -> None:
    aid = run_json(capsys, "import", str(SAMPLE / "article.en.txt"),
                   "--human", f"ua={SAMPLE / 'article.uk.txt'}",
                   "--human", f"ru={SAMPLE / 'article.ru.txt'}")["id"]
    listed = run_json(capsys, "list")
    assert [a["id"] for a in listed] == [aid] and listed[0]["human"] == ["uk", "ru"]
    hits = run_json(capsys, "search", "Столтенберг")
    assert hits and {h["lang"] for h in hits} <= {"uk", "ru"}
    assert run_json(capsys, "search", "Samp-T")[0]["field"] == "source"
    status, _, err = run(capsys, "approve", str(aid), "1-3", "--lang", "ua", "--from", "human")
    assert status == 0, err
    status, _, err = run(capsys, "reject", str(aid), "2", "--lang", "uk")
    assert status == 0, err
    assert run_json(capsys, "list")[0]["approved"] == {"uk": 2}
    final = {s["index"]: s["final"] for s in run_json(capsys, "show", str(aid))["segments"]}
    assert final[2]["uk"]["status"] == "rejected" and final[1]["uk"]["status"] == "approved"
    status, out, err = run(capsys, "history", str(aid), "2", "--lang", "uk")
    assert status == 0 and "rejected" in out, err
    status, out, err = run(capsys, "stats", str(aid))
    assert status == 0, err
    tmx = tmp_path / "out.tmx"
    status, _, err = run(capsys, "export", str(aid), "--format", "tmx", "--lang", "uk",
                         "-o", str(tmx))
    assert status == 0 and tmx.stat().st_size > 0, err
    status, out, err = run(capsys, "concordance", "Stoltenberg")
    assert status == 0, err
    assert run_json(capsys, "delete", str(aid)) == {"deleted": aid}
    assert run_json(capsys, "list") == []
