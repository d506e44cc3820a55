"""Every ``# type: ignore`` in the package names its error code and says why on its line.

mypy (``uv run mypy``, run by CI) already refuses an ignore without a code and reports one that
is no longer needed; the reason is checked here.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IGNORE = re.compile(r"#\s*type:\s*ignore(?P<codes>\[[^\]]*\])?(?P<rest>.*)$")
PENDING: set[str] = set()


def unexplained() -> list[str]:
    """``path:line`` of every ignore without a code or without a reason after it."""
    found = []
    for path in sorted((ROOT / "reviewer").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name in PENDING:
            continue
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            match = IGNORE.search(line)
            if match and not (match["codes"] and match["rest"].strip(" #-")):
                found.append(f"{name}:{number}: {line.strip()}")
    return found


def test_every_type_ignore_has_a_code_and_a_reason() -> None:
    assert unexplained() == []


def test_an_ignore_without_a_reason_is_found() -> None:
    assert IGNORE.search("x = 1  # type: ignore[misc]")["rest"].strip(" #-") == ""
    assert IGNORE.search("x = 1  # type: ignore[misc]  # a reason")["rest"].strip(" #-")
    assert IGNORE.search("x = 1  # type: ignore")["codes"] is None
