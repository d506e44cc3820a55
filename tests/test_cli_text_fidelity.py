"""Text survives byte for byte from ``reviewer import`` through ``approve --from human`` to every
export: no-break spaces (U+00A0, U+202F), soft hyphens, zero-width (non-)joiners, every apostrophe
and dash. Each input format (txt, md, html, docx) and each export format is read back."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.oxml import OxmlElement
from lxml import etree
from lxml import html as lxml_html

from reviewer.formats.export import FORMATS
from reviewer.formats.markdown import read_markdown
from tests.cli_helpers import run, run_json

NB, NNB, SHY, ZWJ, ZWNJ = "\u00a0", "\u202f", "\u00ad", "\u200d", "\u200c"

# Paragraphs of sentences; the first paragraph is the headline.
SOURCE = [
    [f"Ukraine asks for 18{NB}months of support"],
    [f"In 2014{NB}the co{SHY}operation cost 1{NB}000 dollars and 5{NNB}000 euros.",
     f"The minister’s words – “we're ready” — were quoted at 10:00{NB}a.m. on the x{ZWJ}y "
     f"and z{ZWNJ}w keys."],
    [f"A non‑breaking hyphen stays in 2015{NB}too, and Kyivʼs name stays."],
]
HUMAN = [
    [f"Україна просить підтримки на 18{NB}місяців"],
    [f"У 2014{NB}року спів{SHY}праця коштувала 1{NB}000 доларів і 5{NNB}000 євро.",
     f"Слова міністра – «ми готові» — п’ять, м'ята, мʼята; клавіші x{ZWJ}y та z{ZWNJ}w."],
    [f"Нерозривний дефіс‑ось лишається і у 2015{NB}році, і ім'я Києва."],
]
SPECIAL = (NB, NNB, SHY, ZWJ, ZWNJ, "’", "'", "ʼ", "–", "—", "‑")


def _sentences(paras: list[list[str]]) -> list[str]:
    return [s for p in paras for s in p]


def _write_txt(paras: list[list[str]], path: Path) -> Path:
    path.write_text("\n\n".join(" ".join(p) for p in paras) + "\n", encoding="utf-8")
    return path


def _write_md(paras: list[list[str]], path: Path) -> Path:
    # Markdown would read a line starting "1." or "-" as a list; none of ours does.
    body = "\n\n".join("\n".join(p) for p in paras[1:])  # wrapped lines: a soft break
    path.write_text(f"# {paras[0][0]}\n\n{body}\n", encoding="utf-8")
    return path


def _write_html(paras: list[list[str]], path: Path) -> Path:
    def esc(text: str) -> str:  # half of the no-break spaces as the entity, as sites write them
        text = text.replace("&", "&amp;").replace("<", "&lt;")
        return text.replace(f"{NB}", "&nbsp;", 1)

    body = "".join(f"<p>{esc(' '.join(p))}</p>\n" for p in paras[1:])
    path.write_text(
        f"<!doctype html><html lang='xx'><head><meta charset='utf-8'><title>{esc(paras[0][0])}"
        f"</title></head><body><article><h1>{esc(paras[0][0])}</h1>\n{body}</article>"
        "</body></html>", encoding="utf-8")
    return path


def _write_docx(paras: list[list[str]], path: Path) -> Path:
    """Word keeps NBSP as a character and writes soft and non-breaking hyphens as elements."""
    document = docx.Document()
    for number, para in enumerate(paras):
        text = " ".join(para)
        p = document.add_paragraph(style="Title" if number == 0 else None)
        for piece in re.split(f"([{SHY}\u2011])", text):
            if piece in (SHY, "\u2011"):
                tag = "w:softHyphen" if piece == SHY else "w:noBreakHyphen"
                p.add_run()._r.append(OxmlElement(tag))
            elif piece:
                p.add_run(piece)
    document.save(str(path))
    return path


WRITERS = {"txt": _write_txt, "md": _write_md, "html": _write_html, "docx": _write_docx}


@pytest.fixture(params=sorted(WRITERS))
def approved(request, capsys, tmp_path) -> tuple[int, str]:
    """An article imported from one input format with its human version, all approved from it."""
    kind = request.param
    src = WRITERS[kind](SOURCE, tmp_path / f"article.en.{kind}")
    hum = WRITERS[kind](HUMAN, tmp_path / f"article.uk.{kind}")
    status, out, err = run(capsys, "import", str(src), "--lang", "en", "--human", f"uk={hum}")
    assert status == 0, err
    article = int(out.strip())
    status, _, err = run(capsys, "approve", str(article), "all", "--lang", "uk", "--from", "human")
    assert status == 0, err
    return article, kind


def test_import_and_approval_keep_every_character(capsys, approved):
    article, kind = approved
    shown = run_json(capsys, "show", str(article), "--lang", "uk")
    sources = [s["source"] for s in shown["segments"]]
    assert sources == _sentences(SOURCE), kind
    assert [s["human"]["uk"]["text"] for s in shown["segments"]] == _sentences(HUMAN), kind
    assert [s["final"]["uk"]["text"] for s in shown["segments"]] == _sentences(HUMAN), kind


def _xml_pairs(path: Path) -> dict[str, str]:
    """Source and target text of every TMX or XLIFF unit, read with a plain XML parser."""
    root = etree.parse(str(path)).getroot()
    pairs: dict[str, str] = {}
    for elem in root.iter():
        name = etree.QName(elem).localname
        if name == "tu":
            segs = ["".join(s.itertext()) for s in elem.iter("{*}seg")]
            pairs[segs[0]] = segs[1]
        elif name in ("trans-unit", "segment"):
            src, tgt = elem.find("{*}source"), elem.find("{*}target")
            pairs["".join(src.itertext())] = "".join(tgt.itertext())
    return pairs


def _document_text(fmt: str, path: Path) -> str:
    if fmt == "txt":
        return path.read_text(encoding="utf-8")
    if fmt == "md":
        return "\n".join(b.text for b in read_markdown(path.read_text(encoding="utf-8"))[1])
    if fmt == "html":
        return lxml_html.fromstring(path.read_bytes()).text_content()
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_every_export_reads_back_the_same_characters(capsys, approved, tmp_path):
    article, kind = approved
    expected = dict(zip(_sentences(SOURCE), _sentences(HUMAN), strict=True))
    for fmt in FORMATS:
        path = tmp_path / f"out.{fmt}"
        run_json(capsys, "export", str(article), "--format", fmt, "--lang", "uk", "-o", str(path))
        if fmt in ("tmx", "xliff", "xliff2"):
            assert _xml_pairs(path) == expected, (kind, fmt)
        elif fmt == "csv":
            with path.open(encoding="utf-8", newline="") as handle:
                found = {r["source"]: r["target"] for r in csv.DictReader(handle)}
            assert found == expected, (kind, fmt)
        elif fmt == "xlsx":
            sheet = openpyxl.load_workbook(path).active
            rows = list(sheet.iter_rows(values_only=True))
            head = list(rows[0])
            found = {r[head.index("source")]: r[head.index("target")] for r in rows[1:]}
            assert found == expected, (kind, fmt)
        elif fmt == "json":
            segments = json.loads(path.read_text(encoding="utf-8"))["articles"][0]["segments"]
            found = {s["source"]: s["translations"]["uk"]["text"] for s in segments}
            assert found == expected, (kind, fmt)
        else:
            text = _document_text(fmt, path)
            for sentence in _sentences(HUMAN):
                assert sentence in text, (kind, fmt, sentence)
    assert all(any(c in s for s in _sentences(HUMAN)) for c in SPECIAL)


def test_a_tmx_export_imports_back_as_an_article_with_the_same_text(capsys, approved, tmp_path):
    article, _ = approved
    for fmt, name in (("tmx", "back.tmx"), ("xliff", "back.xlf"), ("xliff2", "back2.xlf")):
        path = tmp_path / name
        run_json(capsys, "export", str(article), "--format", fmt, "--lang", "uk", "-o", str(path))
        new = run_json(capsys, "import-tm", str(path), "--as-article")["article_id"]
        shown = run_json(capsys, "show", str(new), "--lang", "uk")
        assert [s["source"] for s in shown["segments"]] == _sentences(SOURCE), fmt
        assert [s["human"]["uk"]["text"] for s in shown["segments"]] == _sentences(HUMAN), fmt
