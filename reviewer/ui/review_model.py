"""The segment grid's model: one row per segment, columns for the source and each target language.

Rows come from the store's segment views, exposed to the view in chunks (``fetchMore``) so a
20,000-segment article opens at once; diffs are computed on demand (and cached in the core) only
for the cells the view paints. Filtering keeps a list of visible rows; nothing is re-read from disk.
"""

from __future__ import annotations

import gc
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from reviewer.core import languages
from reviewer.core.diff import word_diff
from reviewer.core.filters import Findings, SegmentFilter, fetch_error, fold, matches
from reviewer.core.model import SegmentView, Status, Suggestion
from reviewer.core.qa.names import NameContext, article_names
from reviewer.core.suggestions import usable_suggestion
from reviewer.core.wordcount import count_words
from reviewer.ui.accessible_text import cell_description, cell_text
from reviewer.ui.approval_tally import ApprovalTally
from reviewer.ui.labels import origin_label, role_label, status_label

Index = QModelIndex | QPersistentModelIndex
CHUNK = 400

SpansRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
ColumnKindRole = Qt.ItemDataRole.UserRole + 3
ErrorRole = Qt.ItemDataRole.UserRole + 4
SegmentRowRole = Qt.ItemDataRole.UserRole + 5
QaRole = Qt.ItemDataRole.UserRole + 6  # number column: (QA findings, those in final texts)
QaBadgeRole = Qt.ItemDataRole.UserRole + 7  # number column: [(lang, findings, in final text)]
HitRole = Qt.ItemDataRole.UserRole + 8  # the filter's search text, to highlight (any column)
PresenceRole = Qt.ItemDataRole.UserRole + 9  # number column: names of others on the segment
LockRole = Qt.ItemDataRole.UserRole + 10  # number column: languages an editor signed it off in


@dataclass(frozen=True)
class Column:
    """What a grid column shows: ``number``, ``source``, ``compare`` (MT vs human) or ``final``."""

    kind: str
    lang: str | None = None


@contextmanager
def long_lived() -> Iterator[None]:
    """Build objects that live as long as an article is open, out of the garbage collector's way.

    The collector is paused while the block runs, and what exists when it ends is frozen
    (``gc.freeze``): 20,000 segment views are ~150,000 tracked objects, and every full pass over
    them would otherwise stall a paint by tens of milliseconds. Frozen objects are still freed
    by reference counting when the next article replaces them.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        gc.freeze()
    finally:
        if was_enabled:
            gc.enable()


def best_suggestion(view: SegmentView, lang: str, engine: str | None = None) -> Suggestion | None:
    """The machine translation to show for ``lang``: the one Ctrl+1 takes (the chosen engine's,
    else the newest usable), else (when every engine failed) the newest error."""
    found = view.suggestions.get(lang, [])
    taken = usable_suggestion(found, engine)
    return taken or (max(found, key=lambda s: s.fetched_at) if found else None)


@dataclass(frozen=True)
class Prepared:
    """What :meth:`ReviewModel.set_article` derives from the views, computed beforehand (on the
    store writer's thread, as the views are read): each segment id's place and statuses, and
    each segment's source words (by segment id, for the status bar's counts) and, when asked
    for, the article's name context (what the QA checks need from all its sources)."""

    positions: dict[int, int]
    statuses: dict[int, tuple[Status, ...]]
    words: dict[int, int]
    names: NameContext | None = None
    tally: ApprovalTally | None = None


def prepare(views: Sequence[SegmentView], langs: Sequence[str], *,
            names: bool = False) -> Prepared:
    """The places, statuses and source words of ``views`` in ``langs`` and, with ``names``,
    their name context (pure: any thread)."""
    positions = {v.segment.id: i for i, v in enumerate(views)}
    statuses = {i: tuple(status_of(v, lang) for lang in langs) for i, v in enumerate(views)}
    words = {v.segment.id: count_words(v.segment.source) for v in views}
    return Prepared(positions, statuses, words,
                    article_names(v.segment.source for v in views) if names else None,
                    ApprovalTally(langs, statuses, positions, words))


def status_of(view: SegmentView, lang: str) -> Status:
    """The review status of a segment in ``lang`` (``new`` without a translation)."""
    t = view.translations.get(lang)
    return t.status if t else Status.NEW


class ReviewModel(QAbstractTableModel):
    """The segments of one article, filtered, for a ``QTableView``.

    ``statuses_changed`` is emitted with the segment id when a re-read segment put in place
    has another review status in some language than before (whether or not its row is shown),
    so what counts approvals can follow.
    """

    statuses_changed = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.views: list[SegmentView] = []
        self.visible: list[int] = []
        self.loaded = 0
        self.langs: list[str] = []
        self.source_lang = "en"
        self._engine: str | None = None
        self.columns: list[Column] = []
        self.filter = SegmentFilter()
        self._position: dict[int, int] = {}  # segment id -> its place in ``views``
        self._row_of: dict[int, int] = {}  # place in ``views`` -> visible row
        self._statuses: dict[int, tuple[Status, ...]] = {}  # place -> statuses as last shown
        self.tally = ApprovalTally([], {}, {}, {})  # approvals counted as they change
        self.qa_marks: Any = None  # set by the window: count(place), tooltip(place) of QA findings
        self.findings: Findings | None = None  # set by the window: "only QA findings" asks it
        self.presence: dict[int, list[str]] = {}  # segment id -> others on it now (live)
        self.locks: Any = None  # set by the window: langs(segment id), tooltip(segment id)

    @property
    def engine(self) -> str | None:
        """The engine whose machine translation the compare columns show first (None: newest)."""
        return self._engine

    @engine.setter
    def engine(self, name: str | None) -> None:
        if name != self._engine:
            self._engine = name
            if self.loaded:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(self.loaded - 1, len(self.columns) - 1))

    # -- loading -----------------------------------------------------------------------------
    def set_article(self, views: Sequence[SegmentView], source_lang: str,
                    langs: Sequence[str], prepared: Prepared | None = None) -> None:
        """Show an article's segments in the given target languages (``prepared``: their places
        and statuses, computed beforehand from the same views and languages)."""
        self.beginResetModel()
        self.views, self.source_lang, self.langs = list(views), source_lang, list(langs)
        prepared = prepared or prepare(self.views, self.langs)
        self._position, self._statuses = prepared.positions, prepared.statuses
        self.tally = prepared.tally or ApprovalTally(self.langs, self._statuses, self._position,
                                                     prepared.words)
        self.columns = [Column("number"), Column("source")]
        for lang in self.langs:
            self.columns += [Column("compare", lang), Column("final", lang)]
        self._apply_filter()
        self.endResetModel()

    def set_filter(self, segment_filter: SegmentFilter) -> None:
        """Show only the segments that match ``segment_filter``."""
        self.beginResetModel()
        self.filter = segment_filter
        self._apply_filter()
        self.endResetModel()

    def _apply_filter(self) -> None:
        f = self.filter
        if f == SegmentFilter():
            self.visible = list(range(len(self.views)))
        else:
            self.visible = [i for i, v in enumerate(self.views)
                            if matches(v, f, self.langs, self.findings)]
        self._row_of = {i: row for row, i in enumerate(self.visible)}
        self.loaded = min(len(self.visible), CHUNK)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self.loaded < len(self.visible)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        extra = min(CHUNK, len(self.visible) - self.loaded)
        if extra <= 0:
            return
        self.beginInsertRows(QModelIndex(), self.loaded, self.loaded + extra - 1)
        self.loaded += extra
        self.endInsertRows()

    def ensure_loaded(self, row: int) -> None:
        """Make sure ``row`` of the visible segments is exposed to the view (in one insertion,
        up to the end of its chunk, however far it is)."""
        if row < self.loaded or not self.canFetchMore():
            return
        end = min(len(self.visible), (row // CHUNK + 1) * CHUNK)
        self.beginInsertRows(QModelIndex(), self.loaded, end - 1)
        self.loaded = end
        self.endInsertRows()

    def warm(self, row: int) -> None:
        """Compute the diffs of visible ``row`` (cached in the core) before the view asks."""
        view = self.views[self.visible[row]]
        for lang in self.langs:
            self._compare(view, lang, SpansRole)

    # -- lookups -----------------------------------------------------------------------------
    def view_at(self, row: int) -> SegmentView:
        """The segment view shown at ``row``."""
        return self.views[self.visible[row]]

    def row_of_segment(self, index: int) -> int | None:
        """The row showing segment ``index`` (0-based), if it is visible."""
        return self._row_of.get(index)

    def nearest_row(self, index: int) -> int:
        """The visible row of segment ``index`` (0-based), else of the nearest visible segment
        (the following one on a tie); 0 when nothing is shown."""
        if not self.visible:
            return 0
        after = bisect_left(self.visible, index)
        if after == len(self.visible):
            return after - 1
        if after == 0 or self.visible[after] - index <= index - self.visible[after - 1]:
            return after
        return after - 1

    def position_of(self, segment_id: int) -> int | None:
        """Where the segment with ``segment_id`` sits in ``views`` (None: not in this article)."""
        return self._position.get(segment_id)

    def _statuses_of(self, view: SegmentView) -> tuple[Status, ...]:
        return tuple(status_of(view, lang) for lang in self.langs)

    def replace_view(self, view: SegmentView) -> None:
        """Put a re-read segment view in place and repaint its row."""
        index = view.segment.index
        # The view may be the same object, updated in place: compare with what was shown.
        before = self._statuses.get(index)
        self.views[index] = view
        after = self._statuses[index] = self._statuses_of(view)
        self._position[view.segment.id] = index
        if after != before:
            self.tally.change(view.segment.id, before, after)
        row = self.row_of_segment(index)
        if row is not None and row < self.loaded:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        if after != before:
            self.statuses_changed.emit(view.segment.id)

    def set_presence(self, presence: dict[int, list[str]]) -> None:
        """Who else is on which segment now (segment id -> names); repaint the rows that
        changed."""
        changed = set(presence) ^ set(self.presence) | {
            k for k in presence.keys() & self.presence.keys() if presence[k] != self.presence[k]}
        self.presence = presence
        for segment_id in changed:
            position = self._position.get(segment_id)
            row = self.row_of_segment(position) if position is not None else None
            if row is not None and row < self.loaded:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.loaded

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = self.columns[section]
        if column.kind == "number":
            return self.tr("#")
        if column.kind == "source":
            return self.tr("{0} source").format(languages.label(self.source_lang))
        tag = languages.label(column.lang or "")
        return (self.tr("{0} machine → human") if column.kind == "compare"
                else self.tr("{0} final")).format(tag)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.loaded:
            return None
        view = self.view_at(index.row())
        column = self.columns[index.column()]
        if role == ColumnKindRole:
            return column.kind
        if role == Qt.ItemDataRole.AccessibleTextRole:  # what a screen reader says
            return cell_text(column.kind, self.data(index), self.data(index, SpansRole))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return cell_description(
                str(self.headerData(index.column(), Qt.Orientation.Horizontal)),
                self.data(index, StatusRole) if column.kind == "final" else None,
                self.data(index, Qt.ItemDataRole.ToolTipRole))
        if role == SegmentRowRole:
            return view.segment.index
        if role == HitRole:
            return fold(self.filter.text).strip() or None
        if column.kind == "number":
            return self._number(view, role)
        if column.kind == "source":
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return view.segment.source
            return None
        lang = column.lang or ""
        if column.kind == "compare":
            return self._compare(view, lang, role)
        return self._final(view, lang, role)

    def _number(self, view: SegmentView, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{view.segment.index + 1}\n{role_label(view.segment.role)}"
        if role == StatusRole:
            return [status_of(view, lang) for lang in self.langs]
        if role == QaRole:
            return self.qa_marks.count(view.segment.index) if self.qa_marks else (0, 0)
        if role == QaBadgeRole:
            return self.qa_marks.badges(view.segment.index) if self.qa_marks else []
        if role == PresenceRole:
            return self.presence.get(view.segment.id, [])
        if role == LockRole:
            return self.locks.langs(view.segment.id) if self.locks else []
        if role == Qt.ItemDataRole.ToolTipRole:
            qa = self.qa_marks.tooltip(view.segment.index) if self.qa_marks else ""
            here = self.presence.get(view.segment.id)
            on_it = ("\n" + self.tr("Now on it: {names}").format(names=", ".join(here))
                     if here else "")
            lock = self.locks.tooltip(view.segment.id) if self.locks else ""
            return self.tr("Segment {n}, {role}, paragraph {paragraph}").format(
                n=view.segment.index + 1, role=role_label(view.segment.role),
                paragraph=view.segment.paragraph + 1) + on_it + (f"\n\n{qa}" if qa else "") + (
                f"\n\n{lock}" if lock else "")
        return None

    def human_text(self, view: SegmentView, lang: str) -> str | None:
        """The human text aligned to this segment, or None (missing / joined above)."""
        return view.human.get(lang) or None

    def _compare(self, view: SegmentView, lang: str, role: int) -> Any:
        """The machine → human cell: the human version with the machine translation's changes
        marked; a failed latest fetch is only a marker and a tooltip, never instead of it."""
        mt = best_suggestion(view, lang, self.engine)
        mt = mt if mt and mt.text and not mt.error else None
        failed = fetch_error(view, lang)
        human = self.human_text(view, lang)
        kind = view.link_kind.get(lang, "")
        if role == ErrorRole:
            return f"{failed.engine}: {failed.error}" if failed else None
        if role == SpansRole:
            return word_diff(mt.text or "", human) if mt and human else None
        if role == Qt.ItemDataRole.ToolTipRole:
            notes = [self.tr("alignment {0}").format(kind)] if kind else []
            if view.flagged.get(lang):
                notes.append(self.tr("the aligner flagged this: please check"))
            if mt:
                notes.append(self.tr("machine translation: {0}").format(mt.engine))
            if failed:
                notes.append(self.tr("⚠ the latest fetch failed: {engine}: {error}").format(
                    engine=failed.engine, error=failed.error))
            return "; ".join(notes) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if human:
            return human
        if kind.endswith("-0"):
            return self.tr("— not in the human version —")
        if kind:
            return self.tr("↑ in the human sentence above")
        return mt.text if mt and mt.text else ""

    def _final(self, view: SegmentView, lang: str, role: int) -> Any:
        t = view.translations.get(lang)
        if role == StatusRole:
            return t.status if t else Status.NEW
        if role == Qt.ItemDataRole.ToolTipRole and t:
            via = origin_label(t.origin) + (f" ({t.engine})" if t.engine else "")
            text = self.tr("{status}, from {origin}, {time}").format(
                status=status_label(t.status), origin=via, time=t.updated_at)
            return text + ("\n" + self.tr("comment: {0}").format(t.comment) if t.comment else "")
        if role == Qt.ItemDataRole.DisplayRole:
            return t.text if t else ""
        return None
