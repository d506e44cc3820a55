"""Every setting of the window, declared once with its type and default, stored in QSettings.

Nothing else calls ``QSettings()``; tests pass a plain dict as the backend. Every value is stored
as a plain one (text, number): binary ones (window geometry and state) as base64 text, so the
settings file holds no pickled Python objects. Older versions stored those as pickled
``PySide::PyObjectWrapper`` values; they are still read, and rewritten as base64 on start.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Option:
    """One setting: its key, type, default and what it means."""

    key: str
    type: type
    default: Any
    doc: str


OPTIONS: dict[str, Option] = {o.key: o for o in (
    Option("user_name", str, "", "your name in the history, comments and exports (empty: "
           "$REVIEWER_USER, else the system's login name)"),
    Option("server_url", str, "", "the library server opened last (File > Open library on a "
           "server), as a postgresql:// URL without its password"),
    Option("last_library", str, "", "the library opened last by File > Open library (a file's "
           "path or a postgresql:// URL without its password): opened at start when neither "
           "--db nor $REVIEWER_DB names one"),
    Option("engine", str, "google", "machine-translation engine for F5"),
    Option("engine_url", str, "", "server URL for LibreTranslate / OpenAI-compatible engines"),
    Option("engine_model", str, "", "model name for the OpenAI-compatible engine"),
    Option("concurrency", int, 4, "requests in flight at once"),
    Option("timeout", float, 20.0, "seconds before a request is given up"),
    Option("target_langs", str, "uk,ru", "target languages shown, in order"),
    Option("font_size", int, 0, "font size in points (0: the system's)"),
    Option("ui_language", str, "auto", "interface language: auto, en or uk"),
    Option("qa_checks", str, "all", "QA checks run in the window: all, none or a comma list "
           "of check ids (numbers,names,...)"),
    Option("repeat_fill", bool, True, "fill segments that repeat an approved one as drafts "
           "(origin repeat) when an article opens and after an approval"),
    Option("spelling_off", str, "", "target languages not spellchecked in the window, as a "
           "comma list (uk,ru); empty: every language with a dictionary"),
    Option("last_article", int, 0, "the article open when the window closed"),
    Option("positions", str, "", "the current segment of each article opened, as "
           "article:segment pairs (the newest first), to come back to it"),
    Option("export_format", str, "tmx", "the format of the last export"),
    Option("export_folder", str, "", "the folder of the last export (empty: Documents)"),
    Option("record_effort", bool, True, "record each approval's post-editing time and "
           "keystrokes in the library (kept on this machine)"),
    Option("color_scheme", str, "auto", "colours: auto (follow the system), light or dark"),
    Option("geometry", bytes, b"", "window geometry"),
    Option("window_state", bytes, b"", "docks and toolbars"),
    Option("splitter", bytes, b"", "grid / editor split"),
    Option("grid_header", bytes, b"", "grid column sizes"),
)}


def decode_bytes(raw: Any) -> bytes | None:
    """A stored binary value: base64 text, or (from older versions) bytes or a QByteArray;
    None when it is neither."""
    if isinstance(raw, str):
        try:
            return base64.b64decode(raw.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            return None
    if isinstance(raw, bytes | bytearray | memoryview):
        return bytes(raw)
    if hasattr(raw, "data") and callable(raw.data):  # QByteArray
        return bytes(raw.data())
    return None


class Settings:
    """Typed access to the declared options over QSettings or, in tests, a dict.

    ``qsettings`` (tests: one over a file of their own) replaces the user's settings.
    """

    def __init__(self, backend: MutableMapping[str, Any] | None = None,
                 qsettings: Any = None) -> None:
        if backend is None:
            from PySide6.QtCore import QSettings

            self._qt = qsettings if qsettings is not None else QSettings("reviewer", "reviewer")
            self._dict: MutableMapping[str, Any] | None = None
            self.migrate()
        else:
            self._qt = None
            self._dict = backend

    def _raw(self, key: str) -> Any:
        return self._dict.get(key) if self._dict is not None else self._qt.value(key)

    def migrate(self) -> int:
        """Rewrite binary values stored the old way (pickled bytes) as base64 text; return how
        many were rewritten. A value that cannot be read is removed (its default applies)."""
        changed = 0
        for option in OPTIONS.values():
            raw = self._raw(option.key)
            if option.type is not bytes or raw is None or isinstance(raw, str):
                continue
            value = decode_bytes(raw)
            if value is None:
                self._qt.remove(option.key)
            else:
                self.set(option.key, value)
            changed += 1
        if changed:
            self.sync()
        return changed

    def get(self, key: str) -> Any:
        """The value of ``key``, converted to its declared type; the default when unset or bad."""
        option = OPTIONS[key]
        raw = self._raw(key)
        if raw is None or raw == "":
            return option.default
        try:
            if option.type is bytes:
                value = decode_bytes(raw)
                return option.default if value is None else value
            if option.type is bool:
                return raw in (True, "true", "1", 1)
            return option.type(raw)
        except (TypeError, ValueError):
            return option.default

    def set(self, key: str, value: Any) -> None:
        """Store ``value`` for ``key`` (which must be declared)."""
        option = OPTIONS[key]
        if option.type is bytes:
            value = base64.b64encode(bytes(value)).decode("ascii")
        elif not isinstance(value, option.type):
            value = option.type(value)
        if self._dict is not None:
            self._dict[key] = value
        else:
            self._qt.setValue(key, value)

    def sync(self) -> None:
        """Write pending changes to disk."""
        if self._qt is not None:
            self._qt.sync()
