"""``reviewer links --realign`` end to end: import, fetch MT from a loopback server, realign, read
the links back. Links the reviewer fixed by hand are kept. Runs on the project's own article
(``tests/data/newsroom.jsonl``) and, when the shared corpora are there, on real WMT23 news."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.core.model import Link
from reviewer.storage.store import Store
from tests.cli_helpers import run, run_json
from tests.engines.servers import MTServer, Wmt23
from tests.news_corpus import NewsCorpus

pytestmark = [pytest.mark.timeout(120), pytest.mark.usefixtures("no_stuck_threads")]


def _doc(news: NewsCorpus) -> dict:
    with news.path.open(encoding="utf-8") as f:
        return json.loads(f.readline())


def _import(tmp_path: Path, capsys: pytest.CaptureFixture[str],
            news: NewsCorpus) -> tuple[int, int]:
    """The first article, its uk reference with sentence 5 dropped; (article, lines)."""
    doc = _doc(news)
    en, uk = doc["en"][:12], doc["ref"]["uk"][:12]
    (tmp_path / "en.txt").write_text(en[0] + "\n\n" + " ".join(en[1:]) + "\n", encoding="utf-8")
    kept = uk[1:4] + uk[5:]
    (tmp_path / "uk.txt").write_text(uk[0] + "\n\n" + " ".join(kept) + "\n", encoding="utf-8")
    imported = run_json(capsys, "import", str(tmp_path / "en.txt"),
                        "--human", f"uk={tmp_path / 'uk.txt'}")
    assert imported["segments"] == 12 and imported["human"]["uk"]["sentences"] == 11
    return imported["id"], 12


def _drift(db: Path, article: int) -> None:
    """Stand in for a text-only aligner that drifted by one sentence after the drop."""
    links = [Link(0, 1, 0, 1), *(Link(i, i + 1, i, i + 1) for i in range(1, 11)),
             Link(11, 12, 11, 11, flagged=True)]
    with Store(db) as store:
        store.replace_links(article, "uk", links, action="test-setup", actor="test")


RIGHT = [[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3], [4, 4, 4, 4], [5, 5, None, None],
         *([i, i, i - 1, i - 1] for i in range(6, 13))]


def _ranges(links: list[dict]) -> list[list[int | None]]:
    return [[*k["source"], *k["human"]] if k["kind"] != "1-0" else [*k["source"], None, None]
            for k in links]


def test_realign_fixes_the_drift_and_keeps_hand_fixes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], db_path: Path,
        news: NewsCorpus) -> None:
    article, n = _import(tmp_path, capsys, news)
    with MTServer("libre", Wmt23(news.realign_system, news.path)) as server:
        status, _, err = run(capsys, "translate", str(article), "--engine", "libre",
                             "--engine-url", server.url, "--to", "uk")
        assert status == 0, err
    _drift(db_path, article)
    # The reviewer fixes link 2..3 by hand (a no-op shift there and back is still a fix).
    run_json(capsys, "links", str(article), "--lang", "uk", "--shift", "2", "1")
    run_json(capsys, "links", str(article), "--lang", "uk", "--shift", "2", "-1")
    result = run_json(capsys, "links", str(article), "--lang", "uk", "--realign")
    assert result["changed"] == 1 and result["hand_fixed"] == 2
    [change] = result["changes"]
    assert change["source"] == [5, 12]
    assert _ranges(result["links"]) == RIGHT
    # the links it made are flagged with why, the ones it kept keep their flags (none here)
    assert [(k["flagged"], k["reason"]) for k in result["links"]] == (
        [(False, "")] * 4 + [(True, "dropped")] + [(True, "realigned")] * 7)
    shown = run_json(capsys, "links", str(article), "--lang", "uk")
    assert shown == result["links"]
    with Store(db_path) as store:
        actions = [r["action"] for r in store.conn.db.query(
            "SELECT action FROM history WHERE article_id = ? ORDER BY id", [article])]
    assert actions[-1] == "links-realign"
    again = run_json(capsys, "links", str(article), "--lang", "uk", "--realign")
    assert again["changed"] == 0
    status, out, _ = run(capsys, "links", str(article), "--lang", "uk", "--realign")
    assert status == 0 and out.startswith("no link changes")


def test_realign_without_machine_translation_changes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], db_path: Path,
        news: NewsCorpus) -> None:
    article, n = _import(tmp_path, capsys, news)
    _drift(db_path, article)
    status, out, err = run(capsys, "links", str(article), "--lang", "uk", "--realign")
    assert status == 0 and out.startswith(f"no link changes ({n} segments without machine")
    status, _, err = run(capsys, "links", str(article), "--lang", "ru", "--realign")
    assert status == 2 and "no RU human version" in err
