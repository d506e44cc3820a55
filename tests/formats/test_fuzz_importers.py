"""Fuzzing every importer with Hypothesis, each example held to a time and a memory budget.

Importers: article text (.txt, .md, .html, stdin), .docx, TMX, XLIFF 1.2 and 2.0, SDLXLIFF,
mqxliff, and TBX, CSV and TSV glossaries. Inputs are valid seed files with generated text put in
(pathological repetitions included: ``Mr. `` x 2000, ``<b>`` x 2000, zero-width characters...),
damaged seeds (cut short, bytes flipped) and raw bytes. The contract: an importer returns, or
raises :class:`BadInputError` (one line); any other exception is a bug.

Budgets per example: :data:`SECONDS` of wall time (a guard that stops a runaway example, like
pytest-timeout; no test measures speed) and :data:`PEAK_BYTES` of Python allocations
(``tracemalloc``). By default a few examples per importer run (a few seconds in all, for CI); set
``REVIEWER_FUZZ_EXAMPLES=2000`` to search harder (and at random rather than derandomized).
"""

from __future__ import annotations

import io
import os
import signal
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer.formats.errors import BadInputError
from reviewer.formats.glossary_files import read_glossary
from reviewer.formats.reader import read_document
from reviewer.formats.tm_import import read_exchange

EXAMPLES = int(os.environ.get("REVIEWER_FUZZ_EXAMPLES", "10"))
SECONDS = 20.0
PEAK_BYTES = 256 * 1024 * 1024
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                derandomize="REVIEWER_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])

_TOKENS = ["Mr. ", "U.S.", "5 million 3.5% $1,000 Feb. 29 3 p.m. ", ".", "NATO ", "<b>", "</p>",
           "&amp;", "&#0;", "# ", "\u200b", "\ufeff", "\u202e", "\u00a0", "=", "\r\n", "\t",
           "<![CDATA[", "]]>", "<", "&", "Київ ", "«", "\\"]
_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200)
_repeated = st.builds(lambda token, n: token * n, st.sampled_from(_TOKENS),
                      st.integers(1, 2000))
pieces = st.lists(st.one_of(_text, _repeated), min_size=1, max_size=4).map("".join)


class BudgetExceeded(Exception):
    """An example ran past its time budget."""


@contextmanager
def budget() -> Iterator[None]:
    """Fail an example that runs past :data:`SECONDS` or allocates past :data:`PEAK_BYTES`."""

    def stop(*_: Any) -> None:
        raise BudgetExceeded(f"an example ran past its {SECONDS:g} s budget")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, SECONDS)
    tracemalloc.start()
    try:
        yield
        _, peak = tracemalloc.get_traced_memory()
        assert peak < PEAK_BYTES, f"an example allocated {peak / 2**20:.0f} MB"
    finally:
        tracemalloc.stop()
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def importer_holds(read: Callable[[], object]) -> None:
    """Run ``read`` within the budget: it returns or raises a one-line ``BadInputError``."""
    with budget():
        try:
            read()
        except BadInputError as exc:
            assert "\n" not in str(exc)


def damaged(seed: bytes) -> st.SearchStrategy[bytes]:
    """``seed`` cut short, with bytes flipped, or with raw bytes spliced in."""
    cut = st.integers(0, len(seed)).map(lambda n: seed[:n])
    flipped = st.lists(st.tuples(st.integers(0, max(len(seed) - 1, 0)), st.integers(0, 255)),
                       min_size=1, max_size=8).map(
        lambda edits: bytes(_flip(bytearray(seed), edits)))
    spliced = st.tuples(st.integers(0, len(seed)), st.binary(max_size=64)).map(
        lambda at: seed[:at[0]] + at[1] + seed[at[0]:])
    return st.one_of(cut, flipped, spliced, st.binary(max_size=512))


def _flip(data: bytearray, edits: list[tuple[int, int]]) -> bytearray:
    for at, value in edits:
        if data:
            data[at] = value
    return data


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _tmx(a: str, b: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" '
            f'datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" '
            f'creationtoolversion="1"/><body><tu><tuv xml:lang="en"><seg>{_xml(a)}</seg></tuv>'
            f'<tuv xml:lang="uk"><seg>{_xml(b)}</seg></tuv></tu></body></tmx>').encode()


def _xliff1(a: str, b: str, extra: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" '
            f'xmlns="urn:oasis:names:tc:xliff:document:1.2"{extra}><file source-language="en" '
            f'target-language="uk" datatype="plaintext" original="a"><body><trans-unit id="1">'
            f"<source>{_xml(a)}</source><target>{_xml(b)}</target></trans-unit></body></file>"
            "</xliff>").encode()


def _xliff2(a: str, b: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><xliff version="2.0" '
            f'xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="uk">'
            f'<file id="f"><unit id="1"><segment><source>{_xml(a)}</source>'
            f"<target>{_xml(b)}</target></segment></unit></file></xliff>").encode()


def _tbx(a: str, b: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><martif type="TBX" xml:lang="en"><text><body>'
            f'<termEntry><langSet xml:lang="en"><tig><term>{_xml(a)}</term></tig></langSet>'
            f'<langSet xml:lang="uk"><tig><term>{_xml(b)}</term></tig></langSet></termEntry>'
            "</body></text></martif>").encode()


def _docx(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        try:
            document.add_paragraph(text)
        except ValueError:  # python-docx refuses XML-illegal characters: leave them out
            document.add_paragraph("".join(c for c in text if c.isprintable()))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


EXCHANGE = {
    ".tmx": _tmx,
    ".xliff": _xliff1,
    ".xlf": _xliff2,
    ".sdlxliff": lambda a, b: _xliff1(a, b, ' xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"'),
    ".mqxliff": lambda a, b: _xliff1(a, b, ' xmlns:mq="MQXliff"'),
}


@FUZZ
@given(suffix=st.sampled_from([".txt", ".md", ".html"]), text=pieces)
def test_article_text_importers(suffix: str, text: str) -> None:
    importer_holds(lambda: read_document(f"article{suffix}", data=text.encode()))


@FUZZ
@given(data=st.one_of(pieces.map(str.encode), st.binary(max_size=2048),
                      pieces.map(lambda t: t.encode("utf-16"))))
def test_stdin_of_any_bytes(data: bytes) -> None:
    importer_holds(lambda: read_document("-", data=data))


@FUZZ
@given(html=st.builds(lambda a, b: f"<html><body><article><h1>{a}</h1><p>{b}</p></article>"
                                   "</body></html>", pieces, pieces))
def test_html_pages(html: str) -> None:
    importer_holds(lambda: read_document("page.html", data=html.encode()))


@FUZZ
@given(data=st.one_of(st.lists(pieces, min_size=1, max_size=5).map(_docx),
                      damaged(_docx(["A headline", "A body paragraph of the article."]))))
def test_docx(data: bytes) -> None:
    importer_holds(lambda: read_document("article.docx", data=data))


@FUZZ
@given(suffix=st.sampled_from(sorted(EXCHANGE)), a=pieces, b=pieces, data=st.data())
def test_exchange_files(tmp_path_factory: pytest.TempPathFactory, suffix: str, a: str, b: str,
                        data: st.DataObject) -> None:
    content = data.draw(st.one_of(st.just(EXCHANGE[suffix](a, b)),
                                  damaged(EXCHANGE[suffix]("Source.", "Ціль."))))
    path = tmp_path_factory.mktemp("fuzz") / f"file{suffix}"
    path.write_bytes(content)
    importer_holds(lambda: read_exchange(path))


@FUZZ
@given(kind=st.sampled_from([".tbx", ".csv", ".tsv"]), a=pieces, b=pieces, data=st.data())
def test_glossaries(tmp_path_factory: pytest.TempPathFactory, kind: str, a: str, b: str,
                    data: st.DataObject) -> None:
    if kind == ".tbx":
        seed, valid = _tbx("term", "термін"), _tbx(a, b)
    else:
        sep = "," if kind == ".csv" else "\t"
        seed = f"source{sep}uk\nterm{sep}термін\n".encode()
        valid = f"source{sep}uk\n{a}{sep}{b}\n".encode()
    content = data.draw(st.one_of(st.just(valid), damaged(seed)))
    path: Path = tmp_path_factory.mktemp("fuzz") / f"glossary{kind}"
    path.write_bytes(content)
    importer_holds(lambda: read_glossary(path))


def test_the_budget_stops_a_runaway_example() -> None:
    with pytest.raises(BudgetExceeded):
        with budget():
            signal.setitimer(signal.ITIMER_REAL, 0.01)  # the same guard, sooner
            while True:
                pass
