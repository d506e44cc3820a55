"""Files and stdin that cannot be read: each gives one line naming the input and the reason."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reviewer.formats.errors import BadInputError, human_size
from reviewer.formats.reader import read_document


def _reason(source: str, **kwargs: object) -> str:
    with pytest.raises(BadInputError) as caught:
        read_document(source, **kwargs)  # type: ignore[arg-type]
    err = caught.value
    assert str(err) == f"{source if source != '-' else 'stdin'}: {err.reason}"
    assert "\n" not in str(err)
    return err.reason


def test_missing_file(tmp_path: Path) -> None:
    assert _reason(str(tmp_path / "nope.txt")) == "no such file"


def test_missing_file_that_looks_like_an_address(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    reason = "no such file; for a web page write the address with https://"
    assert _reason("www.rbc.ua/news/stoltenberg") == reason
    assert _reason("rbc.ua/rus/news") == reason
    assert _reason("notes.txt") == "no such file"


def test_directory(tmp_path: Path) -> None:
    assert _reason(str(tmp_path)) == "this is a folder, not a file"


@pytest.mark.parametrize(
    "content", [b"", b"  \n\t\r\n  ", "\ufeff \n".encode(), " \n".encode("utf-16")]
)
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert _reason(str(path)) == "the file is empty"


def test_empty_stdin() -> None:
    assert _reason("-", data=b"\n\n") == "the input is empty"


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "bin.txt"
    path.write_bytes(os.urandom(64) + b"\x00\x01\x02" + bytes(range(256)))
    with pytest.raises(BadInputError) as caught:
        read_document(str(path))
    assert str(caught.value) == f"{path}: this is binary data, not text"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("notes.pdf", "unsupported file type .pdf (expected .txt, .md, .html, .docx)"),
        ("NOTES.PDF", "unsupported file type .pdf (expected .txt, .md, .html, .docx)"),
        (
            "old.doc",
            "unsupported file type .doc (expected .txt, .md, .html, .docx;"
            " save it as .docx in Word)",
        ),
    ],
)
def test_unsupported_extension(tmp_path: Path, name: str, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4 whatever")
    assert _reason(str(path)) == reason


def test_unsupported_extension_message_with_relative_name(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    Path("notes.pdf").write_bytes(b"%PDF")
    with pytest.raises(BadInputError) as caught:
        read_document("notes.pdf")
    assert (
        str(caught.value)
        == "notes.pdf: unsupported file type .pdf (expected .txt, .md, .html, .docx)"
    )


def test_file_over_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 400)
    assert _reason(str(path), max_bytes=1024) == "the file is 2 KB, over the 1 KB limit"


def test_file_over_the_default_cap(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:  # sparse: 25.3 MB without writing them
        handle.truncate(int(25.3 * 1024 * 1024))
    assert _reason(str(path)) == "the file is 25.3 MB, over the 20 MB limit"


def test_stdin_over_the_cap() -> None:
    assert (
        _reason("-", data=b"x" * 2048, max_bytes=1024) == "the input is 2 KB, over the 1 KB limit"
    )


def test_undecodable_file(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 4)
    assert _reason(str(path)).startswith("could not tell the text encoding")


def test_garbled_file(tmp_path: Path) -> None:
    path = tmp_path / "mojibake.txt"
    text = "Україна просить більшої підтримки, а не розміщення військ НАТО."
    path.write_bytes(text.encode("utf-8").decode("cp1251", errors="replace").encode("utf-8"))
    assert _reason(str(path)).startswith("the text is garbled")


def test_stdin_needs_data() -> None:
    with pytest.raises(ValueError):
        read_document("-")


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (0, "0 bytes"),
        (1, "1 byte"),
        (1023, "1023 bytes"),
        (1536, "1.5 KB"),
        (20 * 1024 * 1024, "20 MB"),
    ],
)
def test_human_size(size: int, text: str) -> None:
    assert human_size(size) == text


def test_error_attributes_are_one_line() -> None:
    err = BadInputError("a\nb.txt", "first line\nsecond  line")
    assert (err.source, err.reason, str(err)) == (
        "a b.txt",
        "first line second line",
        "a b.txt: first line second line",
    )
