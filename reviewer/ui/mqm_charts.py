"""Drawing the MQM scorecard chart on a matplotlib figure, from the core's figures
(:mod:`reviewer.core.mqm_chart_data`): on the left the chosen text's errors by category, stacked
by severity in the colours of the underlines; on the right the scores per evaluated text,
article, reviewer or period as bars against the pass threshold (a dashed line). Drawn on a
worker by :mod:`reviewer.ui.chart_render` as ``mqm_charts:draw_scorecard``; nothing is computed
here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from reviewer.core.mqm import Severity
from reviewer.core.mqm_chart_data import CategoryBar, ScoreChart
from reviewer.ui.annotation_marks import SEVERITY_COLOURS
from reviewer.ui.stats_charts import draw_message, translate

PASS_COLOUR, FAIL_COLOUR, NONE_COLOUR = "#2e9e47", "#d6453d", "#b8bcc2"
#: Above this many score bars (days of a library...) scores are written smaller and rounded;
#: above ``CROWDED * 2`` only failing scores are written and every other label or more is left.
CROWDED = 8


def draw_scorecard(figure: Figure, bars: Sequence[CategoryBar], names: Mapping[str, str],
                   severities: Sequence[str], chart: ScoreChart, keys: Mapping[str, str],
                   titles: tuple[str, str], empty: str) -> None:
    """Errors by category (``names`` label the categories, ``severities`` the severities in
    :class:`Severity` order) and scores against the threshold (``keys`` label the bars)."""
    if not chart.bars:
        draw_message(figure, empty, titles[1])
        return
    figure.clear()
    crowded = len(chart.bars) > CROWDED  # many periods: the scores get half the width
    left, right = figure.subplots(1, 2, width_ratios=[1, 1] if crowded else [3, 2])
    _categories(left, bars, names, severities, titles[0])
    _scores(right, chart, keys, titles[1])


def _categories(ax: Axes, bars: Sequence[CategoryBar], names: Mapping[str, str],
                severities: Sequence[str], title: str) -> None:
    ax.set_title(title, fontsize="medium")
    if not bars:
        ax.set_axis_off()
        ax.text(0.5, 0.5, translate("StatsCharts", "No errors marked."), ha="center",
                va="center", color="#555555", transform=ax.transAxes)
        return
    ys = list(range(len(bars)))
    lefts = [0] * len(bars)
    for i, (level, label) in enumerate(zip(Severity, severities, strict=True)):
        widths = [b.counts[i] for b in bars]
        if any(widths):
            ax.barh(ys, widths, left=lefts, color=SEVERITY_COLOURS[level], label=label)
        lefts = [a + w for a, w in zip(lefts, widths, strict=True)]
    for y, b in zip(ys, bars, strict=True):
        ax.text(b.total, y, f" {b.total}", va="center", fontsize="small")
    ax.set_yticks(ys, [names.get(b.category, b.category) for b in bars], fontsize="small")
    ax.set_ylim(max(len(bars), 5) - 0.5, -0.5)  # top down; a few bars stay bars, not blocks
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlim(0, max(b.total for b in bars) * 1.15)
    ax.set_xlabel(translate("StatsCharts", "errors"))
    ax.grid(axis="x", alpha=0.3)
    ax.legend(loc="lower right", fontsize="small")


def _scores(ax: Axes, chart: ScoreChart, keys: Mapping[str, str], title: str) -> None:
    xs = list(range(len(chart.bars)))
    stub = chart.low + (chart.high - chart.low) * 0.03  # a score below the axis: a red stub
    tops = [max(b.score, stub) if b.score is not None else chart.low for b in chart.bars]
    colours = [NONE_COLOUR if b.passed is None else PASS_COLOUR if b.passed else FAIL_COLOUR
               for b in chart.bars]
    ax.bar(xs, [t - chart.low for t in tops], bottom=chart.low, color=colours, width=0.6)
    crowded, many = len(xs) > CROWDED, len(xs) > CROWDED * 2
    size = "x-small" if crowded else "small"
    for x, b, top in zip(xs, chart.bars, tops, strict=True):
        if many and b.passed is not False:
            continue
        text = "—" if b.score is None else f"{b.score:.0f}" if crowded else f"{b.score:.1f}"
        if b.score is not None and b.score < chart.low:
            text = "▼ " + text  # below the axis: the bar stops at its floor
        ax.text(x, top, text, ha="center", va="bottom", fontsize=size)
    ax.axhline(chart.threshold, color="#333333", linestyle="--", linewidth=1)
    ax.text(len(xs) - 0.5, chart.threshold,
            translate("StatsCharts", "pass at {0:g}").format(chart.threshold),
            ha="right", va="top", fontsize=size, color="#333333",
            bbox={"facecolor": "white", "alpha": 0.8, "edgecolor": "none", "pad": 1})
    ax.set_xlim(-0.6, len(xs) - 0.4)
    ax.set_ylim(chart.low, chart.high + (chart.high - chart.low) * 0.08)
    step = -(-len(xs) // (CROWDED * 2))  # at most 16 labels
    ax.set_xticks(xs[::step], [keys.get(b.key, b.key) for b in chart.bars[::step]],
                  rotation=30, ha="right", fontsize=size)
    ax.set_title(title, fontsize="medium")
    ax.grid(axis="y", alpha=0.3)
