"""Render resources/icons/reviewer.svg to the PNG sizes, the Windows .ico and the macOS .icns.

Run after changing the SVG: ``uv run python tools/render_icons.py``; commit what it writes.
The PNGs go to ``resources/icons/hicolor/NxN/apps/`` (the freedesktop icon theme layout that
``reviewer desktop install`` copies), the .ico and .icns next to the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
APP_ID = "io.github.mt_reviewer.Reviewer"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon at ``size`` x ``size`` pixels, transparent around the rounded square."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    """Write every size; return 1 if Qt could not write one of them."""
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "reviewer.svg"))
    failed = 0
    for size in SIZES:
        folder = ICONS / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        failed += not render(renderer, size).save(str(folder / f"{APP_ID}.png"))
    failed += not render(renderer, 256).save(str(ICONS / "reviewer.ico"))
    failed += not render(renderer, 512).save(str(ICONS / "reviewer.icns"))
    svg_folder = ICONS / "hicolor" / "scalable" / "apps"
    svg_folder.mkdir(parents=True, exist_ok=True)
    (svg_folder / f"{APP_ID}.svg").write_bytes((ICONS / "reviewer.svg").read_bytes())
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
