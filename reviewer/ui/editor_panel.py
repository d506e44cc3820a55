"""The editor under the grid: the current segment's source, every engine's machine translation with
its diff against the human version and chrF, the human version, and the final text being edited."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from reviewer.core import languages, spaces
from reviewer.core.chrf_fast import Ngrams, chrf_of
from reviewer.core.diff import word_diff
from reviewer.core.edits import EditorContents, TranslationState
from reviewer.core.model import Origin, SegmentView, Status
from reviewer.ui import theme
from reviewer.ui.accessible_text import describe_spans
from reviewer.ui.diff_delegate import escape, spans_to_html
from reviewer.ui.labels import flag_note, role_label, status_label
from reviewer.ui.spell_marks import SpellMarks


def _rich(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class EditorPanel(QWidget):
    """Shows one segment in one target language and holds the final text being edited.

    ``dirty`` says that the final text or the comment holds typing the store has not seen yet;
    while it does, refreshing the segment (a fetch result, a write of the window's) never
    replaces what is typed. ``shown`` is the (segment id, language) the contents belong to, and
    ``loaded`` the stored state when that segment was first shown.
    """

    language_changed = Signal(str)
    take_requested = Signal(str, str, object)  # text, origin, engine
    text_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: SegmentView | None = None
        self.lang = "uk"
        self.langs: list[str] = []
        self.start_text = ""
        self.origin = Origin.EDITED
        self.engine: str | None = None
        self.origin_text = ""
        self.dirty = False
        self.shown: tuple[int, str] | None = None
        self.loaded: TranslationState | None = None
        self._loading = False
        # Colours and weights through the palette and partial fonts, never style sheets: a style
        # sheet fixes a widget's font, and it would not follow the window's text size (Ctrl++).
        self.header = QLabel()
        self.total = 0
        self._recolour()
        self.tabs = QTabBar()
        self.tabs.currentChanged.connect(self.on_tabs_current_changed)
        self.source = _rich("")
        weight = QFont()  # only the weight: the size still comes from the panel
        weight.setWeight(QFont.Weight.DemiBold)
        self.source.setFont(weight)
        self.machine_box = QVBoxLayout()
        self.human = _rich("")
        self.final = QPlainTextEdit()
        self.final.setPlaceholderText(self.tr("Final translation: Ctrl+1 takes the machine "
                                              "translation, Ctrl+2 the human version, or type; "
                                              "Ctrl+Enter approves."))
        self.final.textChanged.connect(self.on_final_text_changed)
        # No-break spaces shaded and misspelt words underlined; the text is unchanged.
        self.nbsp_marks = self.marks = SpellMarks(self.final.document())
        self.changes = _rich("")
        self.status = QLabel()
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("Comment for this segment (saved as you "
                                                "type)"))
        self.comment.textChanged.connect(self.on_comment_text_changed)
        # Where the window adds its quality aids (glossary terms, memory matches, QA findings).
        self.under_source = QVBoxLayout()
        self.under_human = QVBoxLayout()
        self.under_final = QVBoxLayout()
        self._layout()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.tabs)
        top.addWidget(self.header, 1)
        top.addWidget(self.status)
        inner = QWidget()
        body = QVBoxLayout(inner)
        body.addWidget(self.source)
        body.addLayout(self.under_source)
        body.addLayout(self.machine_box)
        body.addWidget(self.human)
        body.addLayout(self.under_human)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Final text")))
        right.addWidget(self.final, 1)
        right.addWidget(self.changes)
        right.addLayout(self.under_final)
        right.addWidget(self.comment)
        columns = QHBoxLayout()
        columns.addWidget(scroll, 3)
        columns.addLayout(right, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 2, 4, 2)
        outer.addLayout(top)
        outer.addLayout(columns, 1)

    def set_languages(self, langs: list[str]) -> None:
        """The target languages the reviewer works in (tabs)."""
        self.langs = list(langs)
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for lang in self.langs:
            self.tabs.addTab(languages.label(lang))
        if self.lang not in self.langs and self.langs:
            self.lang = self.langs[0]
        if self.langs:
            self.tabs.setCurrentIndex(self.langs.index(self.lang))
        self.tabs.blockSignals(False)

    def on_tabs_current_changed(self, index: int) -> None:
        if 0 <= index < len(self.langs):
            self.lang = self.langs[index]
            self.language_changed.emit(self.lang)

    def select_language(self, lang: str) -> None:
        """Show the tab of ``lang`` (emits :attr:`language_changed` when it is another)."""
        if lang in self.langs:
            self.tabs.setCurrentIndex(self.langs.index(lang))

    def next_language(self) -> None:
        """Switch to the next target language (wraps)."""
        if self.langs:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + 1) % len(self.langs))

    def show_segment(self, view: SegmentView | None, total: int) -> None:
        """Fill the panel with ``view`` in the current language."""
        self.view, self.total = view, total
        c = theme.colours(self.palette())
        while self.machine_box.count():
            item = self.machine_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if view is None:
            self.header.setText(self.tr("No segment selected"))
            self.source.setText("")
            self.human.setText("")
            self.shown, self.loaded, self.dirty = None, None, False
            self._set_final("", Origin.EDITED, None)
            self._set_comment("")
            return
        seg, lang = view.segment, self.lang
        self.header.setText(self.tr("Segment {n} of {total} · {role} · paragraph {paragraph}")
                            .format(n=seg.index + 1, total=total, role=role_label(seg.role),
                                    paragraph=seg.paragraph + 1))
        self.source.setText(escape(seg.source))
        human = view.human.get(lang) or ""
        for sug in view.suggestions.get(lang, []):
            self.machine_box.addWidget(self._machine_row(sug.engine, sug.text, sug.error, human))
        if not view.suggestions.get(lang):
            self.machine_box.addWidget(_rich('<i style="color:{1}">{0}</i>'.format(
                self.tr("No machine translation yet: press F5 to fetch."), c.muted)))
        kind = view.link_kind.get(lang, "")
        note = ' <b style="color:{1}">⚑ {0}</b>'.format(
            escape(flag_note(view.flag_reason.get(lang, ""))), c.warning) \
            if view.flagged.get(lang) else ""
        shown = escape(human) if human else "<i>{0}</i>".format(
            self.tr("not in the human version") if kind.endswith("-0") else
            self.tr("part of the human sentence above") if kind else self.tr("no human version"))
        added = self.tr("added in the human version:")
        extra = "".join(f"<br/><i>{added}</i> {escape(x)}"
                        for x in view.human_added.get(lang, []))
        title = self.tr("{lang} human version").format(lang=languages.label(lang))
        self.human.setText(f"<b>{title}</b> [{kind or '—'}]{note} "
                           f"<span style='color:{c.muted}'>(Ctrl+2)</span><br/>{shown}{extra}")
        t = view.translations.get(lang)
        status = t.status if t else Status.NEW
        self.status.setText(f"<b>{languages.label(lang)}: {status_label(status)}</b>")
        self._show_translation(view, lang)

    def _show_translation(self, view: SegmentView, lang: str) -> None:
        """Put the stored final text and comment in the fields, unless typing is pending there.

        Showing the segment again (after a save, a fetch, an undo) keeps the cursor and the
        editor's own undo history where the text has not changed.
        """
        t = view.translations.get(lang)
        key = (view.segment.id, lang)
        text, comment = (t.text, t.comment) if t else ("", "")
        new = key != self.shown
        if new:
            self.shown, self.loaded, self.dirty = key, TranslationState.of(t), False
            self.start_text = text  # the changes are shown against the text the visit began with
        elif self.dirty:
            return
        if new or self.final_text() != spaces.strip(text):
            self._set_final(text, t.origin if t else Origin.EDITED, t.engine if t else None)
        # else: the same text (our own save): where it came from is what the editor knows, so
        # typing undone back to a taken text is that text again, not an edit of it
        self._set_comment(comment)

    def _set_comment(self, comment: str) -> None:
        if self.comment.text() != comment:
            self._loading = True
            self.comment.setText(comment)
            self._loading = False

    def _machine_row(self, engine: str, text: str | None, error: str | None,
                     human: str) -> QWidget:
        c = theme.colours(self.palette())
        if error or not text:
            problem = escape(error or self.tr("empty answer"))
            return _rich(f"<b>{escape(engine)}</b> "
                         f"<span style='color:{c.error}'>⚠ {problem}</span>")
        spoken = ""
        if human:
            score = f" · chrF {chrf_of(Ngrams.of(text), Ngrams.of(human)):.1f}"  # = sacrebleu's
            spans = word_diff(text, human)
            body, spoken = spans_to_html(spans, c), describe_spans(spans)
        else:
            score, body = "", escape(text)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = _rich(f"<b>{escape(engine)}</b><span style='color:{c.muted}'>{score}</span>"
                      f"<br/>{body}")
        label.setAccessibleName(self.tr("{engine} machine translation").format(engine=engine))
        label.setAccessibleDescription(spoken or text)
        use = QPushButton(self.tr("Use"))
        use.setToolTip(self.tr("Copy this machine translation into the final text"))
        use.clicked.connect(lambda: self.take_requested.emit(text, Origin.MT.value, engine))
        layout.addWidget(label, 1)
        layout.addWidget(use, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _set_final(self, text: str, origin: Origin, engine: str | None) -> None:
        self._loading = True
        self.final.setPlainText(text)
        self._loading = False
        self.origin, self.engine, self.origin_text = origin, engine, text
        self._show_changes()

    def take(self, text: str, origin: Origin, engine: str | None) -> None:
        """Put ``text`` into the final text as coming from ``origin`` (MT, human, TM).

        The window saves it at once as a draft (its own undo step).
        """
        self._loading = True
        self.final.setPlainText(text)
        self._loading = False
        self.origin, self.engine, self.origin_text = origin, engine, spaces.strip(text)
        self.dirty = True
        self._show_changes()
        self.final.moveCursor(QTextCursor.MoveOperation.End)  # typing goes on after it
        self.final.setFocus()

    def raw_text(self) -> str:
        """The editor's text exactly as the document holds it (offsets are its positions)."""
        return self.final.document().toRawText().replace("\u2029", "\n").replace("\u2028",
                                                                                  "\n")

    def underline(self, misspelt: frozenset[str]) -> None:
        """Underline the words ``misspelt`` (repainting is not an edit of the text)."""
        loading, self._loading = self._loading, True
        try:
            self.marks.set_misspelt(misspelt)
        finally:
            self._loading = loading

    def replace_range(self, start: int, end: int, text: str) -> None:
        """Replace the final text's ``[start, end)`` by ``text``, as typing does (one step of
        the editor's own undo; saved as a draft like typing)."""
        cursor = QTextCursor(self.final.document())
        cursor.beginEditBlock()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.final.setTextCursor(cursor)

    def final_text(self) -> str:
        """The final text as it stands in the editor, no-break spaces included.

        ``toPlainText()`` turns U+00A0 into a plain space; the raw text keeps it, with Qt's
        paragraph and line separators made line feeds as ``toPlainText()`` makes them.
        """
        raw = self.raw_text()
        return spaces.strip(raw) if raw.strip() else ""  # only whitespace: no text

    def contents(self) -> EditorContents:
        """What the editor holds, for the review rules in :mod:`reviewer.core.edits`."""
        return EditorContents(self.final_text(), spaces.strip(self.comment.text()), self.origin,
                              self.engine, spaces.strip(self.origin_text))

    def text_undo_available(self) -> bool:
        """Whether the final text has typing of this visit to undo (the editor's own undo)."""
        return self.final.document().isUndoAvailable()

    def text_redo_available(self) -> bool:
        """Whether the editor's own redo has typing to bring back."""
        return self.final.document().isRedoAvailable()

    def forget_text_history(self) -> None:
        """Start the editor's own undo afresh (after an approval: that is the last change)."""
        self.final.document().clearUndoRedoStacks()

    def on_final_text_changed(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self._show_changes()
        self.text_edited.emit()

    def on_comment_text_changed(self, _text: str) -> None:
        if self._loading:
            return
        self.dirty = True
        self.text_edited.emit()

    def _show_changes(self) -> None:
        now = self.final_text()
        if now == spaces.strip(self.start_text) or not self.start_text:
            self.changes.setText("")
            self.changes.setAccessibleDescription("")
            return
        spans = word_diff(self.start_text, now)
        self.changes.setText("<span style='color:{2}'>{0}</span><br/>{1}".format(
            self.tr("Changes to the text it started from:"),
            spans_to_html(spans, theme.colours(self.palette())),
            theme.colours(self.palette()).muted))
        self.changes.setAccessibleDescription(describe_spans(spans))

    def _recolour(self) -> None:
        """The header's muted colour for the current palette."""
        palette = self.header.palette()
        palette.setColor(QPalette.ColorRole.WindowText,
                         QColor(theme.colours(self.palette()).muted))
        self.header.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """A new palette (the system went dark or light): repaint the marks in its colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()
            if self.view is not None:
                self.show_segment(self.view, self.total)
                self._show_changes()

    def set_font_size(self, points: int) -> None:
        """Apply the font size setting to the panel."""
        font = QFont(self.font())
        font.setPointSize(points)
        self.setFont(font)
