"""The app's identity in Qt: its names, its icon on every window, and what the About box shows."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon

from reviewer.resources import APP_ID, resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The reviewer icon: the SVG for any size, with the rendered PNGs where they exist (crisp at
    small sizes and on high-DPI screens)."""
    icon = QIcon()
    for size in ICON_SIZES:
        try:
            icon.addFile(str(resource_path("icons", "hicolor", f"{size}x{size}", "apps",
                                           f"{APP_ID}.png")))
        except FileNotFoundError:
            continue
    try:
        icon.addFile(str(resource_path("icons", "reviewer.svg")))
    except FileNotFoundError:
        pass
    return icon


def set_identity(app: QGuiApplication) -> None:
    """Names Qt and the desktop know the app by (settings keep the old ``reviewer`` names), and
    the icon every window shows."""
    app.setApplicationName("reviewer")
    app.setOrganizationName("reviewer")
    app.setApplicationDisplayName("Reviewer")
    app.setDesktopFileName(APP_ID)  # Wayland's app id: the menu entry's icon on the window
    from reviewer import __version__

    app.setApplicationVersion(__version__)
    if app.windowIcon().isNull():
        app.setWindowIcon(app_icon())
