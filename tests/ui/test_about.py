"""Help > About and the window's icon: the version the package was installed as, the licence,
the links and the credits."""

from __future__ import annotations

from importlib import metadata
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from reviewer.resources import DIST_NAME, project_urls
from reviewer.ui.about import AboutDialog


def test_the_window_has_the_icon(make_window: Any) -> None:
    window = make_window()
    assert not window.windowIcon().isNull()
    sizes = {s.width() for s in window.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes


def test_about_from_the_help_menu_shows_version_licence_links(qtbot: Any,
                                                             make_window: Any) -> None:
    window = make_window()
    seen: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AboutDialog):
            QTimer.singleShot(50, read_and_close)
            return
        seen.append(dialog.text.text())
        assert not dialog.windowIcon().isNull()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(50, read_and_close)
    qtbot.keyClick(window.grid, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # the Help menu
    menu = QApplication.activePopupWidget()
    assert menu is not None
    qtbot.keyClick(menu, Qt.Key.Key_A)  # &About Reviewer
    qtbot.waitUntil(lambda: bool(seen))
    text = seen[0]
    assert f"Reviewer {metadata.version(DIST_NAME)}" in text
    assert "GPL-3.0-or-later" in text
    for url in project_urls().values():
        assert url in text
    assert "PySide6-Essentials" in text and "RBC-Ukraine" in text
