"""The ``reviewer`` CLI end to end on the bundled sample: import, list, show, search, review."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from reviewer.storage.store import Store
from tests.cli_helpers import run, run_json, spawn
from tests.conftest import SAMPLE

SUBHEADINGS = [
    "The issue of defense assistance",
    "Sending troops",
    "Situation at frontline in Ukraine",
    "“We did not fulfill what we promised”",
    "Possibility of negotiations",
    "NATO's position on the possibility of sending troops to Ukraine",
]


def _import_sample(capsys: pytest.CaptureFixture[str]) -> dict:
    return run_json(capsys, "import", str(SAMPLE / "article.en.txt"),
                    "--human", f"ua={SAMPLE / 'article.uk.txt'}",
                    "--human", f"ru={SAMPLE / 'article.ru.txt'}")


def test_import_sample_roles_and_alignment(capsys: pytest.CaptureFixture[str]) -> None:
    imported = _import_sample(capsys)
    assert imported["title"] == (
        "Ukraine seeks more support, not NATO troop deployment - Stoltenberg")
    assert set(imported["human"]) == {"uk", "ru"}
    shown = run_json(capsys, "show", str(imported["id"]))
    segs = shown["segments"]
    assert len(segs) == imported["segments"]
    assert all("ua en ru" not in s["source"] for s in segs)
    assert segs[0]["role"] == "headline" and segs[0]["source"] == imported["title"]
    assert segs[1]["role"] == "caption" and "Jens Stoltenberg" in segs[1]["source"]
    assert [s["source"] for s in segs if s["role"] == "subheading"] == SUBHEADINGS
    assert {s["role"] for s in segs[2:]} <= {"body", "subheading", "quote"}
    for lang in ("uk", "ru"):
        covered = [s for s in segs if lang in s["human"]]
        assert len(covered) == len(segs), f"every segment has a {lang} link"
        assert segs[0]["human"][lang]["link"] == "1-1"
    # The Ukrainian editor split the ANSA-interview sentence in two and merged two pairs.
    kinds_uk = [s["human"]["uk"]["link"] for s in segs]
    assert "1-2" in kinds_uk and "2-1" in kinds_uk
    kinds_ru = [s["human"]["ru"]["link"] for s in segs]
    assert "1-2" in kinds_ru and "2-1" in kinds_ru
    interview = next(s for s in segs if s["source"].startswith("In an interview with ANSA"))
    assert interview["human"]["uk"]["link"] == "1-2"
    assert "ANSA" in interview["human"]["uk"]["text"]
    assert "Макрон" in interview["human"]["uk"]["text"]


def test_list_search_delete(capsys: pytest.CaptureFixture[str]) -> None:
    aid = _import_sample(capsys)["id"]
    listed = run_json(capsys, "list")
    assert [a["id"] for a in listed] == [aid] and listed[0]["human"] == ["uk", "ru"]
    hits = run_json(capsys, "search", "Столтенберг")
    assert hits and {h["lang"] for h in hits} <= {"uk", "ru"} and all(h["segment"] for h in hits)
    assert run_json(capsys, "search", "Samp-T")[0]["field"] == "source"
    status, out, _ = run(capsys, "list")
    assert status == 0 and "UA 0/" in out
    assert run_json(capsys, "delete", str(aid)) == {"deleted": aid}
    assert run_json(capsys, "list") == []


def test_approve_from_human_text_and_reject(capsys: pytest.CaptureFixture[str]) -> None:
    aid = str(_import_sample(capsys)["id"])
    status, out, err = run(capsys, "approve", aid, "1-3", "--lang", "ua", "--from", "human")
    assert status == 0, err
    assert out.count("approved #") == 3 and " UA: " in out
    status, _, err = run(capsys, "approve", aid, "5", "--lang", "ru", "--text", "Свой текст")
    assert status == 0, err
    status, _, err = run(capsys, "reject", aid, "2", "--lang", "uk")
    assert status == 0, err
    final = {s["index"]: s["final"] for s in run_json(capsys, "show", aid)["segments"]}
    assert final[1]["uk"]["status"] == "approved" and final[1]["uk"]["origin"] == "human"
    assert final[2]["uk"]["status"] == "rejected"
    assert final[5]["ru"] == final[5]["ru"] | {"text": "Свой текст", "origin": "edited"}
    assert run_json(capsys, "list")[0]["approved"] == {"uk": 2, "ru": 1}


def test_comment_with_an_approval_and_history_like_the_window(
        capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    aid = str(_import_sample(capsys)["id"])
    status, _, err = run(capsys, "reject", aid, "3", "--lang", "uk", "--from", "human",
                         "--comment", "check the name")
    assert status == 0, err
    status, _, err = run(capsys, "approve", aid, "3", "--lang", "uk")  # the comment stays
    assert status == 0, err
    final = run_json(capsys, "show", aid)["segments"][2]["final"]["uk"]
    assert (final["status"], final["comment"]) == ("approved", "check the name")
    with Store(db_path) as store:
        seg = store.segment(int(aid), 2)
        assert [h.action for h in store.history(seg.id, "uk")] == ["rejected", "approved"]


@pytest.mark.parametrize("args, message", [
    (["approve", "{aid}", "999", "--lang", "uk", "--from", "human"], "segments 1 to"),
    (["approve", "{aid}", "x", "--lang", "uk", "--from", "human"], "expected a number"),
    (["approve", "{aid}", "3", "--lang", "xx1", "--from", "human"], "unknown language"),
    (["approve", "{aid}", "3", "--lang", "uk"], "no text to approved"),
    (["approve", "{aid}", "3", "--lang", "uk", "--from", "mt"], "no machine translation"),
    (["show", "424242"], "no article with id 424242"),
])
def test_review_errors_exit_2(capsys: pytest.CaptureFixture[str], args: list[str],
                              message: str) -> None:
    aid = str(_import_sample(capsys)["id"])
    status, out, err = run(capsys, *[a.format(aid=aid) for a in args])
    assert status == 2 and out == ""
    assert err.startswith("reviewer: ") and message in err and err.count("\n") == 1


def test_links_fix_is_stored(capsys: pytest.CaptureFixture[str]) -> None:
    aid = str(_import_sample(capsys)["id"])
    links = run_json(capsys, "links", aid, "--lang", "uk")
    assert links[0]["kind"] == "1-1"
    merged = run_json(capsys, "links", aid, "--lang", "uk", "--merge", "1")
    assert merged[0]["kind"] == "2-2" and len(merged) == len(links) - 1
    split = run_json(capsys, "links", aid, "--lang", "uk", "--split", "1", "2", "2")
    assert split[:2] == links[:2]
    status, _, err = run(capsys, "links", aid, "--lang", "uk", "--merge", "9999")
    assert status == 2 and "reviewer: " in err
    with Store() as store:
        actions = [r["action"] for r in store.conn.db.query("SELECT action FROM history")]
    assert "links-merge" in actions and "links-split" in actions


def test_links_say_why_a_link_is_flagged(capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:
    from reviewer.core.flags import REASONS

    (tmp_path / "a.en.txt").write_text(
        "Headline\n\nFirst sentence here. Second one follows.\n\nA third paragraph.\n",
        encoding="utf-8")
    (tmp_path / "a.uk.txt").write_text(
        "Заголовок\n\nПерше речення тут. Друге йде далі.\n\n"
        "Зовсім інший додатковий абзац, якого немає.\n\nТретій абзац.\n", encoding="utf-8")
    aid = str(run_json(capsys, "import", str(tmp_path / "a.en.txt"),
                       "--human", f"uk={tmp_path / 'a.uk.txt'}")["id"])
    links = run_json(capsys, "links", aid, "--lang", "uk")
    assert [k["reason"] for k in links if k["kind"] == "0-1"] == ["added"]
    assert all(k["reason"] in REASONS for k in links if k["flagged"])
    assert all(k["reason"] == "" for k in links if not k["flagged"])
    status, out, _ = run(capsys, "links", aid, "--lang", "uk")
    assert status == 0 and "[check: the human version adds this]" in out


def test_kill_9_in_a_burst_of_approvals(capsys: pytest.CaptureFixture[str], db_path: Path,
                                        tmp_path: Path) -> None:
    long = tmp_path / "long.txt"
    long.write_text("Long article\n\n" + "\n\n".join(
        " ".join(f"Sentence {p * 10 + k} of the report is here." for k in range(10))
        for p in range(150)), encoding="utf-8")
    aid = str(run_json(capsys, "import", str(long))["id"])
    proc = spawn("approve", aid, "all", "--lang", "uk", "--text", "Текст", "--db", str(db_path))
    assert proc.stdout is not None
    acked = [proc.stdout.readline() for _ in range(20)]
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    acked += proc.stdout.read().splitlines()
    numbers = [int(line.split("#")[1].split()[0]) for line in acked if line.strip()]
    assert 20 <= len(numbers) < 1501, "killed in the middle of the burst"
    with Store(db_path) as store:
        views = store.segment_views(int(aid), ["uk"])
    for n in numbers:
        assert views[n - 1].translations["uk"].status == "approved", f"#{n} was acknowledged"


def test_approve_all_from_human_skips_joined_segments(capsys: pytest.CaptureFixture[str]) -> None:
    aid = str(_import_sample(capsys)["id"])
    status, out, err = run(capsys, "approve", aid, "all", "--lang", "uk", "--from", "human")
    skipped = [line for line in err.splitlines() if "skipped segment" in line]
    assert status == 2 and skipped and all("no human version aligned" in s for s in skipped)
    assert out.count("approved #") + len(skipped) == len(run_json(capsys, "show", aid)["segments"])
