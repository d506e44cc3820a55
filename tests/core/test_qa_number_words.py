"""The facts the number check reads: spelled numbers, names, months, times, dates and units.

Each case is a short news sentence in English, Ukrainian or Russian and every fact that
``extract`` finds in it, with its kind, value as the translator reads it, unit, text, span and
whether it is weak (a vague rendering that only satisfies a source number).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from reviewer.core.qa.number_check import check_numbers
from reviewer.core.qa.numbers import extract, format_value

FactRow = tuple[str, str, str, str, tuple[int, int], bool]


def _facts(text: str, lang: str) -> list[FactRow]:
    return [(f.kind, f.label(), f.unit, f.text, (f.span.start, f.span.end), f.weak)
            for f in extract(text, lang)]


def num(label: str, text: str, start: int, unit: str = "", weak: bool = False) -> FactRow:
    """A number fact as ``_facts`` shows it; ``text`` starts at ``start``."""
    return ("number", label, unit, text, (start, start + len(text)), weak)


def month(label: str, text: str, start: int) -> FactRow:
    return ("month", label, "", text, (start, start + len(text)), False)


def clock(label: str, text: str, start: int) -> FactRow:
    return ("time", label, "", text, (start, start + len(text)), False)


@pytest.mark.parametrize(("value", "expected"), [
    (Decimal(999), "999"), (Decimal(1000), "1000"), (Decimal(2100), "2100"),
    (Decimal(2101), "2,101"), (Decimal(5000000), "5,000,000"), (Decimal("3.50"), "3.5"),
    (Decimal("0.00000025"), "0.00000025"),
])
def test_format_value_keeps_years_plain_and_never_uses_an_exponent(value: Decimal,
                                                                   expected: str) -> None:
    assert format_value(value) == expected


def test_numeric_date_is_day_month_and_year_and_the_next_word_still_counts() -> None:
    assert _facts("On 24.02.2022 three missiles hit Kyiv", "en") == [
        num("24", "24", 3), month("February", "02", 6), num("2022", "2022", 9),
        num("3", "three", 14)]


@pytest.mark.parametrize(("text", "expected"), [
    ("at 12 p.m.", clock("12:00", "12 p.m.", 3)),
    ("at 12 a.m.", clock("0:00", "12 a.m.", 3)),
    ("at 9 a.m.", clock("9:00", "9 a.m.", 3)),
    ("at 3:30 p.m.", clock("15:30", "3:30 p.m.", 3)),
])
def test_english_clock_times_count_minutes_after_midnight(text: str, expected: FactRow) -> None:
    assert _facts(text, "en") == [expected]


def test_a_24_hour_time_and_a_time_followed_by_a_number() -> None:
    assert _facts("о 15:30 12 людей", "uk") == [clock("15:30", "15:30", 2), num("12", "12", 8)]


def test_magnitude_after_a_number_at_the_start_of_the_text() -> None:
    assert _facts("5 million people fled in 2024", "en") == [
        num("5,000,000", "5 million", 0), num("2024", "2024", 25)]


def test_abbreviated_magnitude_with_a_full_stop() -> None:
    assert _facts("5 млн. доларів", "uk") == [num("5,000,000", "5 млн.", 0, "USD")]


@pytest.mark.parametrize(("text", "expected"), [
    ("He raised $300k", [num("300,000", "300k", 11, "USD")]),
    ("pledged $5m, $3m of it in cash",
     [num("5,000,000", "5m", 9, "USD"), num("3,000,000", "3m", 14, "USD")]),
    ("A $2 m fine", [num("2", "2", 3, "USD")]),  # a spaced letter is not a magnitude
])
def test_magnitude_glued_to_an_amount(text: str, expected: list[FactRow]) -> None:
    assert _facts(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('Two ministers resigned over the "grain deal"', [num("2", "Two", 0)]),
    ("Three people die in Kharkiv strike", [num("3", "Three", 0)]),
    ('"Two people died," police said.', [num("2", "Two", 1)]),
    ("Police said. Two died", [num("2", "Two", 13)]),
    ("He said: Two more.", [num("2", "Two", 9)]),
    ("BREAKING: SIX KILLED IN KHARKIV", [num("6", "SIX", 10)]),
    ("J. Smith said", []),
    ("Jan Smith of the Four Corners", []),
    ("flew on a Boeing 737", [num("737", "737", 17)]),
])
def test_capitalised_number_words_count_only_where_a_sentence_starts(
        text: str, expected: list[FactRow]) -> None:
    assert _facts(text, "en") == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Загинули троє, 12 поранені", "uk", [num("3", "троє", 9, weak=True), num("12", "12", 15)]),
    ("Погибли трое, 12 ранены", "ru", [num("3", "трое", 8, weak=True), num("12", "12", 14)]),
    ("четырехдневная поездка", "ru", [num("4", "четырехдневная", 0, weak=True)]),
    ("Перемир'я на добу", "uk", [num("24", "добу", 13, weak=True)]),
    ("тисячі людей", "uk", [num("1000", "тисячі", 0, weak=True)]),
    ("Thousands joined the Long March", "en", [num("1000", "Thousands", 0, weak=True)]),
])
def test_vague_renderings_are_weak_numbers(text: str, lang: str,
                                           expected: list[FactRow]) -> None:
    assert _facts(text, lang) == expected


def test_a_weak_rendering_satisfies_the_source_number() -> None:
    assert check_numbers("Three people died.", "Загинули троє людей.", "uk") == []


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The death toll rose to twenty-five", "en", [num("25", "twenty-five", 23)]),
    ("The death toll rose to twenty-five.", "en", [num("25", "twenty-five", 23)]),
    ("rose to twenty-five, police said", "en", [num("25", "twenty-five", 8)]),
    ("In Kharkiv, five people died", "en", [num("5", "five", 12)]),
    ("fell five, six", "en", [num("5", "five", 5), num("6", "six", 11)]),
    ("two hundred", "en", [num("200", "two hundred", 0)]),
    ("three hundred million", "en", [num("300,000,000", "three hundred million", 0)]),
    ("п’ятдесят три", "uk", [num("53", "п’ятдесят три", 0)]),
    ("двісті тисяч", "uk", [num("200,000", "двісті тисяч", 0)]),
    ("сорок пять тысяч рублей", "ru", [num("45,000", "сорок пять тысяч", 0, "RUB")]),
])
def test_spelled_numbers_with_their_text_and_span(text: str, lang: str,
                                                  expected: list[FactRow]) -> None:
    assert _facts(text, lang) == expected


def test_another_language_reads_digits_and_english_units_only() -> None:
    assert _facts("Polska kupiła pięć, potem 5 mln euro", "pl") == [
        num("5,000,000", "5 mln", 26, "EUR")]


@pytest.mark.parametrize(("text", "expected"), [
    ("In May, prices rose", [month("May", "May", 3)]),
    ("The vote is due in May.", [month("May", "May", 19)]),
    ("the May 9 parade", [month("May", "May", 4), num("9", "9", 8)]),
    ("a parade every May 9", [month("May", "May", 15), num("9", "9", 19)]),
    ("May promised to leave by 2019", [num("2019", "2019", 25)]),
    ("January was the warmest on record", [month("January", "January", 0)]),
    ("the Sept 11 attacks", [month("September", "Sept", 4), num("11", "11", 9)]),
    ("Prices have risen by 5% since Jan.", [num("5", "5", 21, "%"), month("January", "Jan", 30)]),
    ("Prices rose 5% in Sept", [num("5", "5", 12, "%")]),
])
def test_english_months_and_words_that_look_like_them(text: str,
                                                      expected: list[FactRow]) -> None:
    assert _facts(text, "en") == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("до 29 березня", "uk", [num("29", "29", 3), month("March", "березня", 6)]),
    ("у березні", "uk", [month("March", "березні", 2)]),
    ("березовий гай", "uk", []),
    ("в марте", "ru", [month("March", "марте", 2)]),
])
def test_ukrainian_and_russian_months(text: str, lang: str, expected: list[FactRow]) -> None:
    assert _facts(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("winds of 70 MPH", "en", [num("70", "70", 9, "imperial")]),
    ("5 million pounds sterling", "en", [num("5,000,000", "5 million", 0, "GBP")]),
    ("a 5 pound fish", "en", [num("5", "5", 2, "imperial")]),
    ("Inflation Rises 5 Percent", "en", [num("5", "5", 16, "%")]),
    ("Temperatures hit 30° in Kyiv", "en", [num("30", "30", 17)]),
    ("Температура сягнула 30° у Києві", "uk", [num("30", "30", 20, "metric")]),
    ("ХВИЛЯ ЗАВВИШКИ 6 МЕТРІВ", "uk", [num("6", "6", 15, "metric")]),
    ("Хвиля заввишки 6 метрів", "uk", [num("6", "6", 15, "metric")]),
])
def test_units_after_a_number(text: str, lang: str, expected: list[FactRow]) -> None:
    assert _facts(text, lang) == expected


@pytest.mark.parametrize(("source", "target", "lang"), [
    ("21 people were injured.", "Двадцять одна людина отримала поранення.", "uk"),
    ("21 people were injured.", "Двадцать один человек получил ранения.", "ru"),
    ("Twenty-one people were injured.", "21 людина отримала поранення.", "uk"),
    ("101 people came.", "Прийшла сто одна людина.", "uk"),
    ("Half a million people fled.", "500 тисяч людей втекли.", "uk"),
    ("Half a million people fled.", "Пів мільйона людей втекли.", "uk"),
    ("Half a million people fled.", "Півмільйона людей втекли.", "uk"),
    ("500,000 people fled.", "Полмиллиона человек бежали.", "ru"),
    ("The talks begin at 3 p.m.", "Переговори почнуться о 15:00.", "uk"),
])
def test_compound_and_half_numbers_read_as_their_value(source: str, target: str,
                                                       lang: str) -> None:
    assert check_numbers(source, target, lang) == []


def test_one_alone_and_half_alone_are_no_numbers() -> None:
    assert extract("Одна з них постраждала, одну врятували.", "uk") == []
    assert extract("Half of them fled; half a dozen stayed.", "en") == []
    assert extract("Половина з них втекла, пів села згоріло.", "uk") == []


def test_a_time_pairs_with_another_only_at_the_same_hour() -> None:
    [finding] = check_numbers("The talks begin at 3 a.m.", "Переговори почнуться о 15:00.", "uk")
    assert (finding.code, finding.message) == (
        "number-changed",
        "“3 a.m.” in the source became “15:00” in the translation (3:00 ≠ 15:00).")


@pytest.mark.parametrize(("text", "lang"), [
    ("Президент отримав лист.", "uk"), ("Збирали лікарських трав.", "uk"),
    ("Він узяв серп.", "uk"), ("Росли старі лип.", "uk"), ("Он получил дек.", "ru"),
])
def test_a_word_that_is_also_a_months_short_form_is_no_month(text: str, lang: str) -> None:
    assert [f for f in extract(text, lang) if f.kind == "month"] == []


def test_a_months_short_form_next_to_a_number_is_a_month() -> None:
    assert [(f.kind, f.label()) for f in extract("5 лист. 2024", "uk")] == [
        ("number", "5"), ("month", "November"), ("number", "2024")]
    assert [(f.kind, f.label()) for f in extract("since Jan.", "en")] == [("month", "January")]


@pytest.mark.parametrize(("text", "lang", "facts"), [
    ("Втекли півмільйона людей, у 2025 році 300 тисяч осіб.", "uk",
     [("number", "500,000", "півмільйона"), ("number", "2025", "2025"),
      ("number", "300,000", "300 тисяч")]),
    ("Уряд виділив пів млн. доларів.", "uk", [("number", "500,000", "пів млн")]),
    ("Бежали полмиллиона человек и 12 семей.", "ru",
     [("number", "500,000", "полмиллиона"), ("number", "12", "12")]),
])
def test_half_a_magnitude_anywhere_in_the_text(text: str, lang: str,
                                               facts: list[tuple[str, str, str]]) -> None:
    assert [(f.kind, f.label(), f.text) for f in extract(text, lang) if not f.weak] == facts


def test_half_million_without_the_a() -> None:
    assert [(f.label(), f.text) for f in extract(
        "A half-million people fled, half million more stayed.", "en")] == [
        ("500,000", "half-million"), ("500,000", "half million")]


def test_a_number_of_the_source_pairs_with_a_time_at_that_hour() -> None:
    assert check_numbers("The meeting starts at 3 in the afternoon.",
                         "Зустріч почнеться о 15:00.", "uk") == []
