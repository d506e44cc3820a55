"""TMX export piece by piece, from a small export set built here: the header, each ``tu`` and its
props, each target ``tuv`` with its dates, ids, props and note (and none of them when empty), and
TMX dates from the store's ISO times."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator

import pytest
from lxml import etree

from reviewer.core.model import Origin, Role, Status
from reviewer.formats.tmx import tmx_date, write_tmx
from reviewer.formats.units import ArticleInfo, ExportSet, Target, Unit

FULL = Target("Текст <один>.", Status.APPROVED, Origin.MT, "deepl", "перевірити",
              "1987-06-25T13:42:59+00:00", "2001-02-03T04:05:06+00:00", "maria", "anna")
BARE = Target("Текст два.", Status.DRAFT, Origin.EDITED)


def _set(all_statuses: bool = True) -> ExportSet:
    art = ArticleInfo(7, "NATO & Kyiv", "en", "a.txt", "2024-01-01T00:00:00+00:00")
    units = [
        Unit(7, 0, 0, Role.HEADLINE, "Nothing here", {}),  # no translation: no tu
        Unit(7, 2, 1, Role.BODY, "One.", {"uk": FULL, "ru": BARE}),
        Unit(7, 3, 1, Role.BODY, "Two.", {"ru": BARE}),  # the first language missing
    ]
    return ExportSet([art], units, ("uk", "ru"), all_statuses, "2024-05-01T12:34:56+00:00")


def _write(data: ExportSet) -> tuple[int, etree._Element]:
    out = io.StringIO()
    count = write_tmx(data, out)
    return count, etree.fromstring(out.getvalue().encode())


def _props(el: etree._Element) -> dict[str, str]:
    return {p.get("type"): p.text for p in el.findall("prop")}


def _stray_text(el: etree._Element) -> str:
    """Text between the children of ``el`` (there should be none but whitespace)."""
    return ((el.text or "") + "".join(c.tail or "" for c in el)).strip()


def test_header_says_what_the_file_is() -> None:
    _, root = _write(_set())
    header = root.find("header")
    assert (header.get("srclang"), header.get("creationdate"), header.get("segtype"),
            header.get("adminlang"), header.get("datatype")) == \
        ("en", "20240501T123456Z", "sentence", "en", "plaintext")
    assert _props(header) == {"x-reviewer-statuses": "all"}


def test_one_tu_per_unit_with_a_translation_and_its_props() -> None:
    count, root = _write(_set())
    tus = root.findall("body/tu")
    assert count == len(tus) == 2
    assert [tu.get("tuid") for tu in tus] == ["a7-s3", "a7-s4"]
    assert _props(tus[0]) == {"x-article": "7", "x-article-title": "NATO & Kyiv",
                              "x-segment": "3", "x-paragraph": "2", "x-role": "body"}
    assert [[t.get("{http://www.w3.org/XML/1998/namespace}lang") for t in tu.findall("tuv")]
            for tu in tus] == [["en", "uk", "ru"], ["en", "ru"]]
    assert [_stray_text(tu) for tu in tus] == ["", ""]


def test_only_approved_translations_unless_all() -> None:
    count, root = _write(_set(all_statuses=False))
    assert count == 1 and _props(root.find("header")) == {"x-reviewer-statuses": "approved"}
    [tu] = root.findall("body/tu")
    assert len(tu.findall("tuv")) == 2  # the source and the approved uk


def test_a_target_carries_dates_ids_props_and_note() -> None:
    _, root = _write(_set())
    full, bare = root.findall("body/tu")[0].findall("tuv")[1:]
    assert (full.get("creationdate"), full.get("creationid"), full.get("changedate"),
            full.get("changeid")) == ("19870625T134259Z", "maria", "20010203T040506Z", "anna")
    assert _props(full) == {"x-status": "approved", "x-origin": "mt", "x-engine": "deepl",
                            "x-reviewer": "anna"}
    assert full.findtext("note") == "перевірити" and full.findtext("seg") == "Текст <один>."
    assert sorted(bare.keys()) == ["{http://www.w3.org/XML/1998/namespace}lang"]
    assert _props(bare) == {"x-status": "draft", "x-origin": "edited"}
    assert bare.find("note") is None and bare.findtext("seg") == "Текст два."
    assert _stray_text(full) == _stray_text(bare) == ""


@pytest.fixture
def away_from_utc() -> Iterator[None]:
    """The machine's clock set to a zone five hours off UTC while the test runs."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TZ", "XST+05")
        time.tzset()
        yield
    time.tzset()


@pytest.mark.parametrize(("iso", "expected"), [
    ("1987-06-25T13:42:59+00:00", "19870625T134259Z"),
    ("1987-06-25T13:42:59Z", "19870625T134259Z"),
    ("1987-06-25T13:42:59", "19870625T134259Z"),  # the store's times are UTC
    ("1987-06-25T16:42:59+03:00", "19870625T134259Z"),  # another zone: turned into UTC
    ("1987-06-25T13:42:59.250+00:00", "19870625T134259Z"),
    ("1987-06-25T13:42:59.250", "19870625T134259Z"),
    ("1987-06-25T13:42:59++00:00", ""),  # not a date: none rather than half of one
    ("", ""),
    ("soon", ""),
])
def test_tmx_dates_are_utc_whatever_the_machine_zone(away_from_utc: None, iso: str,
                                                      expected: str) -> None:
    assert tmx_date(iso) == expected
