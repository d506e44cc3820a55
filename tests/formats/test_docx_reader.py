"""Word documents: roles from paragraph styles, tables, and plain-text rules for unstyled files."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE

from reviewer.core.model import Block, Role
from reviewer.formats.reader import BadInputError, read_document


def _save(document: docx.document.Document, path: Path) -> str:
    document.save(str(path))
    return str(path)


def test_styled_document(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Україна просить більшої підтримки", style="Title")
    document.add_paragraph("Єнс Столтенберг (РБК-Україна)", style="Caption")
    document.add_paragraph("Генсек НАТО підтвердив заяву.")
    document.add_paragraph("")
    document.add_paragraph("   ")
    document.add_paragraph("Питання оборонної допомоги", style="Heading 1")
    document.add_paragraph("Деталі", style="Heading 3")
    document.add_paragraph("«Ми не виконали того, що обіцяли», — сказав він.", style="Quote")
    document.add_paragraph("Ще одна цитата.", style="Intense Quote")
    document.add_paragraph("Пункт списку", style="List Bullet")
    custom = document.styles.add_style("Newsroom Subhead", WD_STYLE_TYPE.PARAGRAPH)
    custom.base_style = document.styles["Heading 2"]
    document.add_paragraph("Власний стиль", style="Newsroom Subhead")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Країна"
    table.cell(0, 1).text = "Допомога"
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "Об'єднана клітинка"
    document.add_paragraph("Фото: Офіс президента")
    doc = read_document(_save(document, tmp_path / "article.docx"))
    assert doc.title == "Україна просить більшої підтримки"
    assert list(doc.blocks) == [
        Block(Role.HEADLINE, "Україна просить більшої підтримки"),
        Block(Role.CAPTION, "Єнс Столтенберг (РБК-Україна)"),
        Block(Role.BODY, "Генсек НАТО підтвердив заяву."),
        Block(Role.SUBHEADING, "Питання оборонної допомоги"),
        Block(Role.SUBHEADING, "Деталі"),
        Block(Role.QUOTE, "«Ми не виконали того, що обіцяли», — сказав він."),
        Block(Role.QUOTE, "Ще одна цитата."),
        Block(Role.BODY, "Пункт списку"),
        Block(Role.SUBHEADING, "Власний стиль"),
        Block(Role.BODY, "Країна"),
        Block(Role.BODY, "Допомога"),
        Block(Role.BODY, "Об'єднана клітинка"),
        Block(Role.CAPTION, "Офіс президента"),
    ]
    assert doc.language is None


def test_heading_1_is_the_headline_without_title(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Intro line before the heading.")
    document.add_heading("The headline", level=1)
    document.add_heading("A section", level=2)
    document.add_paragraph("Text.")
    doc = read_document(_save(document, tmp_path / "h.docx"))
    assert doc.title == "The headline"
    assert [b.role for b in doc.blocks] == [Role.BODY, Role.HEADLINE, Role.SUBHEADING, Role.BODY]


def test_unstyled_document_uses_plain_text_rules(tmp_path: Path) -> None:
    document = docx.Document()
    for text in [
        "ua en ru",
        "Ukraine seeks more support - Stoltenberg",
        "Ukraine seeks more support - Stoltenberg Photo: Jens Stoltenberg (RBC-Ukraine)",
        "NATO has confirmed the statement.",
        "Sending troops",
        "He said it plainly.",
    ]:
        document.add_paragraph(text)
    doc = read_document(_save(document, tmp_path / "pasted.docx"))
    assert [(b.role, b.text) for b in doc.blocks] == [
        (Role.HEADLINE, "Ukraine seeks more support - Stoltenberg"),
        (Role.CAPTION, "Jens Stoltenberg (RBC-Ukraine)"),
        (Role.BODY, "NATO has confirmed the statement."),
        (Role.SUBHEADING, "Sending troops"),
        (Role.BODY, "He said it plainly."),
    ]


def test_core_title_property_when_no_headline(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "From the properties"
    document.add_paragraph("Body only.", style="Body Text")
    document.add_paragraph("Quoted.", style="Quote")
    doc = read_document(_save(document, tmp_path / "p.docx"))
    assert doc.title == "From the properties"
    assert [b.role for b in doc.blocks] == [Role.BODY, Role.QUOTE]


@pytest.mark.parametrize(
    "content",
    [b"plain text, not a zip", b"PK\x03\x04" + b"\x00" * 40],
)
def test_not_a_docx(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(content)
    with pytest.raises(BadInputError) as caught:
        read_document(str(path))
    assert caught.value.source == str(path)
    assert "not a valid .docx file" in caught.value.reason


def test_empty_docx(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("")
    path = _save(document, tmp_path / "empty.docx")
    with pytest.raises(BadInputError) as caught:
        read_document(path)
    assert caught.value.reason == "no text was found in the file"
