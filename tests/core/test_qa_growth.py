"""Pathological repetitions for the QA checks: work linear in the text, findings capped.

A 40 KB ``U.S.U.S.`` segment took 41 s and ``NATO `` x16k 22 s (the names and editions checks
compared every name or fact with every other); no test here looks at a clock: the work is
counted by ``tests/work_meter.py`` and the times are ``bench/text_growth.py``'s.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.core.qa import check_text
from reviewer.core.qa import names as names_module
from reviewer.core.qa.editions import check_editions
from reviewer.core.qa.findings import MAX_FINDINGS, Finding, Severity, cap
from reviewer.core.qa.names import check_names
from reviewer.core.qa.number_check import match_facts
from reviewer.core.qa.numbers import extract
from tests.work_meter import growth

NUMBERS = "5 million 3.5% $1,000 Feb. 29 3 p.m. "
CASES = {
    "acronym run": ("U.S.", lambda t: check_text(t, "США", "uk")),
    "one name repeated": ("NATO ", lambda t: check_text(t, "НАТО", "uk")),
    "one name kept verbatim": ("NATO ", lambda t: check_text(t, t, "ru")),
    "numbers in the source": (NUMBERS, lambda t: check_text(t, "5", "uk")),
    "editions with many facts": (NUMBERS, lambda t: check_editions(
        t, {"uk": t.replace("Feb", "Jun"), "ru": "5 мільйонів"})),
    "editions with one name": ("NATO ", lambda t: check_editions(
        t, {"uk": "НАТО " * 50, "ru": "альянс"})),
}


@pytest.mark.parametrize("case", list(CASES))
def test_twice_the_text_is_about_twice_the_work(case: str) -> None:
    unit, run = CASES[case]
    assert growth(run, unit, 400) < 2.6  # quadratic was 3.8-4


def test_a_name_repeated_is_looked_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = names_module.find_name

    def counting(ref, target, lang):  # type: ignore[no-untyped-def]
        calls.append(ref.text)
        return real(ref, target, lang)

    monkeypatch.setattr(names_module, "find_name", counting)
    assert check_names("NATO " * 500, "нічого " * 500, "uk")[0].code == "acronym-missing"
    assert calls == ["NATO"]


def test_findings_past_the_cap_are_one_and_n_more() -> None:
    found = [Finding("numbers", "number-missing", f"#{i}", Severity.ERROR) for i in range(45)]
    found += [Finding("names", "name-missing", "x")] * 5
    capped = cap(found)
    assert capped[:MAX_FINDINGS] == found[:MAX_FINDINGS]
    assert len(capped) == MAX_FINDINGS + 1
    assert capped[-1].code == "more" and capped[-1].kind == "numbers"
    assert "and 20 more findings" in capped[-1].message and "names 5" in capped[-1].message
    assert cap(found[:MAX_FINDINGS]) == found[:MAX_FINDINGS]


def test_a_segment_of_thousands_of_numbers_lists_at_most_the_cap() -> None:
    found = check_text(NUMBERS * 300, "нічого", "uk")
    assert len(found) == MAX_FINDINGS + 1
    assert found[-1].code == "more"
    editions = check_editions(NUMBERS * 300, {"uk": NUMBERS * 300, "ru": "нічого"})
    assert len(editions["ru"]) == MAX_FINDINGS + 1


def test_pairing_facts_by_key_keeps_the_first_equal_one() -> None:
    src = extract("5 apples, 5 pears and 3 p.m. on 15 May", "en")
    tgt = extract("15 травня о 15:00, 5 яблук", "uk")
    pairs, missing, extra = match_facts(src, tgt)
    assert [(a.text, b.text) for a, b in pairs] == [("5", "5"), ("3 p.m.", "15:00"),
                                                    ("15", "15"), ("May", "травня")]
    assert [f.text for f in missing] == ["5"] and extra == []


UNITS = ["U.S.", "NATO ", "Mr. ", NUMBERS, "EU-", "Kyiv’s ", "3,5 млн. ", "«Ні», — ", "$1,000,",
         "Feb. 29 ", "A.B. ", "O'Neil "]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(UNITS), st.sampled_from(UNITS), st.integers(20, 300),
       st.sampled_from(["uk", "ru"]))
def test_repetitions_never_break_the_checks_and_stay_capped(source_unit: str, target_unit: str,
                                                            times: int, lang: str) -> None:
    source, target = source_unit * times, target_unit * (times // 2 + 1)
    found = check_text(source, target, lang)
    assert len(found) <= MAX_FINDINGS + 1
    for f in found:
        assert all(0 <= s.start <= s.end <= len(source) for s in f.source_spans)
        assert all(0 <= s.start <= s.end <= len(target) for s in f.target_spans)
    editions = check_editions(source, {"uk": target, "ru": source_unit})
    assert all(len(v) <= MAX_FINDINGS + 1 for v in editions.values())
