"""The ``qa`` and ``glossary`` commands: findings per segment and language, stable JSON, and
user errors as one line with exit status 2."""

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
    """The sample, approved from its human versions, with a number and quotes changed."""
    with Store(db_path) as store:
        art = library.import_article(store, str(SAMPLE / "article.en.txt"), lang="en",
                                     humans={"uk": str(SAMPLE / "article.uk.txt"),
                                             "ru": str(SAMPLE / "article.ru.txt")})
        for view in store.segment_views(art.id, ["uk", "ru"]):
            for lang in ("uk", "ru"):
                if view.human.get(lang):
                    library.approve(store, art.id, view.segment.index, lang, source="human")
        for index, lang, before, after in [(18, "ru", "шесть", "семь"),
                                           (16, "uk", "«Ми не виконали того, що обіцяли»",
                                            "“Ми не виконали того, що обіцяли”")]:
            seg = store.segment(art.id, index)
            text = store.translation(seg.id, lang).text.replace(before, after)
            store.set_translation(seg.id, lang, text, Status.APPROVED, Origin.EDITED)
        return art.id


def test_qa_json_shape(capsys: pytest.CaptureFixture[str], article: int) -> None:
    data = run_json(capsys, "qa", str(article))
    assert set(data) == {"article", "target", "languages", "checks", "checked", "counts",
                         "segments", "not_spellchecked"}
    assert data["target"] == "final" and data["languages"] == ["uk", "ru"]
    assert data["checked"] == 57 and data["article"]["id"] == article
    assert data["checks"][:3] == ["numbers", "names", "punctuation"]
    places = {(s["index"], s["lang"]) for s in data["segments"]}
    assert {(19, "ru"), (19, "uk"), (17, "uk")} <= places
    seg = next(s for s in data["segments"] if s["index"] == 19 and s["lang"] == "ru")
    assert set(seg) == {"index", "end", "lang", "source", "text", "findings"}
    changed = next(f for f in seg["findings"] if f["code"] == "number-changed")
    assert set(changed) == {"kind", "code", "severity", "message", "source_spans",
                            "target_spans", "other_lang", "other_spans"}
    (start, end), = changed["target_spans"]
    assert seg["text"][start:end] == "семь" and changed["severity"] == "error"
    across = next(f for f in seg["findings"] if f["kind"] == "editions")
    assert across["other_lang"] == "uk" and across["other_spans"]
    assert data["counts"]["numbers"] >= 1 and data["counts"]["quotes"] == 1


def test_qa_text_language_and_checks(capsys: pytest.CaptureFixture[str], article: int) -> None:
    status, out, _ = run(capsys, "qa", str(article), "--lang", "ua", "--checks", "quotes")
    assert status == 0
    assert "#17 UA  “Ми не виконали того, що обіцяли”" in out
    assert "[quotes] Quotation marks" in out
    assert out.rstrip().endswith("1 finding in 1 of 28 final texts (UA 1): quotes 1")
    data = run_json(capsys, "qa", str(article), "--target", "human", "--checks", "numbers")
    assert data["segments"] == [] and data["checks"] == ["numbers"]


def test_qa_with_nothing_to_check(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    with Store(db_path) as store:
        art = library.import_article(store, str(SAMPLE / "article.en.txt"), lang="en")
    status, out, _ = run(capsys, "qa", str(art.id))
    assert status == 0 and "no final texts in UA, RU to check (try --target human" in out


@pytest.mark.parametrize(("args", "message"), [
    (["--checks", "numbers,speling"], "unknown check speling"),
    (["--target", "draft"], "unknown target 'draft'"),
    (["--lang", "xx1"], "unknown language code"),
])
def test_qa_user_errors(capsys: pytest.CaptureFixture[str], article: int, args: list[str],
                        message: str) -> None:
    status, out, err = run(capsys, "qa", str(article), *args)
    assert status == 2 and out == "" and message in err and err.count("\n") == 1


def test_glossary_import_list_and_check(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                        article: int) -> None:
    csv = tmp_path / "terms.csv"
    csv.write_text("source,uk,ru,note\nair defense,ППО,ПВО,military\n"
                   "ammunition,набої,боеприпасы,\n", encoding="utf-8")
    assert run_json(capsys, "glossary", "import", str(csv)) == {
        "file": str(csv), "terms": 4, "added": 4, "skipped": 0}
    status, out, _ = run(capsys, "glossary", "import", str(csv))
    assert status == 0 and "(4 were already there)" in out
    listed = run_json(capsys, "glossary", "list")
    assert listed == [
        {"source": "air defense", "targets": {"ru": ["ПВО"], "uk": ["ППО"]}, "note": "military"},
        {"source": "ammunition", "targets": {"ru": ["боеприпасы"], "uk": ["набої"]}, "note": ""}]
    status, out, _ = run(capsys, "glossary", "list", "--lang", "ru")
    assert out.splitlines() == ["air defense  RU ПВО  (military)", "ammunition  RU боеприпасы"]
    data = run_json(capsys, "qa", str(article), "--checks", "glossary")
    [seg] = data["segments"]  # the Ukrainian editors wrote "боєприпаси", not "набої"
    assert (seg["index"], seg["lang"]) == (15, "uk")
    assert "“набої”" in seg["findings"][0]["message"]
    assert run_json(capsys, "glossary", "remove", "Ammunition", "--lang", "uk") == {"removed": 1}
    assert run_json(capsys, "glossary", "clear") == {"removed": 3}


def test_glossary_import_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_text("source,target\nshell,снаряд\n", encoding="utf-8")
    status, _, err = run(capsys, "glossary", "import", str(path))
    assert status == 2 and "terms.csv: the file has a target column" in err
    status, _, err = run(capsys, "glossary", "import", str(tmp_path / "none.tbx"))
    assert status == 2 and "none.tbx: no such file" in err
    status, out, _ = run(capsys, "glossary", "list")
    assert "The glossary is empty" in out


def test_qa_all_checks_every_article_as_one_would_each(capsys: pytest.CaptureFixture[str],
                                                       article: int, db_path: Path) -> None:
    with Store(db_path) as store:
        other = library.import_article(store, str(SAMPLE / "article.en.txt"), lang="en",
                                       title="Second").id
    one = run_json(capsys, "qa", str(article))
    every = run_json(capsys, "qa", "--all")
    assert [r["article"]["id"] for r in every] == [article, other]
    assert every[0] == one
    status, out, err = run(capsys, "qa", "--all")
    assert status == 0 and "Second: no final texts" in out
    status, _, err = run(capsys, "qa", str(article), "--all")
    assert status == 2 and "not both" in err
