"""The export dialog: this article or the whole library, the format, the target languages, which
statuses, what stands in for unapproved segments in a document, the CSV details, and where to write.

The dialog only gathers choices, the same ones as ``reviewer export``: :meth:`ExportDialog.options`
gives the :class:`~reviewer.formats.export.ExportOptions` the CLI builds from its flags, and the
window runs the export off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core import languages
from reviewer.formats.document import Fallback
from reviewer.formats.export import DOCUMENT_FORMATS, FORMATS, SUFFIX, ExportOptions
from reviewer.formats.outputs import slug
from reviewer.ui.labels import language_name

LIBRARY_NAME = "reviewer-library"


def default_folder() -> Path:
    """The user's Documents folder if there is one, else the home folder."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


class ExportDialog(QDialog):
    """Choose what to export and where; OK only when the choice can be written.

    ``folder`` and ``fmt`` are where the files go and the format chosen first (the window
    passes the last export's, from the settings).
    """

    def __init__(self, parent: QWidget | None, article_title: str | None,
                 langs: list[str] | tuple[str, ...], *, folder: Path | None = None,
                 fmt: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.article_title = article_title
        self.folder = folder or default_folder()
        self.scope_article = QRadioButton(self.tr("This &article: {0}").format(article_title or ""))
        self.scope_library = QRadioButton(self.tr("The whole &library"))
        self.scope_article.setEnabled(article_title is not None)
        (self.scope_article if article_title is not None else self.scope_library).setChecked(True)
        self.format = QComboBox()
        names = self._format_names()
        for name in FORMATS:
            self.format.addItem(names[name], name)
        self.format.setCurrentIndex(max(self.format.findData(fmt), 0))  # the last one used
        self.lang_boxes: dict[str, QCheckBox] = {}
        for code in languages.order(list(langs)):
            box = self.lang_boxes[code] = QCheckBox(languages.label(code))
            box.setToolTip(language_name(code))
            box.setChecked(True)
        self.approved_only = QRadioButton(self.tr("Approved translations &only"))
        self.all_statuses = QRadioButton(self.tr("All translations, &with their status"))
        self.approved_only.setChecked(True)
        self.fallback = QComboBox()
        self.fallback.addItem(self.tr("Leave out, with a visible marker"), Fallback.NONE)
        self.fallback.addItem(self.tr("Use the published human version"), Fallback.HUMAN)
        self.fallback.addItem(self.tr("Use the machine translation"), Fallback.MT)
        self.csv_bom = QCheckBox(self.tr("Start with a &BOM (for Excel)"))
        self.csv_guard = QCheckBox(self.tr("&Neutralise cells a spreadsheet would run as formulas"))
        self.csv_guard.setChecked(True)
        self.path_edit = QLineEdit()
        self.browse = QPushButton(self.tr("B&rowse…"))
        self.browse.clicked.connect(self.on_browse_clicked)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._shown_default = ""
        self.path_edit.setText(str(self.default_path()))
        self._shown_default = self.path_edit.text()
        for signal in (self.format.currentIndexChanged, self.scope_library.toggled,
                       *(box.toggled for box in self.lang_boxes.values())):
            signal.connect(lambda *_: self._on_choice_changed())
        self._on_choice_changed()

    def _format_names(self) -> dict[str, str]:
        return {
            "tmx": self.tr("TMX 1.4b translation memory (.tmx)"),
            "xliff": self.tr("XLIFF 1.2, for CAT tools (.xlf)"),
            "xliff2": self.tr("XLIFF 2.1, one file per language (.xlf)"),
            "csv": self.tr("CSV table (.csv)"),
            "xlsx": self.tr("Excel workbook (.xlsx)"),
            "json": self.tr("JSON (.json)"),
            "txt": self.tr("The article as plain text (.txt)"),
            "md": self.tr("The article as Markdown (.md)"),
            "docx": self.tr("The article as a Word document (.docx)"),
            "html": self.tr("The article as a web page (.html)"),
        }

    def _lay_out(self) -> None:
        def row(*widgets: QWidget) -> QHBoxLayout:
            box = QHBoxLayout()
            for widget in widgets:
                box.addWidget(widget)
            box.addStretch(1)
            return box

        self.scopes = QButtonGroup(self)
        self.statuses = QButtonGroup(self)
        for group, buttons in ((self.scopes, (self.scope_article, self.scope_library)),
                               (self.statuses, (self.approved_only, self.all_statuses))):
            for button in buttons:
                group.addButton(button)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Export:"), self.scope_article)
        form.addRow("", self.scope_library)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("Languages:"), row(*self.lang_boxes.values()))
        form.addRow(self.tr("Translations:"), self.approved_only)
        form.addRow("", self.all_statuses)
        form.addRow(self.tr("&Unapproved segments:"), self.fallback)
        form.addRow(self.tr("CSV:"), self.csv_bom)
        form.addRow("", self.csv_guard)
        save_to = QLabel(self.tr("&Save to:"))
        save_to.setBuddy(self.path_edit)
        form.addRow(save_to, where)
        form.addRow("", self.note)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.format.setFocus()

    # -- what was chosen ---------------------------------------------------------------------
    def fmt(self) -> str:
        return str(self.format.currentData())

    def langs(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.lang_boxes.items() if box.isChecked())

    def all_articles(self) -> bool:
        """True to export the whole library, False for the open article."""
        return self.scope_library.isChecked()

    def wants_folder(self) -> bool:
        """A library exported as documents makes a file per article and language: a folder."""
        return self.all_articles() and self.fmt() in DOCUMENT_FORMATS

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def options(self) -> ExportOptions:
        return ExportOptions(self.fmt(), self.langs(), self.all_statuses.isChecked(),
                             Fallback(self.fallback.currentData()), self.csv_bom.isChecked(),
                             self.csv_guard.isChecked())

    def default_path(self) -> Path:
        """``title-slug.ext`` (or ``reviewer-library.ext``, or a folder) in Documents or home."""
        if self.wants_folder():
            return self.folder / LIBRARY_NAME
        stem = LIBRARY_NAME if self.all_articles() else slug(self.article_title or "")
        return self.folder / (stem + SUFFIX[self.fmt()])

    def planned_files(self) -> list[Path]:
        """The files the export will write (for a folder: none known in advance)."""
        if self.wants_folder():
            return []
        base, langs = self.path(), self.langs()
        if self.fmt() in (*DOCUMENT_FORMATS, "xliff2") and len(langs) > 1:
            return [base.with_name(f"{base.stem}.{lang}{base.suffix or SUFFIX[self.fmt()]}")
                    for lang in langs]
        return [base]

    # -- reacting ----------------------------------------------------------------------------
    def _on_choice_changed(self) -> None:
        fmt, document = self.fmt(), self.fmt() in DOCUMENT_FORMATS
        for widget in (self.fallback, self.form.labelForField(self.fallback)):
            widget.setEnabled(document)
        for widget in (self.csv_bom, self.csv_guard):
            widget.setEnabled(fmt == "csv")
        text = self.path_edit.text().strip()
        if not text or text == self._shown_default:
            self.path_edit.setText(str(self.default_path()))
        elif self.wants_folder():
            if Path(text).suffix:
                self.path_edit.setText(str(Path(text).with_suffix("")))
        else:
            self.path_edit.setText(str(Path(text).with_suffix(SUFFIX[fmt])))
        self._shown_default = str(self.default_path())
        if self.wants_folder():
            self.note.setText(self.tr("One file per article and language goes into this folder "
                                      "(made if missing)."))
        elif len(files := self.planned_files()) > 1:
            self.note.setText(self.tr("One file per language: {0}.")
                              .format(", ".join(p.name for p in files)))
        else:
            self.note.setText("")

    def on_browse_clicked(self) -> None:
        if self.wants_folder():
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Export into folder"),
                                                      str(self.path().parent))
        else:
            fmt = self.fmt()
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to"), str(self.path()),
                f"{self._format_names()[fmt]} (*{SUFFIX[fmt]});;" + self.tr("All files (*)"),
                options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.path_edit.setText(chosen)
            self._on_choice_changed()

    def problem(self) -> str:
        """Why the choice cannot be exported as it stands ('' if it can)."""
        path = self.path()
        if not self.langs():
            return self.tr("Tick at least one language.")
        if not self.path_edit.text().strip():
            return self.tr("Choose where to save the export.")
        if not path.parent.is_dir():
            return self.tr("The folder {0} does not exist.").format(path.parent)
        if not self.wants_folder() and path.is_dir():
            return self.tr("{0} is a folder; give a file name.").format(path)
        return ""

    def accept(self) -> None:
        """Close with OK only for a choice that can be written (and, over files, if confirmed)."""
        if problem := self.problem():
            self.error.setText(problem)
            return
        existing = [p for p in self.planned_files() if p.exists()]
        if existing and not self.confirm_replace(existing):
            return
        super().accept()

    def confirm_replace(self, existing: list[Path]) -> bool:
        names = ", ".join(p.name for p in existing)
        answer = QMessageBox.question(self, self.tr("Replace files?"),
                                      self.tr("{0} already exists. Replace it?").format(names))
        return answer == QMessageBox.StandardButton.Yes
