"""The article rebuilt in Ukrainian or Russian as .txt, .md, .html and .docx: structure, markers,
fallbacks, and the choice stated in each file's metadata."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.core.model import Role
from reviewer.formats.document import Fallback, rebuild
from reviewer.formats.document_writers import md_escape
from reviewer.formats.export import ExportOptions, export
from reviewer.formats.units import collect
from reviewer.storage.store import Store
from tests.formats.exchange_data import HOSTILE, UK, library  # noqa: F401 - fixture


def _rebuilt(library, fallback: Fallback, all_statuses: bool = False):  # noqa: F811
    with Store(library[0]) as store:
        data = collect(store, [library[1]], ("uk",), all_statuses=all_statuses)
    return rebuild(data, library[1], "uk", fallback)


def _export(library, tmp_path: Path, fmt: str, **kw: object) -> list[Path]:  # noqa: F811
    with Store(library[0]) as store:
        return export(store, [library[1]], tmp_path / f"a.{fmt}",
                      ExportOptions(fmt, ("uk",), **kw)).paths


def test_unapproved_segments_are_marked_and_neighbours_share_a_marker(library):  # noqa: F811
    doc = _rebuilt(library, Fallback.NONE)
    assert [p.role for p in doc.paragraphs] == [Role.HEADLINE, Role.CAPTION, Role.BODY,
                                                Role.SUBHEADING, Role.BODY, Role.QUOTE]
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == UK[0][0] and texts[2] == f"{UK[2][0]} {UK[3][0]}"
    assert texts[4] == "[segments 6-7 not approved yet]"
    assert texts[5] == "[segment 8 not approved yet]"
    assert doc.counts == {"final": 5, "unapproved": 0, "human": 0, "mt": 0, "missing": 3}
    assert doc.title == UK[0][0]
    assert "5 of 8 segments approved" in doc.statement()
    assert "fallback=none" in doc.statement()


def test_fallback_to_human_version_and_to_machine_translation(library):  # noqa: F811
    human = _rebuilt(library, Fallback.HUMAN)
    # Segment 7 has no human sentence (a 1-0 link): it stays marked.
    assert human.paragraphs[4].text == "Людська чернетка. [segment 7 not approved yet]"
    assert human.paragraphs[5].text == "Людська цитата."
    assert [x.kind for x in human.paragraphs[4].pieces] == ["human", "missing"]
    assert "published human version" in human.statement()
    mt = _rebuilt(library, Fallback.MT)
    # The newest usable machine translation (deepl, fetched last); segment 8's only engine failed.
    assert mt.paragraphs[4].text == "deepl uk 6 [segment 7 not approved yet]"
    assert mt.paragraphs[5].text == "[segment 8 not approved yet]"


def test_all_statuses_use_drafts_but_never_rejected_text(library):  # noqa: F811
    doc = _rebuilt(library, Fallback.NONE, all_statuses=True)
    assert doc.paragraphs[4].text == f"{UK[5][0]} [segment 7 not approved yet]"
    assert doc.paragraphs[4].pieces[0].kind == "unapproved"
    assert doc.counts["final"] == 5 and doc.counts["unapproved"] == 1
    assert "5 of 8 segments approved; 1 more use" in doc.statement()


def test_txt_states_the_fallback_after_the_article(library, tmp_path):  # noqa: F811
    [path] = _export(library, tmp_path, "txt", fallback=Fallback.HUMAN)
    assert path.name == "a.txt"
    text = path.read_text(encoding="utf-8")
    body, _, footer = text.partition("\n-- \n")
    assert body.startswith(UK[0][0] + "\n\n") and HOSTILE in body
    assert "fallback=human" in footer and "article 1" in footer


def test_markdown_renders_to_the_same_text(library, tmp_path):  # noqa: F811
    markdown_it = pytest.importorskip("markdown_it")
    from lxml import html

    [path] = _export(library, tmp_path, "md")
    text = path.read_text(encoding="utf-8")
    front, body = text.split("---\n", 2)[1:]
    meta = {k: json.loads(v) for k, v in (line.split(": ", 1) for line in front.splitlines())}
    assert meta["lang"] == "uk" and meta["fallback"] == "none" and meta["approved"] == 5
    page = html.fromstring(markdown_it.MarkdownIt().render(body))
    assert page.findtext("h1") == UK[0][0]
    assert page.findtext("h2") == "+Підзаголовок"
    paragraphs = [p.text_content() for p in page.iter("p")]
    assert "=ГІПЕРПОСИЛАННЯ фото підпис" in paragraphs
    assert any(UK[2][0].strip() in p for p in paragraphs)
    assert page.find("blockquote") is not None


@pytest.mark.parametrize("text", ["1. Not a list", "# not a heading", "- no bullet", "*not em*",
                                  "a_b_c", "[link](x)", "<b>tag</b>", "&amp; &#65;", "+ plus",
                                  "> quote", "a \\ b", "`code`", "Win #1 #"])
def test_md_escape_keeps_text_literal(text: str) -> None:
    markdown_it = pytest.importorskip("markdown_it")
    from lxml import html

    rendered = markdown_it.MarkdownIt().render(md_escape(text))
    assert html.fromstring(f"<div>{rendered}</div>").text_content().strip() == text


def test_html_is_a_document_with_language_metadata_and_marks(library, tmp_path):  # noqa: F811
    from lxml import html

    [path] = _export(library, tmp_path, "html", fallback=Fallback.HUMAN)
    page = html.parse(str(path)).getroot()
    assert page.get("lang") == "uk"
    metas = {m.get("name"): m.get("content") for m in page.iter("meta") if m.get("name")}
    assert metas["reviewer:fallback"] == "human" and metas["reviewer:approved"] == "5/8"
    assert "fallback=human" in metas["description"]
    assert page.findtext(".//h1") == UK[0][0]
    assert page.find(".//span[@class='fallback-human']").get("data-segment") == "6"
    assert page.find(".//mark[@class='missing']").get("data-segments") == "7-7"
    assert HOSTILE in page.text_content()


def test_docx_reads_as_the_article_in_ukrainian(library, tmp_path):  # noqa: F811
    docx = pytest.importorskip("docx")
    from docx.enum.text import WD_COLOR_INDEX
    from docx.oxml.ns import qn

    [path] = _export(library, tmp_path, "docx")
    document = docx.Document(str(path))
    props = document.core_properties
    assert props.title == UK[0][0] and props.language == "uk-UA"
    assert "fallback=none" in props.comments and "fallback=none" in props.keywords
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    assert paragraphs[0] == ("Title", UK[0][0])
    assert paragraphs[1] == ("Caption", UK[1][0])
    assert paragraphs[3] == ("Heading 2", "+Підзаголовок")
    assert paragraphs[5] == ("Quote", "[segment 8 not approved yet]")
    assert HOSTILE in paragraphs[2][1] and "\x07" not in paragraphs[2][1]
    marker = document.paragraphs[4].runs[0]
    assert marker.italic and marker.font.highlight_color == WD_COLOR_INDEX.YELLOW
    lang = document.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "uk-UA"


def test_library_export_writes_one_document_per_article_and_language(library, tmp_path):  # noqa: F811
    with Store(library[0]) as store:
        result = export(store, None, tmp_path, ExportOptions("docx"))
    names = sorted(p.name for p in result.paths)
    # Article 2 has nothing in Russian: no file for it.
    assert names == ["1-nato-ukraine-talks.ru.docx", "1-nato-ukraine-talks.uk.docx",
                     "2-second-article.uk.docx"]
    assert all(p.exists() for p in result.paths)
