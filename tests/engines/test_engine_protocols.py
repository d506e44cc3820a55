"""Each engine against a loopback server speaking its real protocol, working and in each fault."""

from __future__ import annotations

import json

import pytest
import requests
from deep_translator import GoogleTranslator, LibreTranslator
from deep_translator.exceptions import LanguageNotSupportedException

from reviewer.engines.errors import EngineConfigError, ErrorKind
from reviewer.engines.registry import create_engine
from reviewer.engines.runner import RunState, translate_many
from tests.engines.conftest import fast
from tests.engines.servers import MTServer, Wmt23, closed_port_url
from tests.news_corpus import NewsCorpus

pytestmark = [pytest.mark.timeout(30), pytest.mark.usefixtures("no_stuck_threads")]

KEY = "loopback-key-123456"
# engine to configure, protocol the server speaks, key the engine sends
ENGINES = [("libre", "libre", None), ("google", "google", None), ("mymemory", "mymemory", None),
           ("deepl", "deepl", KEY), ("openai:loopback-model", "openai", None)]
IDS = [e[1] for e in ENGINES]
TEXTS = ["The first segment.", "The second segment."]


def _run(engine: str, url: str, key: str | None, texts: list[str] = TEXTS,
         target: str = "uk", **kwargs: object) -> tuple[list[str | None], list[str], RunState]:
    settings = fast(url, key, **kwargs)
    state = RunState()
    results = translate_many(create_engine(engine, settings), texts, "en", target,
                             settings=settings, state=state)
    return ([r.text for r in results],
            [str(r.error.kind) if r.error else "" for r in results], state)


@pytest.mark.parametrize(("engine", "protocol", "key"), ENGINES, ids=IDS)
def test_translates_and_slow_answers_arrive(engine: str, protocol: str, key: str | None) -> None:
    with MTServer(protocol, key=key, delay=0.05) as server:
        texts, errors, _ = _run(engine, server.url, key)
    assert texts == [f"[uk] {t}" for t in TEXTS] and errors == ["", ""]


@pytest.mark.parametrize(("engine", "protocol", "key"), ENGINES, ids=IDS)
def test_hang_costs_one_timeout_and_says_so(engine: str, protocol: str, key: str | None) -> None:
    with MTServer(protocol, key=key) as server:
        server.fault("hang")
        texts, errors, state = _run(engine, server.url, key, TEXTS * 4, concurrency=2)
    assert texts == [None] * 8 and set(errors) == {"timeout"}
    assert server.requests <= 2  # the breaker sends nothing more to a server that never answered


@pytest.mark.parametrize(("engine", "protocol", "key"), ENGINES, ids=IDS)
def test_429_is_retried_after_retry_after(engine: str, protocol: str, key: str | None) -> None:
    with MTServer(protocol, key=key) as server:
        server.fault("429", times=1, retry_after="0")
        texts, errors, _ = _run(engine, server.url, key, TEXTS[:1])
    assert texts == [f"[uk] {TEXTS[0]}"] and server.requests == 2


@pytest.mark.parametrize(("engine", "protocol", "key"), ENGINES, ids=IDS)
def test_500_is_retried_then_reported(engine: str, protocol: str, key: str | None) -> None:
    with MTServer(protocol, key=key) as server:
        server.fault("500")
        texts, errors, state = _run(engine, server.url, key, TEXTS[:1], retries=2)
    assert texts == [None] and errors == ["server-error"]
    assert server.requests == 3 and state.requests == 3


@pytest.mark.parametrize(("engine", "protocol", "key"), ENGINES, ids=IDS)
@pytest.mark.parametrize(("status", "kind"), [("403", "key"), ("400", "rejected")])
def test_auth_and_bad_request_are_not_retried(engine: str, protocol: str, key: str | None,
                                              status: str, kind: str) -> None:
    with MTServer(protocol, key=key) as server:
        server.fault(f"status:{status}")
        texts, errors, _ = _run(engine, server.url, key, TEXTS[:1])
    assert errors == [kind] and server.requests == 1


@pytest.mark.parametrize(("engine", "protocol", "key"), ENGINES, ids=IDS)
def test_malformed_answer_is_a_bad_answer(engine: str, protocol: str, key: str | None) -> None:
    with MTServer(protocol, key=key) as server:
        server.fault("malformed")
        texts, errors, _ = _run(engine, server.url, key, TEXTS[:1])
    assert errors == ["bad-answer"] and server.requests == 1


@pytest.mark.parametrize(("engine", "protocol", "key"), ENGINES, ids=IDS)
def test_connection_refused_is_offline(engine: str, protocol: str, key: str | None) -> None:
    path = {"google": "/m", "mymemory": "/get", "openai": "/v1"}.get(protocol, "")
    texts, errors, _ = _run(engine, closed_port_url(path), key, TEXTS)
    assert texts == [None, None] and set(errors) == {"offline"}


def test_libre_server_speaks_what_deep_translator_sends() -> None:
    with MTServer("libre") as server:
        # deep-translator: POST with everything in the query string, key included.
        client = LibreTranslator(source="en", target="ru", api_key="x", custom_url=server.url + "/")
        assert client.translate("Hello.") == "[ru] Hello."
        assert "q=Hello." in server.seen[-1].query and "api_key=x" in server.seen[-1].query
        # ... and the trap: its language list has no Ukrainian.
        with pytest.raises(LanguageNotSupportedException):
            LibreTranslator(source="en", target="uk", api_key="x", custom_url=server.url + "/")
        form = requests.post(server.url + "/translate", timeout=5,
                             data={"q": "Hi.", "source": "en", "target": "uk"})
        assert form.json() == {"translatedText": "[uk] Hi."}
        many = requests.post(server.url + "/translate", timeout=5,
                             json={"q": ["A.", "B."], "source": "en", "target": "uk"})
        assert many.json() == {"translatedText": ["[uk] A.", "[uk] B."]}


def test_libre_batches_sends_key_in_body_and_names_language_errors() -> None:
    with MTServer("libre", key=KEY, languages=frozenset({"en", "ru"})) as server:
        texts, errors, state = _run("libre", server.url, KEY, TEXTS, target="ru")
        assert texts == [f"[ru] {t}" for t in TEXTS] and state.requests == 1
        seen = server.seen[-1]
        assert json.loads(seen.body)["q"] == TEXTS and KEY not in seen.query
        texts, errors, _ = _run("libre", server.url, KEY, TEXTS, target="uk")
        assert errors == ["language", "language"] and server.requests == 2
        texts, errors, _ = _run("libre", server.url, None, TEXTS, target="ru")
        assert errors == ["key", "key"]


def test_google_page_is_what_deep_translator_parses() -> None:
    with MTServer("google") as server:
        client = GoogleTranslator(source="en", target="uk")
        client._base_url = server.url
        assert client.translate("Hello <world> & co.") == "[uk] Hello <world> & co."


def test_deepl_key_in_header_quota_and_bad_key() -> None:
    with MTServer("deepl", key=KEY) as server:
        texts, _, state = _run("deepl", server.url, KEY, TEXTS)
        seen = server.seen[-1]
        assert seen.headers["Authorization"] == f"DeepL-Auth-Key {KEY}"
        assert KEY not in seen.query and KEY.encode() not in seen.body and state.requests == 1
        _, errors, _ = _run("deepl", server.url, "wrong-key-000000", TEXTS)
        assert errors == ["key", "key"]
        server.fault("status:456")
        _, errors, _ = _run("deepl", server.url, KEY, TEXTS * 3)
        assert set(errors) == {"quota"} and server.requests == 3  # 456 stops the engine at once


def test_mymemory_quota_warning_is_not_a_translation() -> None:
    with MTServer("mymemory") as server:
        server.fault("quota")
        texts, errors, _ = _run("mymemory", server.url, None, TEXTS[:1])
    assert texts == [None] and errors == ["quota"]


def test_openai_batch_mismatch_falls_back_to_one_by_one() -> None:
    with MTServer("openai") as server:
        texts, _, state = _run("openai:m", server.url, None, TEXTS)
        assert texts == [f"[uk] {t}" for t in TEXTS] and state.requests == 1
        body = json.loads(server.seen[-1].body)
        assert body["temperature"] == 0 and json.loads(body["messages"][1]["content"]) == {
            "1": TEXTS[0], "2": TEXTS[1]}
        server.fault("mismatch")
        texts, _, state = _run("openai:m", server.url, None, TEXTS)
        assert texts == [f"[uk] {t}" for t in TEXTS] and state.requests == 3
        assert [json.loads(s.body)["messages"][1]["content"] for s in server.seen[-2:]] == TEXTS


def test_long_segment_is_split_for_mymemory_and_rejoined() -> None:
    long = " ".join(f"Sentence number {i} is in this paragraph." for i in range(20))
    with MTServer("mymemory") as server:
        texts, errors, state = _run("mymemory", server.url, None, [long])
    assert len(long) > 500 and state.requests > 1
    assert all(len(s.query) < 1200 for s in server.seen)
    assert texts[0] and texts[0].count("[uk] ") == state.requests
    assert texts[0].replace("[uk] ", "") == long


def test_unknown_model_and_missing_model_are_explained() -> None:
    with pytest.raises(EngineConfigError, match="needs a model"):
        create_engine("openai", fast("http://127.0.0.1:1/v1"))
    with pytest.raises(EngineConfigError, match="unknown engine"):
        create_engine("babelfish")
    with MTServer("openai") as server:
        server.fault("status:404")
        _, errors, _ = _run("openai:m", server.url, None, TEXTS[:1])
    assert errors == [str(ErrorKind.REJECTED)]


def test_mt_lines_come_back_in_order_at_concurrency_8(news: NewsCorpus) -> None:
    if not news.path.exists():
        pytest.skip(f"{news.path} is absent (a clone without the shared corpora)")
    wmt = Wmt23(news.systems[0], news.path)
    lines = wmt.lines[:24]
    with MTServer("google", wmt) as server:
        # A timeout long enough for a loaded machine: this test is about order, not timeouts.
        texts, errors, state = _run("google", server.url, None, lines, target="ru",
                                    concurrency=8, timeout=10.0)
    assert texts == [wmt.mt[line]["ru"] for line in lines]
    assert state.requests == server.requests == len(lines)
