"""``reviewer spelling`` and the ``spelling`` check of ``reviewer qa`` with Hunspell's real
dictionaries; where Enchant or a dictionary is missing, what the person is told to install."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reviewer.core import dictionaries
from reviewer.core.model import Origin, Status
from reviewer.storage.store import Store
from tests.cli_helpers import run, run_json
from tests.test_cli_qa import article  # noqa: F401 - the approved sample, as a fixture

HAVE_UK = dictionaries.availability("uk").ok and dictionaries.availability("ru").ok
needs_dictionaries = pytest.mark.skipif(
    not HAVE_UK, reason="no Hunspell uk/ru dictionary here: apt install libenchant-2-2 "
                        "hunspell-uk hunspell-ru (.ci/run installs them)")


@pytest.fixture
def no_enchant(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A machine without the Enchant library."""
    def missing() -> None:
        raise ImportError("libenchant-2.so.2: cannot open shared object file")
    dictionaries.availability.cache_clear()
    dictionaries.dictionary.cache_clear()
    monkeypatch.setattr(dictionaries, "_enchant", missing)
    yield
    dictionaries.availability.cache_clear()
    dictionaries.dictionary.cache_clear()


@needs_dictionaries
def test_check_lists_unknown_words_with_suggestions(capsys: pytest.CaptureFixture[str]) -> None:
    found = run_json(capsys, "spelling", "check", "--lang", "ua",
                     "Президент підтвердів, що інтерв’ю з Трампом відбудеться у Києві")
    assert [(w["word"], w["start"], w["end"]) for w in found] == [("підтвердів", 10, 20)]
    assert found[0]["suggestions"][0] == "підтвердив"
    found = run_json(capsys, "spelling", "check", "--lang", "ua", "він плпнує; говорит")
    assert [w["word"] for w in found] == ["плпнує", "говорит"]  # a Russian word in uk text
    assert found[0]["suggestions"][0] == "планує"
    status, out, _ = run(capsys, "spelling", "check", "--lang", "ru", "Ёлка и елка, ещё и еще")
    assert (status, out) == (0, "No unknown words.\n")


@needs_dictionaries
def test_added_words_are_accepted_and_removed(capsys: pytest.CaptureFixture[str]) -> None:
    text = "У районі Грюнерлокка"
    assert [w["word"] for w in run_json(capsys, "spelling", "check", "--lang", "uk", text)] == [
        "Грюнерлокка"]
    assert run(capsys, "spelling", "add", "Грюнерлокка", "--lang", "ua")[1] == (
        "Added Грюнерлокка (UA).\n")
    assert run_json(capsys, "spelling", "check", "--lang", "uk", text) == []
    assert run_json(capsys, "spelling", "list") == [{"lang": "uk", "word": "Грюнерлокка"}]
    assert run_json(capsys, "spelling", "remove", "грюнерлокка", "--lang", "uk")["changed"]
    assert run(capsys, "spelling", "list")[1].startswith("The library's dictionary is empty")


@needs_dictionaries
def test_qa_reports_misspelt_words_of_the_final_text(
        capsys: pytest.CaptureFixture[str], db_path: object, article: int) -> None:  # noqa: F811
    with Store(db_path) as store:  # type: ignore[arg-type]
        seg = store.segment(article, 3)
        text = store.translation(seg.id, "uk").text
        word = next(w for w in text.split() if len(w) > 6 and w.isalpha())
        store.set_translation(seg.id, "uk", text.replace(word, word[:-2] + "ьь", 1),
                              Status.APPROVED, Origin.EDITED)
    data = run_json(capsys, "qa", str(article), "--checks", "spelling")
    assert data["not_spellchecked"] == {}
    flagged = [(s["index"], s["lang"], f["message"]) for s in data["segments"]
               for f in s["findings"]]
    assert flagged == [(4, "uk", f"“{word[:-2]}ьь” is not in the uk dictionary.")]
    run(capsys, "spelling", "add", word[:-2] + "ьь", "--lang", "uk")
    assert run_json(capsys, "qa", str(article), "--checks", "spelling")["segments"] == []


def test_without_enchant_status_and_qa_say_what_to_install(
        capsys: pytest.CaptureFixture[str], no_enchant: None, article: int) -> None:  # noqa: F811
    status, out, _ = run(capsys, "spelling", "status")
    assert status == 0 and "UA: not available: the Enchant library is missing" in out
    assert "apt install libenchant-2-2 hunspell-uk" in out
    status, _, err = run(capsys, "spelling", "check", "--lang", "uk", "текст")
    assert status == 2 and "no uk dictionary here; install Enchant" in err
    status, out, err = run(capsys, "qa", str(article), "--json")
    assert status == 0
    assert "spelling not checked in UA: the Enchant library is missing" in err
    assert "hunspell-ru" in __import__("json").loads(out)["not_spellchecked"]["ru"]


def test_install_hints_name_each_platforms_packages() -> None:
    assert "apt install libenchant-2-2 hunspell-ru" in dictionaries.install_hint("ru", "Linux")
    assert "brew install enchant" in dictionaries.install_hint("uk", "Darwin")
    assert "uk_UA.dic" in dictionaries.install_hint("uk", "Windows")
