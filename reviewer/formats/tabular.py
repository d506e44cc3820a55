"""CSV and XLSX export: one row per segment and target language, safe to open in a spreadsheet.

Columns: ``article``, ``article_title``, ``segment`` (1-based), ``paragraph`` (1-based),
``role``, ``source_lang``, ``target_lang``, ``source``, ``target``, ``status``, ``origin``,
``engine``, ``reviewer``, ``updated_at``, ``comment``, ``human`` (the published human version)
and one ``mt:ENGINE`` column per engine that has a machine translation in the export.

CSV is UTF-8 (optionally with a BOM, which Excel needs to see UTF-8), comma-separated, every
field quoted when needed (RFC 4180), lines ending in CRLF. A cell whose first character is ``=``,
``+``, ``-``, ``@``, a tab or a carriage return, or their full-width forms, is prefixed with an
apostrophe so that no spreadsheet runs it as a formula (OWASP's advice); the first character is
looked for past any leading whitespace or invisible characters (no-break and ideographic spaces,
newlines, zero-width spaces, byte-order marks), which spreadsheets may skip.

In XLSX every value is written as a text cell (never a formula, whatever it begins with), so no
apostrophe is needed and the text stays exact; characters XML 1.0 forbids are removed as in
:mod:`reviewer.formats.xmltext`. The header row is bold and frozen.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

from reviewer.formats.decoding import INVISIBLE
from reviewer.formats.outputs import atomic_open, atomic_path
from reviewer.formats.units import ExportSet
from reviewer.formats.xmltext import FORBIDDEN, CleanReport, clean

BASE_COLUMNS = ("article", "article_title", "segment", "paragraph", "role", "source_lang",
                "target_lang", "source", "target", "status", "origin", "engine", "reviewer",
                "updated_at", "comment", "human")
FORMULA_START = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
_LEADING = re.compile(f"[{INVISIBLE}]+")


def neutralise(cell: str) -> str:
    """``cell`` with an apostrophe in front if a spreadsheet would read it as a formula."""
    lead = _LEADING.match(cell)
    end = lead.end() if lead else 0
    if cell[end : end + 1] in FORMULA_START or any(c in FORMULA_START for c in cell[:end]):
        return "'" + cell
    return cell


def engines(data: ExportSet) -> list[str]:
    """Every engine with a machine translation in the export, sorted."""
    return sorted({m.engine for u in data.units for xs in u.mt.values() for m in xs})


def rows(data: ExportSet) -> Iterator[list[str]]:
    """The header, then one row per exported (segment, language); all cells are strings."""
    names = engines(data)
    yield [*BASE_COLUMNS, *(f"mt:{e}" for e in names)]
    articles = {a.id: a for a in data.articles}
    for u in data.units:
        a = articles[u.article_id]
        for lang in data.langs:
            if lang == a.source_lang:
                continue
            tr = data.selected(u, lang)
            if tr is None and not data.all_statuses:
                continue
            mt = {m.engine: m.text for m in u.mt.get(lang, ())}
            yield [str(a.id), a.title, str(u.index + 1), str(u.paragraph + 1), str(u.role),
                   a.source_lang, lang, u.source,
                   tr.text if tr else "", str(tr.status) if tr else "",
                   str(tr.origin) if tr else "", (tr.engine or "") if tr else "",
                   tr.reviewer if tr else "", tr.updated_at if tr else "",
                   tr.comment if tr else "", u.human.get(lang, ""),
                   *(mt.get(e, "") for e in names)]


def export_csv(data: ExportSet, path: Path, *, bom: bool = False,
               guard: bool = True) -> tuple[int, list[Path]]:
    """Write ``data`` as CSV at ``path``; return (rows without the header, [path]).

    ``guard=False`` keeps cells exactly as they are (for programs, not spreadsheets).
    """
    count = -1
    with atomic_open(path, newline="", encoding="utf-8-sig" if bom else "utf-8") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        for row in rows(data):
            writer.writerow([neutralise(c) for c in row] if guard else row)
            count += 1
    return count, [Path(path)]


def export_xlsx(data: ExportSet, path: Path,
                report: CleanReport | None = None) -> tuple[int, list[Path]]:
    """Write ``data`` as an XLSX workbook with one sheet at ``path``; return (rows, [path])."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    report = report if report is not None else CleanReport()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("translations")
    ws.freeze_panes = "A2"
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    count = -1
    for row in rows(data):
        cells = []
        for value in row:
            if FORBIDDEN.search(value):
                report.note(f"a{row[0]}-s{row[2]}", len(FORBIDDEN.findall(value)))
                value = clean(value)
            cell = WriteOnlyCell(ws, value)
            cell.data_type = "s"  # text, even when it begins with "=": never a formula
            if count < 0:
                cell.font = bold
            elif len(value) > 40:
                cell.alignment = wrap
            cells.append(cell)
        if count < 0:
            for i, name in enumerate(row):
                width = 60 if name in ("source", "target", "human") or name.startswith("mt:") \
                    else 14
                ws.column_dimensions[_column_letter(i)].width = width
        ws.append(cells)
        count += 1
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return count, [Path(path)]


def _column_letter(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(i + 1)
