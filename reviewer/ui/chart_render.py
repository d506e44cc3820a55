"""Rendering a statistics chart into an image, in the chart process (no widget; QtCore only for
the interface's translations).

A chart is named by a drawing function of :mod:`reviewer.ui.stats_charts` and its arguments
(a :class:`ChartSpec`); :func:`render` imports matplotlib (Agg only, never its Qt backend),
draws a new figure and returns its RGBA pixels with a plain :class:`DrawnFigure` of what it
shows; :func:`save` draws it again and writes it as PNG or SVG. Both run in the chart process
(:mod:`reviewer.ui.chart_server`), never in the window's: the window only turns the pixels into
a pixmap. This module imports matplotlib only inside those two functions, so the window may
import it for :class:`ChartSpec` and the results.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ChartSpec:
    """What to draw: ``stats_charts.<function>(figure, *args)``, or with ``module:function``
    a function of another drawing module of :mod:`reviewer.ui` (``mqm_charts:draw_scorecard``)."""

    function: str
    args: tuple[Any, ...]


@dataclass(frozen=True)
class DrawnAxes:
    """What one set of axes shows: each bar series' values (heights, or lengths of horizontal
    bars), the legend's texts, the tick labels and the title."""

    bars: tuple[tuple[float, ...], ...]
    legend: tuple[str, ...]
    xticklabels: tuple[str, ...]
    yticklabels: tuple[str, ...]
    title: str


@dataclass(frozen=True)
class DrawnFigure:
    """What a drawn chart shows, axes by axes (read by the window's tests and the benches)."""

    axes: tuple[DrawnAxes, ...]


@dataclass(frozen=True)
class Rendered:
    """A drawn chart's pixels, ``width`` x ``height`` RGBA, and what it shows."""

    drawn: DrawnFigure
    rgba: bytes
    width: int
    height: int


def warm() -> None:
    """Import matplotlib and the drawing modules and draw a small chart now (its fonts are
    then loaded), so that the first chart asked for is quick."""
    importlib.import_module("reviewer.ui.mqm_charts")
    render(ChartSpec("draw_message", ("…", "…")), 200, 150)


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


def _texts(items: Any) -> tuple[str, ...]:
    return tuple(t.get_text() for t in items)


def describe(figure: Any) -> DrawnFigure:
    """The plain account of a drawn figure's axes (after it is drawn: tick labels are set then)."""
    from matplotlib.container import BarContainer

    axes = []
    for ax in figure.axes:
        bars = tuple(
            tuple(float(p.get_height() if c.orientation == "vertical" else p.get_width())
                  for p in c)
            for c in ax.containers if isinstance(c, BarContainer))
        legend = ax.get_legend()
        axes.append(DrawnAxes(bars, _texts(legend.get_texts()) if legend else (),
                              _texts(ax.get_xticklabels()), _texts(ax.get_yticklabels()),
                              ax.get_title()))
    return DrawnFigure(tuple(axes))


def render(spec: ChartSpec, width_px: int, height_px: int, dpi: float = 100.0) -> Rendered:
    """Draw ``spec`` at ``width_px`` x ``height_px`` pixels (at least 100 x 100)."""
    width_px, height_px = max(width_px, 100), max(height_px, 100)
    figure = new_figure(spec, width_px / dpi, height_px / dpi, dpi)
    canvas = figure.canvas
    canvas.draw()
    buffer = canvas.buffer_rgba()
    height, width = buffer.shape[0], buffer.shape[1]
    return Rendered(describe(figure), bytes(buffer), width, height)


def save(spec: ChartSpec, width_px: int, height_px: int, dpi: float, path: str, fmt: str,
         file_dpi: float) -> str:
    """Draw ``spec`` as :func:`render` does and write it to ``path`` as ``fmt`` (png at
    ``file_dpi``, or svg) on a white background; return the path."""
    width_px, height_px = max(width_px, 100), max(height_px, 100)
    figure = new_figure(spec, width_px / dpi, height_px / dpi, dpi)
    figure.savefig(path, format=fmt, dpi=file_dpi if fmt == "png" else "figure",
                   facecolor="white")
    return path
