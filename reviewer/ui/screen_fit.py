"""The window's size on the screen it opens on: a first run, or a saved size from another screen.

A laptop's 1366×768 screen must show the whole window (the last grid column, the comment field,
the status bar): the window takes the default size or the screen's available area, whichever is
smaller, frame included. The library panel gets narrower on narrow screens and starts hidden on
the narrowest.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

DEFAULT_SIZE = QSize(1500, 920)
#: The window manager's frame before the window is shown (title bar and borders), a guess.
FRAME_GUESS = QMargins(8, 34, 8, 8)
#: The library panel's width on a screen at least this wide (available pixels).
LIBRARY_WIDTHS = ((1600, 330), (1200, 240))


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen the widget is on (or will open on): its own, else the one under its centre."""
    screen = widget.screen()
    found = QGuiApplication.screenAt(widget.frameGeometry().center())
    return found or screen or QGuiApplication.primaryScreen()


def frame_margins(widget: QWidget) -> QMargins:
    """The frame around the window as drawn now (a guess until the window is shown)."""
    if not widget.isVisible():
        return FRAME_GUESS
    frame, inner = widget.frameGeometry(), widget.geometry()
    return QMargins(inner.left() - frame.left(), inner.top() - frame.top(),
                    frame.right() - inner.right(), frame.bottom() - inner.bottom())


def fits(frame: QRect, available: QRect) -> bool:
    """Whether a window's frame lies wholly in the screen's available area."""
    return available.contains(frame)


def fitted(available: QRect, wanted: QSize, margins: QMargins) -> QRect:
    """The window's geometry (frame excluded): ``wanted`` or less, centred in ``available``."""
    room = available.marginsRemoved(margins)
    size = wanted.boundedTo(room.size())
    top_left = QPoint(room.x() + (room.width() - size.width()) // 2,
                      room.y() + (room.height() - size.height()) // 2)
    return QRect(top_left, size)


def library_width(available_width: int) -> int:
    """The library panel's width for a screen this wide; 0: start with the panel hidden."""
    for least, width in LIBRARY_WIDTHS:
        if available_width >= least:
            return width
    return 0
