"""``reviewer stats``: the engine leaderboard with sacrebleu's figures, HTER, progress, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
import sacrebleu

from reviewer.storage.store import Store
from tests.cli_helpers import run, run_json
from tests.conftest import SAMPLE
from tests.news_corpus import NewsCorpus
from tests.seed import seed_mt
from tests.stats_helpers import LANGS, news_store

ROW_KEYS = {"engine", "units", "segments", "no_mt", "chrf", "chrf_pp", "bleu", "ter", "hter",
            "hter_segments"}
LANG_KEYS = {"label", "units", "segments", "no_human", "human_only", "engines", "closest",
             "progress", "effort", "timeline"}


def test_article_leaderboard_is_sacrebleus(capsys: pytest.CaptureFixture[str],
                                          db_path: Path, news: NewsCorpus) -> None:
    store, ids, arts = news_store(db_path, news)
    store.close()
    art = arts[0]
    got = run_json(capsys, "stats", str(ids[0]))
    assert set(got) == {"schema", "scope", "article", "articles", "segments", "languages",
                        "signatures", "by_language"}
    assert (got["scope"], got["article"]["id"]) == ("article", ids[0])
    assert got["languages"] == ["uk", "ru"]
    assert "tok:13a" in got["signatures"]["bleu"]
    for lang in LANGS:
        board = got["by_language"][lang]
        assert set(board) == LANG_KEYS and board["label"] == {"uk": "UA", "ru": "RU"}[lang]
        refs = art["ref"][lang]
        chrf = {}
        for row in board["engines"]:
            assert set(row) == ROW_KEYS
            hyps = art["mt"][lang][row["engine"]]
            assert row["chrf"] == sacrebleu.corpus_chrf(hyps, [refs]).score
            assert row["bleu"] == sacrebleu.corpus_bleu(hyps, [refs]).score
            assert row["ter"] == sacrebleu.corpus_ter(hyps, [refs]).score
            chrf[row["engine"]] = row["chrf"]
        assert [r["engine"] for r in board["engines"]] == sorted(chrf, key=lambda e: -chrf[e])
        assert board["closest"]["engine"] == max(chrf, key=lambda e: chrf[e])
        assert board["progress"]["new"] == len(refs) and board["timeline"] == []
    status, out, _ = run(capsys, "stats", str(ids[0]), "--lang", "ua")
    winner = got["by_language"]["uk"]["closest"]["engine"]
    assert status == 0 and f"closer to the published text: {winner}" in out
    assert "\nUA\n" in out and "\nRU\n" not in out


def test_hter_after_approvals(capsys: pytest.CaptureFixture[str], db_path: Path,
                              news: NewsCorpus) -> None:
    store, ids, arts = news_store(db_path, news)
    engines = news.systems
    store.close()
    aid, mt = str(ids[0]), arts[0]["mt"]["ru"]
    assert run(capsys, "approve", aid, "1-3", "--lang", "ru", "--from", f"mt:{engines[1]}")[0] == 0
    edit = ("approve", aid, "4", "--lang", "ru", "--text", "Совсем другой текст.")
    assert run(capsys, *edit)[0] == 0
    got = run_json(capsys, "stats", aid, "--lang", "ru", "--segments")["by_language"]["ru"]
    finals = [*mt[engines[1]][:3], "Совсем другой текст."]
    for row in got["engines"]:
        machine = mt[row["engine"]][:4]
        assert row["hter"] == sacrebleu.corpus_ter(machine, [finals]).score
        assert row["hter_segments"] == 4
        assert [h["segment"] for h in row["hter_scores"]] == [1, 2, 3, 4]
        assert len(row["unit_scores"]) == row["units"]
    taken = next(r for r in got["engines"] if r["engine"] == engines[1])
    assert [h["hter"] for h in taken["hter_scores"][:3]] == [0.0, 0.0, 0.0]
    assert got["progress"]["approved"] == 4
    assert got["effort"] == {"approved": 4, "unchanged_mt": 3, "unchanged_human": 0,
                             "edited": 1, "by_origin": {"mt": 3, "edited": 1}}
    assert [d["approved"] for d in got["timeline"]] == [4]


def test_library_is_one_corpus(capsys: pytest.CaptureFixture[str], db_path: Path,
                               news: NewsCorpus) -> None:
    store, ids, arts = news_store(db_path, news, count=2)
    store.close()
    got = run_json(capsys, "stats", "--all", "--lang", "uk")
    assert (got["scope"], got["article"], got["articles"]) == ("library", None, 2)
    refs = [line for a in arts for line in a["ref"]["uk"]]
    for row in got["by_language"]["uk"]["engines"]:
        hyps = [line for a in arts for line in a["mt"]["uk"][row["engine"]]]
        assert row["chrf"] == sacrebleu.corpus_chrf(hyps, [refs]).score
        assert row["units"] == len(refs)


def test_sample_with_joined_and_split_sentences(capsys: pytest.CaptureFixture[str],
                                                db_path: Path) -> None:
    """No shared corpora needed: the sample's 2-1 and 1-2 links, one engine that copies the human
    text (scored 100 on every unit) and one that copies the English source."""
    aid = run_json(capsys, "import", str(SAMPLE / "article.en.txt"),
                   "--human", f"ua={SAMPLE / 'article.uk.txt'}")["id"]
    with Store(db_path) as store:
        for view in store.segment_views(aid, ["uk"]):
            seed_mt(store, view.segment.id, "uk", "copy-human", view.human.get("uk", ""))
            seed_mt(store, view.segment.id, "uk", "copy-source", view.segment.source)
        links = store.links(aid, "uk")
    got = run_json(capsys, "stats", str(aid))["by_language"]["uk"]
    with_both = [k for k in links if k.src_end > k.src_start and k.hum_end > k.hum_start]
    assert got["units"] == len(with_both)
    assert got["segments"] == got["units"] + sum(k.src_end - k.src_start - 1 for k in with_both) \
        + got["no_human"]
    best, worst = got["engines"]
    assert best["engine"] == "copy-human" and best["chrf"] == pytest.approx(100.0)
    assert best["ter"] == 0.0 and worst["chrf"] < 40
    assert got["closest"]["engine"] == "copy-human"
    assert got["closest"]["best"] == dict.fromkeys(("chrf", "chrf_pp", "bleu", "ter"),
                                                   "copy-human")


def test_user_errors(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "stats")
    assert status == 2 and "give its id" in err
    status, _, err = run(capsys, "stats", "1", "--all")
    assert status == 2 and "not both" in err
    status, _, err = run(capsys, "stats", "7")
    assert status == 2 and "no article with id 7" in err
    status, out, _ = run(capsys, "stats", "--all")
    assert status == 0 and "Library: 0 articles" in out
