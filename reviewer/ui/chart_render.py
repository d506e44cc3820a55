"""Rendering a statistics chart into an image off the GUI thread, with no widget and no Qt.

A chart is named by a drawing function of :mod:`reviewer.ui.stats_charts` and its arguments
(a :class:`ChartSpec`); :func:`render` imports matplotlib (Agg only, never its Qt backend),
draws a new figure and returns it with its RGBA pixels. It runs on a worker of the window's
task runner; the GUI thread only turns the pixels into a pixmap. Renders take turns (one lock):
matplotlib's text layout is shared between figures.
"""

from __future__ import annotations

import importlib
import threading
from dataclasses import dataclass
from typing import Any

_LOCK = threading.Lock()


@dataclass(frozen=True)
class ChartSpec:
    """What to draw: ``stats_charts.<function>(figure, *args)``, or with ``module:function``
    a function of another drawing module of :mod:`reviewer.ui` (``mqm_charts:draw_scorecard``)."""

    function: str
    args: tuple[Any, ...]


@dataclass(frozen=True)
class Rendered:
    """A drawn figure (kept for export) and its pixels, ``width`` x ``height`` RGBA."""

    figure: Any
    rgba: bytes
    width: int
    height: int


def new_figure(spec: ChartSpec, width_in: float, height_in: float, dpi: float) -> Any:
    """A matplotlib figure with ``spec`` drawn on it, attached to an Agg canvas."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    module_name, _, function = spec.function.rpartition(":")
    module = importlib.import_module(f"reviewer.ui.{module_name or 'stats_charts'}")
    figure = Figure(figsize=(width_in, height_in), dpi=dpi, layout="constrained")
    FigureCanvasAgg(figure)
    getattr(module, function)(figure, *spec.args)
    return figure


def render(spec: ChartSpec, width_px: int, height_px: int, dpi: float = 100.0) -> Rendered:
    """Draw ``spec`` at ``width_px`` x ``height_px`` pixels (at least 100 x 100)."""
    width_px, height_px = max(width_px, 100), max(height_px, 100)
    with _LOCK:
        figure = new_figure(spec, width_px / dpi, height_px / dpi, dpi)
        canvas = figure.canvas
        canvas.draw()
        buffer = canvas.buffer_rgba()
        height, width = buffer.shape[0], buffer.shape[1]
        return Rendered(figure, bytes(buffer), width, height)


def save(figure: Any, path: str, fmt: str, dpi: float) -> None:
    """Write a rendered figure as ``fmt`` (png or svg) on a white background."""
    with _LOCK:
        figure.savefig(path, format=fmt, dpi=dpi if fmt == "png" else "figure",
                       facecolor="white")
