"""XLIFF 2.1 export piece by piece, from small export sets built here: one document per target
language, a ``group`` per article, each ``unit`` with its segment state, metadata, candidates and
note (and none of them when empty), as the module's docstring promises."""

from __future__ import annotations

import io
from pathlib import Path

from lxml import etree

from reviewer.core.model import Origin, Role, Status
from reviewer.formats.units import ArticleInfo, ExportSet, MachineText, Target, Unit
from reviewer.formats.xliff2 import MDA, MTC, NS, export_xliff2, write_xliff2
from reviewer.formats.xmltext import CleanReport

X, M, C = f"{{{NS}}}", f"{{{MDA}}}", f"{{{MTC}}}"
FULL = Target("Текст <один>.", Status.APPROVED, Origin.MT, "deepl", "перевірити",
              "2024-01-02T03:04:05+00:00", "2024-02-03T04:05:06+00:00", "maria", "anna")
ART = ArticleInfo(7, "NATO & Kyiv", "en", "a.txt", "2024-01-01T00:00:00+00:00")


def _write(data: ExportSet, lang: str = "uk") -> tuple[int, etree._Element]:
    out = io.StringIO()
    count = write_xliff2(data, lang, out)
    return count, etree.fromstring(out.getvalue().encode())


def _meta(el: etree._Element, category: str = "reviewer") -> dict[str, str]:
    group = next(g for g in el.iter(f"{M}metaGroup") if g.get("category") == category)
    return {m.get("type"): m.text for m in group.findall(f"{M}meta")}


def _stray_text(el: etree._Element) -> str:
    """Text outside the leaf elements of ``el`` (there should be none but whitespace)."""
    parts = [e.text or "" for e in el.iter() if len(e)]
    parts += [e.tail or "" for e in el.iter() if e is not el]
    return "".join(parts).strip()


def test_document_languages_and_export_metadata() -> None:
    count, root = _write(ExportSet([ART], [Unit(7, 0, 0, Role.BODY, "a", {"uk": FULL})],
                                   ("uk",), False, "2024-05-01T12:34:56+00:00"))
    assert (root.get("version"), root.get("srcLang"), root.get("trgLang")) == ("2.1", "en", "uk")
    file = root.find(f"{X}file")
    meta = _meta(file, "export")
    assert (meta["statuses"], meta["exported"]) == ("approved", "2024-05-01T12:34:56+00:00")
    assert [(g.get("id"), g.get("name")) for g in file.findall(f"{X}group")] == \
        [("a7", "NATO & Kyiv")]
    assert count == 1 and _stray_text(root) == ""


def test_a_translated_unit_carries_state_metadata_candidates_and_note() -> None:
    unit = Unit(7, 2, 1, Role.BODY, "One.", {"uk": FULL}, {"uk": "Людський."},
                {"uk": (MachineText("deepl", "Машинний."), MachineText("google", "Інший."))})
    _, root = _write(ExportSet([ART], [unit], ("uk",)))
    [u] = root.iter(f"{X}unit")
    assert (u.get("id"), u.get("name")) == ("a7-s3", "body")
    segment = u.find(f"{X}segment")
    assert (segment.get("id"), segment.get("state"), segment.get("subState")) == \
        ("s1", "final", None)
    assert (segment.findtext(f"{X}source"), segment.findtext(f"{X}target")) == \
        ("One.", "Текст <один>.")
    assert _meta(u) == {"paragraph": "2", "role": "body", "status": "approved", "origin": "mt",
                        "engine": "deepl", "reviewer": "anna",
                        "created": "2024-01-02T03:04:05+00:00",
                        "changed": "2024-02-03T04:05:06+00:00"}
    note = u.find(f"{X}notes/{X}note")
    assert (note.text, note.get("category"), note.get("appliesTo")) == ("перевірити", "comment",
                                                                       "target")
    assert [(m.get("type"), m.get("origin"), m.get("subType"), m.findtext(f"{X}target"))
            for m in u.iter(f"{C}match")] == [
        ("mt", "deepl", None, "Машинний."), ("mt", "google", None, "Інший."),
        ("other", "human-version", "reviewer:human-version", "Людський.")]
    assert _stray_text(u) == ""


def test_states_by_status_and_bare_units_have_no_empty_parts() -> None:
    targets = [Target("a", Status.DRAFT, Origin.TM), Target("b", Status.NEW, Origin.EDITED),
               Target("c", Status.REJECTED, Origin.MT), None]
    units = [Unit(7, i, 0, Role.BODY, f"s{i}", {"uk": t} if t else {})
             for i, t in enumerate(targets)]
    count, root = _write(ExportSet([ART], units, ("uk",), all_statuses=True))
    found = list(root.iter(f"{X}unit"))
    assert count == len(found) == 4
    assert [(u.find(f"{X}segment").get("state"), u.find(f"{X}segment").get("subState"))
            for u in found] == [("translated", None), ("initial", None),
                                ("initial", "reviewer:rejected"), (None, None)]
    assert _meta(found[1]) == {"paragraph": "1", "role": "body", "status": "new",
                               "origin": "edited"}
    assert _meta(found[3]) == {"paragraph": "1", "role": "body"}
    assert found[3].find(f"{X}segment/{X}target") is None
    assert all(u.find(f"{X}notes") is None and u.find(f"{C}matches") is None for u in found)
    assert _meta(root.find(f"{X}file"), "export")["statuses"] == "all"
    assert _stray_text(root) == ""


def test_only_approved_units_of_the_first_source_language() -> None:
    draft = Target("a", Status.DRAFT, Origin.MT)
    ru_art, en_art = ArticleInfo(8, "Р", "ru", "r.txt", ""), ArticleInfo(9, "E", "en", "e.txt", "")
    units = [Unit(7, 0, 0, Role.BODY, "a", {"uk": draft}), Unit(7, 1, 0, Role.BODY, "b", {}),
             Unit(8, 0, 0, Role.BODY, "р", {"uk": FULL}),
             Unit(9, 0, 0, Role.BODY, "d", {"uk": draft}),
             Unit(9, 1, 0, Role.BODY, "e", {"uk": FULL}),
             Unit(9, 2, 0, Role.BODY, "f", {"uk": FULL})]
    count, root = _write(ExportSet([ART, ru_art, en_art], units, ("uk",)))
    assert count == 2
    assert [g.get("id") for g in root.iter(f"{X}group")] == ["a9"]
    assert [u.get("id") for u in root.iter(f"{X}unit")] == ["a9-s2", "a9-s3"]


def test_a_document_with_nothing_to_export_is_still_valid_xliff() -> None:
    count, root = _write(ExportSet([ART], [Unit(7, 0, 0, Role.BODY, "a", {})], ("uk",)))
    assert count == 0
    assert [g.get("id") for g in root.iter(f"{X}group")] == ["empty"]
    assert _stray_text(root) == ""
    assert _write(ExportSet([], [], ("uk",)))[1].get("srcLang") == "en"


def test_one_file_per_language_pair(tmp_path: Path) -> None:
    ru_art = ArticleInfo(8, "Р", "ru", "r.txt", "")
    units = [Unit(7, 0, 0, Role.BODY, "a", {"uk": FULL, "ru": FULL}),
             Unit(8, 0, 0, Role.BODY, "р", {"uk": FULL})]
    total, paths = export_xliff2(ExportSet([ART, ru_art], units, ("uk", "ru")),
                                 tmp_path / "out.xlf")
    assert total == 3
    langs = [(etree.parse(str(p)).getroot().get("srcLang"),
              etree.parse(str(p)).getroot().get("trgLang")) for p in paths]
    assert langs == [("en", "uk"), ("en", "ru"), ("ru", "uk")]
    assert len(set(paths)) == 3 and all(p.parent == tmp_path for p in paths)
    total, [single] = export_xliff2(ExportSet([ART], units[:1], ("uk",)), tmp_path / "one.xlf")
    assert (total, single) == (1, tmp_path / "one.xlf")


def test_each_file_keeps_the_export_settings(tmp_path: Path) -> None:
    draft = Target("Чернетка\x0b.", Status.DRAFT, Origin.MT, comment="bad\x01")
    units = [Unit(7, 0, 0, Role.BODY, "a", {"uk": FULL, "ru": draft}),
             Unit(7, 1, 0, Role.BODY, "b", {"uk": draft})]
    report = CleanReport()
    data = ExportSet([ART], units, ("uk", "ru"), True, "2024-05-01T12:34:56+00:00")
    total, paths = export_xliff2(data, tmp_path, report)
    assert total == 4 and [p.name for p in paths] == ["uk.xlf", "ru.xlf"]
    root = etree.parse(str(paths[1])).getroot()
    meta = _meta(root.find(f"{X}file"), "export")
    assert (meta["statuses"], meta["exported"]) == ("all", "2024-05-01T12:34:56+00:00")
    assert report.changed and report.units == ["a7-s2", "a7-s1"]  # in the order written


def test_several_sources_get_files_named_by_pair(tmp_path: Path) -> None:
    ru_art = ArticleInfo(8, "Р", "ru", "r.txt", "")
    units = [Unit(7, 0, 0, Role.BODY, "a", {"uk": FULL, "ru": FULL}),
             Unit(8, 0, 0, Role.BODY, "р", {"uk": FULL})]
    _, paths = export_xliff2(ExportSet([ART, ru_art], units, ("uk", "ru")), tmp_path)
    assert [p.name for p in paths] == ["en-uk.xlf", "en-ru.xlf", "ru-uk.xlf"]
