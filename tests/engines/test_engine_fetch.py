"""An article's segments through the cache into the store.

Zero requests the second time, errors kept on their segments, usage counted, results committed
one request at a time, cancellation that leaves no thread behind and saves nothing unanswered.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from reviewer.core.model import Role, SegmentDraft
from reviewer.engines.errors import register_secret
from reviewer.engines.fetch import cache_key, translate_article
from reviewer.engines.registry import create_engine
from reviewer.engines.runner import ItemDone, RunState
from reviewer.storage.mt_cache import engine_usage
from reviewer.storage.store import Store
from tests.engines.conftest import fast
from tests.engines.servers import MTServer, Wmt23
from tests.news_corpus import NewsCorpus

pytestmark = [pytest.mark.timeout(30), pytest.mark.usefixtures("no_stuck_threads")]
SOURCES = ["Kyiv is the capital of Ukraine.", "The talks resumed on Monday.",
           "Officials gave no details.", "More support is needed, he said."]
REPEATED = ["Photo: Reuters", "Kyiv is the capital.", "Photo: Reuters"]


@pytest.fixture
def store(db_path: Path) -> Store:
    with Store(db_path) as s:
        s.add_article("Test", "en", "test", [SegmentDraft(0, Role.BODY, t) for t in SOURCES])
        yield s


def _suggestions(store: Store, lang: str) -> list[tuple[str | None, str | None]]:
    return [(x.text, x.error) for seg in store.segments(1) for x in store.suggestions(seg.id, lang)]


def test_second_run_costs_nothing_and_refresh_asks_again(store: Store) -> None:
    with MTServer("libre") as server:
        engine = create_engine("libre", fast(server.url))
        first = translate_article(store, 1, engine, ["uk", "ru"], settings=fast(server.url))
        assert (first.done, first.failed, first.cached, first.requests) == (8, 0, 0, 2)
        assert _suggestions(store, "uk") == [(f"[uk] {t}", None) for t in SOURCES]
        second = translate_article(store, 1, engine, ["uk", "ru"], settings=fast(server.url))
        assert (second.done, second.cached, second.requests, server.requests) == (8, 8, 0, 2)
        third = translate_article(store, 1, engine, ["uk"], settings=fast(server.url),
                                  refresh=True)
        assert (third.cached, third.requests, server.requests) == (0, 1, 3)
    usage = engine_usage(store, "libre")
    assert [(u.engine, u.requests, u.characters) for u in usage] == [
        ("libre", 3, 3 * sum(map(len, SOURCES)))]
    cached = store.conn.db.execute("SELECT count(*) FROM mt_cache WHERE engine = 'libre'")
    assert cached.fetchone()[0] == 8


def test_cached_suggestion_keeps_its_fetch_time(store: Store) -> None:
    with MTServer("libre") as server:
        engine = create_engine("libre", fast(server.url))
        translate_article(store, 1, engine, ["uk"], settings=fast(server.url))
        first = store.suggestions(store.segments(1)[0].id, "uk")[0].fetched_at
        store.conn.db.execute("UPDATE suggestions SET fetched_at = 'later'")
        translate_article(store, 1, engine, ["uk"], settings=fast(server.url))
    assert store.suggestions(store.segments(1)[0].id, "uk")[0].fetched_at == first


def test_repeated_text_is_asked_for_once(db_path: Path) -> None:
    with Store(db_path.with_name("rep.db")) as s, MTServer("google") as server:
        s.add_article("R", "en", "t", [SegmentDraft(0, Role.CAPTION, t) for t in REPEATED])
        engine = create_engine("google", fast(server.url))
        state = translate_article(s, 1, engine, ["uk"], settings=fast(server.url))
        assert (state.total, state.done, state.requests, server.requests) == (3, 3, 2, 2)
        assert [s.suggestions(seg.id, "uk")[0].text for seg in s.segments(1)] == [
            f"[uk] {t}" for t in REPEATED]


def test_cache_key_changes_with_what_changes_output() -> None:
    base = cache_key("libre", {"url": "http://a"}, "en", "uk", "Text.")
    assert base == cache_key("libre", {"url": "http://a"}, "en", "uk", "Text.")
    for other in (cache_key("libre", {"url": "http://b"}, "en", "uk", "Text."),
                  cache_key("deepl", {"url": "http://a"}, "en", "uk", "Text."),
                  cache_key("libre", {"url": "http://a"}, "en", "ru", "Text."),
                  cache_key("libre", {"url": "http://a"}, "en", "uk", "Text!")):
        assert other.key != base.key
    register_secret("url-secret-0042")
    assert "url-secret-0042" not in cache_key("libre", {"url": "http://a/?key=url-secret-0042"},
                                              "en", "uk", "Text.").options


def test_failures_are_saved_on_their_segments_and_not_cached(store: Store) -> None:
    with MTServer("openai") as server:
        server.fault("500")
        engine = create_engine("openai:m", fast(server.url))
        state = translate_article(store, 1, engine, ["uk"], settings=fast(server.url, retries=1))
        assert (state.done, state.failed) == (4, 4)
        saved = _suggestions(store, "uk")
        assert all(text is None and error.startswith("server-error: ") for text, error in saved)
        server.fault(None)
        again = translate_article(store, 1, engine, ["uk"], settings=fast(server.url))
    assert (again.cached, again.failed) == (0, 0)
    assert [s.engine for s in store.suggestions(store.segments(1)[0].id)] == ["openai:m"]


def test_known_unsupported_language_fails_without_a_request(store: Store) -> None:
    with MTServer("deepl", key="k" * 10) as server:
        engine = create_engine("deepl", fast(server.url, "k" * 10))
        state = translate_article(store, 1, engine, ["xx"], settings=fast(server.url))
    assert (state.failed, server.requests) == (4, 0)
    assert all(e and e.startswith("language: DeepL does not translate en → xx")
               for _, e in _suggestions(store, "xx"))


def test_results_arrive_one_request_at_a_time_on_the_calling_thread(store: Store) -> None:
    seen: list[tuple[int, str]] = []
    caller = threading.get_ident()

    def on_result(done: ItemDone) -> None:
        assert threading.get_ident() == caller
        # Already committed: a second connection sees it.
        with Store(store.path) as other:
            assert other.suggestions(done.item.key.segment_id, done.item.target)
        seen.append((done.item.key.index, done.item.target))

    with MTServer("google") as server:
        engine = create_engine("google", fast(server.url))
        translate_article(store, 1, engine, ["uk"], settings=fast(server.url),
                          state=RunState(on_result=on_result))
    assert sorted(seen) == [(i, "uk") for i in range(4)]


def test_cancel_stops_a_hung_run_and_saves_nothing_unanswered(store: Store) -> None:
    with MTServer("libre") as server:
        server.fault("hang")
        settings = fast(server.url, timeout=15, batch=1, concurrency=2)
        engine = create_engine("libre", settings)
        state = RunState()
        errors: list[BaseException] = []
        # The store belongs to this thread; the run gets its own connection, as a window would.
        path = store.path

        def work() -> None:
            try:
                with Store(path) as own:
                    translate_article(own, 1, engine, ["uk"], settings=settings, state=state)
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        worker = threading.Thread(target=work)
        worker.start()
        while server.requests < 2:
            threading.Event().wait(0.01)
        state.cancel()
        worker.join(10)
        assert not worker.is_alive() and not errors
    assert (state.done, state.cancelled) == (0, 4)
    assert _suggestions(store, "uk") == []


def test_mt_output_is_stored_as_served(store: Store, db_path: Path, news: NewsCorpus) -> None:
    if not news.path.exists():
        pytest.skip(f"{news.path} is absent (a clone without the shared corpora)")
    wmt = Wmt23(news.systems[0], news.path)
    lines = wmt.lines[:12]
    with Store(db_path.with_name("wmt.db")) as s:
        s.add_article("WMT23", "en", "wmt23", [SegmentDraft(0, Role.BODY, t) for t in lines])
        with MTServer("openai", wmt) as server:
            engine = create_engine("openai:m", fast(server.url))
            state = translate_article(s, 1, engine, ["uk", "ru"], settings=fast(server.url))
        assert state.failed == 0
        for lang in ("uk", "ru"):
            got = [s.suggestions(seg.id, lang)[0].text for seg in s.segments(1)]
            assert got == [wmt.mt[line][lang] for line in lines]
