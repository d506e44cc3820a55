"""The settings file holds plain values: binary ones as base64 text, never pickled Python objects;
values an older version pickled are read and rewritten."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from reviewer.ui.settings import Settings


def _qsettings(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_the_window_keeps_its_geometry_as_plain_text(tmp_path: Path, make_window: Any) -> None:
    path = tmp_path / "reviewer.conf"
    window = make_window(Settings(qsettings=_qsettings(path)))
    window.resize(700, 500)
    window.close()
    text = path.read_text()
    assert "PyObjectWrapper" not in text and "@Variant" not in text and "@ByteArray" not in text
    assert "geometry=" in text and "grid_header=" in text
    again = make_window(Settings(qsettings=_qsettings(path)))
    assert again.size().width() == 700 and again.size().height() == 500


def test_values_pickled_by_an_older_version_are_read_and_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "reviewer.conf"
    old = _qsettings(path)
    old.setValue("geometry", b"\x01\xd9\xd0\xcb\x00\x03")  # what PySide6 pickles
    old.setValue("splitter", QByteArray(b"\x00\xff"))
    old.setValue("window_state", 3.5)  # not readable as bytes: dropped, the default applies
    old.setValue("font_size", 13)
    old.sync()
    assert "PyObjectWrapper" in path.read_text()
    settings = Settings(qsettings=_qsettings(path))
    assert settings.get("geometry") == b"\x01\xd9\xd0\xcb\x00\x03"
    assert settings.get("splitter") == b"\x00\xff"
    assert settings.get("window_state") == b""
    assert settings.get("font_size") == 13
    text = path.read_text()
    assert "PyObjectWrapper" not in text and "@ByteArray" not in text
    assert "geometry=AdnQywAD" in text
    assert Settings(qsettings=_qsettings(path)).get("geometry") == b"\x01\xd9\xd0\xcb\x00\x03"


def test_a_damaged_binary_value_gives_the_default() -> None:
    assert Settings({"geometry": "not base64!"}).get("geometry") == b""
    settings = Settings({})
    settings.set("geometry", b"\x00\x01")
    assert settings.get("geometry") == b"\x00\x01"
