"""Markdown: headings, quotes, captions, lists, tables and inline markup to blocks."""

from __future__ import annotations

from pathlib import Path

from reviewer.core.model import Block, Role
from reviewer.formats.markdown import read_markdown
from reviewer.formats.reader import read_document

ARTICLE = """\
# Україна просить *більшої* підтримки

![Єнс Столтенберг](stoltenberg.jpg)
*Фото: Єнс Столтенберг (РБК-Україна)*

Генсек НАТО **підтвердив** заяву, [передає](https://ansa.it) агентство `ANSA`.
Це другий рядок абзацу.

## Питання оборонної допомоги

> «НАТО не має наміру розміщувати сили в Україні», — наголосив Столтенберг.
>
> Другий абзац цитати.

- перший пункт
- другий **пункт**

![Карта](map.png)

*Карта бойових дій (ISW)*

Setext subheading
-----------------

| Країна | Допомога |
|---|---|
| Італія | SAMP/T |
"""


def test_markdown_structure() -> None:
    title, blocks = read_markdown(ARTICLE)
    assert title == "Україна просить більшої підтримки"
    assert blocks == [
        Block(Role.HEADLINE, "Україна просить більшої підтримки"),
        Block(Role.CAPTION, "Єнс Столтенберг (РБК-Україна)"),
        Block(
            Role.BODY,
            "Генсек НАТО підтвердив заяву, передає агентство ANSA. Це другий рядок абзацу.",
        ),
        Block(Role.SUBHEADING, "Питання оборонної допомоги"),
        Block(
            Role.QUOTE, "«НАТО не має наміру розміщувати сили в Україні», — наголосив Столтенберг."
        ),
        Block(Role.QUOTE, "Другий абзац цитати."),
        Block(Role.BODY, "перший пункт"),
        Block(Role.BODY, "другий пункт"),
        Block(Role.CAPTION, "Карта бойових дій (ISW)"),
        Block(Role.SUBHEADING, "Setext subheading"),
        Block(Role.BODY, "Країна"),
        Block(Role.BODY, "Допомога"),
        Block(Role.BODY, "Італія"),
        Block(Role.BODY, "SAMP/T"),
    ]


def test_emphasis_away_from_images_is_body() -> None:
    _, blocks = read_markdown("# T\n\n*An emphasised lede.*\n\nText *with* emphasis.\n")
    assert [b.role for b in blocks] == [Role.HEADLINE, Role.BODY, Role.BODY]


def test_later_h1_is_a_subheading_and_front_matter_title() -> None:
    _, blocks = read_markdown("# One\n\ntext\n\n# Two\n")
    assert [b.role for b in blocks] == [Role.HEADLINE, Role.BODY, Role.SUBHEADING]
    title, blocks = read_markdown(
        '---\ntitle: "From front matter"\ndate: 2024-03-01\n---\n\nBody.\n'
    )
    assert title == "From front matter"
    assert blocks == [Block(Role.HEADLINE, "From front matter"), Block(Role.BODY, "Body.")]


def test_no_heading_means_no_title(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text("ua en ru\n\nJust a paragraph.\n\n## A section\n", encoding="utf-8")
    doc = read_document(str(path))
    assert doc.title == "draft"
    assert [b.role for b in doc.blocks] == [Role.BODY, Role.SUBHEADING]


def test_markdown_file_in_koi8(tmp_path: Path) -> None:
    path = tmp_path / "a.markdown"
    path.write_bytes("# Заголовок\n\nТекст статьи о переговорах.\n".encode("koi8-r"))
    doc = read_document(str(path))
    assert doc.title == "Заголовок"
    assert doc.blocks[1] == Block(Role.BODY, "Текст статьи о переговорах.")
