"""Hostile and huge .docx files: refused with the reason before they cost time or memory, and
read linearly when they are merely large (nothing here asserts on time)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE

from reviewer.core.model import Role
from reviewer.formats.reader import BadInputError, read_document

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ENTITIES = "it declares XML entities, which Word never writes; refused for safety " \
           "(entity expansion or external entities)"


def _base(tmp_path: Path) -> bytes:
    document = docx.Document()
    document.add_paragraph("A paragraph.")
    path = tmp_path / "base.docx"
    document.save(str(path))
    return path.read_bytes()


def _with_part(tmp_path: Path, part: str, xml: bytes, name: str = "x.docx",
               **more: bytes) -> str:
    """A real .docx (python-docx's template) with ``part`` replaced by ``xml`` (and ``styles``
    by ``more["styles"]``)."""
    parts = {part: xml, **({"word/styles.xml": more["styles"]} if "styles" in more else {})}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_base(tmp_path))) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, parts.get(info.filename) or src.read(info))
    path = tmp_path / name
    path.write_bytes(out.getvalue())
    return str(path)


def _body(inner: str, prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<w:document {W}><w:body>{inner}'
            "</w:body></w:document>").encode()


def _refused(path: str) -> str:
    with pytest.raises(BadInputError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: {caught.value.reason}"
    return caught.value.reason


def test_a_document_part_unpacking_to_60_mb_is_refused_before_parsing(tmp_path: Path) -> None:
    run = "<w:r><w:t>x</w:t></w:r>"
    xml = _body("<w:p>" + run * (60 * 1024 * 1024 // len(run)) + "</w:p>")
    path = _with_part(tmp_path, "word/document.xml", xml)
    assert Path(path).stat().st_size < 1024 * 1024  # small on disk
    assert _refused(path) == "its word/document.xml unpacks to 60 MB, over the 20 MB limit"


def test_over_100_000_paragraphs_are_refused(tmp_path: Path) -> None:
    path = _with_part(tmp_path, "word/document.xml", _body("<w:p/>" * 100_001))
    assert _refused(path) == "the document has over 100,000 paragraphs, the limit for an article"


def test_nested_entities_are_refused_in_one_line(tmp_path: Path) -> None:
    prolog = ('<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
              + "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">'
                        for p, c in zip("abcdefgh", "bcdefghi", strict=True)) + "]>")
    xml = _body("<w:p><w:r><w:t>&i;</w:t></w:r></w:p>", prolog)
    assert _refused(_with_part(tmp_path, "word/document.xml", xml)) == ENTITIES


def test_an_external_entity_refuses_the_file(tmp_path: Path) -> None:
    prolog = '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
    xml = _body("<w:p><w:r><w:t>Before &x; after.</w:t></w:r></w:p>", prolog)
    assert _refused(_with_part(tmp_path, "word/document.xml", xml)) == ENTITIES


def test_damaged_xml_is_named(tmp_path: Path) -> None:
    xml = _body("<w:p><w:r><w:t>unclosed</w:r></w:p>")
    reason = _refused(_with_part(tmp_path, "word/document.xml", xml))
    assert reason == "this is not a valid .docx file (damaged XML at line 1)"


def test_2500_paragraphs_with_20000_declared_styles(tmp_path: Path) -> None:
    styles = "".join(f'<w:style w:type="paragraph" w:styleId="U{i}"><w:name w:val="Unused {i}"/>'
                     "</w:style>" for i in range(20_000))
    styles += ('<w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
               '<w:name w:val="Normal"/></w:style>'
               '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
               '<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/></w:style>'
               '<w:style w:type="paragraph" w:styleId="Desk"><w:name w:val="Desk Subhead"/>'
               '<w:basedOn w:val="H2"/></w:style>')
    styles_xml = f'<?xml version="1.0"?><w:styles {W}>{styles}</w:styles>'.encode()

    def para(text: str, style: str | None = None) -> str:
        mark = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        return f"<w:p>{mark}<w:r><w:t>{text}</w:t></w:r></w:p>"

    body = para("The headline", "Title") + "".join(
        para(f"Paragraph {i} of the body.") + para(f"Subhead {i}", "Desk") for i in range(1250))
    path = _with_part(tmp_path, "word/document.xml", _body(body), styles=styles_xml)
    doc = read_document(path)
    assert doc.title == "The headline"
    assert [b.role for b in doc.blocks[:3]] == [Role.HEADLINE, Role.BODY, Role.SUBHEADING]
    assert sum(b.role is Role.SUBHEADING for b in doc.blocks) == 1250


def test_a_cycle_of_based_on_styles_ends(tmp_path: Path) -> None:
    document = docx.Document()
    a = document.styles.add_style("Loop A", WD_STYLE_TYPE.PARAGRAPH)
    b = document.styles.add_style("Loop B", WD_STYLE_TYPE.PARAGRAPH)
    a.base_style, b.base_style = b, a
    document.add_paragraph("In a loop.", style="Loop A")
    document.add_paragraph("The title", style="Title")
    path = tmp_path / "loop.docx"
    document.save(str(path))
    assert [b.role for b in read_document(str(path)).blocks] == [Role.BODY, Role.HEADLINE]


def test_a_document_of_invisible_characters_has_no_text(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("\u200b\ufeff\u202e\u200d")
    path = tmp_path / "invisible.docx"
    document.save(str(path))
    assert _refused(str(path)) == "no text was found in the file"
