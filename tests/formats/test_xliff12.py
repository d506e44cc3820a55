"""XLIFF 1.2 export piece by piece, from small export sets built here: a ``file`` per language
pair, a ``group`` per article, each ``trans-unit`` with its state, qualifier, contexts, note and
alternatives (and none of them when empty), as the module's table promises."""

from __future__ import annotations

import io

from lxml import etree

from reviewer.core.languages import SOURCE_DEFAULT
from reviewer.core.model import Origin, Role, Status
from reviewer.formats.units import ArticleInfo, ExportSet, MachineText, Target, Unit
from reviewer.formats.xliff12 import NS, file_pairs, write_xliff12

X = f"{{{NS}}}"
FULL = Target("Текст <один>.", Status.APPROVED, Origin.MT, "deepl", "перевірити",
              "2024-01-02T03:04:05+00:00", "2024-02-03T04:05:06+00:00", "maria", "anna")
ART = ArticleInfo(7, "NATO & Kyiv", "en", "a.txt", "2024-01-01T00:00:00+00:00")


def _units(targets: list[Target | None]) -> list[Unit]:
    return [Unit(7, i, i // 2, Role.BODY if i else Role.HEADLINE, f"Source {i}.",
                 {"uk": t} if t else {}) for i, t in enumerate(targets)]


def _write(data: ExportSet) -> tuple[int, etree._Element]:
    out = io.StringIO()
    count = write_xliff12(data, out)
    return count, etree.fromstring(out.getvalue().encode())


def _contexts(tu: etree._Element) -> dict[str, str]:
    return {c.get("context-type"): c.text for c in tu.iter(f"{X}context")}


def _stray_text(el: etree._Element) -> str:
    """Text outside the leaf elements of ``el`` (there should be none but whitespace)."""
    parts = [e.text or "" for e in el.iter() if len(e)]
    parts += [e.tail or "" for e in el.iter() if e is not el]
    return "".join(parts).strip()


def test_file_pairs_are_each_source_with_each_other_target() -> None:
    ru_art = ArticleInfo(8, "Другий", "ru", "b.txt", "")
    data = ExportSet([ART, ru_art, ART], [], ("uk", "ru"))
    assert file_pairs(data) == [("en", "uk"), ("en", "ru"), ("ru", "uk")]
    assert file_pairs(ExportSet([], [], ("uk",))) == [(SOURCE_DEFAULT, "uk")]


def test_file_header_and_group() -> None:
    count, root = _write(ExportSet([ART], _units([FULL]), ("uk",), False,
                                   "2024-05-01T12:34:56+00:00"))
    [file] = root.findall(f"{X}file")
    assert (file.get("original"), file.get("source-language"), file.get("target-language"),
            file.get("datatype"), file.get("date")) == \
        ("article-7", "en", "uk", "plaintext", "2024-05-01T12:34:56+00:00")
    assert file.find(f"{X}header/{X}note").text == "statuses: approved"
    [group] = file.findall(f"{X}body/{X}group")
    assert (group.get("id"), group.get("resname")) == ("a7", "NATO & Kyiv")
    assert count == 1
    several = ExportSet([ART, ArticleInfo(9, "B", "en", "b.txt", "")], _units([FULL]), ("uk",))
    assert _write(several)[1].find(f"{X}file").get("original") == "reviewer-library"


def test_a_translated_unit_carries_state_contexts_note_and_alternatives() -> None:
    unit = Unit(7, 2, 1, Role.BODY, "One.", {"uk": FULL}, {"uk": "Людський."},
                {"uk": (MachineText("deepl", "Машинний."), MachineText("google", "Інший."))})
    _, root = _write(ExportSet([ART], [unit], ("uk",)))
    [tu] = root.iter(f"{X}trans-unit")
    assert (tu.get("id"), tu.get("restype"), tu.get("approved")) == ("a7-s3", "x-body", "yes")
    target = tu.find(f"{X}target")
    assert (target.text, target.get("state"), target.get("state-qualifier")) == \
        ("Текст <один>.", "final", "leveraged-mt")
    assert tu.find(f"{X}context-group").get("name") == "x-reviewer-a7-s3"
    assert _contexts(tu) == {"x-paragraph": "2", "x-status": "approved", "x-origin": "mt",
                             "x-engine": "deepl", "x-reviewer": "anna",
                             "x-created": "2024-01-02T03:04:05+00:00",
                             "x-changed": "2024-02-03T04:05:06+00:00"}
    note = tu.find(f"{X}note")
    assert (note.text, note.get("from"), note.get("annotates")) == ("перевірити", "reviewer",
                                                                     "target")
    assert [(a.get("origin"), a.get("alttranstype"), a.findtext(f"{X}target"))
            for a in tu.findall(f"{X}alt-trans")] == [
        ("deepl", "proposal", "Машинний."), ("google", "proposal", "Інший."),
        ("human-version", "reference", "Людський.")]
    assert _stray_text(tu) == ""


def test_states_and_qualifiers_by_status_and_origin() -> None:
    targets = [Target("a", Status.DRAFT, Origin.TM), Target("b", Status.NEW, Origin.EDITED),
               Target("c", Status.REJECTED, Origin.MT), None]
    count, root = _write(ExportSet([ART], _units(targets), ("uk",), all_statuses=True))
    tus = list(root.iter(f"{X}trans-unit"))
    assert count == len(tus) == 4
    assert [(tu.get("approved"), tu.find(f"{X}target").get("state"),
             tu.find(f"{X}target").get("state-qualifier")) for tu in tus[:3]] == [
        ("no", "translated", "leveraged-tm"), ("no", "new", None),
        ("no", "needs-translation", "rejected-inaccurate")]
    assert root.find(f"{X}file/{X}header/{X}note").text == "statuses: all"


def test_a_bare_unit_has_no_empty_parts() -> None:
    bare = Target("b", Status.DRAFT, Origin.EDITED)
    _, root = _write(ExportSet([ART], _units([None, bare]), ("uk",), all_statuses=True))
    untranslated, plain = root.iter(f"{X}trans-unit")
    assert untranslated.find(f"{X}target") is None and untranslated.get("approved") is None
    assert (untranslated.get("restype"), _contexts(untranslated)) == ("x-headline",
                                                                      {"x-paragraph": "1"})
    assert _contexts(plain) == {"x-paragraph": "1", "x-status": "draft", "x-origin": "edited"}
    assert plain.find(f"{X}note") is None and plain.find(f"{X}alt-trans") is None
    assert _stray_text(untranslated) == _stray_text(plain) == ""


def test_only_approved_units_unless_all_and_no_empty_group() -> None:
    draft = Target("a", Status.DRAFT, Origin.MT)
    other = ArticleInfo(9, "B", "en", "b.txt", "")
    units = _units([draft, None, FULL]) + [Unit(9, 0, 0, Role.BODY, "x", {"uk": draft})]
    count, root = _write(ExportSet([ART, other], units, ("uk",)))
    assert count == 1
    assert [g.get("id") for g in root.iter(f"{X}group")] == ["a7"]
    assert [tu.get("id") for tu in root.iter(f"{X}trans-unit")] == ["a7-s3"]


def test_each_file_holds_the_articles_of_its_source_language() -> None:
    ru_art, en_art = ArticleInfo(8, "Р", "ru", "r.txt", ""), ArticleInfo(9, "E", "en", "e.txt", "")
    units = [Unit(8, 0, 0, Role.BODY, "р", {"uk": FULL}),
             Unit(7, 0, 0, Role.BODY, "a", {"uk": FULL}),
             Unit(9, 0, 0, Role.BODY, "e", {"uk": FULL, "ru": FULL})]
    count, root = _write(ExportSet([ru_art, ART, en_art], units, ("uk", "ru")))
    assert [(f.get("source-language"), f.get("target-language"),
             [g.get("id") for g in f.iter(f"{X}group")]) for f in root.findall(f"{X}file")] == [
        ("ru", "uk", ["a8"]), ("en", "uk", ["a7", "a9"]), ("en", "ru", ["a9"])]
    assert count == 4
    assert _stray_text(root) == ""
