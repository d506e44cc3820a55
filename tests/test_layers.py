"""The import-linter contracts of pyproject.toml hold: the layers and no Qt below the UI.

``uv run lint-imports`` runs the same check by hand; this test makes ``uv run pytest`` run it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def lint_imports() -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("lint-imports")
    return subprocess.run([str(script), "--no-cache"], cwd=ROOT, capture_output=True, text=True)


def test_import_contracts_are_kept() -> None:
    result = lint_imports()
    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 broken" in result.stdout


def test_the_window_and_the_cli_write_translations_only_through_the_review_service() -> None:
    writers = ("set_translation(", "clear_translation(", "apply_edit(",
               "revert_edit(")
    found = [f"{path.relative_to(ROOT)}: {name}"
             for folder in ("ui", "cli") for path in (ROOT / "reviewer" / folder).glob("*.py")
             for name in writers if name in path.read_text(encoding="utf-8")]
    assert found == []
