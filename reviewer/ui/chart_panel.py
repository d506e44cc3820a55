"""A matplotlib chart in a widget, with buttons that export it as PNG or SVG.

The figure is drawn by the functions of :mod:`reviewer.ui.stats_charts` from figures computed in
:mod:`reviewer.core.chart_data`; this widget only shows it and writes it to a file.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from PySide6.QtCore import Signal  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reviewer.ui.export_dialog import default_folder  # noqa: E402

#: Export formats: the file filter each offers in the save dialog.
FORMATS = ("png", "svg")
PNG_DPI = 150


class ChartPanel(QWidget):
    """One chart with its export buttons; ``exported`` / ``export_failed`` tell the outcome."""

    exported = Signal(str)
    export_failed = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.figure = Figure(figsize=(8, 5), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(260)
        self.png_button = QPushButton(self.tr("Export P&NG…"))
        self.svg_button = QPushButton(self.tr("Export S&VG…"))
        self.png_button.setToolTip(self.tr("Save this chart as a PNG image"))
        self.svg_button.setToolTip(self.tr("Save this chart as an SVG drawing (scales without "
                                           "blur, opens in a browser or Inkscape)"))
        self.png_button.clicked.connect(lambda: self.on_export_clicked("png"))
        self.svg_button.clicked.connect(lambda: self.on_export_clicked("svg"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.svg_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(buttons)

    def redraw(self) -> None:
        """Show what was drawn on :attr:`figure`."""
        self.canvas.draw_idle()

    def set_exportable(self, on: bool) -> None:
        """Offer the export buttons only when the chart shows data."""
        self.png_button.setEnabled(on)
        self.svg_button.setEnabled(on)

    def export(self, path: Path | str, fmt: str) -> Path:
        """Write the chart to ``path`` as ``fmt`` (png or svg); an OSError names the file."""
        if fmt not in FORMATS:
            raise ValueError(f"unknown chart format {fmt!r} (use png or svg)")
        target = Path(path)
        self.figure.savefig(target, format=fmt, dpi=PNG_DPI if fmt == "png" else "figure",
                            facecolor="white")
        return target

    def on_export_clicked(self, fmt: str) -> None:
        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG drawing (*.svg)")}
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), str(default_folder() / f"{self.name}.{fmt}"),
            filters[fmt])
        if not chosen:
            return
        if not chosen.lower().endswith(f".{fmt}"):
            chosen += f".{fmt}"
        try:
            self.export(chosen, fmt)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.export_failed.emit(self.tr("Could not save {0}: {1}").format(chosen, reason))
            return
        self.exported.emit(chosen)
