"""HTML files: the article found among the page chrome, with its structure and language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reviewer.core.model import Block, Role
from reviewer.formats.html import page_language
from reviewer.formats.reader import BadInputError, read_document, sniff


def test_article_page_structure(tmp_path: Path, article_page: Callable[..., bytes]) -> None:
    path = tmp_path / "article.html"
    path.write_bytes(article_page())
    doc = read_document(str(path))
    assert doc.title == "Уряд ухвалив програму підтримки малого бізнесу"
    assert doc.blocks[0] == Block(Role.HEADLINE, doc.title)
    assert [b.text for b in doc.blocks].count(doc.title) == 1  # the <h1> is not repeated
    roles = [b.role for b in doc.blocks]
    assert roles.count(Role.SUBHEADING) == 1 and roles.count(Role.QUOTE) == 1
    assert Block(Role.SUBHEADING, "Хто може отримати гроші") in doc.blocks
    quote = next(b for b in doc.blocks if b.role is Role.QUOTE)
    assert quote.text.startswith("Ми хочемо, щоб кожна гривня")
    body = [b.text for b in doc.blocks if b.role is Role.BODY]
    assert body[0].startswith("Кабінет міністрів ухвалив нову програму")
    assert "три мільярди гривень, повідомила" in body[0]  # line breaks in the source are spaces
    assert not any("Головна" in text or "права захищено" in text for text in body)
    assert doc.language == "uk"
    assert doc.origin == str(path.resolve())


def test_page_in_windows_1251(tmp_path: Path, article_page: Callable[..., bytes]) -> None:
    path = tmp_path / "old.htm"
    path.write_bytes(article_page("cp1251"))
    doc = read_document(str(path), lang="ua")
    assert doc.title == "Уряд ухвалив програму підтримки малого бізнесу"
    assert doc.language == "uk"


def test_lang_argument_wins_over_page(article_page: Callable[..., bytes]) -> None:
    doc = read_document("page.html", data=article_page(), lang="RU")
    assert doc.language == "ru"


@pytest.mark.parametrize(
    ("head", "lang"),
    [
        ('<html lang="en-GB">', "en"),
        ('<html xml:lang="ua" xmlns="http://www.w3.org/1999/xhtml">', "uk"),
        ('<!--[if IE]><html lang="en"><![endif]--><html lang="ru">', "ru"),
        ('<html><meta http-equiv="content-language" content="uk">', "uk"),
        ('<html><meta property="og:locale" content="ru_RU">', "ru"),
        ("<html>", None),
        ('<html lang="x-klingon">', None),
    ],
)
def test_page_language(head: str, lang: str | None) -> None:
    assert page_language(head + "<body></body></html>") == lang


def test_page_without_article(menu_page: bytes) -> None:
    with pytest.raises(BadInputError) as caught:
        read_document("menu.html", data=menu_page)
    assert str(caught.value) == "menu.html: no article text could be found on the page"


def test_stdin_is_sniffed(article_page: Callable[..., bytes]) -> None:
    doc = read_document("-", data=article_page())
    assert doc.origin == "stdin"
    assert doc.blocks[0].role is Role.HEADLINE and doc.language == "uk"
    markdown = read_document("-", data="# Заголовок\n\nТекст.\n".encode("utf-16"))
    assert [b.role for b in markdown.blocks] == [Role.HEADLINE, Role.BODY]
    text = read_document("-", data=b"ua en ru\n\nHeadline\n\nBody text.\n")
    assert [b.text for b in text.blocks] == ["Headline", "Body text."]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("  <html lang='uk'><p>x</p>", "html"),
        ("<div><p>one</p><p>two</p></div>", "html"),
        ("# Title\n\nText", "markdown"),
        ("Title\n=====\n\nText", "markdown"),
        ("See [the report](https://example.com).", "markdown"),
        ("ua en ru\n\nHeadline\n\nBody with a <b> sign and 2 < 3.", "text"),
        ("Headline\n\n- a dash item\n\n#hashtag line", "text"),
    ],
)
def test_sniff(text: str, kind: str) -> None:
    assert sniff(text) == kind
