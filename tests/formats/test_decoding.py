"""Encodings: UTF-8/16 with or without marks, legacy Cyrillic told apart, junk refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.formats.charsets import best_legacy
from reviewer.formats.decoding import declared_charset, decode
from reviewer.formats.errors import BadInputError

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"

UKRAINIAN = [
    "Уряд ухвалив нову програму підтримки малого бізнесу. Її фінансування становитиме три"
    " мільярди гривень.",
    "Мешканці Харкова знову прокинулися від вибухів. За даними обласної адміністрації,"
    " пошкоджено житловий будинок і школу.",
    "Ґрунтовні зміни до закону про освіту набудуть чинності з першого вересня.",
    "Євросоюз погодив черговий пакет санкцій проти Росії, повідомив речник Єврокомісії.",
    "Їхня позиція не змінилася: переговори можливі лише після виведення військ.",
    "Ситуація на фронті",
    "Київ",
]
RUSSIAN = [
    "Центральный банк сохранил ключевую ставку на прежнем уровне. Аналитики ожидали такого"
    " решения.",
    "В Москве прошел первый снегопад этой осени. Коммунальные службы работали всю ночь.",
    "Эксперты считают, что цены на жильё продолжат расти в следующем году.",
    "Объём торгов на бирже вырос на треть по сравнению с прошлым месяцем, сообщает агентство.",
    "Съезд партии назначен на конец декабря; делегатов выберут в регионах.",
    "Возможность переговоров",
]
# KOI8 has no typographic quotes or dashes; editors that wrote KOI8 used ASCII ones.
_KOI8_SAFE = str.maketrans({"—": "-", "–": "-", "«": '"', "»": '"', "“": '"', "”": '"', "’": "'"})


def _sample_lines(lang: str) -> list[str]:
    text = (SAMPLE / f"article.{lang}.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]


def _cases() -> list[tuple[str, str]]:
    cases = []
    for text in UKRAINIAN + _sample_lines("uk"):
        cases += [("cp1251", text), ("koi8-u", text.translate(_KOI8_SAFE))]
    for text in RUSSIAN + _sample_lines("ru"):
        cases += [("cp1251", text), ("koi8-r", text.translate(_KOI8_SAFE))]
        cases += [("koi8-u", text.translate(_KOI8_SAFE))]
    return [(enc, text) for enc, text in cases if not text.encode(enc).isascii()]


@pytest.mark.parametrize(("encoding", "text"), _cases())
def test_legacy_cyrillic_is_told_apart(encoding: str, text: str) -> None:
    assert decode(text.encode(encoding), "x.txt") == text


@pytest.mark.parametrize("lang", ["uk", "ru"])
@pytest.mark.parametrize("encoding", ["cp1251", "koi8"])
def test_whole_sample_in_legacy_encodings(lang: str, encoding: str) -> None:
    text = (SAMPLE / f"article.{lang}.txt").read_text(encoding="utf-8")
    if encoding == "koi8":
        text, encoding = text.translate(_KOI8_SAFE), "koi8-u" if lang == "uk" else "koi8-r"
    assert decode(text.encode(encoding), "x.txt") == text


@pytest.mark.parametrize("text", [*UKRAINIAN, *RUSSIAN, "Plain English, “quoted”."])
@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]
)
def test_unicode_with_and_without_marks(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding), "x.txt") == text


def test_text_in_capitals_is_decoded_right_or_refused() -> None:
    """All-capital lines are the hard case; a wrong reading must never come out."""
    for line in _sample_lines("uk") + _sample_lines("ru") + UKRAINIAN + RUSSIAN:
        upper = line.upper().translate(_KOI8_SAFE)
        for encoding in ("cp1251", "koi8-u"):
            try:
                assert decode(upper.encode(encoding), "x.txt") == upper
            except BadInputError as err:
                assert "encoding" in err.reason


def test_legacy_text_that_happens_to_be_valid_utf8() -> None:
    """Windows-1251 "НІ" is the bytes CD B2, valid UTF-8 for the archaic Greek "Ͳ"."""
    text = '"НІ, НІ, НІ, НІ, НІ!'
    assert decode(text.encode("cp1251"), "x.txt") == text


def test_western_legacy_text() -> None:
    text = "Le ministre a présenté à l’Assemblée un projet de loi très contesté, déjà amendé."
    assert decode(text.encode("cp1252"), "x.txt") == text
    german = "Die Bundesregierung plant höhere Ausgaben für Verteidigung und Straßenbau."
    assert decode(german.encode("cp1252"), "x.txt") == german


def test_line_ends_are_normalised() -> None:
    assert decode(b"one\r\ntwo\rthree\n", "x.txt") == "one\ntwo\nthree\n"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00",
        bytes(range(0, 32)) * 20,
        b"text with a \x00 NUL in the middle of it",
    ],
)
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(BadInputError) as caught:
        decode(data, "bin.txt")
    assert str(caught.value) == "bin.txt: this is binary data, not text"


def test_undecodable_bytes_are_refused() -> None:
    with pytest.raises(BadInputError) as caught:
        decode(bytes(range(0x80, 0x100)) * 4, "odd.txt")
    assert "could not tell the text encoding" in str(caught.value)
    assert str(caught.value).startswith("odd.txt: ")


@pytest.mark.parametrize("wrong", ["cp1251", "cp1252", "latin-1"])
def test_mojibake_in_utf8_is_refused(wrong: str) -> None:
    text = UKRAINIAN[1] + " " + RUSSIAN[0]
    garbled = text.encode("utf-8").decode(wrong, errors="ignore").encode("utf-8")
    with pytest.raises(BadInputError) as caught:
        decode(garbled, "old.txt")
    assert "garbled" in caught.value.reason
    assert "\n" not in str(caught.value)


def test_real_text_is_not_taken_for_mojibake() -> None:
    text = "Сі Цзіньпін і Січ: Січеслав, Сірко. Ðoàn Việt — São Paulo, Ñandú, Ãngela."
    assert decode(text.encode("utf-8"), "x.txt") == text


def test_declared_charset_in_html() -> None:
    page = b'<html><head><meta charset="windows-1251"></head>'
    assert declared_charset(page) == "windows-1251"
    other = b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-u">'
    assert declared_charset(other) == "koi8-u"
    assert declared_charset(b"<html><p>none</p>") is None


def test_declared_non_cyrillic_charset_is_used() -> None:
    text = "Zażółć gęślą jaźń: polski tekst w starym kodowaniu."
    assert decode(text.encode("iso-8859-2"), "x.html", declared="iso-8859-2") == text


def test_same_reading_from_two_koi8_tables_is_not_a_tie() -> None:
    reading = best_legacy(RUSSIAN[1].encode("koi8-r"))
    assert reading is not None and reading.text == RUSSIAN[1]
