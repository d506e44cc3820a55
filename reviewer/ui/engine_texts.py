"""The engines' words in the interface language: what each engine is, whether it is ready, keyring.

The engines package keeps its texts in English (the CLI prints them); the settings dialog shows
them through these functions, translated in the ``Engines`` context. Brand names (Google, DeepL)
stay as they are. A text the table does not know is shown as the engines package wrote it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from reviewer.engines import keys
from reviewer.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Engines"

#: What each engine is, by engine id (the same words as ``EngineSpec.note``).
NOTES: dict[str, str] = {
    "google": QT_TRANSLATE_NOOP("Engines", "free web endpoint, no key; the default"),
    "mymemory": QT_TRANSLATE_NOOP("Engines", "free, no key; a small daily allowance"),
    "deepl": QT_TRANSLATE_NOOP("Engines", "key (free keys end in :fx); character quota per "
                                          "month"),
    "microsoft": QT_TRANSLATE_NOOP("Engines", "key; region from MICROSOFT_REGION if the key "
                                              "needs one"),
    "yandex": QT_TRANSLATE_NOOP("Engines", "key; deep-translator speaks the legacy v1.5 API"),
    "libre": QT_TRANSLATE_NOOP("Engines", "self-hosted server (URL), key only if the server "
                                          "asks for one"),
    "openai": QT_TRANSLATE_NOOP("Engines", "OpenAI or a local server (Ollama, llama.cpp, vLLM, "
                                           "LM Studio): URL, model, key if any"),
    "argos": QT_TRANSLATE_NOOP("Engines", "optional extra: uv sync --extra argos; models from "
                                          ".argosmodel files"),
    "tm": QT_TRANSLATE_NOOP("Engines", "exact and >= 75% matches from approved segments and "
                                       "imported TMX/XLIFF; no network"),
}

#: Engine names that are descriptions rather than brands.
NAMES: dict[str, str] = {
    "argos": QT_TRANSLATE_NOOP("Engines", "Argos Translate (offline)"),
    "openai": QT_TRANSLATE_NOOP("Engines", "OpenAI-compatible chat model"),
    "tm": QT_TRANSLATE_NOOP("Engines", "Translation memory (offline)"),
}

#: ``registry.status`` messages: a pattern over the English text and its translation template.
STATUSES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"ready"), QT_TRANSLATE_NOOP("Engines", "ready")),
    (re.compile(r"installed"), QT_TRANSLATE_NOOP("Engines", "installed")),
    (re.compile(r"ready \(give --model\)"), QT_TRANSLATE_NOOP("Engines", "ready (give a model)")),
    (re.compile(r"ready \(key from (?P<source>\S+)\)"),
     QT_TRANSLATE_NOOP("Engines", "ready (key from {source})")),
    (re.compile(r"needs an API key \((?P<where>\S+) or keyring\)"),
     QT_TRANSLATE_NOOP("Engines", "needs an API key ({where} or keyring)")),
    (re.compile(r"not installed: (?P<command>.+)"),
     QT_TRANSLATE_NOOP("Engines", "not installed: {command}")),
)

#: Where a key was found (``KeyLookup.source``).
SOURCES: dict[str, str] = {
    "keyring": QT_TRANSLATE_NOOP("Engines", "the system keyring"),
    "env": QT_TRANSLATE_NOOP("Engines", "an environment variable"),
}

#: The same sentence as ``keys.NO_KEYRING`` (a test keeps the two equal).
NO_KEYRING = QT_TRANSLATE_NOOP("Engines", "no secure key store (system keyring) was found, so "
                                          "API keys are read from environment variables "
                                          "({vars}); they are not stored encrypted")


def translate(text: str) -> str:
    """``text`` in the interface language (the ``Engines`` context)."""
    return QCoreApplication.translate(CONTEXT, text)


def engine_name(engine_id: str, name: str) -> str:
    """An engine's name: brands as they are, descriptions translated."""
    return translate(NAMES[engine_id]) if engine_id in NAMES else name


def engine_note(engine_id: str, note: str) -> str:
    """What an engine is, translated when known (``note`` as written otherwise)."""
    return translate(NOTES[engine_id]) if engine_id in NOTES else note


def key_source(source: str | None) -> str:
    """Where a key came from, in words."""
    return translate(SOURCES[source]) if source in SOURCES else str(source or "")


def engine_status(message: str) -> str:
    """A ``registry.status`` message translated (as written if its form is unknown)."""
    for pattern, template in STATUSES:
        found = pattern.fullmatch(message)
        if found:
            values = found.groupdict()
            if "source" in values:
                values["source"] = key_source(values["source"])
            return translate(template).format(**values)
    return message


def no_keyring_note() -> str:
    """The no-keyring sentence, translated, naming the environment variables."""
    return translate(NO_KEYRING).format(vars=", ".join(sorted(keys.ENV_VARS.values())))
