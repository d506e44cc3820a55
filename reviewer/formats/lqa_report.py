"""The language-quality report as a file: an XLSX workbook or an HTML page.

Both take the report as ``reviewer lqa --json`` prints it (see the README): its ``scorecards``
(one per article, engine, reviewer or period, with counts by severity and category and the score)
and its ``errors`` (every annotation, with its article, segment and words). The workbook has
three sheets, Scorecards, Categories and Errors; every cell of user text is a string, never a
formula. The page escapes every character of user text.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reviewer.formats.errors import BadInputError
from reviewer.formats.outputs import atomic_open, atomic_path
from reviewer.formats.xmltext import FORBIDDEN, clean

SEVERITIES = ("critical", "major", "minor", "neutral")
GROUP_KEYS = ("article", "title", "lang", "target", "reviewer", "period")
CARD_COLUMNS = ("segments", "words", "errors", *SEVERITIES, "outdated", "penalty",
                "per_1000_words", "raw_score", "score", "result")
ERROR_COLUMNS = ("article", "segment", "lang", "target", "start", "end", "text", "category",
                 "severity", "note", "author", "created_at", "outdated")


def _group_keys(cards: Sequence[dict[str, Any]]) -> list[str]:
    present = {k for c in cards for k in c["group"]}
    return [k for k in GROUP_KEYS if k in present]


def _result(card: dict[str, Any]) -> str:
    return "" if card["passed"] is None else "pass" if card["passed"] else "fail"


def _round(value: float | None) -> float | str:
    return "" if value is None else round(value, 2)


def card_row(card: dict[str, Any], keys: Sequence[str]) -> list[Any]:
    """One scorecard as a row: its group, then :data:`CARD_COLUMNS`."""
    sev = card["by_severity"]
    return [card["group"].get(k, "") for k in keys] + [
        card["segments"], card["words"], card["errors"], *(sev[s] for s in SEVERITIES),
        card["outdated"], _round(card["penalty"]), _round(card["normed"]),
        _round(card["raw_score"]), _round(card["score"]), _result(card)]


def category_rows(cards: Sequence[dict[str, Any]], keys: Sequence[str]) -> list[list[Any]]:
    """Errors per scorecard and category, one row each, by severity."""
    return [[c["group"].get(k, "") for k in keys] + [category]
            + [per.get(s, 0) for s in SEVERITIES]
            for c in cards for category, per in c["counts"].items()]


def error_row(e: dict[str, Any]) -> list[Any]:
    """One annotation as a row of :data:`ERROR_COLUMNS`."""
    return [e["article"], e["segment"], e["lang"], e["target"], e["start"], e["end"], e["text"],
            e["category"], e["severity"], e["note"], e["author"], e["created_at"],
            "yes" if e["outdated"] else ""]


def write_report(report: dict[str, Any], path: Path) -> Path:
    """Write ``report`` as XLSX or HTML, chosen by the file's extension."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        write_xlsx(report, path)
    elif suffix in (".html", ".htm"):
        write_html(report, path)
    else:
        raise BadInputError(str(path), "a report is written as .xlsx or .html; name the file so")
    return Path(path)


def write_xlsx(report: dict[str, Any], path: Path) -> None:
    """The report as a workbook: Scorecards, Categories and Errors."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    cards, keys = report["scorecards"], _group_keys(report["scorecards"])
    wb = Workbook(write_only=True)
    bold = Font(bold=True)

    def sheet(name: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        ws = wb.create_sheet(name)
        ws.freeze_panes = "A2"
        heads = []
        for h in header:
            cell = WriteOnlyCell(ws, h)
            cell.font = bold
            heads.append(cell)
        ws.append(heads)
        for row in rows:
            cells = []
            for value in row:
                if isinstance(value, str):
                    cell = WriteOnlyCell(ws, clean(value) if FORBIDDEN.search(value) else value)
                    cell.data_type = "s"  # text, even when it begins with "=": never a formula
                else:
                    cell = WriteOnlyCell(ws, value)
                cells.append(cell)
            ws.append(cells)

    sheet("Scorecards", [*keys, *CARD_COLUMNS], [card_row(c, keys) for c in cards])
    sheet("Categories", [*keys, "category", *SEVERITIES], category_rows(cards, keys))
    sheet("Errors", ERROR_COLUMNS, [error_row(e) for e in report["errors"]])
    with atomic_path(path) as tmp:
        wb.save(tmp)


def _table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
    body = "\n".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>"
                     for row in rows)
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def write_html(report: dict[str, Any], path: Path) -> None:
    """The report as one self-contained HTML page with the same three tables."""
    cards, keys = report["scorecards"], _group_keys(report["scorecards"])
    model = report["model"]
    title = "Language quality report (MQM)"
    parts = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{title}</title>",
        "<style>body{font-family:sans-serif}table{border-collapse:collapse;margin-bottom:2em}"
        "td,th{border:1px solid #999;padding:2px 6px;text-align:left}</style>",
        "</head>", "<body>", f"<h1>{title}</h1>",
        "<p>" + html.escape(
            "Severity multipliers " + ", ".join(f"{k} {v:g}" for k, v in
                                                model["multipliers"].items())
            + f"; score = {model['max_score']:g} - "
            f"penalty points per {model['reference_words']} source words; pass at "
            f"{report['threshold']:g} or more.") + "</p>",
        "<h2>Scorecards</h2>", _table([*keys, *CARD_COLUMNS], [card_row(c, keys) for c in cards]),
        "<h2>Errors by category</h2>",
        _table([*keys, "category", *SEVERITIES], category_rows(cards, keys)),
        "<h2>Errors</h2>", _table(ERROR_COLUMNS, [error_row(e) for e in report["errors"]]),
        "</body>", "</html>",
    ]
    with atomic_open(path) as out:
        out.write("\n".join(parts) + "\n")
