"""Running the ``reviewer`` CLI in-process and as a real subprocess, for the CLI tests."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from reviewer.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the CLI in this process; return (status, stdout, stderr)."""
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    """Run a CLI command with ``--json`` and parse what it printed; it must succeed."""
    status, out, err = run(capsys, *args, "--json")
    assert status == 0, err
    return json.loads(out)


def spawn(*args: str, **kwargs: Any) -> subprocess.Popen[str]:
    """Start ``python -m reviewer ARGS`` as a separate process with text pipes."""
    return subprocess.Popen([sys.executable, "-m", "reviewer", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kwargs)
