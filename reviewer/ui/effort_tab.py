"""The statistics view's post-editing tab: seconds per word, keystrokes per character, edit
distance and HTER of the approvals logged in the window, by start text (engine) and by person.

:func:`compute_effort` (no Qt) reads the effort log and sums it; :meth:`EffortTab.load` runs it
on a worker thread through the view's task runner and keeps the sums per scope until
:meth:`EffortTab.forget` (the view's Refresh); the tab draws one language in two tables.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.core import languages
from reviewer.core.effort import IDLE_CUTOFF_S
from reviewer.core.effort_measures import EffortSummary, by_engine, by_person
from reviewer.storage.effort_log import EffortLog
from reviewer.storage.store import Store
from reviewer.ui.scope_cache import ScopeCache
from reviewer.ui.tasks import TaskRunner


@dataclass(frozen=True)
class EffortFigures:
    """The effort sums of an article (or the library) per language."""

    engines: dict[str, list[EffortSummary]]
    people: dict[str, list[EffortSummary]]


def compute_effort(db_path: Path | str, article_id: int | None,
                   langs: Sequence[str]) -> EffortFigures:
    """Read the effort log of one article (``None``: the library) and sum it per language."""
    with Store(db_path) as store:
        records = EffortLog(store).records(article_id, list(langs))
    engines, people = {}, {}
    for lang in langs:
        mine = [r for r in records if r.lang == lang]
        engines[lang], people[lang] = by_engine(mine), by_person(mine)
    return EffortFigures(engines, people)


def _number(value: float | int | None, digits: int = 2) -> QStandardItem:
    text = "—" if value is None else (str(value) if isinstance(value, int)
                                      else f"{value:.{digits}f}")
    item = QStandardItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    item.setEditable(False)
    return item


class EffortTab(QWidget):
    """Post-editing effort by engine and by person in one language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cache: ScopeCache[EffortFigures] = ScopeCache("effort", compute_effort)
        self.figures = self.cache.results  # by scope: what the tests and the tab read
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.engines, self.people = QStandardItemModel(self), QStandardItemModel(self)
        engines_caption = QLabel(self.tr("By the text started from (engine):"))
        people_caption = QLabel(self.tr("By person:"))
        self.engine_table, self.person_table = QTableView(), QTableView()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        for caption, table, model in ((engines_caption, self.engine_table, self.engines),
                                      (people_caption, self.person_table, self.people)):
            table.setModel(model)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            caption.setBuddy(table)
            layout.addWidget(caption)
            layout.addWidget(table, 1)
        self.note = QLabel(self.tr(
            "Active time: while the final text has the focus, a pause longer than {0:g} s counts "
            "as {0:g} s. Seconds per source word; keystrokes per character of the approved text; "
            "edit distance in characters and HTER from the text started from to the approved "
            "text. Recorded on this machine only (Settings: Editing log).").format(IDLE_CUTOFF_S))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

    def _fill(self, model: QStandardItemModel, first: str,
              groups: Sequence[EffortSummary]) -> None:
        model.clear()
        model.setHorizontalHeaderLabels([
            first, self.tr("Segments"), self.tr("Words"), self.tr("Active s"),
            self.tr("s / word"), self.tr("Keystrokes"), self.tr("Keys / char"),
            self.tr("Edit distance"), self.tr("HTER")])
        for s in groups:
            name = QStandardItem(s.key)
            name.setEditable(False)
            model.appendRow([name, _number(s.segments), _number(s.source_words),
                             _number(s.active_seconds, 1), _number(s.seconds_per_word),
                             _number(s.keystrokes), _number(s.keystrokes_per_char),
                             _number(s.edit_distance), _number(s.hter, 1)])

    def show_figures(self, figures: EffortFigures | None, lang: str) -> None:
        """Draw the sums of ``lang`` (``None``: still being computed)."""
        label = languages.label(lang)
        engines = figures.engines.get(lang, []) if figures else []
        people = figures.people.get(lang, []) if figures else []
        self._fill(self.engines, self.tr("Started from"), engines)
        self._fill(self.people, self.tr("Person"), people)
        if figures is None:
            self.summary.setText(self.tr("Computing…"))
        elif not engines:
            self.summary.setText(self.tr("{0}: no post-editing effort recorded yet; it is "
                                         "recorded when a segment is approved in the window."
                                         ).format(label))
        else:
            self.summary.setText(self.tr("{0}: approvals with their effort: {1}.").format(
                label, sum(s.segments for s in engines)))

    # -- computing off the GUI thread --------------------------------------------------------
    def forget(self) -> None:
        """Drop what was computed (Refresh): the next :meth:`load` reads the store again."""
        self.cache.forget()

    def load(self, runner: TaskRunner, db_path: Path, scope: int | None, langs: Sequence[str],
             lang: str, on_error: Callable[[BaseException, str], None]) -> None:
        """Draw ``scope`` in ``lang``, computing it on a worker first if it is not known yet."""
        self.cache.load(runner, db_path, scope, langs, lambda found: self.show_figures(found, lang),
                        on_error)
