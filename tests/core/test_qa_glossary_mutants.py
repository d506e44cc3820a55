"""The glossary check pinned in detail: how rows group into entries (spaces, case, blank rows,
repeated targets and notes), which words count as acronyms, how far a Ukrainian or Russian
target term stretches (stem length, ending length, the і/о/е alternation and where it applies),
and the whole finding the check reports for each term of the source its translation lacks.

The patterns are cached per term, so every test starts with empty caches and builds its own
glossary: a term seen by an earlier test must still be matched by the code under test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reviewer.core.qa.findings import Finding, Severity, Span
from reviewer.core.qa.glossary import (
    Glossary,
    GlossaryEntry,
    Term,
    TermMatch,
    check_glossary,
    find_target,
    source_pattern,
    target_pattern,
)


@pytest.fixture(autouse=True)
def fresh_patterns() -> Iterator[None]:
    source_pattern.cache_clear()
    target_pattern.cache_clear()
    yield
    source_pattern.cache_clear()
    target_pattern.cache_clear()


def news_glossary() -> Glossary:
    return Glossary([
        Term("Verkhovna Rada", "uk", "Верховна Рада", "the parliament, not “Supreme Council”"),
        Term("Verkhovna Rada", "ru", "Верховная Рада", "the parliament, not “Supreme Council”"),
        Term("US", "uk", "США"),
        Term("duty", "uk", "мито"), Term("duty", "uk", "збір"),
        Term("air defense", "uk", "ППО"),
        Term("air defense system", "uk", "система ППО"),
    ])


def warning(message: str, start: int, end: int) -> Finding:
    return Finding("glossary", "term-not-used", message, Severity.WARNING, (Span(start, end),))


# --- entries -------------------------------------------------------------------------------


def test_rows_of_one_source_term_group_whatever_the_spacing_and_case() -> None:
    glossary = Glossary([
        Term("Verkhovna Rada", "uk", "Верховна Рада"),
        Term("verkhovna  rada", "ru", "Верховная\u00a0Рада", "parliament"),
        Term(" Verkhovna Rada ", "uk", "Верховна   Рада", "parliament"),
        Term("VERKHOVNA RADA", "uk", "парламент", "not the Supreme Council"),
        Term("duty", "uk", "мито"),
    ])
    assert glossary.entries == [
        GlossaryEntry("Verkhovna Rada",
                      {"uk": ("Верховна Рада", "парламент"), "ru": ("Верховная Рада",)},
                      "parliament; not the Supreme Council"),
        GlossaryEntry("duty", {"uk": ("мито",)}),
    ]
    assert len(glossary) == 2


def test_a_note_only_on_a_later_row_is_the_entry_note() -> None:
    glossary = Glossary([
        Term("Secretary General", "uk", "генеральний секретар"),
        Term("Secretary General", "ru", "генеральный секретарь", "of NATO"),
        Term("Secretary General", "ru", "генсек", "of NATO"),
    ])
    assert glossary.entries == [
        GlossaryEntry("Secretary General",
                      {"uk": ("генеральний секретар",),
                       "ru": ("генеральный секретарь", "генсек")}, "of NATO"),
    ]


@pytest.mark.parametrize("blank", [
    Term("", "uk", "Рада"),
    Term("Verkhovna Rada", "uk", "  "),
    Term(" ", "uk", ""),
], ids=["no-source", "no-target", "neither"])
def test_blank_rows_are_skipped_and_the_rows_after_them_kept(blank: Term) -> None:
    glossary = Glossary([blank, Term("Kyiv", "uk", "Київ"), Term("Kharkiv", "uk", "Харків")])
    assert glossary.entries == [
        GlossaryEntry("Kyiv", {"uk": ("Київ",)}),
        GlossaryEntry("Kharkiv", {"uk": ("Харків",)}),
    ]


def test_an_empty_glossary_has_no_entries() -> None:
    assert Glossary().entries == []
    assert len(Glossary()) == 0


# --- source terms --------------------------------------------------------------------------


def test_two_letter_acronyms_match_only_in_capitals() -> None:
    glossary = Glossary([Term("US", "uk", "США"), Term("EU", "uk", "ЄС")])
    found = glossary.find_terms("Tell us what the US and the EU want, eu-funded or not.")
    assert [(m.start, m.end, m.text) for m in found] == [(17, 19, "US"), (28, 30, "EU")]


def test_source_terms_are_found_in_reading_order_with_their_entries() -> None:
    glossary = news_glossary()
    text = "The US air defense systems protect the Verkhovna\u00a0Rada's building."
    rada, us, _, _, system = glossary.entries
    assert glossary.find_terms(text) == [
        TermMatch(4, 6, "US", us),
        TermMatch(7, 26, "air defense systems", system),
        TermMatch(39, 55, "Verkhovna\u00a0Rada's", rada),
    ]


def test_the_longest_of_overlapping_terms_wins() -> None:
    glossary = Glossary([
        Term("Secretary General", "uk", "генеральний секретар"),
        Term("NATO Secretary General", "uk", "генсек НАТО"),
        Term("General Staff", "uk", "Генштаб"),
    ])
    found = glossary.find_terms("NATO Secretary General Staff meeting; the Secretary General.")
    assert [(m.text, m.entry.source) for m in found] == [
        ("NATO Secretary General", "NATO Secretary General"),
        ("Secretary General", "Secretary General"),
    ]


# --- target terms --------------------------------------------------------------------------


@pytest.mark.parametrize(("term", "text", "spans"), [
    ("Київ", "Ракети летіли на Київ і Харків.", [(17, 21)]),
    ("Київ", "Зустріч відбулася у Києві.", [(20, 25)]),
    ("рік", "Бюджет на наступний рік, а не цього року.", [(20, 23), (36, 40)]),
    ("оборона", "Міністр оборони говорив про протиповітряну оборону.", [(8, 15), (43, 50)]),
    ("протиповітряна оборона", "Зміцнення протиповітряної оборони.", [(10, 33)]),
    ("Верховна Рада", "Закон ухвалила Верховна\u00a0Рада, у Верховній Раді тиша.",
     [(15, 28), (32, 46)]),
    ("генеральний секретар", "З генеральним секретарем НАТО.", [(2, 24)]),
    ("мито", "Уряд скасував мита та митний збір.", [(14, 18), (22, 28)]),
    ("ППО", "Сили ППО збили дрон.", [(5, 8)]),
    ("F-16", "Пілоти F-16 тренуються.", [(7, 11)]),
    ("G7", "Саміт G7 у Римі.", [(6, 8)]),
], ids=["kyiv", "kyiv-locative", "year-alternation", "defense", "two-words", "rada",
        "secretary-instrumental", "duty", "acronym", "hyphenated", "digits"])
def test_target_terms_found_in_their_case_forms(
        term: str, text: str, spans: list[tuple[int, int]]) -> None:
    assert find_target(term, text) == spans


@pytest.mark.parametrize(("term", "text"), [
    ("мито", "Черги на митниці."),
    ("місто", "Росіяни зруйнували мости."),
    ("бій", "Боєць повернувся додому."),
    ("оборона", "Оборот зброї зріс."),
    ("Боснія і Герцеговина", "Делегація Боснія и Герцеговина прибула."),
    ("ППО", "Сили ппо збили дрон."),
    ("ППО", "Модель ППОШ застаріла."),
    ("G7", "Група G77 зібралася."),
    ("F-16", "Пілоти F-161 тренуються."),
], ids=["duty-customs-office", "city-bridges", "battle-fighter", "defense-turnover",
        "russian-i", "acronym-lower-case", "acronym-longer", "digits-longer", "hyphen-longer"])
def test_other_words_are_not_target_terms(term: str, text: str) -> None:
    assert find_target(term, text) == []


# --- the check -----------------------------------------------------------------------------


def test_a_translation_using_every_term_has_no_findings() -> None:
    src = "The Verkhovna Rada raised the duty on US cars."
    tgt = "Верховна Рада підвищила мито на авто з США."
    assert check_glossary(src, tgt, "uk", news_glossary()) == []


def test_every_missing_term_is_reported_with_its_note() -> None:
    src = "The Verkhovna Rada raised the duty on US cars."
    tgt = "Парламент підвищив збір на авто зі Штатів."
    assert check_glossary(src, tgt, "uk", news_glossary()) == [
        warning("Glossary: “Verkhovna Rada” should be translated as “Верховна Рада”."
                " Note: the parliament, not “Supreme Council”", 4, 18),
        warning("Glossary: “US” should be translated as “США”.", 38, 40),
    ]


def test_a_term_with_several_targets_lists_them_all() -> None:
    src = "The Verkhovna Rada raised the duty on US cars."
    tgt = "Верховна Рада підвищила податок на авто з США."
    assert check_glossary(src, tgt, "uk", news_glossary()) == [
        warning("Glossary: “duty” should be translated as “мито” or “збір”.", 30, 34),
    ]


def test_terms_without_a_target_in_the_language_are_skipped_not_the_rest() -> None:
    src = "The US urged the Verkhovna Rada to act."
    tgt = "США закликали парламент діяти."
    assert check_glossary(src, tgt, "ru", news_glossary()) == [
        warning("Glossary: “Verkhovna Rada” should be translated as “Верховная Рада”."
                " Note: the parliament, not “Supreme Council”", 17, 31),
    ]


def test_the_longest_term_is_checked_not_the_terms_inside_it() -> None:
    src = "An air defense system arrived; air defense is stronger."
    tgt = "Прибув зенітний комплекс; ППО сильніша."
    assert check_glossary(src, tgt, "uk", news_glossary()) == [
        warning("Glossary: “air defense system” should be translated as “система ППО”.", 3, 21),
    ]


def test_no_glossary_or_no_terms_means_no_findings() -> None:
    src, tgt = "The Verkhovna Rada met.", "Парламент зібрався."
    assert check_glossary(src, tgt, "uk", None) == []
    assert check_glossary(src, tgt, "uk", Glossary()) == []
