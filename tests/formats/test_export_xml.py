"""TMX, XLIFF 1.2 and XLIFF 2.1 exports: valid against the schemas, read back by translate-toolkit
unit by unit with text, status and engine intact, hostile text kept, forbidden characters gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from reviewer.core.model import Status
from reviewer.formats.export import ExportOptions, export
from reviewer.formats.tm_import import read_exchange
from reviewer.formats.xmltext import FORBIDDEN, clean
from reviewer.storage.store import Store
from tests.formats.exchange_data import (
    CONTROL,
    CONTROL_CLEANED,
    HOSTILE,
    RU,
    SOURCES,
    UK,
    library,  # noqa: F401 - fixture
    tmx_dtd,
    validate,
    xliff2_schema,
    xliff12_schema,
)

tmx_mod = pytest.importorskip("translate.storage.tmx", reason="translate-toolkit (dev) missing")
xliff_mod = pytest.importorskip("translate.storage.xliff")
xliff2_mod = pytest.importorskip("translate.storage.xliff2")

ENGINES_UK = ["deepl", "google"]  # every segment 1-6 has both; stored sorted by engine


def _export(library: tuple[Path, int, int], tmp_path: Path, fmt: str, name: str,  # noqa: F811
            ids: list[int] | None = None, **kw: object) -> list[Path]:
    with Store(library[0]) as store:
        return export(store, ids, tmp_path / name, ExportOptions(fmt, **kw)).paths


def _expected(all_statuses: bool) -> dict[tuple[str, str], tuple]:
    """(key, lang) -> (text, status, origin, engine, comment) for article 1 and 2."""
    out = {}
    for lang, rows in (("uk", UK), ("ru", RU)):
        for i, (text, status, origin, engine, comment) in enumerate(rows):
            if all_statuses or status == Status.APPROVED:
                out[(f"a1-s{i + 1}", lang)] = (clean(text), status, origin, engine, comment)
    for i, text in enumerate(["Другий заголовок", "Друге тіло."]):
        out[(f"a2-s{i + 1}", "uk")] = (text, Status.APPROVED, "edited", None, "")
    return out


def _rows() -> list[tuple[tuple, tuple[str, str]]]:
    rows = [(r, (f"a1-s{i + 1}", "uk")) for i, r in enumerate(UK)]
    rows += [(r, (f"a1-s{i + 1}", "ru")) for i, r in enumerate(RU)]
    return rows + [((t,), (f"a2-s{i + 1}", "uk"))
                   for i, t in enumerate(["Другий заголовок", "Друге тіло."])]


def test_tmx_is_valid_and_translate_toolkit_reads_every_unit(library, tmp_path):  # noqa: F811
    [path] = _export(library, tmp_path, "tmx", "lib.tmx")
    validate(tmx_dtd(), path)
    header = etree.parse(str(path)).find("header")
    assert {k: header.get(k) for k in ("srclang", "segtype", "o-tmf", "datatype", "adminlang",
                                       "creationtool")} == {
        "srclang": "en", "segtype": "sentence", "o-tmf": "reviewer", "datatype": "plaintext",
        "adminlang": "en", "creationtool": "reviewer"}
    assert header.get("creationtoolversion")
    store = tmx_mod.tmxfile.parsefile(str(path))
    expected = _expected(all_statuses=False)
    seen = {}
    for unit in store.units:
        index = int(unit.getid().split("-s")[1]) - 1
        article = unit.getid().split("-")[0]
        if article == "a1":
            assert unit.source == clean(SOURCES[index][2])
        for lang in ("uk", "ru"):
            if unit.gettarget(lang) is not None:
                seen[(unit.getid(), lang)] = unit.gettarget(lang)
    assert seen == {k: v[0] for k, v in expected.items()}
    # Status, origin, engine, reviewer and dates per language, straight from the XML.
    tree = etree.parse(str(path))
    for tuv in tree.iter("tuv"):
        lang = tuv.get("{http://www.w3.org/XML/1998/namespace}lang")
        if lang == "en":
            continue
        key = tuv.getparent().get("tuid")
        props = {p.get("type"): p.text for p in tuv.findall("prop")}
        text, status, origin, engine, comment = expected[(key, lang)]
        assert props["x-status"] == status and props["x-origin"] == origin
        assert props.get("x-engine") == engine
        assert (tuv.findtext("note") or "") == comment
        assert len(tuv.get("changedate")) == 16 and tuv.get("changedate").endswith("Z")
        if key.startswith("a1") and lang == "uk":
            assert tuv.get("creationid") == "olena" and tuv.get("changeid") == "mykola"
            assert props["x-reviewer"] == "mykola"


def test_tmx_with_all_statuses_carries_each_status(library, tmp_path):  # noqa: F811
    [path] = _export(library, tmp_path, "tmx", "all.tmx", all_statuses=True)
    validate(tmx_dtd(), path)
    tree = etree.parse(str(path))
    assert tree.find("header/prop").text == "all"
    statuses = {(tuv.getparent().get("tuid"), tuv.get("{http://www.w3.org/XML/1998/namespace}lang")):
                tuv.find("prop").text for tuv in tree.iter("tuv") if tuv.find("prop") is not None}
    assert statuses[("a1-s6", "uk")] == "draft"
    assert statuses[("a1-s7", "uk")] == "rejected"
    assert statuses[("a1-s2", "ru")] == "new"
    assert ("a1-s8", "uk") not in statuses  # no translation at all: no tuv


def test_xliff12_is_valid_and_translate_toolkit_reads_state_engine_and_alternatives(
        library, tmp_path):  # noqa: F811
    for all_statuses in (False, True):
        [path] = _export(library, tmp_path, "xliff", f"lib{all_statuses}.xlf",
                         all_statuses=all_statuses)
        validate(xliff12_schema(), path)
        store = xliff_mod.xlifffile.parsefile(str(path))
        expected = _expected(all_statuses)
        seen = set()
        for unit in store.units:
            filenode = next(unit.xmlelement.iterancestors("{*}file"))
            lang, key = filenode.get("target-language"), unit.getid().split("\x04")[-1]
            if (key, lang) not in expected:
                assert all_statuses and unit.target in (None, "")
                continue
            seen.add((key, lang))
            text, status, origin, engine, comment = expected[(key, lang)]
            assert unit.target == text
            assert unit.isapproved() == (status == Status.APPROVED)
            context = dict(unit.getcontextgroupsbyattribute("purpose", "information")[0])
            assert context["x-status"] == status and context["x-origin"] == origin
            assert context.get("x-engine") == engine
            assert unit.getnotes() == comment
            target = unit.xmlelement.find("{*}target")
            assert target.get("state") == {"approved": "final", "draft": "translated",
                                           "new": "new", "rejected": "needs-translation"}[status]
            if status == Status.REJECTED:
                assert target.get("state-qualifier") == "rejected-inaccurate"
            if key.startswith("a1") and lang == "uk" and int(key.split("-s")[1]) <= 6:
                alts = {a.xmlelement.get("origin"): a.target for a in unit.getalttrans()}
                n = key.split("-s")[1]
                assert alts["google"] == f"google uk {n} & <mt>"
                assert alts["deepl"] == f"deepl uk {n}"
                # Segment 4 shares the human sentence of segment 3 (a 2-1 link).
                assert ("human-version" in alts) == (n != "4")
        assert seen == set(expected)


def test_xliff2_is_valid_one_file_per_language_and_read_back(library, tmp_path):  # noqa: F811
    paths = _export(library, tmp_path, "xliff2", "lib.xlf", all_statuses=True)
    assert [p.name for p in paths] == ["lib.uk.xlf", "lib.ru.xlf"]
    expected = _expected(all_statuses=True)
    for path in paths:
        validate(xliff2_schema(), path)
        store = xliff2_mod.Xliff2File.parsefile(str(path))
        lang = store.gettargetlanguage()
        tree = etree.parse(str(path))
        ns = {"x": "urn:oasis:names:tc:xliff:document:2.0",
              "mda": "urn:oasis:names:tc:xliff:metadata:2.0",
              "mtc": "urn:oasis:names:tc:xliff:matches:2.0"}
        for unit in store.units:
            key = unit.getid().split("::")[0]
            xml_unit = tree.find(f".//x:unit[@id='{key}']", ns)
            meta = {m.get("type"): m.text for m in xml_unit.iterfind(".//mda:meta", ns)}
            if (key, lang) not in expected:
                assert not unit.target and "status" not in meta
                continue
            text, status, origin, engine, comment = expected[(key, lang)]
            # Forbidden characters travel as <cp hex>, which translate-toolkit leaves out.
            raw = next(r[0] for r, (k, lg) in _rows() if (k, lg) == (key, lang))
            assert unit.target == FORBIDDEN.sub("", raw)
            assert unit.isapproved() == (status == Status.APPROVED)
            assert meta["status"] == status and meta["origin"] == origin
            assert meta.get("engine") == engine
            segment = xml_unit.find("x:segment", ns)
            if status == Status.REJECTED:
                assert segment.get("subState") == "reviewer:rejected"
            assert (xml_unit.findtext("x:notes/x:note", "", ns)) == comment
            if key == "a1-s1" and lang == "uk":
                origins = [m.get("origin") for m in xml_unit.iterfind(".//mtc:match", ns)]
                assert origins == [*ENGINES_UK, "human-version"]


def test_hostile_text_survives_and_forbidden_characters_are_reported(library, tmp_path):  # noqa: F811
    for fmt, name in (("tmx", "h.tmx"), ("xliff", "h.xlf"), ("xliff2", "h2.xlf")):
        with Store(library[0]) as store:
            result = export(store, [library[1]], tmp_path / name, ExportOptions(fmt, ("uk",)))
        lossless = fmt == "xliff2"  # <cp hex="..."/> carries them
        assert result.report.units == ([] if lossless else ["a1-s4"]), fmt
        if not lossless:
            assert result.report.changed > 0 and "a1-s4" in result.report.message()
        for path in result.paths:
            etree.parse(str(path), etree.XMLParser(resolve_entities=False))  # well-formed
            data = read_exchange(path)
            units = {u.id.split("::")[0]: u for u in data.units}
            assert units["a1-s3"].variants["uk"].text == UK[2][0]
            assert HOSTILE in units["a1-s3"].source
            assert units["a1-s3"].source.startswith("  Leading")  # spaces preserved
            control = CONTROL if lossless else CONTROL_CLEANED
            assert units["a1-s4"].variants["uk"].text == "Друге речення з " + control
            assert units["a1-s4"].source == "Second sentence with " + control


def test_a_library_tmx_loads_as_translation_memory_in_translate_toolkit(library, tmp_path):  # noqa: F811
    [path] = _export(library, tmp_path, "tmx", "tm.tmx", langs=("uk",))
    store = tmx_mod.tmxfile.parsefile(str(path))
    assert store.translate("Second headline", "en", "uk") == "Другий заголовок"
    assert store.translate(SOURCES[0][2], "en", "uk") == UK[0][0]
    assert len(store.units) == 7
