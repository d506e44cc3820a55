"""Hostile text: damaged UTF-8 is refused rather than turned into mojibake, and text of
invisible characters only (zero-width, byte-order marks, RLO) is empty."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.formats.reader import BadInputError, read_document

ENGLISH = ("The government approved a new programme on Tuesday. Officials said the plan would "
           "cost three billion.\n\n") * 20


def _refused(path: Path) -> str:
    with pytest.raises(BadInputError) as caught:
        read_document(str(path))
    assert "\n" not in str(caught.value)
    return caught.value.reason


def test_invalid_utf8_inside_english_text_is_refused_not_garbled(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(ENGLISH.encode() + "The café owner said “no”.".encode() + b" A bad \xff byte."
                     + ENGLISH.encode())
    first = len(ENGLISH.encode()) + len("The café owner said “no”. A bad ".encode())
    assert _refused(path) == ("the text is UTF-8 but damaged: 1 byte(s) are not UTF-8, the first "
                              f"at byte {first} after “é owner said “no”. A bad”; repair it or "
                              "save it again as UTF-8")


def test_a_truncated_sequence_in_utf8_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes("Ціна — 5 €. ".encode() * 30 + b"\xe2\x80 " + ENGLISH.encode())
    assert _refused(path).startswith("the text is UTF-8 but damaged: 2 byte(s) are not UTF-8")


def test_legacy_text_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(("Уряд ухвалив програму підтримки малого бізнесу, повідомила "
                      "прем'єр-міністерка.\n\n" * 5).encode("cp1251"))
    assert read_document(str(path)).title.startswith("Уряд ухвалив програму")


@pytest.mark.parametrize("content", [
    "\u200b\u200b\u200b", "\ufeff\ufeff", "\u202e\u202e\u202e", "\u200b \u200d\n\u2060\u202e",
])
def test_a_file_of_invisible_characters_is_empty(tmp_path: Path, content: str) -> None:
    path = tmp_path / "invisible.txt"
    path.write_bytes(content.encode())
    assert _refused(path) == "the file is empty"


def test_stdin_of_invisible_characters_is_empty() -> None:
    with pytest.raises(BadInputError) as caught:
        read_document("-", data="\ufeff\u200b\u202e".encode())
    assert str(caught.value) == "stdin: the input is empty"
