"""Error classification, Retry-After, key scrubbing, long-segment splitting, retry pacing."""

from __future__ import annotations

import threading

import pytest

from reviewer.engines.base import Secret
from reviewer.engines.errors import (
    EngineError,
    ErrorKind,
    classify_status,
    parse_error,
    register_secret,
    retry_after_seconds,
    scrub,
)
from reviewer.engines.limits import Breaker, RateLimiter, RetryPolicy
from reviewer.engines.openai_chat import chat_url, parse_batch
from reviewer.engines.splitting import rejoin, split_to_limit


@pytest.mark.parametrize(("status", "kind"), [
    (429, ErrorKind.RATE_LIMITED), (401, ErrorKind.KEY), (403, ErrorKind.KEY),
    (456, ErrorKind.QUOTA), (500, ErrorKind.SERVER), (503, ErrorKind.SERVER),
    (400, ErrorKind.REJECTED), (404, ErrorKind.REJECTED), (413, ErrorKind.REJECTED),
])
def test_statuses_are_classified(status: int, kind: ErrorKind) -> None:
    error = classify_status(status, where="DeepL at example.org")
    assert error.kind is kind
    assert str(error).startswith(f"{kind}: DeepL at example.org")
    assert error.retryable == (kind in (ErrorKind.RATE_LIMITED, ErrorKind.SERVER))


def test_kind_words_leave_str_methods_alone() -> None:
    # A property named ``title`` hid ``str.title()`` on every kind (calling it raised TypeError).
    assert ErrorKind.TIMEOUT.words == "no answer in time"
    assert ErrorKind.TIMEOUT.title() == "Timeout"
    assert all(kind.words for kind in ErrorKind)


def test_engine_overrides_and_retry_after() -> None:
    error = classify_status(404, where="Yandex", overrides={404: (ErrorKind.QUOTA, "daily limit")})
    assert error.kind is ErrorKind.QUOTA and "daily limit" in error.message
    assert classify_status(429, where="x", retry_after="7").retry_after == 7.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_stored_error_reads_back() -> None:
    error = EngineError(ErrorKind.TIMEOUT, "x did not answer within 20 s")
    assert parse_error(str(error)) == (ErrorKind.TIMEOUT, "x did not answer within 20 s")
    assert parse_error("something else") == (None, "something else")


def test_keys_are_scrubbed_everywhere() -> None:
    key = "fake-key-SCRUB-0123456789"
    register_secret(key)
    assert scrub(f"url?auth_key={key}&x=1") == "url?auth_key=***&x=1"
    error = classify_status(403, where="server", detail=f"bad key {key}")
    assert key not in str(error) and "***" in str(error)
    secret = Secret(key)
    assert key not in repr(secret) and key not in f"{secret}" and secret.reveal() == key


def test_split_long_segment_at_sentences_and_rejoin() -> None:
    text = ("The first sentence is here. The second one follows it. "
            "A third sentence ends the paragraph.")
    pieces = split_to_limit(text, 40, "en")
    assert pieces.texts == ("The first sentence is here.", "The second one follows it.",
                            "A third sentence ends the paragraph.")
    assert all(len(p) <= 40 for p in pieces.texts)
    assert rejoin(list(pieces.texts), pieces) == text
    assert split_to_limit(text, None, "en").texts == (text,)


def test_split_packs_sentences_and_cuts_overlong_ones() -> None:
    text = "One is short. Two is short. Long " + "word " * 30 + "end."
    pieces = split_to_limit(text, 30, "en")
    assert pieces.texts[0] == "One is short. Two is short."
    assert len(pieces.texts) > 3 and all(len(p) <= 30 for p in pieces.texts)
    assert rejoin(list(pieces.texts), pieces) == text.strip()
    nospace = split_to_limit("x" * 25, 10, "en")
    assert nospace.texts == ("x" * 10, "x" * 10, "x" * 5)
    assert rejoin(list(nospace.texts), nospace) == "x" * 25


def test_retry_policy_honours_retry_after_and_gives_up() -> None:
    policy = RetryPolicy(retries=2, base_s=0.5, max_wait_s=10)
    limited = EngineError(ErrorKind.RATE_LIMITED, "slow down", retry_after=3)
    assert policy.delay(0, limited) == 3
    assert policy.delay(2, limited) is None
    assert policy.delay(0, EngineError(ErrorKind.RATE_LIMITED, "x", retry_after=600)) is None
    server = EngineError(ErrorKind.SERVER, "500")
    assert all(0 <= policy.delay(1, server) <= 1.0 for _ in range(50))
    for kind in (ErrorKind.KEY, ErrorKind.REJECTED, ErrorKind.BAD_ANSWER, ErrorKind.OFFLINE):
        assert policy.delay(0, EngineError(kind, "no")) is None


def test_breaker_stops_dead_servers_but_retries_hiccups() -> None:
    breaker = Breaker()
    assert breaker.failure(EngineError(ErrorKind.TIMEOUT, "t"), "uk")
    assert breaker.tripped("ru") is not None
    alive = Breaker()
    alive.success()
    assert not alive.failure(EngineError(ErrorKind.TIMEOUT, "t"), "uk")
    assert alive.failure(EngineError(ErrorKind.LANGUAGE, "no uk"), "uk")
    assert alive.tripped("uk") is not None and alive.tripped("ru") is None
    assert alive.failure(EngineError(ErrorKind.QUOTA, "456"), "ru")
    assert alive.tripped("ru") is not None


def test_rate_limiter_spaces_starts_and_stops_on_cancel() -> None:
    limiter = RateLimiter(1000.0)
    cancel = threading.Event()
    assert all(limiter.wait(cancel) for _ in range(3))
    slow = RateLimiter(0.001)  # one start per 1000 s
    assert slow.wait(cancel)
    cancel.set()
    assert not slow.wait(cancel)  # the second start would wait; cancelled, it returns at once
    assert RateLimiter(None).wait(threading.Event())


def test_chat_answers_are_read_strictly() -> None:
    fenced = '<think>plan the work</think>\n```json\n{"1": "Один.", "2": "Два."}\n```'
    assert parse_batch(fenced, 2) == ["Один.", "Два."]
    assert parse_batch('{"1": "Один."}', 2) is None
    assert parse_batch('{"1": "Один.", "2": ""}', 2) is None
    assert parse_batch('{"1": "Один.", "2": "Два.", "3": "Три."}', 2) is None
    assert parse_batch("Один. Два.", 2) is None
    assert chat_url("http://localhost:11434") == "http://localhost:11434/v1/chat/completions"
    assert chat_url("http://h:8080/v1/") == "http://h:8080/v1/chat/completions"
    assert chat_url("http://h/x/chat/completions") == "http://h/x/chat/completions"
