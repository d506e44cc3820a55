"""Colours from the palette: WCAG AA contrast on the light and the dark palette, a forced scheme,
the system's scheme followed, and the grid painted in the palette's colours."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from reviewer.storage.store import Store
from reviewer.ui import theme
from reviewer.ui.diff_delegate import spans_to_html
from tests.seed import seed_mt

PALETTES = {"light": theme.light_palette, "dark": theme.dark_palette}


@pytest.fixture
def restore_palette(qapp: QApplication) -> Any:
    """Put the application's palette and style back after the test."""
    palette, style = QPalette(qapp.palette()), qapp.style().name()
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)


@pytest.mark.parametrize("name", PALETTES)
def test_every_colour_pair_meets_wcag_aa(qapp: QApplication, name: str) -> None:
    palette = PALETTES[name]()
    assert theme.is_dark(palette) == (name == "dark")
    low = {pair: round(theme.contrast(fg, bg), 2)
           for pair, (fg, bg, least) in theme.text_pairs(palette).items()
           if theme.contrast(fg, bg) < least}
    assert low == {}, f"{name} palette: pairs below WCAG AA"


def test_contrast_is_computed_as_wcag_says() -> None:
    assert theme.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


def test_the_diff_is_drawn_in_the_dark_set_on_a_dark_palette(qapp: QApplication) -> None:
    from reviewer.core.diff import word_diff

    spans = word_diff("країни мають", "країн має")
    dark = spans_to_html(spans, theme.colours(theme.dark_palette()))
    light = spans_to_html(spans, theme.colours(theme.light_palette()))
    assert theme.DARK.delete_bg in dark and theme.DARK.insert_bg in dark
    assert theme.LIGHT.delete_bg in light and theme.DARK.delete_bg not in light


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_a_forced_scheme_sets_the_palette(restore_palette: QApplication,
                                          monkeypatch: pytest.MonkeyPatch, scheme: str) -> None:
    monkeypatch.setenv(theme.ENV, scheme)
    assert theme.apply_scheme(restore_palette, "auto") == scheme
    assert theme.is_dark(restore_palette.palette()) == (scheme == "dark")


def test_the_setting_forces_a_scheme_when_the_environment_does_not(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(theme.ENV, raising=False)
    assert theme.chosen_scheme("dark") == "dark"
    monkeypatch.setenv(theme.ENV, "light")
    assert theme.chosen_scheme("dark") == "light"
    monkeypatch.setenv(theme.ENV, "purple")  # unknown: the setting decides
    assert theme.chosen_scheme("auto") == "auto"


def test_the_app_follows_the_system_going_dark_and_back(restore_palette: QApplication,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The system's scheme changes while the app runs (the offscreen platform cannot change it,
    so its style hint answers as a system gone dark would, and says so by its signal)."""
    monkeypatch.delenv(theme.ENV, raising=False)
    app = restore_palette
    app.setPalette(theme.light_palette())
    hints = app.styleHints()
    system = [Qt.ColorScheme.Light]
    monkeypatch.setattr(hints, "colorScheme", lambda: system[0])
    assert theme.apply_scheme(app, "auto") == "light"
    system[0] = Qt.ColorScheme.Dark
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.is_dark(app.palette())
    system[0] = Qt.ColorScheme.Light
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not theme.is_dark(app.palette())


def test_the_grid_and_the_editor_repaint_in_dark_colours(qtbot: Any, make_window: Any,
                                                         store: Store,
                                                         restore_palette: QApplication) -> None:
    article = store.articles()[0].article.id
    for view in store.segment_views(article, ["uk"])[:3]:
        seed_mt(store, view.segment.id, "uk", "google", "Зайве " + view.human["uk"])
    window = make_window()
    label = window.editor.machine_box.itemAt(0).widget().findChildren(QLabel)[0]
    assert colour_share(window.grid, theme.LIGHT.delete_bg) > 0
    assert theme.LIGHT.delete_bg in label.text()
    restore_palette.setPalette(theme.dark_palette())
    qtbot.waitUntil(lambda: colour_share(window.grid, theme.DARK.delete_bg) > 0)
    assert colour_share(window.grid, theme.LIGHT.delete_bg) == 0
    label = window.editor.machine_box.itemAt(0).widget().findChildren(QLabel)[0]
    assert theme.DARK.delete_bg in label.text()
    restore_palette.setPalette(theme.light_palette())
    qtbot.waitUntil(lambda: colour_share(window.grid, theme.LIGHT.delete_bg) > 0)


def colour_share(widget: QWidget, colour: str) -> float:
    """The share of ``widget``'s painted pixels that are exactly ``colour``."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32,
                           count=image.bytesPerLine() * image.height() // 4)
    return float(np.mean(pixels == QColor(colour).rgb()))
