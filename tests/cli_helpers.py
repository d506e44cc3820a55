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


_MEASURE = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True)
sys.stdout.buffer.write(done.stdout)
sys.stderr.buffer.write(done.stderr)
with open(PEAK, "w") as out:
    out.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(done.returncode)
"""


def run_measured(*args: str, stdin: Any = subprocess.DEVNULL, peak_file: str,
                 env: dict[str, str] | None = None,
                 timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``python -m reviewer ARGS`` under a fresh parent process that writes the child's peak
    resident size (KB, from ``getrusage(RUSAGE_CHILDREN)``) into ``peak_file``."""
    code = f"PEAK = {peak_file!r}\n" + _MEASURE
    return subprocess.run([sys.executable, "-c", code, sys.executable, "-m", "reviewer", *args],
                          stdin=stdin, capture_output=True, text=True, timeout=timeout, env=env)
