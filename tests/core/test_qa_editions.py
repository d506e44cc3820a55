"""The cross-edition check: a number, date or name one edition has and the other lacks."""

from __future__ import annotations

from reviewer.core.qa.editions import check_editions

SRC = ("NATO chief Stoltenberg visited Kyiv on Feb. 29 and promised 5 million shells "
       "within six months.")
UK = ("Генсек НАТО Столтенберг відвідав Київ 29 лютого і пообіцяв 5 млн снарядів "
      "протягом шести місяців.")
RU = ("Генсек НАТО Столтенберг посетил Киев 29 февраля и пообещал 5 млн снарядов "
      "в течение шести месяцев.")


def test_equal_editions_raise_nothing_across_transliteration_sets() -> None:
    assert check_editions(SRC, {"uk": UK, "ru": RU}) == {"uk": [], "ru": []}


def test_a_number_the_russian_version_lacks() -> None:
    ru = RU.replace("5 млн", "миллионы")
    found = check_editions(SRC, {"uk": UK, "ru": ru})
    assert found["uk"] == []
    [f] = found["ru"]
    assert f.kind == "editions" and f.code == "number-only-in-other" and f.other_lang == "uk"
    assert "UA version has 5,000,000" in f.message
    (other,) = f.other_spans
    assert UK[other.start:other.end] == "5 млн"
    assert SRC[f.source_spans[0].start:f.source_spans[0].end] == "5 million"


def test_a_date_and_a_name_the_ukrainian_version_lacks() -> None:
    uk = UK.replace(" Столтенберг", "").replace("29 лютого", "29-го")
    found = check_editions(SRC, {"uk": uk, "ru": RU})
    codes = sorted(f.code for f in found["uk"])
    assert codes == ["date-only-in-other", "name-only-in-other"]
    name = next(f for f in found["uk"] if f.code == "name-only-in-other")
    assert "Stoltenberg" in name.message and name.other_lang == "ru"
    assert found["ru"] == []


def test_one_edition_alone_is_not_compared() -> None:
    assert check_editions(SRC, {"uk": UK, "ru": ""}) == {"uk": [], "ru": []}
