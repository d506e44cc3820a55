"""A statistics chart shown as an image, with buttons that export it as PNG or SVG.

The chart is drawn in the chart process (:mod:`reviewer.ui.chart_process`: matplotlib's Agg
into pixels; matplotlib is never imported by the window), which a worker of the window's task
runner waits on; this widget only shows the pixels as a pixmap, asks for a new image when it is
resized, and has the chart shown written to a file, also from a worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reviewer.ui.chart_process import render, save
from reviewer.ui.chart_render import ChartSpec, DrawnFigure, Rendered
from reviewer.ui.export_dialog import default_folder
from reviewer.ui.tasks import TaskRunner

#: Export formats: the file filter each offers in the save dialog.
FORMATS = ("png", "svg")
PNG_DPI = 150
#: A resize asks for a new image once it has stopped for this long.
RESIZE_DELAY_MS = 150


class ChartPanel(QWidget):
    """One chart with its export buttons; ``exported`` / ``export_failed`` tell the outcome,
    ``rendered`` says a new image is shown."""

    exported = Signal(str)
    export_failed = Signal(str)
    rendered = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.runner: TaskRunner | None = None
        self.spec: ChartSpec | None = None
        self.drawn: DrawnFigure | None = None  # what the image shown shows
        # the image shown as (spec, width, height, dpi): what an export draws again
        self.shown_as: tuple[ChartSpec, int, int, float] | None = None
        self._asked = 0
        self._shown_size = (0, 0)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image.setMinimumHeight(260)
        self.image.setAccessibleName(self.tr("Chart"))
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_DELAY_MS)
        self._resize_timer.timeout.connect(self._on_resized)
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
        layout.addWidget(self.image, 1)
        layout.addLayout(buttons)

    def show_chart(self, function: str, *args: Any) -> None:
        """Draw ``stats_charts.<function>(figure, *args)`` in the background and show it."""
        self.spec = ChartSpec(function, args)
        self._ask()

    def _ask(self) -> None:
        if self.spec is None:
            return
        self._asked += 1
        asked, spec = self._asked, self.spec
        ratio = self.devicePixelRatioF()
        size = self.image.size()
        width, height = round(size.width() * ratio), round(size.height() * ratio)
        self._shown_size = (size.width(), size.height())

        def job(_report: Any) -> Rendered:
            return render(spec, width, height, 100.0 * ratio)

        def done(result: Rendered) -> None:
            if asked == self._asked:
                self.shown_as = (spec, width, height, 100.0 * ratio)
                self._show(result, ratio)

        if self.runner is None:
            done(job(None))
        else:
            self.runner.start(f"chart {self.name}", job, on_result=done, owner=self)

    def _show(self, result: Rendered, ratio: float) -> None:
        self.drawn = result.drawn
        image = QImage(result.rgba, result.width, result.height, result.width * 4,
                       QImage.Format.Format_RGBA8888).copy()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.image.setPixmap(pixmap)
        self.rendered.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._resize_timer.start()

    def _on_resized(self) -> None:
        size = self.image.size()
        if (size.width(), size.height()) != self._shown_size:
            self._ask()

    def set_exportable(self, on: bool) -> None:
        """Offer the export buttons only when the chart shows data."""
        self.png_button.setEnabled(on)
        self.svg_button.setEnabled(on)

    def export(self, path: Path | str, fmt: str) -> Path:
        """Write the chart shown to ``path`` as ``fmt`` (png or svg); an OSError names the
        file. Blocks: the window calls it on a worker."""
        if fmt not in FORMATS:
            raise ValueError(f"unknown chart format {fmt!r} (use png or svg)")
        if self.shown_as is None:
            raise ValueError("the chart has not been drawn yet")
        target = Path(path)
        save(*self.shown_as, str(target), fmt, PNG_DPI)
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
        shown_as = self.shown_as

        def job(_report: Any) -> str:
            assert shown_as is not None
            return save(*shown_as, chosen, fmt, PNG_DPI)

        def failed(exc: BaseException, trace: str) -> None:
            if not isinstance(exc, OSError):
                if self.runner is not None:
                    self.runner.unhandled.emit(exc, trace)
                return
            reason = exc.strerror or str(exc)
            self.export_failed.emit(self.tr("Could not save {0}: {1}").format(chosen, reason))

        if shown_as is None:
            return
        if self.runner is None:
            try:
                self.exported.emit(job(None))
            except OSError as exc:
                failed(exc, "")
            return
        self.runner.start(f"export {self.name}", job, on_result=self.exported.emit,
                          on_error=failed)
