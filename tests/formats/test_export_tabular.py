"""CSV, XLSX and JSON exports: every row back as written, formulas neutralised, schema honoured."""

from __future__ import annotations

import csv
import json
from importlib import resources
from pathlib import Path

import pytest

from reviewer.formats.export import ExportOptions, export
from reviewer.formats.tabular import neutralise
from reviewer.storage.store import Store
from tests.formats.exchange_data import (
    CONTROL,
    CONTROL_CLEANED,
    HOSTILE,
    UK,
    library,  # noqa: F401 - fixture
)


def _export(library: tuple[Path, int, int], path: Path, fmt: str,  # noqa: F811
            ids: list[int] | None = None, **kw: object):
    with Store(library[0]) as store:
        return export(store, ids, path, ExportOptions(fmt, **kw))


@pytest.mark.parametrize("cell, expected", [
    ("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-2", "'-2"), ("@cmd", "'@cmd"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("  =1+1", "'  =1+1"), ("\uff1d1", "'\uff1d1"),
    ("plain", "plain"), ("a=b", "a=b"), ("", ""), ("Київ", "Київ"),
    # Leading characters a spreadsheet may skip (OWASP): NBSP, ZWSP, BOM, U+3000, a newline.
    ("\u00a0=1+1", "'\u00a0=1+1"), ("\u200b=1+1", "'\u200b=1+1"), ("\ufeff=1", "'\ufeff=1"),
    ("\u3000=1", "'\u3000=1"), ("\n=1", "'\n=1"), ("\u2060\u200b@x", "'\u2060\u200b@x"),
    ("\u00a0plain", "\u00a0plain"), ("\u200b", "\u200b"),
])
def test_neutralise(cell: str, expected: str) -> None:
    assert neutralise(cell) == expected


def test_csv_rows_round_trip_with_formulas_neutralised(library, tmp_path):  # noqa: F811
    result = _export(library, tmp_path / "lib.csv", "csv", csv_bom=True)
    raw = result.paths[0].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with open(result.paths[0], encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == result.units == 8  # 5 uk + 1 ru approved in article 1, 2 in article 2
    by_key = {(r["article"], r["segment"], r["target_lang"]): r for r in rows}
    caption = by_key[("1", "2", "uk")]
    assert caption["source"].startswith("'=HYPERLINK")
    assert caption["target"] == "'=ГІПЕРПОСИЛАННЯ фото підпис"
    assert by_key[("1", "5", "uk")]["target"] == "'+Підзаголовок"
    hostile = by_key[("1", "3", "uk")]
    assert hostile["target"] == UK[2][0] and HOSTILE in hostile["source"]
    assert by_key[("1", "4", "uk")]["target"] == UK[3][0]  # CSV keeps control characters
    head = by_key[("1", "1", "uk")]
    assert (head["status"], head["origin"], head["engine"], head["reviewer"]) == (
        "approved", "mt", "google", "mykola")
    assert head["mt:google"] == "google uk 1 & <mt>" and head["mt:deepl"] == "deepl uk 1"
    assert head["human"] == "НАТО і Україна: людський заголовок"
    assert head["comment"] == "перевірити & <це>"


def test_csv_raw_and_all_statuses(library, tmp_path):  # noqa: F811
    result = _export(library, tmp_path / "raw.csv", "csv", [library[1]], all_statuses=True,
                     csv_guard=False, langs=("uk",))
    with open(result.paths[0], encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["status"] for r in rows] == ["approved"] * 5 + ["draft", "rejected", ""]
    assert rows[1]["target"] == "=ГІПЕРПОСИЛАННЯ фото підпис"  # no apostrophe when raw


def test_xlsx_cells_are_text_never_formulas(library, tmp_path):  # noqa: F811
    openpyxl = pytest.importorskip("openpyxl")
    result = _export(library, tmp_path / "lib.xlsx", "xlsx")
    assert result.report.units == ["a1-s4"]
    ws = openpyxl.load_workbook(result.paths[0]).active
    rows = list(ws.iter_rows(values_only=False))
    header = [c.value for c in rows[0]]
    assert header[:4] == ["article", "article_title", "segment", "paragraph"]
    assert ws.freeze_panes == "A2"
    cells = [c for row in rows for c in row]
    assert all(c.data_type == "s" for c in cells if c.value is not None)
    values = {(r[0].value, r[2].value, r[6].value): [c.value for c in r] for r in rows[1:]}
    col = header.index("target")
    assert values[("1", "2", "uk")][col] == "=ГІПЕРПОСИЛАННЯ фото підпис"
    assert values[("1", "3", "uk")][col] == UK[2][0]
    assert values[("1", "4", "uk")][col] == "Друге речення з " + CONTROL_CLEANED
    assert len(values) == result.units == 8


def test_json_follows_its_schema_and_keeps_text_exactly(library, tmp_path):  # noqa: F811
    jsonschema = pytest.importorskip("jsonschema")
    for all_statuses in (False, True):
        result = _export(library, tmp_path / f"lib{all_statuses}.json", "json",
                         all_statuses=all_statuses)
        doc = json.loads(result.paths[0].read_text(encoding="utf-8"))
        schema = resources.files("reviewer.formats").joinpath("export.schema.json")
        jsonschema.validate(doc, json.loads(schema.read_text(encoding="utf-8")))
        assert doc["format"] == "reviewer-export" and doc["version"] == 1
        assert doc["statuses"] == ("all" if all_statuses else "approved")
        first = doc["articles"][0]
        segments = {s["index"]: s for s in first["segments"]}
        if not all_statuses:
            assert sorted(segments) == [1, 2, 3, 4, 5]
            assert all(t["status"] == "approved" for s in segments.values()
                       for t in s["translations"].values())
        else:
            assert sorted(segments) == list(range(1, 9))
            assert segments[7]["translations"]["uk"]["status"] == "rejected"
            assert segments[8]["translations"] == {}
        assert segments[4]["translations"]["uk"]["text"] == "Друге речення з " + CONTROL
        assert segments[1]["translations"]["uk"]["engine"] == "google"
        assert segments[1]["mt"]["uk"][1] == {"engine": "google", "text": "google uk 1 & <mt>",
                                             "fetched_at": segments[1]["mt"]["uk"][1]["fetched_at"]}
        assert segments[1]["human"]["uk"] == "НАТО і Україна: людський заголовок"
        assert "uk" not in segments[4]["human"]  # its human sentence sits on segment 3
        assert segments[1]["id"] == "a1-s1"
