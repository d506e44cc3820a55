"""The window's view (:class:`WindowView`, an object the window composes): its size on the
screen, the library panel, the text size, and where the reviewer was in each article."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter

from reviewer.ui import positions
from reviewer.ui.editor_panel import EditorPanel
from reviewer.ui.review_model import ReviewModel
from reviewer.ui.screen_fit import (
    DEFAULT_SIZE,
    fits,
    fitted,
    frame_margins,
    library_width,
    screen_of,
)
from reviewer.ui.segment_grid import SegmentGrid
from reviewer.ui.settings import Settings

MIN_POINTS, MAX_POINTS = 7, 28


class WindowView(QObject):
    """Screen fit, library panel, font size and remembered positions of ``window``."""

    def __init__(self, window: QMainWindow, settings: Settings, library_dock: QDockWidget,
                 library_action: QAction, splitter: QSplitter, grid: SegmentGrid,
                 editor: EditorPanel) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings
        self.library_dock, self.library_action = library_dock, library_action
        self.splitter, self.grid, self.editor = splitter, grid, editor
        library_dock.visibilityChanged.connect(
            lambda _shown: library_action.setChecked(not library_dock.isHidden()))

    def restore(self) -> None:
        """Put the window, the library panel, the splitter and the text size as they were."""
        window, settings = self.window, self.settings
        geometry = settings.get("geometry")
        if not (geometry and window.restoreGeometry(geometry)) or not self.fits_screen():
            self.fit_to_screen()
        state = settings.get("window_state")
        if not (state and window.restoreState(state)):
            screen = screen_of(window)
            width = library_width(screen.availableGeometry().width()) if screen else 330
            if width:
                window.resizeDocks([self.library_dock], [width], Qt.Orientation.Horizontal)
            else:
                self.library_dock.hide()
        self.library_action.setChecked(not self.library_dock.isHidden())
        if split := settings.get("splitter"):
            self.splitter.restoreState(split)
        self.apply_font_size(settings.get("font_size") or window.font().pointSize())

    def save(self) -> None:
        """Keep the window's geometry, docks, splitter and column widths in the settings."""
        self.settings.set("geometry", bytes(self.window.saveGeometry().data()))
        self.settings.set("window_state", bytes(self.window.saveState().data()))
        self.settings.set("splitter", bytes(self.splitter.saveState().data()))
        self.settings.set("grid_header", bytes(self.grid.horizontalHeader().saveState().data()))

    def fits_screen(self) -> bool:
        """Whether the whole window, frame included, is in its screen's available area."""
        window = self.window
        screen = screen_of(window)
        if screen is None or window.isMaximized() or window.isFullScreen():
            return True
        frame = window.geometry().marginsAdded(frame_margins(window))
        return fits(frame, screen.availableGeometry())

    def fit_to_screen(self) -> None:
        """Take the default size, or less: the screen's available area, frame included."""
        screen = screen_of(self.window)
        if screen is None:
            self.window.resize(DEFAULT_SIZE)
            return
        self.window.setGeometry(fitted(screen.availableGeometry(), DEFAULT_SIZE,
                                       frame_margins(self.window)))

    def remember_position(self, article_id: int | None, model: ReviewModel) -> None:
        """Note the open article's current segment in the settings (to come back to it)."""
        row = self.grid.current_row()
        if article_id is None or not 0 <= row < len(model.visible):
            return
        index = model.view_at(row).segment.index
        self.settings.set("positions", positions.updated(self.settings.get("positions"),
                                                         article_id, index))

    def remembered_row(self, article_id: int, model: ReviewModel) -> int | None:
        """The row of the segment that was current when this article was last left, if shown."""
        index = positions.parse(self.settings.get("positions")).get(article_id)
        return None if index is None else model.row_of_segment(index)

    def apply_font_size(self, points: int) -> None:
        """Scale the grid (its header and number column too) and the editor together."""
        font = self.window.font()
        font.setPointSize(points)
        self.grid.set_text_font(font)
        self.editor.set_font_size(points)

    def bump_font(self, delta: int) -> None:
        """Make the text ``delta`` points bigger (within reason) and remember it."""
        size = (self.settings.get("font_size") or self.window.font().pointSize()) + delta
        size = max(MIN_POINTS, min(size, MAX_POINTS))
        self.settings.set("font_size", size)
        self.apply_font_size(size)

    def toggle_library(self) -> None:
        """Show or hide the library panel (F9); the window remembers which on closing."""
        dock = self.library_dock
        dock.setVisible(dock.isHidden())
        focus = self.window.focusWidget()
        if dock.isHidden() and focus is not None and dock.isAncestorOf(focus):
            self.grid.setFocus()
