"""Property: the readers (plain text, Markdown, HTML) and the segmenter keep every character that
is not ordinary whitespace: no-break spaces, soft hyphens, joiners, apostrophes and dashes."""

from __future__ import annotations

import html

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer.core.build import segment_document
from reviewer.core.spaces import ORDINARY, fold
from reviewer.formats.reader import read_document

SPECIAL = "\u00a0\u202f\u2009\u00ad\u200d\u200c\u2060’'ʼ–—‑"
_DROP = str.maketrans("", "", ORDINARY)

# Words never start a Markdown list or heading and never spell a photo label or language code.
words = st.text(alphabet="aZяЖї5.,!?" + SPECIAL, min_size=1, max_size=8)
paragraphs = st.lists(st.lists(words, min_size=1, max_size=8), min_size=1, max_size=5)


def _paragraph_texts(paras: list[list[str]]) -> list[str]:
    # A numbered letter first: no two paragraphs are the same, none is blank or a list item.
    return [f"Ж{n}ж " + " ".join(p) for n, p in enumerate(paras)]


def _segments_text(name: str, data: bytes) -> str:
    doc = read_document(name, data=data, lang="uk")
    return "".join(s.text for s in segment_document(doc, "uk")).translate(_DROP)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs)
def test_plain_text_and_markdown_keep_every_character(paras: list[list[str]]) -> None:
    texts = _paragraph_texts(paras)
    expected = "".join(texts).translate(_DROP)
    assert _segments_text("a.txt", "\n\n".join(texts).encode()) == expected
    assert _segments_text("a.md", ("\n\n".join(texts)).encode()) == expected


FILLER = " and a sentence long enough for trafilatura to take this paragraph as article text."


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs)
def test_html_keeps_every_character(paras: list[list[str]]) -> None:
    texts = [t + FILLER for t in _paragraph_texts(paras)]
    body = "".join(f"<p>{html.escape(t).replace(chr(0xa0), '&nbsp;')}</p>" for t in texts)
    page = f"<html><body><article><h1>Заголовок</h1>{body}</article></body></html>"
    doc = read_document("a.html", data=page.encode(), lang="uk")
    found = [b.text for b in doc.blocks[1:]]
    assert found and all(text in [fold(t) for t in texts] for text in found)
