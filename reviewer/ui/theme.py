"""Colours that follow the palette: a light and a dark set, the colour scheme, and WCAG contrast.

Every colour the window paints beside text comes from :func:`colours`, which picks the set that
suits the current palette (dark when the window's background is darker than its text). The app
follows the system's colour scheme (Qt 6.5+ ``QStyleHints.colorScheme()``, and its changes);
``REVIEWER_COLOR_SCHEME`` (``light``/``dark``/``auto``) or the ``color_scheme`` setting forces
one. Both sets keep every text/background pair at WCAG AA (4.5:1, see ``tests/ui/test_theme.py``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

ENV = "REVIEWER_COLOR_SCHEME"
SCHEMES = ("auto", "light", "dark")


@dataclass(frozen=True)
class Colours:
    """One set of colours (hex strings) for text marks painted over the palette's base."""

    delete_fg: str  # a deleted word: struck through
    delete_bg: str
    insert_fg: str  # an inserted word: underlined
    insert_bg: str
    term_bg: str  # a glossary term in the source (text in the palette's text colour)
    term_line: str
    error: str  # a failed fetch, an error message
    warning: str  # "check alignment", QA badges in final texts
    muted: str  # secondary text: shortcuts, scores, captions
    approved: str  # the status bars of final cells (non-text: 3:1 against the base)
    draft: str
    rejected: str
    new: str


LIGHT = Colours(delete_fg="#b71c1c", delete_bg="#fde0e0", insert_fg="#1b5e20",
                insert_bg="#dcf5dc", term_bg="#fff1a8", term_line="#8a6d00", error="#b71c1c",
                warning="#9a5b00", muted="#666666", approved="#2e7d32", draft="#a87b00",
                rejected="#c62828", new="#8c8c8c")
DARK = Colours(delete_fg="#ffb3ad", delete_bg="#4a1c1c", insert_fg="#a8e6a3",
               insert_bg="#183d1b", term_bg="#4d4000", term_line="#e0c050", error="#ff8a80",
               warning="#ffb74d", muted="#a8a8a8", approved="#66bb6a", draft="#e0b000",
               rejected="#ef5350", new="#8c8c8c")


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` is a dark one: its base (where text sits) darker than its text."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    return base.lightnessF() < text.lightnessF()


def colours(palette: QPalette | None = None) -> Colours:
    """The colour set for ``palette`` (the application's when not given)."""
    if palette is None:
        palette = QGuiApplication.palette()
    return DARK if is_dark(palette) else LIGHT


def text_pairs(palette: QPalette) -> dict[str, tuple[str, str, float]]:
    """Every (foreground, background, minimum contrast) pair painted on ``palette``."""
    c = colours(palette)
    base = palette.color(QPalette.ColorRole.Base).name()
    text = palette.color(QPalette.ColorRole.Text).name()
    pairs = {"text": (text, base, 4.5), "deleted word": (c.delete_fg, c.delete_bg, 4.5),
             "inserted word": (c.insert_fg, c.insert_bg, 4.5),
             "glossary term": (text, c.term_bg, 4.5), "error": (c.error, base, 4.5),
             "warning": (c.warning, base, 4.5), "muted": (c.muted, base, 4.5)}
    for status in ("approved", "draft", "rejected", "new"):
        pairs[f"status bar {status}"] = (getattr(c, status), base, 3.0)
    return pairs


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a hex colour."""
    q = QColor(colour)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(q.redF()) + 0.7152 * channel(q.greenF()) + 0.0722 * channel(q.blueF())


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio between two colours (1 to 21)."""
    a, b = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style, used when dark is forced or the style has none."""
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, colour in ((role.Window, "#2b2b2b"), (role.WindowText, "#e8e8e8"),
                      (role.Base, "#1e1e1e"), (role.AlternateBase, "#262626"),
                      (role.ToolTipBase, "#3a3a3a"), (role.ToolTipText, "#f0f0f0"),
                      (role.PlaceholderText, "#9a9a9a"), (role.Text, "#e8e8e8"),
                      (role.Button, "#353535"), (role.ButtonText, "#e8e8e8"),
                      (role.BrightText, "#ff6e6e"), (role.Light, "#4a4a4a"),
                      (role.Midlight, "#3e3e3e"), (role.Mid, "#2f2f2f"), (role.Dark, "#1a1a1a"),
                      (role.Shadow, "#000000"), (role.Highlight, "#2f65ca"),
                      (role.HighlightedText, "#ffffff"), (role.Link, "#8ab4f8"),
                      (role.LinkVisited, "#c58af9")):
        p.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#7f7f7f"))
    return p


def light_palette() -> QPalette:
    """A light palette (Fusion's colours), used when light is forced on a dark system."""
    p = QPalette(QColor("#efefef"), QColor("#efefef"))
    p.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#308cc6"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return p


def chosen_scheme(setting: str = "auto") -> str:
    """``light``, ``dark`` or ``auto``: the environment variable first, then the setting."""
    for value in (os.environ.get(ENV, ""), setting):
        if value.strip().lower() in SCHEMES and value.strip().lower() != "auto":
            return value.strip().lower()
    return "auto"


def apply_scheme(app: QGuiApplication, setting: str = "auto") -> str:
    """Set the app's palette for the chosen scheme and follow the system's changes in ``auto``;
    return the scheme in effect (``light`` or ``dark``)."""
    scheme = chosen_scheme(setting)
    hints = app.styleHints()
    if scheme == "auto":
        hints.colorSchemeChanged.connect(lambda _s: _follow(app))
        return _follow(app)
    _use(app, scheme)
    return scheme


def _follow(app: QGuiApplication) -> str:
    """Match the palette to the system's scheme when the style did not (an unknown scheme keeps
    the style's own palette)."""
    system = app.styleHints().colorScheme()
    wanted = {Qt.ColorScheme.Dark: "dark", Qt.ColorScheme.Light: "light"}.get(system)
    shown = "dark" if is_dark(app.palette()) else "light"
    if wanted is not None and wanted != shown:
        _use(app, wanted)
        return wanted
    return shown


def _use(app: QGuiApplication, scheme: str) -> None:
    """Fusion with its light palette or :func:`dark_palette` (every platform draws them alike)."""
    from PySide6.QtWidgets import QApplication, QStyleFactory

    if isinstance(app, QApplication):
        style = QStyleFactory.create("Fusion")
        if style is not None:
            app.setStyle(style)
    app.setPalette(dark_palette() if scheme == "dark" else light_palette())
