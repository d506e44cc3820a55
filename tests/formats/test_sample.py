"""The bundled sample reads with its structure: switcher gone, headline, caption, subheadings."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.core.model import Role
from reviewer.formats.reader import read_document

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"

HEADLINE = "Ukraine seeks more support, not NATO troop deployment - Stoltenberg"
SUBHEADINGS = [
    "The issue of defense assistance",
    "Sending troops",
    "Situation at frontline in Ukraine",
    "“We did not fulfill what we promised”",
    "Possibility of negotiations",
    "NATO's position on the possibility of sending troops to Ukraine",
]


def test_english_sample_structure() -> None:
    doc = read_document(str(SAMPLE / "article.en.txt"))
    texts = [block.text for block in doc.blocks]
    assert not any(text.lower().split() == ["ua", "en", "ru"] for text in texts)
    assert doc.blocks[0].role is Role.HEADLINE
    assert doc.blocks[0].text == HEADLINE
    assert doc.title == doc.blocks[0].text
    assert doc.blocks[1].role is Role.CAPTION
    assert doc.blocks[1].text == (
        "Jens Stoltenberg, Secretary General of NATO (Vitalii Nosach, RBC-Ukraine)"
    )
    subheadings = [block.text for block in doc.blocks if block.role is Role.SUBHEADING]
    assert subheadings == SUBHEADINGS
    rest = [block for block in doc.blocks[2:] if block.role is not Role.SUBHEADING]
    assert rest and all(block.role is Role.BODY for block in rest)
    assert rest[0].text.startswith("NATO Secretary General Jens Stoltenberg has confirmed")
    assert rest[-1].text.endswith("no plans to deploy NATO combat troops in Ukraine.")
    assert len(doc.blocks) == 24
    assert doc.origin == str((SAMPLE / "article.en.txt").resolve())
    assert doc.language is None


@pytest.mark.parametrize(
    ("lang", "headline", "caption", "quoted"),
    [
        (
            "uk",
            "Україна просить більшої підтримки, а не розміщення військ НАТО, — Столтенберг",
            "Єнс Столтенберг, генеральний секретар НАТО (Віталій Носач, РБК-Україна)",
            "«Ми не виконали того, що обіцяли»",
        ),
        (
            "ru",
            "Украина просит не войска НАТО, а больше поддержки, — Столтенберг",
            "Йенс Столтенберг, генеральный секретарь НАТО (Виталий Носач, РБК-Украина)",
            "«Мы не выполнили того, что обещали»",
        ),
    ],
)
def test_translated_samples_have_the_same_structure(
    lang: str, headline: str, caption: str, quoted: str
) -> None:
    english = read_document(str(SAMPLE / "article.en.txt"))
    doc = read_document(str(SAMPLE / f"article.{lang}.txt"), lang=lang)
    assert [block.role for block in doc.blocks] == [block.role for block in english.blocks]
    assert doc.blocks[0].text == headline
    assert doc.blocks[1].text == caption
    assert quoted in [block.text for block in doc.blocks if block.role is Role.SUBHEADING]
    assert doc.language == lang
