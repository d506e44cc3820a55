"""Every input bounded: a web page by a whole-request deadline and a size cap, stdin by the file
cap read in chunks; each failure one line and exit 2 from the CLI, in a real process.

Nothing here asserts on time: the deadline is given (``--timeout 2``) and pytest-timeout guards
that the process returned; memory is a peak resident size read from ``getrusage``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.formats.budgets import read_limited
from reviewer.formats.errors import BadInputError
from tests.cli_helpers import run_measured


def _reviewer(*args: str, stdin: object = subprocess.DEVNULL) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reviewer", *args], stdin=stdin,  # type: ignore[call-overload]
                          capture_output=True, text=True, timeout=120)


@pytest.mark.timeout(60)
@pytest.mark.parametrize(("path", "reason"), [
    ("/slow-body", "the download did not finish in time (timed out after 2 s)"),
    ("/slow-headers", "the server did not answer (timed out after 2 s)"),
])
def test_cli_url_import_ends_at_its_deadline(loopback, path: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    url = loopback.url(path)
    done = _reviewer("import", url, "--timeout", "2")
    assert done.returncode == 2, done.stderr
    assert done.stderr == f"reviewer: {url}: {reason}\n"


@pytest.mark.timeout(120)
@pytest.mark.parametrize("path", ["/endless", "/gzip-bomb"])
def test_cli_url_import_of_an_endless_or_bomb_page_stops_at_20_mb(loopback, path: str) -> None:  # type: ignore[no-untyped-def]
    url = loopback.url(path)
    done = _reviewer("import", url, "--timeout", "60")
    assert done.returncode == 2, done.stderr
    assert done.stderr == f"reviewer: {url}: the page is over the 20 MB limit\n"


@pytest.mark.timeout(120)
def test_stdin_from_dev_zero_is_refused_at_the_cap_in_bounded_memory(tmp_path: Path) -> None:
    peak = tmp_path / "peak"
    with open("/dev/zero", "rb") as zero:
        done = run_measured("import", "-", stdin=zero, peak_file=str(peak))
    assert done.returncode == 2
    assert done.stderr == "reviewer: stdin: the input is over the 20 MB limit\n"
    assert int(peak.read_text()) < 200 * 1024  # KB


def test_read_limited_reads_up_to_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "x"
    path.write_bytes(b"a" * 1000)
    with path.open("rb") as stream:
        assert read_limited(stream, "stdin", 1000) == b"a" * 1000
    with path.open("rb") as stream, pytest.raises(BadInputError) as caught:
        read_limited(stream, "stdin", 999)
    assert str(caught.value) == "stdin: the input is over the 999 bytes limit"
