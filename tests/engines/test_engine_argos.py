"""Argos Translate is an optional extra: picked without it installed, it explains how to install it
and its models; with a (stand-in) package, a missing model is a language error saying what to do.
"""

from __future__ import annotations

import sys
import types

import pytest

from reviewer.engines.argos import ArgosEngine
from reviewer.engines.base import EngineSettings
from reviewer.engines.errors import EngineConfigError, ErrorKind
from reviewer.engines.http import HttpClient
from reviewer.engines.registry import create_engine
from tests.cli_helpers import run
from tests.conftest import SAMPLE


def test_missing_package_explains_install_and_models(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "argostranslate", None)  # import fails as if absent
    with pytest.raises(EngineConfigError) as info:
        create_engine("argos")
    text = str(info.value)
    for needed in ("uv sync --extra argos", "pip install argostranslate", ".argosmodel",
                   "install_from_path", "argospm install translate-en_uk", "torch"):
        assert needed in text


def test_cli_reports_it_as_a_user_error(capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "argostranslate", None)
    run(capsys, "import", str(SAMPLE / "article.en.txt"))
    status, out, err = run(capsys, "translate", "1", "--engine", "argos")
    assert status == 2 and "uv sync --extra argos" in err and out == ""


class _Lang:
    def __init__(self, code: str, targets: dict[str, object]):
        self.code, self.targets = code, targets

    def get_translation(self, other: _Lang) -> object | None:
        return self.targets.get(other.code)


class _Pair:
    def translate(self, text: str) -> str:
        return f"[ru] {text}"  # a token standing in for a model's output


def test_installed_pair_translates_and_missing_pair_says_how(
        monkeypatch: pytest.MonkeyPatch) -> None:
    translate = types.ModuleType("argostranslate.translate")
    langs = [_Lang("en", {"ru": _Pair()}), _Lang("ru", {}), _Lang("uk", {})]
    translate.get_installed_languages = lambda: langs  # type: ignore[attr-defined]
    package = types.ModuleType("argostranslate")
    package.translate = translate  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "argostranslate", package)
    monkeypatch.setitem(sys.modules, "argostranslate.translate", translate)
    engine = ArgosEngine(EngineSettings())
    client = HttpClient()
    assert [r.text for r in engine.translate_many(["Hi."], "en", "ru", client)] == ["[ru] Hi."]
    with pytest.raises(Exception) as info:
        engine.translate_many(["Hi."], "en", "uk", client)
    assert getattr(info.value, "kind", None) is ErrorKind.LANGUAGE
    assert "no Argos model is installed for en → uk" in str(info.value)
