"""MQM annotations through a real library: exported in XLIFF 1.2 and 2 files that stay valid
against the OASIS schemas, and stored again when such a file (ours or another tool's, with
standoff markup and types we do not use) is imported into an article."""

# ruff: noqa: E501 - the sample file below keeps the long lines real tools write

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.core.annotations import mark
from reviewer.core.mqm import Severity
from reviewer.formats.exchange_import import import_as_article, import_as_human
from reviewer.formats.export import ExportOptions, export
from reviewer.formats.xmltext import clean
from reviewer.storage.annotations import Annotations
from reviewer.storage.store import Store
from tests.formats.exchange_data import (
    library,  # noqa: F401 - fixture
    library_copy,
    validate,
    xliff2_its_schema,
    xliff2_schema,
    xliff12_its_schema,
    xliff12_transitional_schema,
)

#: (segment index, words, category, severity, note): marks on article 1's uk finals, two of them
#: crossing, one on a text with leading spaces, one over characters XML 1.0 cannot hold.
MARKS = [
    (0, "Україна: <переговори>", "accuracy/mistranslation", "major", "not <talks> & \"talks\""),
    (0, "<переговори> \"сьогодні\"", "style/awkward-style", "minor", ""),
    (0, "НАТО", "terminology", "neutral", ""),
    (2, "Пробіли", "linguistic-conventions/spelling", "critical", "typo\ttab"),
    (3, "речення з bell\x07 nul", "accuracy/omission", "minor", "bell"),
]


def _annotate(path: Path) -> list[tuple[int, str, str, str, str]]:
    """Mark MARKS on the copy at ``path``; return what each should read back as: (segment
    index, covered text, category, severity, note)."""
    expected = []
    with Store(path) as store:
        article = store.article(1)
        notes = Annotations(store, "olena")
        segs = store.segments(article.id)
        for index, words, category, severity, note in MARKS:
            text = store.segment_views(article.id, ["uk"])[index].translations["uk"].text
            at = text.index(words)
            notes.add(mark(text, at, at + len(words), segment_id=segs[index].id, lang="uk",
                           target="final", category=category, severity=severity, note=note))
            expected.append((index, words, category, severity, note))
        # an annotation whose words were since rewritten is not exported
        stale = notes.add(mark("НАТО", 0, 4, segment_id=segs[4].id, lang="uk",
                               target="final", category="style", severity="minor"))
        assert stale.after is not None
    return expected


@pytest.fixture
def annotated(library, tmp_path: Path) -> tuple[Path, list[tuple[int, str, str, str, str]]]:  # noqa: F811
    path = library_copy(library[0], tmp_path)
    # segment 5 gets a stale annotation: its words are not in its final text
    with Store(path) as store:
        seg = store.segments(1)[4]
        store.set_translation(seg.id, "uk", "НАТО", *_status(store, seg.id))
    expected = _annotate(path)
    with Store(path) as store:
        seg = store.segments(1)[4]
        store.set_translation(seg.id, "uk", "+Підзаголовок", *_status(store, seg.id))
    return path, expected


def _status(store: Store, segment_id: int) -> tuple[object, object]:
    view = next(v for v in store.segment_views(1, ["uk"]) if v.segment.id == segment_id)
    t = view.translations["uk"]
    return t.status, t.origin


@pytest.mark.parametrize("fmt", ["xliff", "xliff2"])
def test_annotated_exports_stay_valid_and_import_back_as_the_same_annotations(
        annotated, tmp_path: Path, fmt: str):
    path, expected = annotated
    with Store(path) as store:
        [out] = export(store, [1], tmp_path / "out.xlf", ExportOptions(fmt, langs=("uk",))).paths
    xml = out.read_text(encoding="utf-8")
    assert xml.count("its:locQualityIssueType=") >= len(MARKS)
    if fmt == "xliff":
        validate(xliff12_its_schema(), out)
        validate(xliff12_transitional_schema(), out)
    else:
        validate(xliff2_schema(), out)
        validate(xliff2_its_schema(), out)
    with Store(path) as store:
        summary = import_as_article(store, out, "Imported")
        assert summary.annotations == len(MARKS)
        got = []
        for a in Annotations(store).of_article(summary.article_id):
            seg = next(s for s in store.segments(summary.article_id) if s.id == a.segment_id)
            human = store.segment_views(summary.article_id, ["uk"])[seg.index].human["uk"]
            assert (a.lang, a.target, a.author) == ("uk", "human", "import")
            assert human[a.start:a.end] == a.text
            got.append((seg.index, a.text, a.category, str(a.severity), a.note))
    # XLIFF 1.2 cannot hold the control characters: the words are those of the cleaned text
    assert sorted(got) == sorted((i, clean(w) if fmt == "xliff" else w, c, sev, n)
                                 for i, w, c, sev, n in expected)


def test_importing_as_the_human_version_of_the_article_annotates_it(annotated, tmp_path: Path):
    path, expected = annotated
    with Store(path) as store:
        [out] = export(store, [1], tmp_path / "out.xlf", ExportOptions("xliff2", langs=("uk",))).paths
        summary = import_as_human(store, out, 1, "uk")
        got = sorted((a.text, a.category, str(a.severity), a.note)
                     for a in Annotations(store).of_article(1, target="human"))
    assert summary.annotations == len(got) == len(MARKS)
    assert got == sorted((w, c, s, n) for _, w, c, s, n in expected)


FOREIGN = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0">
 <file original="news.html" source-language="en" target-language="uk" datatype="html" tool-id="qa">
  <header><tool tool-id="qa" tool-name="SomeQA"/></header>
  <body>
   <trans-unit id="1">
    <source>Two spaces here.</source>
    <target>Два <mrk mtype="x-its" its:locQualityIssuesRef="#lqi-1">пробіли</mrk>  <mrk mtype="x-its" its:locQualityIssueType="whitespace" its:locQualityIssueSeverity="10" its:locQualityIssueComment="double space"> </mrk>тут.</target>
    <its:locQualityIssues xml:id="lqi-1">
     <its:locQualityIssue locQualityIssueType="misspelling" locQualityIssueSeverity="100" locQualityIssueComment="check"/>
     <its:locQualityIssue locQualityIssueType="x-custom" locQualityIssueComment="house rule 7"/>
     <its:locQualityIssue locQualityIssueType="grammar" locQualityIssueEnabled="no"/>
    </its:locQualityIssues>
   </trans-unit>
  </body>
 </file>
</xliff>
"""


def test_another_tools_issues_import_with_nothing_lost(tmp_path: Path):
    src = tmp_path / "qa.xlf"
    src.write_text(FOREIGN, encoding="utf-8")
    validate(xliff12_transitional_schema(), src)  # "x-custom" is no ITS type: not strict
    with Store(tmp_path / "lib.db") as store:
        summary = import_as_article(store, src)
        got = sorted((a.start, a.end, a.text, a.category, str(a.severity), a.note)
                     for a in Annotations(store).of_article(summary.article_id))
    assert got == [
        (4, 11, "пробіли", "accuracy", "minor", "house rule 7 (ITS type: x-custom)"),
        (4, 11, "пробіли", "linguistic-conventions/spelling", "critical", "check"),
        (13, 14, " ", "linguistic-conventions/textual-conventions", "minor",
         "double space (ITS type: whitespace, severity 10)"),
    ]


def test_severity_names_round_trip_through_the_documented_scores():
    from reviewer.formats.its import SEVERITY_SCORE

    assert {str(s): v for s, v in SEVERITY_SCORE.items()} == {
        "neutral": 0, "minor": 25, "major": 50, "critical": 100}
    assert set(SEVERITY_SCORE) == set(Severity)
