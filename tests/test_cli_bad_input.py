"""Bad input through the CLI: one line naming the file and the reason, exit 2, no writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_helpers import run, run_json
from tests.conftest import SAMPLE


def _files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 20,
        "notes.pdf": b"%PDF-1.4 whatever",
        "garbled.txt": "Привет".encode("utf-16-le")[:5] + b"\xff\xfe\x00\x01" * 3,
    }
    out = {}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        out[name] = tmp_path / name
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(21 * 1024 * 1024)
    out["big.txt"] = big
    out["missing.txt"] = tmp_path / "missing.txt"
    return out


@pytest.mark.parametrize("name", ["empty.txt", "binary.txt", "notes.pdf", "garbled.txt",
                                  "big.txt", "missing.txt"])
def test_bad_source(capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str) -> None:
    path = _files(tmp_path)[name]
    status, out, err = run(capsys, "import", str(path))
    assert status == 2 and out == ""
    assert err.startswith(f"reviewer: {path}") or name in err
    assert err.count("\n") == 1, err
    assert run_json(capsys, "list") == []


def test_unreachable_url(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "import", "http://127.0.0.1:9/article.html")
    assert status == 2 and "http://127.0.0.1:9/article.html" in err and err.count("\n") == 1


def test_bad_human_version_leaves_no_article(capsys: pytest.CaptureFixture[str],
                                             tmp_path: Path) -> None:
    empty = _files(tmp_path)["empty.txt"]
    status, _, err = run(capsys, "import", str(SAMPLE / "article.en.txt"),
                         "--human", f"uk={SAMPLE / 'article.uk.txt'}", "--human", f"ru={empty}")
    assert status == 2 and "empty.txt" in err
    assert run_json(capsys, "list") == []


def test_bad_human_spec(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "import", str(SAMPLE / "article.en.txt"), "--human", "uk")
    assert status == 2 and "LANG=PATH_OR_URL" in err
