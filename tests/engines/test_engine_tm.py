"""The translation memory as an engine: ``reviewer translate ARTICLE --engine tm``, offline.

Article 1 holds NTREX-128 lines approved with their Ukrainian references; article 2 repeats one
line as it was, one in British spelling (a fuzzy match) and one line never approved. No socket
may be opened while the engine runs.
"""

from __future__ import annotations

import json
import socket
import threading
from pathlib import Path

import pytest

from reviewer import library
from reviewer.core.model import Role, SegmentDraft
from reviewer.engines.http import HttpClient
from reviewer.engines.registry import SPECS, create_engine
from reviewer.engines.tm import TmEngine
from reviewer.storage.store import Store
from reviewer.storage.tm_memory import load_memory
from tests.cli_helpers import run, run_json
from tests.tm_corpus import SOURCES, Line, spelling_pairs

pytestmark = pytest.mark.usefixtures("no_stuck_threads")


@pytest.fixture(params=SOURCES)
def lines(request: pytest.FixtureRequest) -> list[Line]:
    return spelling_pairs(request.param)[:8]


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the tm engine opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def articles(db_path: Path, lines: list[Line]) -> tuple[int, int]:
    with Store(db_path) as store:
        drafts = [SegmentDraft(i, Role.BODY, x.en) for i, x in enumerate(lines[:5])]
        first = store.add_article("approved", "en", "test", drafts).id
        for i, x in enumerate(lines[:5]):
            library.approve(store, first, i, "uk", text=x.uk)
        new = [lines[1].en, lines[3].en_gb, lines[7].en]
        second = store.add_article("new", "en", "test",
                                   [SegmentDraft(i, Role.BODY, t) for i, t in enumerate(new)]).id
    return first, second


def test_translate_fills_exact_and_fuzzy_offline_and_errors_on_the_rest(
        capsys: pytest.CaptureFixture[str], articles: tuple[int, int], lines: list[Line],
        offline: None) -> None:
    _, new = articles
    status, out, err = run(capsys, "translate", str(new), "--engine", "tm", "--to", "uk",
                           "--json")
    assert status == 1, err  # one segment has no match
    data = json.loads(out)
    rows = {r["segment"]: r for r in data["results"]}
    assert rows[1]["text"] == lines[1].uk and rows[2]["text"] == lines[3].uk
    assert rows[3]["text"] is None and rows[3]["error_kind"] == "bad-answer"
    assert "no match of 75% or more in the translation memory" in rows[3]["error"]
    assert data["requests"] == 0 and data["engine"] == "tm"
    shown = run_json(capsys, "show", str(new))
    assert shown["segments"][0]["mt"]["uk"][0]["engine"] == "tm"


def test_cache_is_reused_until_the_memory_changes(capsys: pytest.CaptureFixture[str],
                                                  articles: tuple[int, int], db_path: Path,
                                                  lines: list[Line], offline: None) -> None:
    _, new = articles
    args = ("translate", str(new), "--engine", "tm", "--to", "uk", "--json")
    run(capsys, *args)
    again = run(capsys, *args)[1]
    assert '"cached": 2' in again  # nothing changed: both matches from the cache
    with Store(db_path) as store:
        library.approve(store, new, 2, "uk", text="Новий переклад.")
        approved = store.add_article("more", "en", "test", [SegmentDraft(0, Role.BODY,
                                                                         lines[7].en)]).id
        library.approve(store, approved, 0, "uk", text=lines[7].uk)
    status, out, _ = run(capsys, *args)
    assert status == 0 and '"cached": 0' in out and lines[7].uk in out


def test_a_pair_without_units_is_a_language_error(capsys: pytest.CaptureFixture[str],
                                                  articles: tuple[int, int],
                                                  offline: None) -> None:
    data = run(capsys, "translate", str(articles[1]), "--engine", "tm", "--to", "ru", "--json")
    assert data[0] == 1 and data[1].count('"error_kind": "language"') == 3


def test_engine_url_names_another_database(capsys: pytest.CaptureFixture[str],
                                           articles: tuple[int, int], tmp_path: Path) -> None:
    status, _, err = run(capsys, "translate", str(articles[1]), "--engine", "tm",
                         "--engine-url", str(tmp_path / "missing.db"))
    assert status == 2 and "no such database for the translation memory" in err
    other = tmp_path / "other.db"
    Store(other).close()  # an empty memory elsewhere: nothing matches
    status, out, _ = run(capsys, "translate", str(articles[1]), "--engine", "tm", "--to", "uk",
                         "--engine-url", str(other), "--json")
    assert status == 1 and out.count('"error_kind": "language"') == 3


def test_engine_over_a_memory_the_window_owns(db_path: Path, articles: tuple[int, int],
                                              lines: list[Line], tmp_path: Path) -> None:
    with Store(db_path) as store:
        memory = load_memory(store)
    with Store(tmp_path / "empty.db") as store:
        nothing = load_memory(store)  # a library with no approval and no imported unit
    engine = TmEngine(memory=memory)
    client = HttpClient(1.0, threading.Event(), "tm")
    try:
        results = engine.translate_many([lines[2].en, lines[4].en_gb, "Nothing like it."],
                                        "en", "uk", client)
        empty = TmEngine(memory=nothing).translate_many(["x"], "en", "uk", client)
    finally:
        client.close()
        memory.close()
        nothing.close()
    assert [r.text for r in results[:2]] == [lines[2].uk, lines[4].uk] and not results[2].ok
    assert engine.matches[("en", "uk", lines[2].en)].percent == 100
    assert 75 <= engine.matches[("en", "uk", lines[4].en_gb)].percent < 100
    assert engine.cache_options()["memory"] == memory.fingerprint()
    assert empty[0].error is not None and empty[0].error.kind == "language"


def test_registered_and_ready_without_key_or_network() -> None:
    assert "tm" in SPECS and not SPECS["tm"].needs_key and not SPECS["tm"].needs_url
    assert create_engine("tm").name == "tm"
