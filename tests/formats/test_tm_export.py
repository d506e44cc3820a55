"""The whole memory as TMX 1.4b: valid against the LISA DTD, and read back unit for unit."""

from __future__ import annotations

from pathlib import Path

from reviewer import library
from reviewer.core import spaces
from reviewer.core.model import Role, SegmentDraft
from reviewer.core.tm import APPROVED, IMPORTED
from reviewer.formats.exchange_import import import_tm
from reviewer.formats.tm_export import export_memory_tmx
from reviewer.formats.xmltext import CleanReport, clean
from reviewer.storage.export_queries import TmUnit, add_tm_units, tm_units
from reviewer.storage.store import Store
from reviewer.storage.tm_memory import memory_units
from tests.formats.exchange_data import CONTROL, HOSTILE, tmx_dtd, validate

SOURCES = ["Kyiv is the capital of Ukraine.", "Talks & <tags> " + HOSTILE,
           "Second sentence with " + CONTROL]


def build(path: Path) -> None:
    with Store(path) as store:
        drafts = [SegmentDraft(i, Role.BODY, t) for i, t in enumerate(SOURCES)]
        a = store.add_article('Title & "quotes"', "en", "test", drafts).id
        library.approve(store, a, 0, "uk", text="Київ — столиця України.")
        library.approve(store, a, 0, "ru", text="Киев — столица Украины.")
        library.approve(store, a, 1, "uk", text="Переговори & <теги> " + HOSTILE)
        library.approve(store, a, 2, "uk", text="Друге речення з " + CONTROL)
        add_tm_units(store, [
            TmUnit("en", "uk", "An imported sentence.", "Імпортоване речення.", "old.tmx",
                   "memoQ 9", "anna", "approved", "checked", "2023-01-02T03:04:05+00:00",
                   "2023-02-03T04:05:06+00:00"),
            TmUnit("en", "uk", SOURCES[0], "Київ — столиця України.", "dup.tmx"),  # a twin
            TmUnit("de", "uk", "Guten Tag.", "Добрий день.", "de.tmx"),
        ])


def pairs(units: list[TmUnit]) -> set[tuple[str, str, str, str]]:
    return {(u.source_lang, u.target_lang, u.source, u.target) for u in units}


def test_export_validates_and_reimports(tmp_path: Path) -> None:
    build(tmp_path / "a.db")
    with Store(tmp_path / "a.db") as store:
        units = memory_units(store)
    report = CleanReport()
    out = tmp_path / "memory.tmx"
    tus, tuvs = export_memory_tmx(units, out, report)
    assert (tus, tuvs) == (5, 6)  # the twin is written once; uk and ru of segment 1 in one tu
    assert report.changed > 0 and "a1-s3" in report.units  # control characters removed
    validate(tmx_dtd(), out)
    text = out.read_text(encoding="utf-8")
    assert 'srclang="*all*"' in text and '<prop type="x-kind">approved</prop>' in text
    with Store(tmp_path / "b.db") as store:
        summary = import_tm(store, out)
        back = tm_units(store)
    assert summary.added == 6 and summary.skipped == 0
    expected = {(u.source_lang, u.target_lang, spaces.fold(clean(u.source)),
                 spaces.strip(clean(u.target))) for u in units}
    assert pairs(back) == expected
    imported = next(u for u in back if u.source == "An imported sentence.")
    assert (imported.author, imported.status, imported.note) == ("anna", "approved", "checked")
    assert imported.created_at.startswith("2023-01-02T03:04:05")
    assert imported.changed_at.startswith("2023-02-03T04:05:06")
    approved = next(u for u in back if u.target == "Киев — столица Украины.")
    assert approved.status == "approved" and approved.author == "reviewer"


def test_export_of_an_empty_memory_is_valid(tmp_path: Path) -> None:
    out = tmp_path / "empty.tmx"
    assert export_memory_tmx([], out) == (0, 0)
    validate(tmx_dtd(), out)


def test_kinds_survive_in_props(tmp_path: Path) -> None:
    build(tmp_path / "a.db")
    with Store(tmp_path / "a.db") as store:
        units = memory_units(store)
    assert {u.kind for u in units} == {APPROVED, IMPORTED}
    out = tmp_path / "m.tmx"
    export_memory_tmx(units, out)
    text = out.read_text(encoding="utf-8")
    assert '<prop type="x-origin">old.tmx</prop><prop type="x-tool">memoQ 9</prop>' in text
    assert '<prop type="x-article-title">Title &amp; "quotes"</prop>' in text
