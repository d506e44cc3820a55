"""Known errors end a command with one line and exit status 2; a bug keeps its traceback.

A ``ValueError`` is a bug like any other: the CLI must not pass it off as the user's mistake.
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from reviewer.core.errors import FileAccessError, UsageError
from reviewer.engines.errors import EngineError, ErrorKind
from reviewer.services.review import ReviewService
from tests.cli_helpers import run
from tests.conftest import SAMPLE


def _approve_raising(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    def review(*_args: Any, **_kwargs: Any) -> Any:
        raise error

    monkeypatch.setattr(ReviewService, "review", review)


def _import(capsys: pytest.CaptureFixture[str]) -> str:
    status, out, err = run(capsys, "import", str(SAMPLE / "article.en.txt"),
                           "--human", f"ua={SAMPLE / 'article.uk.txt'}")
    assert status == 0, err
    return out.split()[0]


def test_a_value_error_from_a_bug_is_not_passed_off_as_a_user_error(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    aid = _import(capsys)
    _approve_raising(monkeypatch, ValueError("list index out of step"))
    with pytest.raises(ValueError, match="list index out of step"):
        run(capsys, "approve", aid, "3", "--lang", "uk", "--from", "human")


@pytest.mark.parametrize("error", [
    UsageError("segment 3: the article has segments 1 to 2"),
    FileAccessError("out/article.tmx", "No space left on device"),
    EngineError(ErrorKind.OFFLINE, "127.0.0.1:5000 refused the connection"),
])
def test_a_known_error_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch,
                                              error: Exception) -> None:
    aid = _import(capsys)
    _approve_raising(monkeypatch, error)
    status, out, err = run(capsys, "approve", aid, "3", "--lang", "uk", "--from", "human")
    assert (status, out, err) == (2, "", f"reviewer: {error}\n")


def test_a_bug_shows_its_traceback_in_a_real_process() -> None:
    """Run as a user runs it: a bug ends with Python's traceback and status 1, not exit 2
    (``REVIEWER_DB`` points both processes at this test's database)."""
    code = ("import sys\n"
            "from reviewer.services.review import ReviewService\n"
            "from reviewer.cli import main\n"
            "def review(*a, **k): raise ValueError('a bug in approve')\n"
            "ReviewService.review = review\n"
            "sys.exit(main(sys.argv[1:]))\n")
    subprocess.run([sys.executable, "-m", "reviewer", "import", str(SAMPLE / "article.en.txt")],
                   check=True, capture_output=True)
    done = subprocess.run([sys.executable, "-c", code, "approve", "1", "1", "--lang", "uk",
                           "--text", "x"], capture_output=True, text=True)
    assert done.returncode == 1
    assert "Traceback" in done.stderr and "ValueError: a bug in approve" in done.stderr
    assert "reviewer: a bug" not in done.stderr
