"""The window's view: its size on the screen, the library panel, the text size, and where the
reviewer was in each article (a mixin of :class:`~reviewer.ui.main_window.MainWindow`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QDockWidget, QSplitter, QTableView

from reviewer.core.model import Role
from reviewer.ui import positions
from reviewer.ui.diff_delegate import PADDING
from reviewer.ui.labels import role_label
from reviewer.ui.screen_fit import (
    DEFAULT_SIZE,
    fits,
    fitted,
    frame_margins,
    library_width,
    screen_of,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from reviewer.ui.editor_panel import EditorPanel
    from reviewer.ui.library_panel import LibraryPanel
    from reviewer.ui.review_model import ReviewModel
    from reviewer.ui.settings import Settings


class ViewMixin:
    """Screen fit, library panel, font size and remembered positions for the main window."""

    # Provided by MainWindow, the class this mixin is part of (annotations only, for type checkers).
    settings: Settings
    actions: dict[str, QAction]
    library: LibraryPanel
    library_dock: QDockWidget
    splitter: QSplitter
    grid: QTableView
    editor: EditorPanel
    model: ReviewModel
    article_id: int | None
    current_row: Callable[[], int]
    _fit_rows_later: Callable[[], None]

    def _restore_settings(self) -> None:
        geometry = self.settings.get("geometry")
        if not (geometry and self.restoreGeometry(geometry)) or not self.fits_screen():
            self.fit_to_screen()
        state = self.settings.get("window_state")
        if not (state and self.restoreState(state)):
            screen = screen_of(self)
            width = library_width(screen.availableGeometry().width()) if screen else 330
            if width:
                self.resizeDocks([self.library_dock], [width], Qt.Orientation.Horizontal)
            else:
                self.library_dock.hide()
        self.actions["library"].setChecked(not self.library_dock.isHidden())
        if split := self.settings.get("splitter"):
            self.splitter.restoreState(split)
        self.apply_font_size(self.settings.get("font_size") or self.font().pointSize())

    def fits_screen(self) -> bool:
        """Whether the whole window, frame included, is in its screen's available area."""
        screen = screen_of(self)
        if screen is None or self.isMaximized() or self.isFullScreen():
            return True
        frame = self.geometry().marginsAdded(frame_margins(self))
        return fits(frame, screen.availableGeometry())

    def fit_to_screen(self) -> None:
        """Take the default size, or less: the screen's available area, frame included."""
        screen = screen_of(self)
        if screen is None:
            self.resize(DEFAULT_SIZE)
            return
        self.setGeometry(fitted(screen.availableGeometry(), DEFAULT_SIZE, frame_margins(self)))

    def _remember_position(self) -> None:
        """Note the open article's current segment in the settings (to come back to it)."""
        row = self.current_row()
        if self.article_id is None or not 0 <= row < len(self.model.visible):
            return
        index = self.model.view_at(row).segment.index
        self.settings.set("positions", positions.updated(self.settings.get("positions"),
                                                         self.article_id, index))

    def _remembered_row(self, article_id: int) -> int | None:
        """The row of the segment that was current when this article was last left, if shown."""
        index = positions.parse(self.settings.get("positions")).get(article_id)
        return None if index is None else self.model.row_of_segment(index)

    def apply_font_size(self, points: int) -> None:
        """Scale the grid (its header and number column too) and the editor together."""
        font = self.font()
        font.setPointSize(points)
        self.grid.setFont(font)
        self.grid.horizontalHeader().setFont(font)
        self.grid.verticalHeader().setDefaultSectionSize(QFontMetrics(font).lineSpacing() * 2
                                                         + 2 * PADDING + 4)
        self.editor.set_font_size(points)
        self.grid.setColumnWidth(0, self._number_width())
        self._fit_rows_later()

    def _number_width(self) -> int:
        """The number column's width: the widest role and a segment number with its QA badge."""
        font = self.grid.font()
        plain, bold = QFontMetrics(font), QFont(font)
        bold.setBold(True)
        widest = max([plain.horizontalAdvance(role_label(role)) for role in Role]
                     + [QFontMetrics(bold).horizontalAdvance("9999 ⚑99")])
        return widest + 2 * PADDING + plain.averageCharWidth() * 2

    def _bump_font(self, delta: int) -> None:
        size = (self.settings.get("font_size") or self.font().pointSize()) + delta
        size = max(7, min(size, 28))
        self.settings.set("font_size", size)
        self.apply_font_size(size)

    def on_bigger_triggered(self) -> None:
        self._bump_font(1)

    def on_smaller_triggered(self) -> None:
        self._bump_font(-1)

    def on_library_triggered(self) -> None:
        """Show or hide the library panel (F9); the window remembers which on closing."""
        self.library_dock.setVisible(self.library_dock.isHidden())
        focus = self.focusWidget()
        if self.library_dock.isHidden() and focus is not None and self.library.isAncestorOf(focus):
            self.grid.setFocus()
