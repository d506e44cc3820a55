"""The engine leaderboard's significance test in the statistics view: how many paired bootstrap
resamples and which level (``test_changed`` asks for the test again), and the words of the
verdict: the leader is called closer to the published text only when its lead is significant,
otherwise "no significant difference".
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from reviewer.core import languages
from reviewer.core.leaderboard import Closest, LanguageBoard
from reviewer.core.significance import (
    DEFAULT_LEVEL,
    DEFAULT_RESAMPLES,
    LEVELS,
    MAX_RESAMPLES,
    MIN_RESAMPLES,
    SEED,
    BootstrapOptions,
)
from reviewer.ui.stats_models import CLOSEST_MARK


def p_text(p: float) -> str:
    """A p-value as shown: three significant digits (the smallest is 1 / (resamples + 1))."""
    return f"{p:.3g}"


class SignificanceControls(QWidget):
    """Resamples and significance level of the paired bootstrap test, and its verdict texts."""

    test_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resamples = QSpinBox()
        self.resamples.setRange(MIN_RESAMPLES, MAX_RESAMPLES)
        self.resamples.setSingleStep(1000)
        self.resamples.setValue(DEFAULT_RESAMPLES)
        self.resamples.setKeyboardTracking(False)  # asks once the number is typed (Enter)
        self.resamples.setToolTip(self.tr(
            "Paired bootstrap resamples of the shared units for the intervals and p-values "
            "(sacrebleu's default: {0}; seed {1})").format(DEFAULT_RESAMPLES, SEED))
        self.level = QComboBox()
        for level in LEVELS:
            self.level.addItem(f"{level:g}", level)
        self.level.setCurrentIndex(LEVELS.index(DEFAULT_LEVEL))
        self.level.setToolTip(self.tr("The leader is called closer only when the p-value of "
                                      "its chrF lead over the runner-up is below this level"))
        resamples_caption = QLabel(self.tr("Re&samples:"))
        resamples_caption.setBuddy(self.resamples)
        level_caption = QLabel(self.tr("Significance le&vel:"))
        level_caption.setBuddy(self.level)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (resamples_caption, self.resamples, level_caption, self.level):
            row.addWidget(w)
        row.addStretch(1)
        self.resamples.valueChanged.connect(lambda _v: self.test_changed.emit(self.options()))
        self.level.currentIndexChanged.connect(lambda _i: self.test_changed.emit(self.options()))

    def options(self) -> BootstrapOptions:
        """The test as set here."""
        return BootstrapOptions(self.resamples.value(), float(self.level.currentData()), SEED)

    def verdict(self, board: LanguageBoard, c: Closest, leader: str) -> str:
        """Which engine is closer to the published text, or "no significant difference"."""
        lang = languages.label(board.lang)
        others = ", ".join(f"{e} {s.chrf:.2f}" for e, s in c.scores.items() if e != leader)
        t = c.significance
        if t is None:
            return self.tr("{0} leads on the published {1} text (chrF {2:.2f}, against {3}); "
                           "not tested for significance.").format(
                leader, lang, c.scores[leader].chrf, others)
        o = t.options
        if c.marked:
            return self.tr(
                "{0} Closer to the published {1} text: {2} (chrF {3:.2f}, against {4}, on the "
                "{5} units every engine translated). The lead over {6} is significant: p = {7} "
                "< {8} ({9} paired bootstrap resamples, seed {10}).").format(
                CLOSEST_MARK, lang, leader, c.scores[leader].chrf, others, c.units,
                t.runner_up, p_text(t.p_value), f"{o.level:g}", o.resamples, o.seed)
        return self.tr(
            "No significant difference from the published {0} text: {1} leads with chrF {2:.2f} "
            "against {3} on the {4} units every engine translated, but p = {5} against {6} is "
            "not below {7} ({8} paired bootstrap resamples, seed {9}), so no engine is marked "
            "closer.").format(lang, leader, c.scores[leader].chrf, others, c.units,
                              p_text(t.p_value), t.runner_up, f"{o.level:g}", o.resamples,
                              o.seed)

    def footnote(self, c: Closest | None) -> str:
        """How the intervals and p-values were computed (empty when there was no test)."""
        t = c.significance if c else None
        if t is None:
            return ""
        o = t.options
        return self.tr(
            "Intervals and p-values: sacrebleu's paired bootstrap resampling of the shared "
            "units, {0} resamples, seed {1}; the interval is 95% around the bootstrap mean, p is "
            "against the leader {2}; {3} only when the chrF lead has p < {4}.").format(
            o.resamples, o.seed, t.result.baseline, CLOSEST_MARK, f"{o.level:g}")
