"""``reviewer export`` and ``reviewer import-tm`` end to end: the bundled sample imported, reviewed
and exported to every format; errors told in one line with exit status 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.formats.export import FORMATS
from tests.cli_helpers import run, run_json
from tests.conftest import SAMPLE
from tests.formats.exchange_data import build_library


@pytest.fixture
def reviewed(capsys: pytest.CaptureFixture[str], db_path: Path) -> int:
    """The sample article imported with both human versions, its Ukrainian approved from them."""
    status, out, err = run(capsys, "import", str(SAMPLE / "article.en.txt"),
                           "--human", f"ua={SAMPLE / 'article.uk.txt'}",
                           "--human", f"ru={SAMPLE / 'article.ru.txt'}")
    assert status == 0, err
    article = int(out.strip())
    total = len(run_json(capsys, "show", str(article))["segments"])
    for i in range(1, total + 1):
        run(capsys, "approve", str(article), str(i), "--lang", "uk", "--from", "human")
    return article


def test_the_sample_exports_to_every_format(capsys, reviewed, tmp_path):
    for fmt in FORMATS:
        data = run_json(capsys, "export", str(reviewed), "--format", fmt, "--lang", "ua",
                        "-o", str(tmp_path / f"sample.{fmt}"))
        assert data["units"] > 20, fmt
        assert [Path(p).name for p in data["files"]] == [f"sample.{fmt}"]
        assert all(Path(p).stat().st_size > 0 for p in data["files"])
    text = (tmp_path / "sample.txt").read_text(encoding="utf-8")
    assert text.startswith("Україна просить більшої підтримки")
    assert "not approved yet" in text or "fallback=none" in text


def test_translate_toolkit_reads_the_sample_tmx(capsys, reviewed, tmp_path):
    tmx = pytest.importorskip("translate.storage.tmx")
    status, out, _ = run(capsys, "export", str(reviewed), "--format", "tmx", "-o",
                         str(tmp_path / "s.tmx"))
    assert status == 0 and out.strip() == str(tmp_path / "s.tmx")
    store = tmx.tmxfile.parsefile(str(tmp_path / "s.tmx"))
    approved = run_json(capsys, "list")[0]["approved"]["uk"]
    assert len(store.units) == approved
    assert all(u.gettarget("uk") for u in store.units)


def test_export_errors_are_one_line_with_status_2(capsys, reviewed, tmp_path):
    cases = [
        (["export", "--format", "tmx", "-o", str(tmp_path / "x.tmx")], "an article id or --all"),
        (["export", str(reviewed), "--all", "--format", "tmx", "-o", "x"], "not both"),
        (["export", "99", "--format", "tmx", "-o", str(tmp_path / "x.tmx")], "no article"),
        (["export", str(reviewed), "--format", "tmx", "-o", str(tmp_path / "no" / "x.tmx")],
         "does not exist"),
        (["export", str(reviewed), "--format", "tmx", "--lang", "xyz1", "-o", "x"],
         "unknown language"),
        (["export", str(reviewed), "--format", "xliff", "--lang", "en", "-o", "x"],
         "the target language is the source language"),
    ]
    for args, message in cases:
        status, out, err = run(capsys, *args)
        assert status == 2 and message in err and err.count("\n") == 1, (args, err)
    assert not list(tmp_path.glob("x*")) and not list(tmp_path.glob(".x*"))


def test_control_characters_are_reported_on_stderr(capsys, db_path, tmp_path):
    build_library(db_path)
    status, out, err = run(capsys, "export", "--all", "--format", "tmx", "-o",
                           str(tmp_path / "lib.tmx"))
    assert status == 0
    assert "warning: 10 control character(s)" in err and "a1-s4" in err


def test_import_tm_modes(capsys, db_path, tmp_path):
    first, second = build_library(db_path)
    run(capsys, "export", str(first), "--format", "xliff", "-o", str(tmp_path / "a.xlf"))
    status, out, err = run(capsys, "import-tm", str(tmp_path / "a.xlf"))
    assert status == 0 and "translation memory: 6 added" in out, err
    data = run_json(capsys, "import-tm", str(tmp_path / "a.xlf"))
    assert (data["mode"], data["added"], data["already"]) == ("tm", 0, 6)
    data = run_json(capsys, "import-tm", str(tmp_path / "a.xlf"), "--as-article",
                    "--title", "Back")
    assert data["mode"] == "article" and data["langs"] == {"uk": 5, "ru": 1}
    status, out, err = run(capsys, "import-tm", str(tmp_path / "a.xlf"), "--article",
                           str(second), "--as-human", "uk")
    assert status == 0 and f"human version of article {second}" in out
    listed = {a["id"]: a for a in run_json(capsys, "list")}
    assert listed[data["article_id"]]["title"] == "Back"


def test_import_tm_errors(capsys, db_path, tmp_path):
    build_library(db_path)
    bomb = tmp_path / "bomb.tmx"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aa">]><tmx>&a;</tmx>')
    for args, message in (
        ([str(bomb)], "refused for safety"),
        ([str(tmp_path / "none.tmx")], "no such file"),
        ([str(bomb), "--as-human", "uk"], "--as-human needs --article"),
        ([str(bomb), "--article", "1"], "--article needs --as-human"),
    ):
        status, out, err = run(capsys, "import-tm", *args)
        assert status == 2 and message in err and err.count("\n") == 1, (args, err)
    assert json.loads(run(capsys, "list", "--json")[1])[0]["id"] == 2


def test_docx_export_of_an_article_with_a_title_over_255_characters(capsys, tmp_path):
    """Word core properties hold 255 characters: a shortened title there, all of it in the body."""
    docx = pytest.importorskip("docx")
    headline = "Україна " + "дуже " * 70 + "довгий заголовок"
    source = tmp_path / "long.txt"
    source.write_text(f"{'Ukraine ' + 'very ' * 50}long headline\n\nThe body.\n", encoding="utf-8")
    title = "Title " + "long " * 80
    status, out, err = run(capsys, "import", str(source), "--lang", "en", "--title", title)
    assert status == 0, err
    article = out.strip()
    status, _, err = run(capsys, "approve", article, "1", "--lang", "uk", "--text", headline)
    assert status == 0, err
    status, out, err = run(capsys, "export", article, "--format", "docx", "--lang", "uk",
                           "-o", str(tmp_path / "long.docx"))
    assert status == 0, err
    document = docx.Document(str(tmp_path / "long.docx"))
    props = document.core_properties
    assert len(headline) > 255 and len(props.title) <= 255 and props.title.endswith("…")
    assert headline.startswith(props.title[:-1].rstrip())
    assert len(props.subject) <= 255 and props.subject.endswith("…")
    assert document.paragraphs[0].text == headline
