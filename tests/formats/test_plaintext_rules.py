"""The plain-text structure rules: switchers, headline, captions, subheadings, paragraphs."""

from __future__ import annotations

import pytest

from reviewer.core.model import Block, Role
from reviewer.formats.plaintext import is_subheading, is_switcher, read_plaintext
from reviewer.formats.reader import read_document

B, H, S, C = Role.BODY, Role.HEADLINE, Role.SUBHEADING, Role.CAPTION


@pytest.mark.parametrize(
    "line",
    ["ua en ru", "EN RU UA", "UA | EN | RU", "УКР РУС", "укр | рус | eng", "Ua / En", " ru  ua "],
)
def test_switchers(line: str) -> None:
    assert is_switcher(line)


@pytest.mark.parametrize("line", ["ua", "Ukraine en route", "en masse", "UA EN RU news", ""])
def test_not_switchers(line: str) -> None:
    assert not is_switcher(line)


def test_switcher_dropped_only_as_first_line() -> None:
    title, blocks = read_plaintext("UA | EN | RU\n\nHeadline\n\nBody text here.\n\nua en ru\n")
    assert title == "Headline"
    assert [b.text for b in blocks] == ["Headline", "Body text here.", "ua en ru"]


def test_switcher_directly_above_the_headline() -> None:
    title, _ = read_plaintext("УКР РУС\nЗаголовок статті\n\nТекст статті.\n")
    assert title == "Заголовок статті"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sending troops", True),
        ("Ситуація на фронті в Україні", True),
        ("“We did not fulfill what we promised”", True),
        ("«Ми не виконали того, що обіцяли»", True),
        ("«Мы не выполнили того, что обещали»", True),
        ("2024 in review", True),
        ("He said so.", False),
        ("What next?", False),
        ("As follows:", False),
        ("“NATO has no intention of deploying forces.”", False),
        ("“NATO has no intention,” Stoltenberg said", False),
        ("- a list item", False),
        ("— Діалог без крапки", False),
        ("lowercase start line", False),
        ("12.03.2024", False),
        ("A" * 101, False),
    ],
)
def test_subheading_rule(line: str, expected: bool) -> None:
    assert is_subheading(line) is expected


@pytest.mark.parametrize(
    ("caption_line", "caption"),
    [
        ("Заголовок новини Фото: Єнс Столтенберг (РБК-Україна)", "Єнс Столтенберг (РБК-Україна)"),
        ("Фото: Володимир Зеленський (Офіс президента)", "Володимир Зеленський (Офіс президента)"),
        ("Photo: Reuters", "Reuters"),
        ("ЗАГОЛОВОК НОВИНИ фото: архив", "архив"),
    ],
)
def test_caption_lines(caption_line: str, caption: str) -> None:
    _, blocks = read_plaintext(f"Заголовок новини\n\n{caption_line}\n\nТекст новини.\n")
    assert blocks[1] == Block(C, caption)


def test_photo_word_inside_a_body_paragraph_is_not_a_caption() -> None:
    text = "Headline\n\nThe agency said. Photo: the ministry released pictures later.\n"
    _, blocks = read_plaintext(text)
    assert blocks[1].role is B


def test_bare_repeat_of_headline_dropped() -> None:
    _, blocks = read_plaintext("Headline\n\nHeadline\n\nBody.\n")
    assert [b.text for b in blocks] == ["Headline", "Body."]


def test_no_blank_lines_means_one_paragraph_per_line() -> None:
    text = "Заголовок\nПідзаголовок\nПерше речення тексту.\nДруге речення тексту.\n"
    _, blocks = read_plaintext(text)
    assert [b.role for b in blocks] == [H, S, B, B]


def test_wrapped_lines_join_within_a_paragraph() -> None:
    text = "Headline\n\nA long paragraph that was\nwrapped at a short width\nby an editor.\n\nTail"
    _, blocks = read_plaintext(text)
    assert blocks[1] == Block(B, "A long paragraph that was wrapped at a short width by an editor.")
    assert blocks[2] == Block(S, "Tail")


def test_spaces_and_crlf_are_tidied() -> None:
    doc = read_document("a.txt", data=b"Head  line\r\n\r\n  Body\t text.  \r\n")
    assert [b.text for b in doc.blocks] == ["Head line", "Body text."]


def test_long_first_paragraph_is_not_a_headline(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "notes.txt"
    path.write_text("Word " * 80 + "end.\n\nSecond paragraph.\n", encoding="utf-8")
    doc = read_document(str(path))
    assert [b.role for b in doc.blocks] == [B, B]
    assert doc.title == "notes"


def test_title_override_keeps_headline_block() -> None:
    doc = read_document("a.txt", data=b"Original headline\n\nBody.\n", title="My title")
    assert doc.title == "My title"
    assert doc.blocks[0] == Block(H, "Original headline")
