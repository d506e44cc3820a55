"""Cognate keys word by word: transliteration, the coarse spelling, and which words carry none."""

from __future__ import annotations

import pytest

from reviewer.core.cognates import key, keys, latin


def test_latin_transliterates_cyrillic_and_keeps_the_rest() -> None:
    assert latin("Щедрість") == "shchedrist_"
    assert latin("Їжак-Ёж") == "izhak-ezh"
    assert latin("Straße") == "straße"


@pytest.mark.parametrize(("en", "cyrillic", "expected"), [
    ("Washington", "Вашингтон", "~vsng"),  # w and v, sh and s
    ("Stoltenberg", "Столтенберг", "~stlt"),  # four consonants kept
    ("Clinton", "Клінтон", "~klnt"),  # c and k
    ("Hamburg", "Гамбург", "~gmbr"),  # h and g
    ("Khmelnytskyi", "Хмельницький", "~kmln"),  # kh and k, the soft sign a vowel
    ("Thompson", "Томпсон", "~tmps"),  # th and t
    ("Philadelphia", "Філадельфія", "~fldl"),  # ph and f
    ("Texas", "Техас", "~tks"),  # x and ks; three consonants are enough
])
def test_a_name_and_its_cyrillic_rendering_share_a_key(en: str, cyrillic: str,
                                                       expected: str) -> None:
    assert key(en) == expected
    assert key(cyrillic)[:len(expected)] == expected


@pytest.mark.parametrize(("word", "expected"), [
    ("quarter", "~kvrt"), ("xylophone", "~klfn"), ("Jackson", "~ksn"), ("Zhytomyr", "~ztmr"),
    ("Tsunami", "~knm"), ("Shchors", "~srs"),
])
def test_coarse_spelling(word: str, expected: str) -> None:
    assert key(word) == expected


@pytest.mark.parametrize("word", ["Obama", "Київ", "Nick", "aeiou", "Straßburg"])
def test_words_with_too_few_or_non_latin_consonants_have_no_key(word: str) -> None:
    assert key(word) is None


def test_keys_of_a_sentence_come_from_its_words_of_five_letters_or_more() -> None:
    assert keys("Kent, Obama and Stoltenberg met in Washington 2024; Kyiv1234 Paris") == \
        {"~stlt", "~vsng", "~prs"}
    assert keys("") == set()
