"""Glossary terms: matching in the source with word boundaries and English inflection, target
terms by stem across Ukrainian and Russian case endings, and the glossary check."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reviewer.core.qa.glossary import (
    Glossary,
    Term,
    check_glossary,
    find_target,
    source_pattern,
    target_pattern,
)

TERMS = [
    Term("air defense", "uk", "протиповітряна оборона"), Term("air defense", "uk", "ППО"),
    Term("air defense", "ru", "ПВО"), Term("air defense system", "uk", "система ППО"),
    Term("Secretary General", "uk", "генеральний секретар", "NATO's, not the UN's"),
    Term("Secretary General", "ru", "генеральный секретарь"),
    Term("US", "uk", "США"), Term("shell", "uk", "снаряд"), Term("Kyiv", "uk", "Київ"),
    Term("year", "uk", "рік"),
]
GLOSSARY = Glossary(TERMS)


@pytest.fixture(autouse=True)
def fresh_patterns() -> Iterator[None]:
    """Patterns are cached per term: each test builds its own, so a mutation test of the
    pattern code is not answered from a cache filled before the mutant ran."""
    source_pattern.cache_clear()
    target_pattern.cache_clear()
    yield


def test_entries_group_targets_by_source() -> None:
    entry = next(e for e in GLOSSARY.entries if e.source == "air defense")
    assert entry.targets == {"uk": ("протиповітряна оборона", "ППО"), "ru": ("ПВО",)}
    assert len(GLOSSARY) == 7


def test_source_terms_with_boundaries_plural_and_hyphen() -> None:
    text = "US air-defense systems and NATO's Secretary General's shells; us, USA, Kyivstar."
    found = [(m.text, m.entry.source) for m in GLOSSARY.find_terms(text)]
    assert found == [("US", "US"), ("air-defense systems", "air defense system"),
                     ("Secretary General's", "Secretary General"), ("shells", "shell")]
    match = GLOSSARY.find_terms("The air defense held.")[0]
    assert (match.start, match.end) == (4, 15)
    assert source_pattern("shell").search("eggshells") is None


def test_target_terms_in_any_case_form() -> None:
    assert find_target("протиповітряна оборона", "для протиповітряної оборони")
    assert find_target("протиповітряна оборона", "протиповітряною обороною")
    assert find_target("генеральный секретарь", "генерального секретаря НАТО")
    assert find_target("снаряд", "мільйона снарядів")
    assert find_target("Київ", "у Києві") == [(2, 7)]
    assert find_target("рік", "цього року")
    assert find_target("ППО", "системою ППО") and not find_target("ППО", "ППОШ")
    assert not find_target("оборона", "оборот")


def test_check_reports_a_term_not_used() -> None:
    src = "The Samp-T air defense system reached Kyiv."
    assert check_glossary(src, "Система ППО Samp-T прибула до Києва.", "uk", GLOSSARY) == []
    assert check_glossary(src, "Система ПВО Samp-T прибыла в Киев.", "ru", GLOSSARY) == []
    [f] = check_glossary(src, "Зенітний комплекс Samp-T прибув до Києва.", "uk", GLOSSARY)
    assert f.kind == "glossary" and f.code == "term-not-used"
    assert "“система ППО”" in f.message
    assert src[f.source_spans[0].start:f.source_spans[0].end] == "air defense system"
    [f] = check_glossary("The Secretary General spoke.", "Генсек виступив.", "uk", GLOSSARY)
    assert "Note: NATO's, not the UN's" in f.message


def test_no_glossary_or_no_target_for_the_language() -> None:
    assert check_glossary("The US agreed.", "США погодилися.", "uk", None) == []
    assert check_glossary("The US agreed.", "Штаты согласились.", "ru", GLOSSARY) == []


@pytest.mark.parametrize(("term", "text"), [
    ("Нью-Йорк", "Переговори в Нью-Йорку."),  # a hyphenated word takes its endings at the end
    ("об'єкт", "енергетичні об'єкти"), ("об'єкт", "енергетичні обʼєкти"),  # any apostrophe
    ("обʼєкт", "удари по об’єктах"),
    ("снаряд", "Росія обстріляла місто снарядами."),  # an ending added to a consonant
    ("секретар", "зустріч із секретарями"), ("секретар", "листи секретарові"),
])
def test_target_terms_in_their_case_forms_with_hyphens_apostrophes_and_long_endings(
        term: str, text: str) -> None:
    assert find_target(term, text)


def test_a_glossary_term_in_a_hyphenated_case_form_is_no_finding() -> None:
    glossary = Glossary([Term("New York", "uk", "Нью-Йорк"), Term("shell", "uk", "снаряд")])
    assert check_glossary("Talks in New York.", "Переговори в Нью-Йорку.", "uk", glossary) == []
    assert check_glossary("Russia fired shells.", "Росія випустила снаряди.", "uk",
                          glossary) == []


@pytest.mark.parametrize(("term", "text", "found"), [
    ("facility", "two energy facilities were hit", "facilities"),
    ("ally", "the allies' support", "allies"), ("ally", "an ally's word", "ally's"),
    ("day", "three days", "days"), ("ally", "a steel alloy", None),
])
def test_source_terms_ending_in_y_find_their_plurals(term: str, text: str,
                                                     found: str | None) -> None:
    match = source_pattern(term).search(text)
    assert (match.group() if match else None) == found


@pytest.mark.parametrize(("term", "text", "found"), [
    ("spy", "two spies", "spies"), ("proxy", "Russian proxies", "proxies"),
    ("NATO", "NATO's chief", "NATO's"), ("G7 summit", "the G7 summits", "G7 summits"),
    ("F-16", "two F-16 jets", "F-16"), ("drone-maker", "drone-makers", "drone-makers"),
])
def test_source_term_endings_by_the_words_last_letter(term: str, text: str,
                                                      found: str | None) -> None:
    match = source_pattern(term).search(text)
    assert (match.group() if match else None) == found


@pytest.mark.parametrize(("term", "text", "found"), [
    ("закон", "ухвалили законами", True), ("закон", "законного рішення", False),
    ("ім.", "театр ім. Шевченка", True), ("ім.", "театр імені Шевченка", False),
])
def test_target_endings_room_and_words_kept_as_written(term: str, text: str,
                                                       found: bool) -> None:
    assert bool(find_target(term, text)) is found
