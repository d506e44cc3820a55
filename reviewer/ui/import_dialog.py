"""The import dialog: the source and each human version from a file, an address or pasted text.

Preview reads, segments and aligns in the background (:func:`reviewer.library.prepare_import`
through the window's task runner; a web page can take 20 s and the dialog keeps answering) and
shows the segments with their roles and, per human version, the links, which the reviewer may
fix. Import hands back the :class:`~reviewer.library.PreparedImport` with the fixed links; the
window stores it with :func:`reviewer.library.save_prepared`. Errors of the world (a missing file,
a page that cannot be read) are one line in the dialog, which stays open.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reviewer.core import languages
from reviewer.core.errors import ReviewerError, UsageError
from reviewer.library import PreparedImport
from reviewer.ui.alignment_preview import LinksEditor
from reviewer.ui.import_inputs import InputField
from reviewer.ui.import_preview import PreviewTabs
from reviewer.ui.import_request import ImportRequest, prepare_request
from reviewer.ui.tasks import TaskRunner

__all__ = ["ImportDialog", "ImportRequest", "prepare_request"]
KNOWN_ERRORS = (ReviewerError,)  # shown in the dialog; anything else is a bug


class ImportDialog(QDialog):
    """Choose the inputs, preview and fix the alignment, then Import (``exec()`` is true)."""

    def __init__(self, parent: QWidget | None = None, runner: TaskRunner | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import an article"))
        self.runner = runner or getattr(parent, "runner", None) or TaskRunner()
        self._prepared: PreparedImport | None = None
        self._asked = ""  # the source the last preview was asked for
        self._generation = 0
        self._import_when_ready = False
        self.busy = False
        self.inputs: dict[str, InputField] = {
            "source": InputField(self.tr("&Source:"), self.tr("…or paste the source te&xt:"))}
        for code in languages.TARGETS_DEFAULT:
            label = languages.label(code)
            self.inputs[code] = InputField(self.tr("&{0} human version (optional):").format(label),
                                           self.tr("…or paste the {0} text:").format(label))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("from the article"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Detect (English if unknown)"), None)
        for code, lang in languages.KNOWN.items():
            self.language.addItem(f"{lang.label} · {lang.native}", code)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.status = QLabel(self.tr("Give the source, then Preview to check the segments and "
                                     "the alignment."))
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = PreviewTabs()
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(lambda: self.start_preview())
        self.import_button.clicked.connect(self.on_import_clicked)
        for field_ in self.inputs.values():
            field_.changed.connect(self._on_inputs_changed)
        self.language.currentIndexChanged.connect(lambda _i: self._on_inputs_changed())
        self._lay_out()
        self._update_buttons()
        self.resize(1100, 760)

    def _lay_out(self) -> None:
        source_box = QWidget()
        source_column = QVBoxLayout(source_box)
        source_column.setContentsMargins(0, 0, 0, 0)
        source_column.addWidget(self.inputs["source"], 1)
        form = QFormLayout()
        title_label = QLabel(self.tr("Titl&e:"))
        title_label.setBuddy(self.title)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        form.addRow(title_label, self.title)
        form.addRow(language_label, self.language)
        source_column.addLayout(form)
        columns = QHBoxLayout()
        columns.addWidget(source_box, 1)
        for code in languages.TARGETS_DEFAULT:
            columns.addWidget(self.inputs[code], 1)
        top = QWidget()
        top.setLayout(columns)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.tabs)
        splitter.setSizes([280, 480])
        status_row = QHBoxLayout()
        status_row.addWidget(self.progress)
        status_row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(status_row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # -- what the dialog gives back ------------------------------------------------------------
    @property
    def editors(self) -> dict[str, LinksEditor]:
        """The links editor of each human version shown in the preview."""
        return self.tabs.editors

    def request(self) -> ImportRequest:
        """The inputs as they stand; raises :class:`UsageError` when no source is given."""
        source = self.inputs["source"].choice()
        if source is None:
            raise UsageError(self.tr("Give the source: a file, an https:// address, "
                                     "or pasted text."))
        humans: dict[str, str] = {}
        human_data: dict[str, bytes] = {}
        for code in languages.TARGETS_DEFAULT:
            choice = self.inputs[code].choice()
            if choice is None:
                continue
            humans[code] = "pasted" if choice.pasted else choice.location
            if choice.data is not None:
                human_data[code] = choice.data
        return ImportRequest("-" if source.pasted else source.location,
                             self.language.currentData(), self.title.text().strip() or None,
                             humans, source.data, human_data)

    def prepared(self) -> PreparedImport:
        """The article read, segmented and aligned, with the reviewer's fixes and title."""
        if self._prepared is None:
            raise RuntimeError("ImportDialog.prepared() before a preview finished")
        title = self.title.text().strip()
        if title:
            self._prepared.title = title
        return self._prepared

    # -- preview and import --------------------------------------------------------------------
    def start_preview(self, then_import: bool = False) -> None:
        """Read, segment and align in the background; show the result (and accept if asked)."""
        if self.busy:
            return
        try:
            request = self.request()
        except UsageError as exc:
            self.show_error(str(exc))
            return
        names = {"source": self.tr("the pasted source text")}
        for code in request.human_data:
            names[code] = self.tr("the pasted {0} text").format(languages.label(code))
        self._generation += 1
        generation = self._generation
        self._import_when_ready = then_import
        self._asked = request.source
        self._set_busy(True)
        self.runner.start("import preview", lambda _report: prepare_request(request, names),
                          on_result=partial(self._on_prepared, generation),
                          on_error=partial(self._on_failed, generation))

    def on_import_clicked(self) -> None:
        if self._prepared is not None:
            self.accept()
        else:
            self.start_preview(then_import=True)

    def show_error(self, text: str) -> None:
        self.error.setText(" ".join(text.split()))

    def done(self, result: int) -> None:  # a late preview must not touch a closed dialog
        self._generation += 1
        super().done(result)

    def _on_prepared(self, generation: int, prepared: PreparedImport) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self._prepared = prepared
        self._show_preview(prepared)
        if self._import_when_ready:
            self.accept()

    def _on_failed(self, generation: int, error: BaseException, trace: str) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self.status.setText(self.tr("Nothing was imported."))
        if isinstance(error, KNOWN_ERRORS):
            self.show_error(str(error))
        else:
            self.show_error(self.tr("Unexpected error: {0}: {1}").format(
                type(error).__name__, error))
            self.runner.unhandled.emit(error, trace)

    def _on_inputs_changed(self) -> None:
        self.error.clear()
        if self._prepared is not None:
            self._prepared = None
            self.tabs.clear_preview()
            self.status.setText(self.tr("The inputs changed: Preview again."))
        self._update_buttons()

    # -- state ------------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        for widget in (*self.inputs.values(), self.title, self.language):
            if isinstance(widget, InputField):
                widget.set_busy(busy)
            else:
                widget.setEnabled(not busy)
        if busy:
            self.error.clear()
            self.status.setText(self.tr("Reading and aligning… a web page can take a while."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = not self.busy
        self.preview_button.setEnabled(ready)
        self.import_button.setEnabled(ready)
        current = self._prepared is not None
        self.import_button.setDefault(current)
        self.preview_button.setDefault(not current)

    def _show_preview(self, prepared: PreparedImport) -> None:
        parts = self.tabs.show_prepared(prepared)
        self.title.setPlaceholderText(prepared.title)
        text = self.tr("Preview of “{0}”: {1}. Fix the links if needed, "
                       "then Import.").format(prepared.title, "; ".join(parts))
        origin = prepared.document.origin
        if origin != self._asked and "://" in origin:  # a web address that redirected
            text = self.tr("The address led to {0}.").format(origin) + " " + text
        self.status.setText(text)
        self._update_buttons()
