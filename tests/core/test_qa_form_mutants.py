"""Form checks pinned finding by finding: the whole record each check reports (message,
severity, code and spans) and the edges of what it lets pass, for end punctuation, quotation
marks, doubled spaces, untranslated text, script and length."""

from __future__ import annotations

import pytest

from reviewer.core.qa.findings import Finding, Severity, Span
from reviewer.core.qa.form import (
    check_length,
    check_punctuation,
    check_quotes,
    check_script,
    check_spaces,
    check_untranslated,
)

BAND = (0.6, 1.8)
UK_STYLE = "Quotation marks “ ” or \" \" are used; Ukrainian uses «» (and „“ inside them)."
RU_STYLE = "Quotation marks “ ” or \" \" are used; Russian uses «» (and „“ inside them)."


def punctuation(message: str, source_at: int | None, target_at: int) -> Finding:
    source_spans = () if source_at is None else (Span(source_at, source_at + 1),)
    return Finding("punctuation", "end-punctuation", message, Severity.WARNING,
                   source_spans, (Span(target_at, target_at + 1),))


def unbalanced(opening: int, closing: int, *marks: int) -> Finding:
    return Finding("quotes", "quotes-unbalanced",
                   f"The quotation marks do not pair up ({opening} « and {closing} »).",
                   Severity.WARNING, (), tuple(Span(i, i + 1) for i in marks))


# --- end punctuation --------------------------------------------------------------------------


@pytest.mark.parametrize(("source", "target", "expected"), [
    ("Talks continue...", "Переговори тривають.",
     punctuation("The source ends with an ellipsis, the translation with a full stop.", 16, 19)),
    ("Talks continue…", "Переговори тривають.",
     punctuation("The source ends with an ellipsis, the translation with a full stop.", 14, 19)),
    ("The platform is now called X", "Платформа тепер називається X.",
     punctuation("The source ends with no punctuation, the translation with a full stop.",
                 27, 29)),
    ("Talks continue", "Переговори тривають.  ",
     punctuation("The source ends with no punctuation, the translation with a full stop.",
                 13, 19)),
    ("Talks continue", "  Переговори тривають.",
     punctuation("The source ends with no punctuation, the translation with a full stop.",
                 13, 21)),
    ("Will NATO send troops?", "НАТО відправить війська.",
     punctuation("The source ends with a question mark, the translation with a full stop.",
                 21, 23)),
])
def test_end_punctuation_finding_points_at_the_last_visible_characters(
        source: str, target: str, expected: Finding) -> None:
    assert check_punctuation(source, target) == [expected]


def test_one_letter_translation_is_still_checked_for_its_end() -> None:
    assert check_punctuation("And.", "І") == [punctuation(
        "The source ends with a full stop, the translation with no punctuation.", 3, 0)]


def test_empty_source_has_no_span_and_a_one_character_source_has_one() -> None:
    assert check_punctuation("", "Бюджет зростає.") == [punctuation(
        "The source ends with no punctuation, the translation with a full stop.", None, 14)]
    assert check_punctuation("…", "Далі буде.") == [punctuation(
        "The source ends with an ellipsis, the translation with a full stop.", 0, 9)]


@pytest.mark.parametrize(("source", "target"), [
    # the quotation goes on after "», —": the full stop inside the quotes is the end
    ('"We will do it."', "«Ми це зробимо.», —"),
    # a no-break space before the closing quote
    ("“We did it.”", "«Ми це зробили.\u00a0»"),
    # the letter X closing a quotation is no punctuation on either side
    ('Twitter got a new name: "X"', "Twitter отримав нову назву: «X»"),
    ("The platform is now called X", "Платформа тепер називається X"),
])
def test_same_end_punctuation_behind_quotes_dashes_and_spaces_passes(
        source: str, target: str) -> None:
    assert check_punctuation(source, target) == []


# --- quotation marks --------------------------------------------------------------------------


@pytest.mark.parametrize(("target", "lang", "expected"), [
    ("“Ми не виконали того, що обіцяли”", "uk",
     Finding("quotes", "quotes-style", UK_STYLE, Severity.WARNING, (), ((0, 1), (32, 33)))),
    ('"Мы не выполнили того, что обещали"', "ru",
     Finding("quotes", "quotes-style", RU_STYLE, Severity.WARNING, (), ((0, 1), (34, 35)))),
    # straight quotes after a closed «» are outside it again
    ('«Так», — сказав він, "ні".', "uk",
     Finding("quotes", "quotes-style", UK_STYLE, Severity.WARNING, (), ((21, 22), (24, 25)))),
    # a „ is closed by the first “; the next English pair is wrong
    ("„Так“ і “ні”", "uk",
     Finding("quotes", "quotes-style", UK_STYLE, Severity.WARNING, (), ((8, 9), (11, 12)))),
])
def test_english_or_straight_quotes_are_reported_with_their_positions(
        target: str, lang: str, expected: Finding) -> None:
    assert check_quotes(target, lang) == [expected]


@pytest.mark.parametrize("target", [
    '«Соцмережа X назвала це "помилкою"»',
    '«Партія «Слуга народу» назвала це "провокацією"»',
    "«Він згадав „проєкт X“»",
    "Соцмережа X заблокувала акаунт.",
])
def test_inner_quotes_and_nested_guillemets_pass(target: str) -> None:
    assert check_quotes(target, "uk") == []


@pytest.mark.parametrize(("target", "source", "expected"), [
    ("«Соцмережа X заблокувала", "", unbalanced(1, 0, 0)),
    ("«Партія «Слуга народу» заявила", "", unbalanced(2, 1, 0, 8, 21)),
    ("Міністр назвав це «помилкою", 'The minister called it "a mistake"', unbalanced(1, 0, 18)),
])
def test_unpaired_guillemets_are_reported_with_their_counts_and_positions(
        target: str, source: str, expected: Finding) -> None:
    assert check_quotes(target, "uk", source=source) == [expected]


@pytest.mark.parametrize(("target", "source"), [
    ("Міністр сказав «ні на переговори", "The minister said ‘no’ to talks"),
    ("Міністр назвав це «помилкою", "The minister called it 'a mistake'"),
    ("«Ми не відступимо, сказав міністр.", '"We will not retreat, the minister said.'),
])
def test_unpaired_guillemets_pass_when_the_source_quotes_do_not_pair_up_either(
        target: str, source: str) -> None:
    assert check_quotes(target, "uk", source=source) == []


# --- doubled spaces ---------------------------------------------------------------------------


@pytest.mark.parametrize(("target", "message", "spans"), [
    ("Бюджет  зростає.", "Doubled space.", ((6, 8),)),
    ("  Бюджет  зростає.", "Doubled space.", ((8, 10),)),
    ("Бюджет  на оборону\u00a0 зростає ", "2 doubled spaces.", ((6, 8), (18, 20))),
])
def test_doubled_spaces_finding(target: str, message: str, spans: tuple[Span, ...]) -> None:
    assert check_spaces(target) == [
        Finding("spaces", "doubled-space", message, Severity.INFO, (), spans)]


# --- untranslated -----------------------------------------------------------------------------


@pytest.mark.parametrize(("source", "target"), [
    ("No comment.", "No comment."),
    ("No comment.", "  no   comment. "),
])
def test_an_unchanged_two_word_source_is_untranslated(source: str, target: str) -> None:
    assert check_untranslated(source, target) == [
        Finding("untranslated", "untranslated", "The translation is the source text, unchanged.",
                Severity.ERROR, (Span(0, len(source)),), (Span(0, len(target)),))]


def test_a_changed_word_is_not_untranslated() -> None:
    assert check_untranslated("No comment.", "No comments.") == []


# --- script -----------------------------------------------------------------------------------


def test_latin_text_finding() -> None:
    assert check_script("Peace talks", "uk") == [
        Finding("script", "latin-text",
                "Most letters are Latin (10 of 10); a Ukrainian translation is expected.",
                Severity.ERROR, (), (Span(0, 11),))]


def test_a_placeholder_left_in_the_translation_is_latin_text() -> None:
    assert check_script("Переклад: XXXX XXXX XXXX", "uk") == [
        Finding("script", "latin-text",
                "Most letters are Latin (12 of 20); a Ukrainian translation is expected.",
                Severity.ERROR, (), (Span(0, 24),))]


@pytest.mark.parametrize(("target", "source"), [
    ("Macron заявив", ""),  # half the letters Latin
    ("Gdańsk, Zürich і Malmö", "Gdańsk, Zürich and Malmö"),  # names kept from the source
])
def test_half_latin_or_kept_names_are_no_latin_text(target: str, source: str) -> None:
    assert check_script(target, "uk", source=source) == []


@pytest.mark.parametrize(("target", "lang", "message", "spans"), [
    ("Бюджет на оборону растёт, объявил он.", "uk",
     "Letters of Russian (ъ, ё) in the Ukrainian text.", ((18, 24), (26, 33))),
    ("Бюджет на оборону зростає, сказав він.", "ru",
     "Letters of Ukrainian (є, і) in the Russian text.", ((18, 25), (34, 37))),
])
def test_other_language_finding(target: str, lang: str, message: str,
                                spans: tuple[Span, ...]) -> None:
    assert check_script(target, lang) == [
        Finding("script", "other-language", message, Severity.ERROR, (), spans)]


@pytest.mark.parametrize(("target", "span"), [
    ("Генсек НAТО заявив", (7, 11)),  # a Latin A
    ("Палац Ѐlysée", (6, 12)),  # the first letter of the Cyrillic block
    ("Штат Teӿas", (5, 10)),  # the last letter of the Cyrillic block
])
def test_mixed_script_finding(target: str, span: Span) -> None:
    assert check_script(target, "uk") == [
        Finding("script", "mixed-script",
                "A word mixes Latin and Cyrillic letters (look-alike letters?).",
                Severity.ERROR, (), (span,))]


# --- length -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("target", "expected"), [
    ("НАТО", Finding("length", "too-short",
                     "The translation is 0.20 times as long as the source; most are between "
                     "0.6 and 1.8 times. Is something missing?", Severity.WARNING)),
    ("…", Finding("length", "too-short",
                  "The translation is 0.05 times as long as the source; most are between "
                  "0.6 and 1.8 times. Is something missing?", Severity.WARNING)),
    ("Саміт НАТО у Берліні відбудеться в липні року", Finding(
        "length", "too-long",
        "The translation is 2.25 times as long as the source; most are between "
        "0.6 and 1.8 times. Is something added?", Severity.WARNING)),
])
def test_length_finding_for_a_source_of_exactly_twenty_characters(
        target: str, expected: Finding) -> None:
    assert check_length("NATO meets in Berlin", target, BAND) == [expected]


@pytest.mark.parametrize("target", ["Саміт НАТО", "Саміт НАТО у Берліні відбудеться в липні"])
def test_length_on_the_edges_of_the_band_passes(target: str) -> None:
    assert check_length("NATO meets in Berlin", target, (0.5, 2.0)) == []
