"""Engine answers are capped after decompression: an endless answer or a gzip bomb ends as a
per-segment error while the process stays small (peak resident size measured, never time)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.engines.errors import EngineError, ErrorKind
from reviewer.engines.http import HttpClient
from tests.cli_helpers import run_json, run_measured
from tests.conftest import SAMPLE
from tests.engines.servers import MTServer

pytestmark = [pytest.mark.timeout(120)]


@pytest.mark.parametrize("mode", ["endless", "gzipbomb"])
def test_an_answer_over_the_cap_is_a_bad_answer(mode: str) -> None:
    with MTServer("libre") as server:
        server.fault(mode)
        client = HttpClient(timeout=60, label="LibreTranslate")
        client.max_bytes = 1024 * 1024
        with pytest.raises(EngineError) as caught:
            client.request("POST", server.url + "/translate", data={"q": "x"})
        client.close()
    assert caught.value.kind is ErrorKind.BAD_ANSWER
    assert caught.value.message == (f"LibreTranslate at 127.0.0.1:{server.port} sent an answer "
                                    "over the 1 MB limit (endless or a compression bomb?)")


@pytest.mark.parametrize("mode", ["endless", "gzipbomb"])
def test_translate_against_an_endless_or_bomb_answer_fails_per_segment_in_bounded_memory(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, mode: str) -> None:
    imported = run_json(capsys, "import", str(SAMPLE / "article.en.txt"))
    peak = tmp_path / "peak"
    with MTServer("libre") as server:
        server.fault(mode)
        done = run_measured("translate", str(imported["id"]), "--engine", "libre",
                            "--engine-url", server.url, "--to", "uk", "--timeout", "60",
                            peak_file=str(peak))
    assert done.returncode == 1, done.stderr
    errors = [line for line in done.stdout.splitlines() if " ERROR " in line]
    assert len(errors) == imported["segments"]
    assert all("sent an answer over the 10 MB limit" in line for line in errors)
    assert int(peak.read_text()) < 200 * 1024  # KB
