"""MQM annotations as ITS 2.0 quality issues in XLIFF 1.2 and 2: the mapping both ways, the
markup written around spans (nested, or cut / sm-em where spans cross), read back exactly, and
other tools' issues (unknown types, standoff markup, foreign scores) read without loss."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from reviewer.core.model import Origin, Role, Status
from reviewer.core.mqm import TYPOLOGY, Severity
from reviewer.formats.its import (
    FALLBACK_CATEGORY,
    FROM_ITS,
    SEVERITY_SCORE,
    Issue,
    attributes,
    issue_from,
)
from reviewer.formats.its_markup import nest
from reviewer.formats.tm_import import read_exchange
from reviewer.formats.units import ArticleInfo, ExportSet, Target, Unit
from reviewer.formats.xliff2 import write_xliff2
from reviewer.formats.xliff12 import write_xliff12
from tests.formats.exchange_data import xliff2_its_schema, xliff12_its_schema

ITS_TYPES = {"terminology", "mistranslation", "omission", "untranslated", "addition",
             "duplication", "inconsistency", "grammar", "legal", "register",
             "locale-specific-content", "locale-violation", "style", "characters", "misspelling",
             "typographical", "formatting", "inconsistent-entities", "numbers", "markup",
             "pattern-problem", "whitespace", "internationalization", "length",
             "non-conformance", "uncategorized", "other"}
ART = ArticleInfo(3, "Kyiv & <NATO>", "en", "a.txt", "2024-01-01T00:00:00+00:00")
PROPERTY = settings(max_examples=150, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])


def export_set(texts: list[str], issues: list[tuple[Issue, ...]]) -> ExportSet:
    units = [Unit(ART.id, i, i, Role.BODY, f"Source {i} & <b>",
                  {"uk": Target(t, Status.APPROVED, Origin.EDITED, issues=x)})
             for i, (t, x) in enumerate(zip(texts, issues, strict=True))]
    return ExportSet([ART], units, ("uk",), exported_at="2024-05-01T00:00:00+00:00")


def write(data: ExportSet, version: int) -> str:
    out = io.StringIO()
    if version == 1:
        write_xliff12(data, out)
    else:
        write_xliff2(data, "uk", out)
    return out.getvalue()


def read_back(xml: str, tmp_path: Path, name: str = "f.xlf") -> list[tuple[str, tuple[Issue, ...]]]:
    path = tmp_path / name
    path.write_text(xml, encoding="utf-8")
    return [(u.variants["uk"].text, u.variants["uk"].issues) for u in read_exchange(path).units]


def key(issues: tuple[Issue, ...] | list[Issue]) -> list[tuple[object, ...]]:
    return sorted((x.start, x.end, x.category, str(x.severity), x.note) for x in issues)


# -- the mapping ---------------------------------------------------------------------------------

def test_every_category_is_written_with_an_its_2_type_and_reads_back_as_itself():
    for category in TYPOLOGY:
        for severity in Severity:
            issue = Issue(0, 1, category, severity, "a note")
            attrs = dict(attributes(issue))
            assert attrs["locQualityIssueType"] in ITS_TYPES
            assert attrs["locQualityIssueSeverity"] == str(SEVERITY_SCORE[severity])
            assert issue_from(attrs, 0, 1) == issue


def test_its_types_from_other_tools_map_to_a_category_and_the_type_stays_in_the_note():
    assert set(FROM_ITS) == ITS_TYPES and all(c in TYPOLOGY for c in FROM_ITS.values())
    spelling = issue_from({"locQualityIssueType": "misspelling",
                           "locQualityIssueSeverity": "50"}, 2, 5)
    assert spelling == Issue(2, 5, "linguistic-conventions/spelling", Severity.MAJOR)
    space = issue_from({"locQualityIssueType": "whitespace", "locQualityIssueComment": "Two",
                        "locQualityIssueSeverity": "30"}, 0, 2)
    assert space == Issue(0, 2, "linguistic-conventions/textual-conventions", Severity.MINOR,
                          "Two (ITS type: whitespace, severity 30)")
    unknown = issue_from({"locQualityIssueType": "x-house-rule"}, 0, 0)
    assert unknown == Issue(0, 0, FALLBACK_CATEGORY, Severity.MINOR, "(ITS type: x-house-rule)")
    other = issue_from({"locQualityIssueType": "other", "locQualityIssueSeverity": "95"}, 0, 1)
    assert other == Issue(0, 1, FALLBACK_CATEGORY, Severity.CRITICAL,
                          "(ITS type: other, severity 95)")
    assert issue_from({"locQualityIssueType": "grammar",
                       "locQualityIssueEnabled": "no"}, 0, 1) is None
    assert issue_from({"locQualityIssueProfileRef": "https://themqm.org/#style"}, 0, 1) is None


@pytest.mark.parametrize(("score", "severity"), [("0", "neutral"), ("0.0", "neutral"),
                                                 ("1", "minor"), ("39.5", "minor"),
                                                 ("40", "major"), ("89", "major"),
                                                 ("90", "critical"), ("100", "critical")])
def test_foreign_scores_fall_in_the_documented_bands(score: str, severity: str):
    issue = issue_from({"locQualityIssueType": "grammar", "locQualityIssueSeverity": score}, 0, 0)
    assert issue is not None and issue.severity == severity


# -- nesting -------------------------------------------------------------------------------------

spans_st = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)).map(sorted).map(tuple),
                    max_size=8)


@given(spans_st)
@PROPERTY
def test_nest_makes_well_nested_pieces_that_cover_each_span_exactly(spans):
    events = nest(spans)
    stack, covered = [], {i: [] for i in range(len(spans))}
    last = 0
    for at, kind, i in events:
        assert at >= last
        last = at
        if kind == "open":
            stack.append((i, at))
        else:
            j, start = stack.pop()
            assert j == i
            covered[i].append((start, at))
    assert not stack
    for i, (s, e) in enumerate(spans):
        pieces = sorted(covered[i])
        assert pieces[0][0] == s and pieces[-1][1] == e
        assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:], strict=False))


# -- round trips through the writers and readers -------------------------------------------------

ALPHABET = st.sampled_from(list("ab кі&<>\"'\r\n\t🇺🇦é\u200b\u00a0"))


@st.composite
def annotated(draw: st.DrawFn, overlapping: bool) -> tuple[str, tuple[Issue, ...]]:
    text = draw(st.text(ALPHABET, min_size=1, max_size=25))
    n = len(text)
    if overlapping:
        spans = draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted),
                              max_size=6))
    else:
        cuts = sorted(draw(st.lists(st.integers(0, n), max_size=8)))
        spans = [cuts[i:i + 2] for i in range(0, len(cuts) - 1, 2)]
    issues = tuple(Issue(s, e, draw(st.sampled_from(list(TYPOLOGY))),
                         draw(st.sampled_from(list(Severity))),
                         draw(st.text(ALPHABET, max_size=8)).strip())
                   for s, e in spans)
    return text, issues


@pytest.mark.parametrize("version", [1, 2])
@pytest.mark.parametrize("overlapping", [False, True])
def test_issues_read_back_exactly_as_written(version: int, overlapping: bool,
                                             tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("its")
    schema = xliff12_its_schema() if version == 1 else xliff2_its_schema()

    @given(st.lists(annotated(overlapping), min_size=1, max_size=3))
    @PROPERTY
    def run(cases):
        texts = [t for t, _ in cases]
        data = export_set(texts, [x for _, x in cases])
        xml = write(data, version)
        doc = etree.fromstring(xml.encode("utf-8"))
        assert schema.validate(doc), "\n".join(str(e) for e in schema.error_log)
        got = read_back(xml, tmp)
        assert [t for t, _ in got] == texts
        assert [key(x) for _, x in got] == [key(x) for _, x in cases]

    run()


MARKUP = re.compile(r'<mrk [^>]*>|</mrk>|<sm [^>]*/>|<em [^>]*/>'
                    r'| xmlns:its="[^"]*"(?: its:version="2.0")?')


@pytest.mark.parametrize("version", [1, 2])
@given(st.lists(annotated(True), min_size=1, max_size=3))
@PROPERTY
def test_the_file_without_the_issue_markup_is_byte_for_byte_the_file_without_issues(
        version: int, cases):
    texts = [t + " bell\x07" for t, _ in cases]  # a character XML cannot hold is changed alike
    data = export_set(texts, [x for _, x in cases])
    bare = replace(data, units=[replace(u, targets={"uk": replace(u.targets["uk"], issues=())})
                                for u in data.units])
    assert MARKUP.sub("", write(data, version)) == write(bare, version)


def test_a_span_around_a_removed_control_character_covers_the_same_words(tmp_path: Path):
    text = "bell\x07 ring"
    data = export_set([text], [(Issue(0, 10, "style", Severity.MINOR),)])
    [(got12, issues12)] = read_back(write(data, 1), tmp_path, "a.xlf")
    assert got12 == "bell ring" and key(issues12) == [(0, 9, "style", "minor", "")]
    [(got2, issues2)] = read_back(write(data, 2), tmp_path, "b.xlf")
    assert got2 == text and key(issues2) == [(0, 10, "style", "minor", "")]
