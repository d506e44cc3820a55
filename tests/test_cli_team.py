"""The team on the command line: ``--user`` and ``$REVIEWER_USER`` name every change, ``users``
gives roles, ``signoff`` locks approved segments (others' changes exit 2 naming segment, language,
who and when), ``reopen`` unlocks them with the reason in the history; and every exchange format
carries the name and reads it back."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli_helpers import run, run_json
from tests.conftest import SAMPLE


@pytest.fixture
def article(capsys: pytest.CaptureFixture[str], db_path: Path) -> int:
    """The sample article with its Ukrainian human version, segments 1-3 approved by Taras."""
    status, out, err = run(capsys, "import", str(SAMPLE / "article.en.txt"),
                           "--human", f"ua={SAMPLE / 'article.uk.txt'}")
    assert status == 0, err
    number = int(out.strip())
    status, _, err = run(capsys, "--user", "Taras", "approve", str(number), "1-3", "--lang",
                         "uk", "--from", "human")
    assert status == 0, err
    return number


def _actors(db_path: Path) -> list[str]:
    with sqlite3.connect(db_path) as db:
        return [r[0] for r in db.execute("SELECT actor FROM history WHERE segment_id IS NOT NULL "
                                         "ORDER BY id")]


def test_user_option_and_environment_name_the_history(capsys, article, db_path,
                                                      monkeypatch) -> None:
    assert _actors(db_path) == ["Taras"] * 3
    monkeypatch.setenv("REVIEWER_USER", "Olena Koval")
    run(capsys, "reject", str(article), "4", "--lang", "uk", "--from", "human")
    run(capsys, "approve", str(article), "5", "--lang", "uk", "--from", "human", "--user", "Ira")
    assert _actors(db_path)[3:] == ["Olena Koval", "Ira"]
    history = run_json(capsys, "history", str(article), "4", "--lang", "uk")
    assert history[-1]["actor"] == "Olena Koval"
    status, _, err = run(capsys, "--user", " ", "approve", str(article), "6", "--lang", "uk",
                         "--from", "human")
    assert status == 0, err  # a blank --user falls through to $REVIEWER_USER
    status, _, err = run(capsys, "--user", "a\tb\x01", "approve", str(article), "6", "--lang",
                         "uk", "--from", "human")
    assert status == 2 and "control characters" in err


def test_roles_signoff_refusal_and_reopen(capsys, article) -> None:
    a = str(article)
    status, _, err = run(capsys, "--user", "Olena", "signoff", a, "--lang", "uk")
    assert status == 2 and "Olena: only an editor can sign off (Olena is a translator)" in err
    assert run(capsys, "--user", "Olena", "users", "add", "Olena", "--role", "editor")[0] == 0
    status, _, err = run(capsys, "--user", "Taras", "users", "add", "Taras", "--role", "editor")
    assert status == 2 and "only an editor can change roles" in err
    run(capsys, "--user", "Olena", "users", "add", "Taras", "--role", "reviewer")
    listed = run_json(capsys, "users", "list", "--user", "Taras")
    assert listed["your_role"] == "reviewer" and listed["default_role"] == "translator"
    assert [(u["name"], u["role"]) for u in listed["users"]] == [("Olena", "editor"),
                                                                 ("Taras", "reviewer")]
    done = run_json(capsys, "--user", "Olena", "signoff", a)
    assert done == [{"article": article, "lang": "uk", "by": "Olena", "signed_off": [1, 2, 3],
                     "locked": 3}]
    status, out, err = run(capsys, "--user", "Taras", "approve", a, "2", "--lang", "uk",
                           "--text", "Інший текст.")
    assert status == 2 and out == ""
    assert "segment 2 (UA): signed off by Olena on " in err and "only an editor" in err
    # Several segments: the locked ones are skipped, named; the open one is written.
    status, out, err = run(capsys, "--user", "Taras", "reject", a, "3-4", "--lang", "uk",
                           "--from", "human")
    assert status == 2 and "#4" in out and "segment 3 (UA): signed off by Olena" in err
    status, _, err = run(capsys, "--user", "Taras", "reopen", a, "--lang", "uk", "--reason", "x")
    assert status == 2 and "only an editor can reopen" in err
    reopened = run_json(capsys, "--user", "Olena", "reopen", a, "--lang", "ua", "--reason",
                        "the minister resigned")
    assert reopened["reopened"] == [1, 2, 3]
    status, _, err = run(capsys, "--user", "Taras", "approve", a, "2", "--lang", "uk", "--text",
                         "Інший текст.")
    assert status == 0, err


def test_every_export_carries_the_name_and_reads_it_back(capsys, article, tmp_path) -> None:
    run(capsys, "--user", "Olena", "approve", str(article), "2", "--lang", "uk", "--text",
        "Виправлено.")
    files = {}
    for fmt in ("tmx", "xliff", "xliff2", "json", "csv"):
        files[fmt] = tmp_path / f"out.{fmt}"
        status, _, err = run(capsys, "export", str(article), "--format", fmt, "--lang", "uk",
                             "-o", str(files[fmt]))
        assert status == 0, err
    tmx = files["tmx"].read_text(encoding="utf-8")
    assert 'creationid="Taras"' in tmx and 'changeid="Olena"' in tmx
    assert "Olena" in files["xliff"].read_text(encoding="utf-8")
    assert "Olena" in files["xliff2"].read_text(encoding="utf-8")
    assert "Olena" in files["csv"].read_text(encoding="utf-8")
    exported = json.loads(files["json"].read_text(encoding="utf-8"))
    reviewers = {json.dumps(exported, ensure_ascii=False).count(f'"reviewer": "{n}"')
                 for n in ("Taras", "Olena")}
    assert 0 not in reviewers
    for fmt in ("tmx", "xliff", "xliff2"):
        status, _, err = run(capsys, "--db", str(tmp_path / f"{fmt}.db"), "import-tm",
                             str(files[fmt]))
        assert status == 0, err
        with sqlite3.connect(tmp_path / f"{fmt}.db") as db:
            authors = {r[0] for r in db.execute("SELECT author FROM tm_units")}
        assert authors == {"Taras", "Olena"}, (fmt, authors)  # the last reviewer of each unit


def test_annotations_and_dictionary_words_carry_the_name(capsys, article, db_path) -> None:
    status, _, err = run(capsys, "--user", "Ira", "annotate", str(article), "2", "--lang", "uk",
                         "--span", "0:3", "--category", "style", "--severity", "minor")
    assert status == 0, err
    status, _, err = run(capsys, "--user", "Ira", "spelling", "add", "Столтенберг", "--lang",
                         "uk")
    assert status == 0, err
    with sqlite3.connect(db_path) as db:
        assert [r[0] for r in db.execute("SELECT author FROM annotations")] == ["Ira"]
        assert [r[0] for r in db.execute("SELECT added_by FROM spelling_words")] == ["Ira"]
