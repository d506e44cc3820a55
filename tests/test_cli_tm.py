"""``reviewer tm search|matches|export|stats`` on NTREX-128 lines approved in one article."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer import library
from reviewer.core.model import Role, SegmentDraft
from reviewer.storage.store import Store
from tests.cli_helpers import run, run_json
from tests.formats.exchange_data import tmx_dtd, validate
from tests.tm_corpus import SOURCES, Line, spelling_pairs


@pytest.fixture(params=SOURCES)
def lines(request: pytest.FixtureRequest, db_path: Path) -> list[Line]:
    """Six lines approved in uk in article 1; article 2 repeats two of them, one in British
    spelling."""
    picked = spelling_pairs(request.param)[:6]
    with Store(db_path) as store:
        drafts = [SegmentDraft(i, Role.BODY, x.en) for i, x in enumerate(picked)]
        a = store.add_article("first", "en", "test", drafts).id
        for i, x in enumerate(picked):
            library.approve(store, a, i, "uk", text=x.uk)
        store.add_article("second", "en", "test", [SegmentDraft(0, Role.BODY, picked[2].en),
                                                   SegmentDraft(1, Role.BODY, picked[5].en_gb)])
    return picked


def test_search_json_and_text(capsys: pytest.CaptureFixture[str], lines: list[Line]) -> None:
    data = run_json(capsys, "tm", "search", lines[3].en_gb, "--lang", "uk")
    best = data["matches"]["uk"][0]
    assert 75 <= best["percent"] < 100 and best["target"] == lines[3].uk
    assert best["kind"] == "approved" and best["article"] == 1 and best["segment"] == 4
    assert {d["op"] for d in best["diff"]} >= {"equal", "insert"}
    status, out, _ = run(capsys, "tm", "search", lines[3].en, "--min", "90", "--limit", "1")
    assert status == 0 and "100%" in out and lines[3].uk in out and out.count("%") == 1
    assert run_json(capsys, "tm", "search", "Nothing of the kind.")["matches"] == {"uk": []}


def test_matches_for_a_segment_with_the_diff(capsys: pytest.CaptureFixture[str],
                                             lines: list[Line]) -> None:
    data = run_json(capsys, "tm", "matches", "2", "1")
    assert data["source"] == lines[2].en and data["matches"]["uk"][0]["percent"] == 100
    status, out, _ = run(capsys, "tm", "matches", "2", "2", "--lang", "uk")
    assert status == 0 and "{+" in out and lines[5].uk in out  # the British word marked
    assert run_json(capsys, "tm", "matches", "1", "1")["matches"]["uk"] == []  # itself left out


def test_export_and_stats(capsys: pytest.CaptureFixture[str], lines: list[Line],
                          tmp_path: Path) -> None:
    out = tmp_path / "memory.tmx"
    data = run_json(capsys, "tm", "export", "-o", str(out))
    assert data == {"file": str(out), "units": 6, "translations": 6}
    validate(tmx_dtd(), out)
    stats = run_json(capsys, "tm", "stats")
    assert stats["units"] == 6 and stats["pairs"] == [
        {"source_lang": "en", "target_lang": "uk", "kind": "approved", "units": 6}]
    assert run(capsys, "import-tm", str(out))[0] == 0
    status, text, _ = run(capsys, "tm", "stats")
    assert status == 0 and "imported" in text and "12 units in all" in text


@pytest.mark.parametrize("args, words", [
    (("tm", "search", "x", "--min", "0"), "--min must be a percentage"),
    (("tm", "search", "x", "--limit", "0"), "--limit must be at least 1"),
    (("tm", "matches", "1", "9"), "the article has segments 1 to 6"),
    (("tm", "matches", "7", "1"), "7"),
])
def test_bad_input_exits_2_with_one_line(capsys: pytest.CaptureFixture[str], lines: list[Line],
                                         args: tuple[str, ...], words: str) -> None:
    status, out, err = run(capsys, *args)
    assert status == 2 and words in err and err.count("\n") == 1 and not out


def test_empty_memory(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "tm", "stats")
    assert status == 0 and "empty" in out
    assert run_json(capsys, "tm", "search", "Anything.")["matches"] == {"uk": [], "ru": []}
