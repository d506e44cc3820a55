"""Real news pages (shared corpus): titles, body text recall, and the Russian pages' snippets.

Figures per page are printed by ``bench/html_extraction.py``; this test holds the line on them.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import lxml.html
import pytest

from reviewer.core.model import Document, Role
from reviewer.formats.reader import read_document

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpora" / "news-html"
READABILITY = CORPUS / "readability"
RUSSIAN = CORPUS / "ru"

pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"the shared news-html corpus is not at {CORPUS.resolve()}"
)


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.casefold()))


def recall(expected: str, doc: Document) -> float:
    """Share of the expected body's words (with repeats) found in the document's non-title text."""
    want = _words(expected)
    got = _words(" ".join(block.text for block in doc.blocks if block.role is not Role.HEADLINE))
    return sum((want & got).values()) / max(1, sum(want.values()))


def _same_title(a: str, b: str) -> bool:
    return " ".join(re.findall(r"\w+", a.casefold())) == " ".join(re.findall(r"\w+", b.casefold()))


def _pages() -> list[Path]:
    return sorted(p for p in READABILITY.iterdir() if p.is_dir()) if READABILITY.is_dir() else []


def test_readability_pages_titles_and_recall() -> None:
    pages = _pages()
    assert len(pages) >= 10
    figures: list[str] = []
    titles_ok = recall_ok = 0
    scores: list[float] = []
    for page in pages:
        doc = read_document(str(page / "source.html"))
        meta = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
        expected = lxml.html.fromstring((page / "expected.html").read_text("utf-8")).text_content()
        score = recall(expected, doc)
        scores.append(score)
        same = _same_title(doc.title, meta["title"])
        titles_ok += same
        recall_ok += score >= 0.8
        figures.append(f"{page.name}: recall {score:.3f}, title {'ok' if same else doc.title!r}")
    report = "; ".join(figures)
    assert titles_ok >= 0.85 * len(pages), report
    assert recall_ok >= 0.85 * len(pages), report
    assert sum(scores) / len(scores) >= 0.9, report


def test_declared_languages_are_read() -> None:
    for page in _pages():
        meta = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
        if meta.get("lang"):
            doc = read_document(str(page / "source.html"))
            assert doc.language == meta["lang"].split("-")[0].lower(), page.name


def _expected(name: str) -> dict[str, object]:
    data = json.loads((RUSSIAN / f"{name}.expected.json").read_text(encoding="utf-8"))
    return data if "title" in data else next(iter(data.values()))


def test_football_ua_snippets() -> None:
    expected = _expected("football-ua")
    doc = read_document(str(RUSSIAN / "football-ua.html"))
    text = "\n".join(block.text for block in doc.blocks)
    assert doc.title == expected["title"]
    for snippet in expected["with"]:  # type: ignore[union-attr]
        assert snippet in text
    for snippet in [*expected["without"], *expected["comments"]]:  # type: ignore[misc]
        assert snippet.strip() not in text


def test_interfax_text() -> None:
    expected = _expected("interfax")
    doc = read_document(str(RUSSIAN / "interfax.html"))
    assert doc.title == expected["title"]
    assert doc.blocks[0].role is Role.HEADLINE
    paragraphs = [p for p in str(expected["text"]).split("\n") if p.strip()]
    bodies = [block.text for block in doc.blocks if block.role is Role.BODY]
    assert bodies == paragraphs
