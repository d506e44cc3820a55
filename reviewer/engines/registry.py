"""Every engine the app knows, and making one ready to translate (its key found, its settings set).

Engine ids are what the user types (``--engine libre``) and what each suggestion stores as its
engine, except the chat engine, stored as ``openai:MODEL`` because each model translates
differently and a reviewer compares them side by side (``--engine openai:MODEL`` is accepted too).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable

from reviewer.engines.argos import ARGOS, ArgosEngine
from reviewer.engines.base import Engine, EngineSettings, EngineSpec
from reviewer.engines.deep import (
    GOOGLE,
    MICROSOFT,
    MYMEMORY,
    YANDEX,
    GoogleEngine,
    MicrosoftEngine,
    MyMemoryEngine,
    YandexEngine,
)
from reviewer.engines.deepl import DEEPL, DeeplEngine
from reviewer.engines.errors import EngineConfigError
from reviewer.engines.keys import KeyLookup, find_key
from reviewer.engines.libre import LIBRE, LibreEngine
from reviewer.engines.openai_chat import OPENAI, OpenAIChatEngine
from reviewer.engines.tm import TM, TmEngine

DEFAULT_ENGINE = "google"
SPECS: dict[str, EngineSpec] = {
    s.id: s for s in (GOOGLE, MYMEMORY, DEEPL, MICROSOFT, YANDEX, LIBRE, OPENAI, ARGOS, TM)
}
_FACTORIES: dict[str, Callable[[EngineSettings], Engine]] = {
    "google": GoogleEngine, "mymemory": MyMemoryEngine, "deepl": DeeplEngine,
    "microsoft": MicrosoftEngine, "yandex": YandexEngine, "libre": LibreEngine,
    "openai": OpenAIChatEngine, "argos": ArgosEngine, "tm": TmEngine,
}


def parse_engine(text: str) -> tuple[EngineSpec, str | None]:
    """``libre`` or ``openai:MODEL`` → the engine's spec and the model named with it."""
    engine_id, _, model = text.strip().partition(":")
    model = model.strip()
    spec = SPECS.get(engine_id.lower())
    if spec is None:
        raise EngineConfigError(f"unknown engine {text!r}; choose one of: {', '.join(SPECS)}")
    if model and not spec.needs_model:
        raise EngineConfigError(f"the {spec.id} engine takes no model")
    return spec, model or None


def lookup_key(spec: EngineSpec) -> KeyLookup | None:
    """The key for an engine that takes one (from the keyring or the environment), else ``None``."""
    if not (spec.needs_key or spec.key_optional):
        return None
    return find_key(spec.id)


def status(spec: EngineSpec, lookup: KeyLookup | None) -> tuple[bool, str]:
    """Whether an engine is usable as configured now, and what it still needs, in words."""
    if spec.id == "argos":
        try:
            import importlib.util

            found = importlib.util.find_spec("argostranslate") is not None
        except (ImportError, ValueError):
            found = False
        return (True, "installed") if found else (False, "not installed: uv sync --extra argos")
    if spec.needs_key and not (lookup and lookup.key):
        return False, f"needs an API key ({lookup.env_var if lookup else 'key'} or keyring)"
    if spec.needs_model and not (spec.env_model and os.environ.get(spec.env_model)):
        return True, "ready (give --model)"
    if lookup and lookup.key:
        return True, f"ready (key from {lookup.source})"
    return True, "ready"


def create_engine(engine: str, settings: EngineSettings | None = None,
                  lookup: KeyLookup | None = None) -> Engine:
    """Make an engine ready: its key found (unless ``settings`` carries one), its model set.

    Raises :class:`EngineConfigError` (a known error, the user's to fix) when something it
    needs is missing, saying what to do.
    """
    spec, model = parse_engine(engine)
    settings = settings or EngineSettings()
    if model:
        settings = dataclasses.replace(settings, model=model)
    if settings.key is None:
        lookup = lookup or lookup_key(spec)
        if lookup and lookup.key:
            settings = dataclasses.replace(settings, key=lookup.key)
    if spec.needs_key and not settings.key:
        env_var = lookup.env_var if lookup else None
        raise EngineConfigError(
            f"{spec.name} needs an API key: store it with `reviewer engines --set-key {spec.id}`"
            + (f" or set {env_var}" if env_var else ""))
    return _FACTORIES[spec.id](settings)
