"""The preview part of the import dialog: a tab of segments, then a tab of links per human version.

Fixes made in a :class:`~reviewer.ui.alignment_preview.LinksEditor` go straight back into the
:class:`~reviewer.library.PreparedImport` shown, and the tab's title counts the links left to check.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTabWidget, QWidget

from reviewer.core import languages
from reviewer.core.model import Link, SegmentDraft
from reviewer.library import PreparedImport
from reviewer.ui.alignment_models import SegmentsModel
from reviewer.ui.alignment_preview import LinksEditor


class SegmentsView(QTableView):
    """A read-only table of the source's segments."""

    def __init__(self, segments: Sequence[SegmentDraft], parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(SegmentsModel(segments, self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)


class PreviewTabs(QTabWidget):
    """Segments, then one :class:`LinksEditor` per human version of the prepared import."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.prepared: PreparedImport | None = None
        self.editors: dict[str, LinksEditor] = {}

    def show_prepared(self, prepared: PreparedImport) -> list[str]:
        """Show ``prepared`` (fixes will change it); return one summary phrase per part."""
        self.clear_preview()
        self.prepared = prepared
        self.addTab(SegmentsView(prepared.segments),
                    self.tr("Segments ({0})").format(len(prepared.segments)))
        parts = [self.tr("{0} segments").format(len(prepared.segments))]
        for code, (_document, sentences, links) in prepared.humans.items():
            editor = LinksEditor(prepared.segments, sentences, links)
            editor.links_changed.connect(partial(self._on_links_changed, code))
            self.editors[code] = editor
            self.addTab(editor, self._title(code, links))
            parts.append(self.tr("{0}: {1} links, {2} to check").format(
                languages.label(code), len(links), sum(link.flagged for link in links)))
        return parts

    def clear_preview(self) -> None:
        while self.count():
            widget = self.widget(0)
            self.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        self.editors.clear()
        self.prepared = None

    def _title(self, code: str, links: list[Link]) -> str:
        flagged = sum(link.flagged for link in links)
        title = self.tr("{0} alignment").format(languages.label(code))
        return title + (self.tr(" ({0} to check)").format(flagged) if flagged else "")

    def _on_links_changed(self, code: str, links: list[Link]) -> None:
        if self.prepared is None:
            return
        document, sentences, _old = self.prepared.humans[code]
        self.prepared.humans[code] = (document, sentences, links)
        self.setTabText(self.indexOf(self.editors[code]), self._title(code, links))
