"""Names and acronyms: transliteration en -> uk/ru, known equivalents, and the names check."""

from __future__ import annotations

import pytest

from reviewer.core.qa.names import article_names, check_names, find_name, source_names
from reviewer.core.qa.translit import spells, transliterate

SOURCE = ("NATO Secretary General Jens Stoltenberg said in Kyiv that the EU and the US "
          "would help Ukraine, according to the Italian agency ANSA.")
UK = ("Генеральний секретар НАТО Єнс Столтенберг заявив у Києві, що ЄС і США допоможуть "
      "Україні, передає італійське агентство ANSA.")
RU = ("Генеральный секретарь НАТО Йенс Столтенберг заявил в Киеве, что ЕС и США помогут "
      "Украине, сообщает итальянское агентство ANSA.")


@pytest.mark.parametrize(("name", "lang", "expected"), [
    ("Stoltenberg", "uk", "Столтенберг"), ("Stoltenberg", "ru", "Столтенберг"),
    ("Vitalii", "uk", "Віталій"), ("Vitalii", "ru", "Виталий"), ("Jens", "uk", "Єнс"),
    ("Jens", "ru", "Йенс"), ("Zaluzhnyi", "uk", "Залужний"), ("Zaluzhnyi", "ru", "Залужный"),
    ("Syrskyi", "uk", "Сирський"), ("Kharkiv", "uk", "Харків"), ("NATO", "uk", "НАТО"),
    ("Erdogan", "ru", "Эрдоган"),
])
def test_transliterate(name: str, lang: str, expected: str) -> None:
    assert transliterate(name, lang) == expected


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Stoltenberg", "Столтенберга"), ("Stoltenberg", "Штольтенберг"), ("Giorgia", "Джорджею"),
    ("Meloni", "Мелоні"), ("Chigi", "Кіджі"), ("Emmanuel", "Емманюеля"),
    ("Emmanuel", "Эммануэля"), ("Macron", "Макрона"), ("Jens", "Йенс"), ("Nosach", "Носач"),
    ("RBC", "РБК"), ("Putin", "Путіним"), ("Utah", "Юти"), ("Arizona", "Аризони"),
    ("Zaluzhnyi", "Залужного"), ("Kuleba", "Кулебою"),
])
def test_plausible_transliterations_are_accepted(latin: str, cyrillic: str) -> None:
    assert spells(latin, cyrillic)


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Stoltenberg", "Україна"), ("Macron", "Мелоні"), ("Putin", "Путь"), ("Kuleba", "Куба"),
    ("NATO", "НАТ"), ("Biden", "бідний"),
])
def test_other_words_are_not_transliterations(latin: str, cyrillic: str) -> None:
    assert not spells(latin, cyrillic)


def test_names_of_the_source() -> None:
    names = [(r.text, r.equivalent.id if r.equivalent else None) for r in source_names(SOURCE)]
    assert names == [("NATO", "nato"), ("Jens", None), ("Stoltenberg", None), ("Kyiv", "kyiv"),
                     ("EU", "eu"), ("US", "us"), ("Ukraine", "ukraine"), ("Italian", "italy"),
                     ("ANSA", None)]


def test_sentence_openers_count_only_when_the_article_capitalises_them_elsewhere() -> None:
    opener = "Stoltenberg added that the situation is difficult."
    assert source_names(opener) == []
    context = article_names([SOURCE, opener, "Defense assistance should help."])
    assert [r.text for r in source_names(opener, context)] == ["Stoltenberg"]
    assert source_names("Defense assistance should help.", context) == []


def test_institutions_written_in_lower_case_elsewhere_are_not_names() -> None:
    context = article_names(["The assembly met.", "The Assembly Commission said so."])
    assert source_names("The Assembly Commission said so.", context) == []


def test_a_faithful_translation_keeps_every_name() -> None:
    context = article_names([SOURCE])
    assert check_names(SOURCE, UK, "uk", context) == []
    assert check_names(SOURCE, RU, "ru", context) == []


def test_known_equivalents_in_both_languages() -> None:
    for text, uk, ru in [("Kyiv", "у Києві", "в Киеве"), ("NATO", "НАТО", "НАТО"),
                         ("EU", "ЄС", "ЕС"), ("US", "США", "США"), ("UN", "ООН", "ООН"),
                         ("the United States", "Сполученим Штатам", "Соединенным Штатам"),
                         ("the Ukrainian Armed Forces", "ЗСУ", "ВСУ")]:
        [ref] = source_names(f"They met {text} officials.")
        assert find_name(ref, uk, "uk") is not None, text
        assert find_name(ref, ru, "ru") is not None, text


def test_a_dropped_or_mangled_name_is_found() -> None:
    dropped = UK.replace("Єнс Столтенберг", "він")
    findings = check_names(SOURCE, dropped, "uk")
    assert [f.code for f in findings] == ["name-missing", "name-missing"]
    assert "Stoltenberg" in findings[1].message and "Столтенберг" in findings[1].message
    (span,) = findings[1].source_spans
    assert SOURCE[span.start:span.end] == "Stoltenberg"
    wrong = RU.replace("Киеве", "Москве")
    [finding] = check_names(SOURCE, wrong, "ru")
    assert "Kyiv" in finding.message and "Киев" in finding.message


def test_a_missing_acronym_and_a_lowercase_us_that_is_no_name() -> None:
    [finding] = check_names(SOURCE, UK.replace("ANSA", "агентство"), "uk")
    assert finding.code == "acronym-missing"
    assert source_names("Let us help them.") == []
