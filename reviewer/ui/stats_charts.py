"""Drawing the statistics charts on matplotlib figures, from figures the core computed.

Each function clears the figure and draws one chart; nothing is computed here beyond placing
bars. Texts go through Qt's translator (context ``StatsCharts``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator
from PySide6.QtCore import QCoreApplication

from reviewer.core.chart_data import DailySeries, Histogram, KindCount, Part
from reviewer.ui.i18n import QT_TRANSLATE_NOOP

#: Grouped bars up to this many engines; more are drawn as outlines (steps).
GROUPED_MAX = 4
#: The time axis spans at least this many days, so that one busy day is not a wide bar.
MIN_DAYS_SHOWN = 7
STATUS_COLOURS = {"approved": "#2e9e47", "draft": "#e0a800", "rejected": "#d6453d",
                  "new": "#b8bcc2"}
EFFORT_COLOURS = {"unchanged_mt": "#3874cb", "unchanged_human": "#8e5cc9", "edited": "#e07b24"}
SEVERITY_COLOURS = {"error": "#d6453d", "warning": "#e0a800", "info": "#3874cb"}


# Called as ``translate("StatsCharts", "…")`` so that pyside6-lupdate sees the context.
translate = QCoreApplication.translate


#: Labels marked for lupdate, translated when drawn.
PART_LABELS: dict[str, str] = {
    "approved": QT_TRANSLATE_NOOP("StatsCharts", "approved"),
    "draft": QT_TRANSLATE_NOOP("StatsCharts", "draft"),
    "rejected": QT_TRANSLATE_NOOP("StatsCharts", "rejected"),
    "new": QT_TRANSLATE_NOOP("StatsCharts", "not reviewed"),
    "unchanged_mt": QT_TRANSLATE_NOOP("StatsCharts", "machine translation unchanged"),
    "unchanged_human": QT_TRANSLATE_NOOP("StatsCharts", "human version unchanged"),
    "edited": QT_TRANSLATE_NOOP("StatsCharts", "edited"),
}
SEVERITY_LABELS: dict[str, str] = {
    "error": QT_TRANSLATE_NOOP("StatsCharts", "error"),
    "warning": QT_TRANSLATE_NOOP("StatsCharts", "warning"),
    "info": QT_TRANSLATE_NOOP("StatsCharts", "note"),
}


def label_of(table: dict[str, str], key: str) -> str:
    """The translated label of ``key`` in one of the tables above (the key if it has none)."""
    return translate("StatsCharts", table[key]) if key in table else key


def draw_message(figure: Figure, text: str, title: str = "") -> None:
    """A chart with nothing to draw: its title and a sentence saying why."""
    figure.clear()
    ax = figure.add_subplot()
    ax.set_axis_off()
    if title:
        ax.set_title(title)
    ax.text(0.5, 0.5, text, ha="center", va="center", wrap=True, color="#555555",
            transform=ax.transAxes)


def draw_histograms(figure: Figure, hists: Mapping[str, Histogram], title: str,
                    closest: str | None = None) -> None:
    """Segment chrF per engine: grouped bars per bin (steps when there are many engines)."""
    if not hists or not any(h.total for h in hists.values()):
        draw_message(figure, translate("StatsCharts", "No machine translation has a human "
                                       "version to be scored against yet."), title)
        return
    figure.clear()
    ax = figure.add_subplot()
    edges = next(iter(hists.values())).edges
    grouped = len(hists) <= GROUPED_MAX
    for i, (engine, h) in enumerate(hists.items()):
        label = translate("StatsCharts", "{0}: {1} units").format(engine, h.total)
        if engine == closest:
            label = translate("StatsCharts", "★ {0} (closer to the published text)").format(label)
        if grouped:
            widths = [b - a for a, b in zip(h.edges, h.edges[1:], strict=False)]
            slot = [w * 0.84 / len(hists) for w in widths]
            lefts = [a + w * 0.08 + s * i for a, w, s in zip(h.edges, widths, slot, strict=False)]
            ax.bar(lefts, h.counts, width=slot, align="edge", label=label)
        else:
            ax.stairs(h.counts, h.edges, label=label, linewidth=1.6)
    ax.set_xticks(edges)
    ax.set_xlim(edges[0], edges[-1])
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(translate("StatsCharts",
                            "chrF of the segment against the published human version (0–100)"))
    ax.set_ylabel(translate("StatsCharts", "units scored"))
    ax.set_title(title)
    ax.grid(axis="y", alpha=0.3)
    ax.legend(loc="upper left", fontsize="small")


def draw_progress(figure: Figure, series: DailySeries, status: Sequence[Part],
                  effort: Sequence[Part], title: str) -> None:
    """Approvals per day with the running total above; status and effort splits below."""
    figure.clear()
    figure.suptitle(title)
    top, bottom = figure.subplots(2, 1, height_ratios=(3, 2))
    if not series.days:
        top.set_axis_off()
        text = translate("StatsCharts",
                         "No approvals yet: approve segments (Ctrl+Enter) to see them day by day.")
        top.text(0.5, 0.5, text, ha="center", va="center", color="#555555",
                 transform=top.transAxes, wrap=True)
    else:
        _draw_days(top, series)
    _draw_splits(bottom, status, effort)


def _draw_days(ax: Axes, series: DailySeries) -> None:
    """Bars of approvals (and withdrawn approvals) per day, the running total as a line."""
    days = date2num([date.fromisoformat(d) for d in series.days])
    ax.bar(days, series.approved, width=0.8, color=STATUS_COLOURS["approved"],
           label=translate("StatsCharts", "approved that day"))
    if any(series.unapproved):
        ax.bar(days, [-u for u in series.unapproved], width=0.8,
               color=STATUS_COLOURS["rejected"],
               label=translate("StatsCharts", "approval withdrawn that day"))
    ax.axhline(0, color="#888888", linewidth=0.8)
    ax.set_ylabel(translate("StatsCharts", "per day"))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    locator = AutoDateLocator(minticks=3, maxticks=10, interval_multiples=True)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    total = ax.twinx()
    total.plot(days, series.cumulative, color="#1b4f8a", marker="o", markersize=4,
               label=translate("StatsCharts", "approved to date"))
    total.set_ylabel(translate("StatsCharts", "approved to date"))
    low, high = ax.get_ylim()
    top = max(1, *series.cumulative) * 1.1
    total.set_ylim(min(low / high * top if high > 0 else 0.0, *series.cumulative), top)
    total.yaxis.set_major_locator(MaxNLocator(integer=True))
    pad = max(0, MIN_DAYS_SHOWN - len(days)) / 2 + 0.6  # after the line: it rescales x
    ax.set_xlim(days[0] - pad, days[-1] + pad)
    bars, line = ax.get_legend_handles_labels(), total.get_legend_handles_labels()
    ax.legend(bars[0] + line[0], bars[1] + line[1], loc="lower left", bbox_to_anchor=(0, 1.0),
              ncols=3, fontsize="small", frameon=False)


def _draw_splits(ax: Axes, status: Sequence[Part], effort: Sequence[Part]) -> None:
    """Two stacked horizontal bars: segments by status, approved texts by how they were reached."""
    colours = {**STATUS_COLOURS, **EFFORT_COLOURS}
    rows = ((translate("StatsCharts", "segments"), status),
            (translate("StatsCharts", "approved texts"), effort))
    for y, (_name, parts) in enumerate(rows):
        left = 0
        for p in parts:
            if not p.count:
                continue
            ax.barh(y, p.count, left=left, color=colours[p.key],
                    label=f"{label_of(PART_LABELS, p.key)} ({p.count})")
            ax.text(left + p.count / 2, y, str(p.count), ha="center",
                    va="center", color="white", fontsize="small", fontweight="bold")
            left += p.count
    ax.set_yticks([0, 1], [name for name, _ in rows])
    ax.invert_yaxis()
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(translate("StatsCharts", "segments"))
    if any(p.count for p in (*status, *effort)):
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small",
                  frameon=False)


def draw_findings(figure: Figure, counts: Sequence[KindCount], titles: Mapping[str, str],
                  title: str, checked: int, empty_text: str) -> None:
    """QA findings per check, stacked by severity; checks in the QA's own order, top down."""
    if not checked:
        draw_message(figure, empty_text, title)
        return
    figure.clear()
    ax = figure.add_subplot()
    names = [titles.get(k.kind, k.kind) for k in counts]
    ys = list(range(len(counts)))
    lefts = [0] * len(counts)
    for sev, colour in SEVERITY_COLOURS.items():
        widths = [k.by_severity.get(sev, 0) for k in counts]
        if any(widths):
            ax.barh(ys, widths, left=lefts, color=colour, label=label_of(SEVERITY_LABELS, sev))
        lefts = [a + b for a, b in zip(lefts, widths, strict=True)]
    for y, k in zip(ys, counts, strict=True):
        ax.text(k.total, y, f" {k.total}", va="center", fontsize="small")
    ax.set_yticks(ys, names)
    ax.invert_yaxis()
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlim(0, max([k.total for k in counts] + [1]) * 1.12)
    ax.set_xlabel(translate("StatsCharts", "findings"))
    ax.set_title(title)
    ax.grid(axis="x", alpha=0.3)
    if any(k.total for k in counts):
        ax.legend(loc="lower right", fontsize="small")
