"""Keys: keyring when it has a backend, else the environment with a plain note; never leaked.

The leak test puts a recognisable fake key in the environment, provokes every kind of error through
the CLI, and then greps the database files and everything printed for it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.errors import PasswordSetError

from reviewer.engines.errors import EngineConfigError
from reviewer.engines.keys import find_key, keyring_backend, store_key
from reviewer.engines.registry import create_engine
from tests.cli_helpers import run, run_json
from tests.conftest import SAMPLE
from tests.engines.servers import MTServer, closed_port_url
from tests.pg_secrets import MemoryKeyring

pytestmark = pytest.mark.timeout(60)
FAKE = "sk-FAKE-LEAKCHECK-5c0ffee-d00d"


def test_keyring_first(memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEEPL_API_KEY", "from-the-environment")
    assert keyring_backend() and store_key("deepl", "from-the-keyring")
    found = find_key("deepl")
    assert found.source == "keyring" and found.key and found.key.reveal() == "from-the-keyring"
    assert found.note is None and "from-the-keyring" not in repr(found)


def test_a_keyring_that_refuses_is_a_known_error(memory_keyring: MemoryKeyring,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_service: str, _username: str, _password: str) -> None:
        raise PasswordSetError("the collection is locked")

    monkeypatch.setattr(memory_keyring, "set_password", refuse)
    with pytest.raises(EngineConfigError, match=r"keyring \(.*MemoryKeyring.*\) did not store "
                                                r"the key: the collection is locked"):
        store_key("deepl", "x" * 10)


def test_environment_with_a_plain_note(no_keyring: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEEPL_API_KEY", "from-the-environment")
    found = find_key("deepl")
    assert found.source == "env" and found.key and found.key.reveal() == "from-the-environment"
    assert found.note and "no secure key store" in found.note and "DEEPL_API_KEY" in found.note
    with pytest.raises(EngineConfigError, match="no secure key store"):
        store_key("deepl", "x" * 10)
    monkeypatch.delenv("DEEPL_API_KEY")
    assert find_key("deepl").key is None
    with pytest.raises(EngineConfigError, match="DeepL needs an API key.*DEEPL_API_KEY"):
        create_engine("deepl")


def test_engines_lists_configuration_and_keyring(capsys: pytest.CaptureFixture[str],
                                                 no_keyring: None,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEEPL_API_KEY", FAKE)
    monkeypatch.delenv("MICROSOFT_API_KEY", raising=False)
    listed = run_json(capsys, "engines")
    by_id = {e["id"]: e for e in listed["engines"]}
    assert listed["keyring"] == {"available": False, "backend": None}
    assert list(by_id) == ["google", "mymemory", "deepl", "microsoft", "yandex", "libre",
                           "openai", "argos", "tm"]
    assert by_id["deepl"]["configured"] and by_id["deepl"]["key_source"] == "env"
    assert not by_id["microsoft"]["configured"] and by_id["google"]["default"]
    status, out, err = run(capsys, "engines")
    assert status == 0 and "no secure key store" in out and FAKE not in out + err


def test_a_key_never_reaches_the_database_or_the_output(
        capsys: pytest.CaptureFixture[str], db_path: Path, no_keyring: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("DEEPL_API_KEY", "LIBRETRANSLATE_API_KEY", "OPENAI_API_KEY"):
        monkeypatch.setenv(var, FAKE)
    printed = []
    article = str(run_json(capsys, "import", str(SAMPLE / "article.en.txt"))["id"])
    for engine, protocol in (("deepl", "deepl"), ("libre", "libre"), ("openai:m", "openai")):
        # The right key works, and travels in a header or the body, never in the URL.
        with MTServer(protocol, key=FAKE) as server:
            status, out, err = run(capsys, "translate", article, "--engine", engine,
                                   "--engine-url", server.url, "--to", "uk", "--timeout", "0.3")
            assert status == 0, err
            assert all(FAKE not in s.path + s.query for s in server.seen)
            printed.append(out + err)
            # (5xx retries are covered elsewhere: their backoff would only slow this test.)
            for fault in ("status:403", "status:401", "status:456", "429", "malformed", "hang"):
                server.fault(fault)
                status, out, err = run(capsys, "translate", article, "--engine", engine,
                                       "--engine-url", server.url, "--to", "ru", "--refresh",
                                       "--timeout", "0.3", "--json")
                assert status == 1
                printed.append(out + err)
        # A server that echoes the key back in its error must not get it printed either.
        with MTServer(protocol, key="another-key-entirely") as server:
            status, out, err = run(capsys, "translate", article, "--engine", engine,
                                   "--engine-url", server.url + f"?k={FAKE}", "--to", "ru",
                                   "--timeout", "0.3")
            printed.append(out + err)
        status, out, err = run(capsys, "translate", article, "--engine", engine, "--engine-url",
                               closed_port_url(f"/x?auth_key={FAKE}"), "--to", "ru",
                               "--timeout", "0.3")
        printed.append(out + err)
    status, out, err = run(capsys, "show", article)
    printed.append(out + err)
    assert "ERROR" in out
    for text in printed:
        assert FAKE not in text
    for path in db_path.parent.glob(db_path.name + "*"):
        assert FAKE.encode() not in path.read_bytes(), path.name
