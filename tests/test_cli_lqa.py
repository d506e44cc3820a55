"""The ``annotate`` and ``lqa`` commands: marking errors headless, the scorecards' JSON, and the
XLSX and HTML reports read back."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from reviewer import library
from reviewer.storage.store import Store
from tests.cli_helpers import run, run_json
from tests.conftest import SAMPLE
from tests.seed import seed_mt


@pytest.fixture
def article(db_path: Path) -> int:
    """The sample with its first three segments approved from the Ukrainian human version and
    a machine translation of the first stored."""
    with Store(db_path) as store:
        art = library.import_article(store, str(SAMPLE / "article.en.txt"), lang="en",
                                     humans={"uk": str(SAMPLE / "article.uk.txt")})
        for view in store.segment_views(art.id, ["uk"])[:3]:
            library.approve(store, art.id, view.segment.index, "uk", source="human",
                            actor="olena")
        seg = store.segment(art.id, 0)
        seed_mt(store, seg.id, "uk", "deepl", "Україна просить більше підтримки")
        return art.id


def _final(db_path: Path, article: int, index: int) -> str:
    with Store(db_path) as store:
        return store.translation(store.segment(article, index).id, "uk").text


def test_annotate_list_change_remove(capsys, article: int, db_path: Path) -> None:
    text = _final(db_path, article, 0)
    start = text.index("підтримки")
    made = run_json(capsys, "annotate", str(article), "1", "--lang", "ua", "--span",
                    f"{start}:{start + 9}", "--category", "Accuracy/Mistranslation",
                    "--severity", "major", "--note", "support", "--author", "ira")
    assert set(made) == {"id", "article", "segment", "segment_id", "lang", "target", "start",
                         "end", "text", "category", "severity", "note", "author", "created_at",
                         "changed_at"}
    assert (made["article"], made["segment"], made["lang"], made["target"], made["text"],
            made["category"], made["severity"], made["author"]) == (
        article, 1, "uk", "final", "підтримки", "accuracy/mistranslation", "major", "ira")
    listed = run_json(capsys, "annotate", str(article), "1")
    assert [a["id"] for a in listed] == [made["id"]]
    changed = run_json(capsys, "annotate", str(article), "1", "--change", str(made["id"]),
                       "--severity", "minor")
    assert (changed["severity"], changed["note"]) == ("minor", "support")
    status, out, err = run(capsys, "annotate", str(article), "1", "--remove", str(made["id"]))
    assert status == 0 and "Removed annotation" in out
    assert run_json(capsys, "annotate", str(article), "1") == []


@pytest.mark.parametrize(("args", "message"), [
    (["--span", "0:9999", "--category", "style", "--severity", "minor"], "outside its text"),
    (["--span", "0:3", "--category", "beauty", "--severity", "minor"], "unknown MQM error"),
    (["--span", "0:3", "--category", "style", "--severity", "huge"], "unknown severity"),
    (["--span", "0:3", "--category", "style", "--severity", "minor", "--target", "mt:google"],
     "has no mt:google text"),
    (["--qa", "99"], "there is no finding 99"),
])
def test_annotate_bad_input_is_one_line(capsys, article: int, args: list[str],
                                        message: str) -> None:
    status, out, err = run(capsys, "annotate", str(article), "1", "--lang", "uk", *args)
    assert status == 2 and message in err and err.count("\n") == 1 and out == ""


def test_lqa_json_and_scores(capsys, article: int, db_path: Path) -> None:
    text = _final(db_path, article, 1)
    run_json(capsys, "annotate", str(article), "2", "--lang", "uk", "--span", "0:5",
             "--category", "style", "--severity", "minor")
    run_json(capsys, "annotate", str(article), "1", "--lang", "uk", "--target", "mt:deepl",
             "--span", "16:22", "--category", "linguistic-conventions/grammar",
             "--severity", "major")
    data = run_json(capsys, "lqa", str(article), "--target", "final,mt")
    assert set(data) == {"by", "targets", "threshold", "model", "scorecards", "errors"}
    assert data["model"] == {"multipliers": {"neutral": 0, "minor": 1, "major": 5,
                                             "critical": 25},
                             "reference_words": 1000, "max_score": 100}
    final, mt = data["scorecards"]
    assert set(final) == {"group", "segments", "words", "errors", "outdated", "by_severity",
                          "by_dimension", "counts", "penalty", "per_word", "normed",
                          "raw_score", "score", "threshold", "passed"}
    assert final["group"]["target"] == "final" and final["group"]["article"] == article
    assert final["segments"] == 3 and final["counts"] == {"style": {"minor": 1}}
    assert final["score"] == pytest.approx(100 - 1000 / final["words"])
    assert mt["group"]["target"] == "mt:deepl" and mt["segments"] == 1
    assert mt["penalty"] == 5 and mt["passed"] is (mt["score"] >= 90)
    assert [e["text"] for e in data["errors"]] == ["більше", text[:5]]
    # The final text changes: its annotation no longer applies and stops counting.
    library.approve(Store(db_path), article, 1, "uk", text="Зовсім інший текст.")
    again = run_json(capsys, "lqa", str(article), "--threshold", "50")
    assert again["scorecards"][0]["outdated"] == 1 and again["scorecards"][0]["penalty"] == 0
    assert again["threshold"] == 50 and again["scorecards"][0]["passed"] is True
    by_reviewer = run_json(capsys, "lqa", "--all", "--by", "reviewer")
    assert [c["group"].get("reviewer") for c in by_reviewer["scorecards"]] == ["olena",
                                                                                "reviewer"]


def test_lqa_text_and_reports(capsys, article: int, tmp_path: Path) -> None:
    run_json(capsys, "annotate", str(article), "1", "--lang", "uk", "--span", "0:7",
             "--category", "accuracy/omission", "--severity", "critical", "--note", "=1+1")
    status, out, err = run(capsys, "lqa", str(article))
    assert status == 0 and "FAIL at 90" in out and "1 critical" in out
    xlsx, page = tmp_path / "lqa.xlsx", tmp_path / "lqa.html"
    for path in (xlsx, page):
        status, out, err = run(capsys, "lqa", str(article), "--report", str(path))
        assert status == 0 and f"Report written to {path}" in out
    from openpyxl import load_workbook

    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["Scorecards", "Categories", "Errors"]
    head, row = list(wb["Scorecards"].values)
    card = dict(zip(head, row, strict=True))
    assert (card["article"], card["critical"], card["result"]) == (article, 1, "fail")
    errors = list(wb["Errors"].values)
    assert errors[1][errors[0].index("note")] == "=1+1"  # text, not a formula
    assert wb["Errors"].cell(2, errors[0].index("note") + 1).data_type == "s"

    class Cells(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.cells: list[str] = []

        def handle_data(self, data: str) -> None:
            self.cells.append(data)

    parser = Cells()
    parser.feed(page.read_text(encoding="utf-8"))
    assert "accuracy/omission" in parser.cells and "fail" in parser.cells
    status, out, err = run(capsys, "lqa", str(article), "--report", str(tmp_path / "x.pdf"))
    assert status == 2 and ".xlsx or .html" in err


def test_a_qa_finding_promoted(capsys, article: int, db_path: Path) -> None:
    with Store(db_path) as store:
        library.approve(store, article, 2, "uk", text="Столтенберг  відвідав Київ.")
    found = run_json(capsys, "qa", str(article), "--lang", "uk")["segments"]
    kinds = [f["kind"] for s in found if s["index"] == 3 for f in s["findings"]]
    number = kinds.index("spaces") + 1
    made = run_json(capsys, "annotate", str(article), "3", "--lang", "uk", "--qa", str(number))
    assert (made["start"], made["end"], made["text"]) == (11, 13, "  ")
    assert (made["category"], made["severity"]) == ("linguistic-conventions/textual-conventions",
                                                    "minor")
    assert made["note"].startswith("Doubled space")


def test_lqa_loads_openpyxl_only_for_a_workbook(article: int, db_path: Path,
                                                 tmp_path: Path) -> None:
    from tests.test_startup_imports import cli_loaded

    found = cli_loaded("--db", str(db_path), "lqa", str(article))
    assert not {"openpyxl", "numpy", "requests", "PySide6"} & set(found), found
    assert "openpyxl" in cli_loaded("--db", str(db_path), "lqa", str(article), "--report",
                                    str(tmp_path / "r.xlsx"))
