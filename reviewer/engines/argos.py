"""Argos Translate: offline translation with models installed from local ``.argosmodel`` files.

Argos pulls in torch (1.4 GB or more), so it is an optional extra, never a default dependency:
``uv sync --extra argos`` (or ``pip install argostranslate``). It is imported only when a user picks
the engine; if it is missing, :func:`load_argos` raises an :class:`EngineConfigError` that says how
to install it and its models. No network is used: a model not installed for a language pair is a
``language`` error that says how to install one.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from reviewer.engines.base import EngineSettings, EngineSpec, Result
from reviewer.engines.errors import EngineConfigError, EngineError, ErrorKind
from reviewer.engines.http import HttpClient

ARGOS = EngineSpec(
    id="argos", name="Argos Translate (offline)", batch=1, concurrency=1,
    note="optional extra: uv sync --extra argos; models from .argosmodel files",
)

MODELS_HELP = (
    "Install a model for each language pair from a downloaded .argosmodel file:\n"
    "  python -c \"import argostranslate.package as p; "
    "p.install_from_path('translate-en_uk.argosmodel')\"\n"
    "or, with internet once: argospm update && argospm install translate-en_uk "
    "(and translate-en_ru). Models live in ~/.local/share/argos-translate/packages "
    "(or $ARGOS_PACKAGES_DIR)."
)
MISSING_HELP = (
    "Argos Translate is not installed. It is an optional extra because it pulls in torch "
    "(about 1.4 GB or more). Install it with:\n"
    "  uv sync --extra argos\n"
    "or: pip install argostranslate\n" + MODELS_HELP
)


def load_argos() -> Any:
    """``argostranslate.translate``, or an :class:`EngineConfigError` that explains the setup."""
    try:
        from argostranslate import translate
    except ImportError:
        raise EngineConfigError(MISSING_HELP) from None
    return translate


class ArgosEngine:
    """One text at a time on this machine's CPU; the model is loaded once per language pair."""

    spec = ARGOS
    _lock = threading.Lock()

    def __init__(self, settings: EngineSettings):
        self.settings = settings
        self.translate_mod = load_argos()
        self._pairs: dict[tuple[str, str], Any] = {}

    @property
    def name(self) -> str:
        return self.spec.id

    def cache_options(self) -> dict[str, Any]:
        return {}

    def _translation(self, source: str, target: str) -> Any:
        with self._lock:
            if (source, target) not in self._pairs:
                langs = self.translate_mod.get_installed_languages()
                installed = {lang.code: lang for lang in langs}
                pair = None
                if source in installed and target in installed:
                    pair = installed[source].get_translation(installed[target])
                if pair is None:
                    raise EngineError(ErrorKind.LANGUAGE,
                                      f"no Argos model is installed for {source} → {target}. "
                                      + MODELS_HELP)
                self._pairs[(source, target)] = pair
            return self._pairs[(source, target)]

    def translate_many(self, texts: Sequence[str], source: str, target: str,
                       client: HttpClient) -> list[Result]:
        pair = self._translation(source, target)
        results = []
        for text in texts:
            if client.cancel.is_set():
                raise EngineError(ErrorKind.CANCELLED, "stopped by the user")
            out = pair.translate(text)
            results.append(Result(out.strip()) if isinstance(out, str) and out.strip() else
                           Result.fail(EngineError(ErrorKind.BAD_ANSWER,
                                                   "Argos gave an empty translation")))
        return results
