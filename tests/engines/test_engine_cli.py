"""``reviewer translate`` end to end on the bundled sample against loopback servers.

The sample has no real MT, so the servers answer with the ``[uk] `` + source token (see
``servers.marked``): the tests check that every segment is filled, not what a translation says.
"""

from __future__ import annotations

import pytest

from tests.cli_helpers import run, run_json
from tests.conftest import SAMPLE
from tests.engines.servers import MTServer

pytestmark = [pytest.mark.timeout(60), pytest.mark.usefixtures("no_stuck_threads")]


def _import(capsys: pytest.CaptureFixture[str]) -> tuple[str, int]:
    imported = run_json(capsys, "import", str(SAMPLE / "article.en.txt"))
    return str(imported["id"]), imported["segments"]


def _translate(capsys: pytest.CaptureFixture[str], article: str, *args: str) -> tuple[int, dict]:
    import json

    status, out, err = run(capsys, "translate", article, "--json", *args)
    return status, json.loads(out) if out else {"stderr": err}


@pytest.mark.parametrize(("engine", "protocol"), [("libre", "libre"),
                                                  ("openai:local-model", "openai")])
def test_sample_fills_every_segment_and_a_second_run_sends_nothing(
        capsys: pytest.CaptureFixture[str], engine: str, protocol: str) -> None:
    article, n = _import(capsys)
    with MTServer(protocol) as server:
        status, first = _translate(capsys, article, "--engine", engine, "--engine-url",
                                   server.url, "--to", "ua,ru")
        assert status == 0 and first["languages"] == ["uk", "ru"]
        assert (first["total"], first["translated"], first["failed"]) == (2 * n, 2 * n, 0)
        sent = server.requests
        assert sent == first["requests"] and sent < n  # batched
        status, second = _translate(capsys, article, "--engine", engine, "--engine-url",
                                    server.url, "--to", "uk,ru")
        assert status == 0 and server.requests == sent
        assert (second["cached"], second["requests"]) == (2 * n, 0)
    engines = {e["id"]: e for e in run_json(capsys, "engines")["engines"]}
    usage = engines[engine.split(":")[0]]["usage"]
    assert usage["today"]["requests"] == usage["total"]["requests"] == sent
    assert usage["today"]["characters"] == first["characters"] > 0
    shown = run_json(capsys, "show", article, "--lang", "uk,ru")
    name = first["engine"]
    for seg in shown["segments"]:
        for lang in ("uk", "ru"):
            [mt] = [m for m in seg["mt"][lang] if m["engine"] == name]
            assert mt["error"] is None and mt["text"] == f"[{lang}] {seg['source']}"


def test_hung_server_gives_each_segment_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    article, n = _import(capsys)
    with MTServer("libre") as server:
        server.fault("hang")
        status, out, err = run(capsys, "translate", article, "--engine", "libre",
                               "--engine-url", server.url, "--timeout", "0.3",
                               "--concurrency", "2")
        # Four requests (two batches per language) but only the first wave is sent: nothing
        # goes to a server that has not answered a single request within the timeout.
        assert server.requests <= 2
    assert status == 1
    errors = [line for line in out.splitlines() if " ERROR " in line]
    assert len(errors) == 2 * n
    assert all(f"timeout: LibreTranslate at 127.0.0.1:{server.port} did not answer within 0.3 s"
               in line for line in errors)
    shown = run_json(capsys, "show", article)
    assert all(seg["mt"]["uk"][0]["error"].startswith("timeout: ") for seg in shown["segments"])


def test_user_errors_exit_2(capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    article, _ = _import(capsys)
    monkeypatch.delenv("OPENAI_MODEL", raising=False)
    for args, words in ((["--engine", "babelfish"], "unknown engine"),
                        (["--engine", "openai"], "needs a model"),
                        (["--to", "en"], "already"),
                        (["--to", "ukrainian"], "unknown language"),
                        (["--concurrency", "0"], "--concurrency")):
        status, out, err = run(capsys, "translate", article, *args)
        assert status == 2 and words in err, (args, err)
    status, out, err = run(capsys, "translate", "99", "--engine", "libre")
    assert status == 2 and "no article with id 99" in err


def test_partial_failure_exits_1_and_keeps_the_successes(
        capsys: pytest.CaptureFixture[str]) -> None:
    article, n = _import(capsys)
    with MTServer("libre", languages=frozenset({"en", "uk"})) as server:
        status, result = _translate(capsys, article, "--engine", "libre", "--engine-url",
                                    server.url)
    assert status == 1 and (result["translated"], result["failed"]) == (n, n)
    kinds = {(r["lang"], r["error_kind"]) for r in result["results"]}
    assert kinds == {("uk", None), ("ru", "language")}


def test_progress_bar_draws_on_a_terminal_only(capsys: pytest.CaptureFixture[str]) -> None:
    from reviewer.cli.engine_cmds import Progress

    bar = Progress(2, "libre → UA", enabled=True)
    bar.update(True)
    bar.update(False)
    bar.close()
    quiet = Progress(2, "libre → UA", enabled=False)
    quiet.update(True)
    quiet.close()
    err = capsys.readouterr().err
    assert err.endswith("\rlibre → UA [" + "#" * 30 + "] 2/2  1 failed\n")
    assert err.count("\n") == 1
