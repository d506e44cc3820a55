"""The number check: amounts, percentages, currencies, dates and times, en against uk and ru."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reviewer.core.qa.findings import Finding, Severity, Span
from reviewer.core.qa.number_check import check_numbers, match_facts
from reviewer.core.qa.numbers import extract

NNBSP, NBSP = "\u202f", "\u00a0"


def _values(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(f.kind, f.label(), f.unit) for f in extract(text, lang) if not f.weak]


def _codes(source: str, target: str, lang: str) -> list[str]:
    return [f.code for f in check_numbers(source, target, lang)]


@pytest.mark.parametrize(("text", "lang"), [
    ("The EU approved 5 million euros", "en"),
    ("ЄС схвалив 5 млн євро", "uk"),
    ("ЄС схвалив 5 мільйонів євро", "uk"),
    ("ЄС схвалив п’ять мільйонів євро", "uk"),
    ("ЕС одобрил 5 миллионов евро", "ru"),
    ("ЕС одобрил 5 000 000 евро", "ru"),
    (f"ЕС одобрил 5{NNBSP}000{NNBSP}000 евро", "ru"),
])
def test_five_million_euros_reads_alike(text: str, lang: str) -> None:
    assert _values(text, lang) == [("number", "5,000,000", "EUR")]


@pytest.mark.parametrize(("text", "lang"), [
    ("1,000 troops", "en"), ("1000 troops", "en"), (f"1{NBSP}000 військових", "uk"),
    (f"1{NNBSP}000 військових", "uk"), ("1 000 военных", "ru"), ("тисяча військових", "uk"),
])
def test_thousand_in_every_spelling(text: str, lang: str) -> None:
    assert _values(text, lang) == [("number", "1000", "")]


def test_decimal_comma_and_percent() -> None:
    assert _values("Inflation rose to 3.5% in 2024", "en") == [
        ("number", "3.5", "%"), ("number", "2024", "")]
    assert _values("Інфляція зросла до 3,5 відсотка у 2024 році", "uk") == [
        ("number", "3.5", "%"), ("number", "2024", "")]
    assert _values("Инфляция выросла до 3,5 процента в 2024 году", "ru") == [
        ("number", "3.5", "%"), ("number", "2024", "")]


def test_dates_with_month_names_and_numeric_dates() -> None:
    assert _values("on Feb. 29, 2024", "en") == [
        ("month", "February", ""), ("number", "29", ""), ("number", "2024", "")]
    assert sorted(_values("29 лютого 2024 року", "uk")) == sorted(_values("on Feb. 29, 2024", "en"))
    assert sorted(_values("29 февраля 2024 г.", "ru")) == sorted(_values("Feb. 29, 2024", "en"))
    assert sorted(_values("29.02.2024", "ru")) == sorted(_values("Feb. 29, 2024", "en"))


def test_words_that_only_look_like_months_or_numbers() -> None:
    assert _values("May said the march was over", "en") == []
    assert _values("Jan Smith of the Four Corners", "en") == []
    assert _values("у Сент-Луїсі", "uk") == []
    assert _values("Сент-Луис", "ru") == []
    assert _values("мільйони людей", "uk") == []  # vague, not a number


def test_currency_before_and_after() -> None:
    assert _values("$5 million", "en") == [("number", "5,000,000", "USD")]
    assert _values("$300k", "en") == [("number", "300,000", "USD")]
    assert _values("5 млн доларів США", "uk") == [("number", "5,000,000", "USD")]
    assert _values("5 млн американських доларів", "uk") == [("number", "5,000,000", "USD")]
    assert _values("5 долларов", "ru") == [("number", "5", "USD")]


def test_spelled_numbers_and_times() -> None:
    assert _values("six months and the promised million shells", "en") == [
        ("number", "6", ""), ("number", "1,000,000", "")]
    assert _values("шість місяців і обіцяного мільйона снарядів", "uk") == _values(
        "шесть месяцев и обещанного миллиона снарядов", "ru")
    assert _values("at 3 p.m.", "en") == [("time", "15:00", "")] == _values("о 15:00", "uk")
    assert extract("two and a half", "en")[0].value == Decimal(2)


BUDGET = "NATO allies will spend $5 million, 3.5% more than in 2023, from Feb. 29."
BUDGET_UK = ("Союзники по НАТО витратять 5 млн доларів, на 3,5% більше, ніж у 2023 році, "
             "з 29 лютого.")
BUDGET_RU = ("Союзники по НАТО потратят 5 млн долларов, на 3,5% больше, чем в 2023 году, "
             "с 29 февраля.")


def test_a_faithful_translation_raises_nothing() -> None:
    assert check_numbers(BUDGET, BUDGET_UK, "uk") == []
    assert check_numbers(BUDGET, BUDGET_RU, "ru") == []
    assert check_numbers("It took the United States six months.",
                         "Сполученим Штатам знадобилося 6 місяців.", "uk") == []


def test_changed_number_points_at_both_sides() -> None:
    target = BUDGET_UK.replace("5 млн", "6 млн")
    [finding] = check_numbers(BUDGET, target, "uk")
    assert finding.code == "number-changed" and finding.severity == "error"
    (s,), (t,) = finding.source_spans, finding.target_spans
    assert BUDGET[s.start:s.end] == "5 million" and target[t.start:t.end] == "6 млн"
    assert "5,000,000 ≠ 6,000,000" in finding.message


def test_missing_number_date_and_unit() -> None:
    assert _codes(BUDGET, BUDGET_RU.replace(", чем в 2023 году", ""), "ru") == ["number-missing"]
    assert _codes(BUDGET, BUDGET_UK.replace("лютого", "березня"), "uk") == ["date-changed"]
    assert _codes(BUDGET, BUDGET_UK.replace(" доларів", ""), "uk") == ["unit-missing"]
    assert _codes(BUDGET, BUDGET_UK.replace("3,5%", "3,5"), "uk") == ["unit-missing"]


def test_extra_number_in_the_translation_is_a_warning() -> None:
    [finding] = check_numbers("Ukraine seeks more support.",
                              "Україна просить ще 20 систем підтримки.", "uk")
    assert finding.code == "number-extra" and finding.severity == "warning"


def test_converted_imperial_measures_are_left_alone() -> None:
    assert check_numbers("The wave was 20 feet high.", "Хвиля була заввишки 6 метрів.", "uk") == []


def _finding(code: str, message: str, severity: Severity, source: tuple[int, int] | None,
             target: tuple[int, int] | None) -> Finding:
    return Finding("numbers", code, message, severity,
                   (Span(*source),) if source else (), (Span(*target),) if target else ())


E, W = Severity.ERROR, Severity.WARNING


@pytest.mark.parametrize(("source", "target", "expected"), [
    ("The EU approved 5 million euros.", "ЄС схвалив кошти.", [_finding(
        "number-missing", "The number 5,000,000 (“5 million”) is not in the translation.", E,
        (16, 25), None)]),
    ("The talks begin at 14:30.", "Переговори почнуться.", [_finding(
        "number-missing", "The time 14:30 is not in the translation.", E, (19, 24), None)]),
    ("The talks began in March.", "Переговори почалися.", [_finding(
        "date-missing", "The month March is not in the translation.", E, (19, 24), None)]),
    ("The talks begin at 14:30.", "Переговори почнуться о 15:30.", [_finding(
        "number-changed",
        "“14:30” in the source became “15:30” in the translation (14:30 ≠ 15:30).", E,
        (19, 24), (23, 28))]),
    ("He was born on 5 March.", "Він народився 5 квітня.", [_finding(
        "date-changed",
        "“March” in the source became “квітня” in the translation (March ≠ April).", E,
        (17, 22), (16, 22))]),
    ("Prices rose.", "Ціни зросли в два рази, на 7%.", [_finding(  # the spelled "два" left
        "number-extra", "“7” in the translation is not in the source.", W, None, (27, 28))]),
    ("He paid 40 dollars.", "Він заплатив 40 євро.", [_finding(
        "unit-changed",
        "“40” is in dollars in the source, but the translation says euros (“40”).", W,
        (8, 10), (13, 15))]),
    ("He paid 40 dollars.", "Він заплатив 40.", [_finding(
        "unit-missing",
        "“40” is in dollars in the source, but the translation does not say dollars (“40”).",
        W, (8, 10), (13, 15))]),
])
def test_each_finding_says_what_and_where(source: str, target: str,
                                          expected: list[Finding]) -> None:
    assert check_numbers(source, target, "uk") == expected


def test_facts_pair_with_the_first_of_their_values_and_come_in_source_order() -> None:
    three_pm = extract("at 3 p.m.", "en")  # a full hour: also the numbers 15 and 3
    pairs, left, right = match_facts(three_pm, extract("15 і 3", "uk"))
    assert [(a.text, b.text) for a, b in pairs] == [("3 p.m.", "15")]
    assert left == [] and [f.text for f in right] == ["3"]
    pairs, _, _ = match_facts(extract("5 and 7", "en"), extract("7 і 5", "uk"))
    assert [(a.text, b.text) for a, b in pairs] == [("5", "5"), ("7", "7")]
