"""Where a TMX or XLIFF file read from another tool goes: into the translation memory, as the
human version of the open article in one of the file's languages, or as a new article.

The file is read (on a worker) before this dialog opens, so it can say what the file holds and
offer only the languages that are in it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core import languages
from reviewer.formats.exchange_model import ExchangeFile
from reviewer.ui.exchange_work import ImportChoice
from reviewer.ui.labels import language_name


class ExchangeImportDialog(QDialog):
    """Choose what an exchange file becomes; :meth:`choice` gives the answer."""

    def __init__(self, parent: QWidget | None, data: ExchangeFile, article_id: int | None,
                 article_title: str | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import translation memory or XLIFF"))
        self.article_id = article_id
        sources = {u.source_lang for u in data.units}
        targets = languages.order([x for x in data.langs() if x not in sources])
        found = ", ".join(languages.label(x) for x in languages.order(data.langs()))
        tool = self.tr(" written by {0}").format(data.tool) if data.tool else ""
        self.summary = QLabel(self.tr("{0}: {1}{2}, {3} units; languages: {4}.").format(
            Path(data.path).name, data.kind.upper(), tool, len(data.units), found or "—"))
        self.summary.setWordWrap(True)
        self.to_tm = QRadioButton(self.tr("Add to the &translation memory"))
        self.to_human = QRadioButton(self.tr("Use as the &human version of “{0}” in")
                                     .format(article_title or ""))
        self.lang = QComboBox()
        for code in targets:
            known = languages.KNOWN.get(code)
            self.lang.addItem(f"{languages.label(code)} — {language_name(code)}" if known else code,
                              code)
        self.to_article = QRadioButton(self.tr("Make a &new article called"))
        self.title = QLineEdit(Path(data.path).stem)
        self.group = QButtonGroup(self)
        for button in (self.to_tm, self.to_human, self.to_article):
            self.group.addButton(button)
        can_human = article_id is not None and bool(targets)
        self.to_human.setEnabled(can_human)
        if not can_human:
            self.to_human.setToolTip(self.tr("Open an article first") if article_id is None
                                     else self.tr("The file has no target-language text"))
        self.to_tm.setChecked(True)
        self.group.buttonToggled.connect(lambda *_: self._on_mode_changed())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        grid = QGridLayout()
        grid.addWidget(self.to_tm, 0, 0, 1, 2)
        grid.addWidget(self.to_human, 1, 0)
        grid.addWidget(self.lang, 1, 1)
        grid.addWidget(self.to_article, 2, 0)
        grid.addWidget(self.title, 2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self._on_mode_changed()

    def _on_mode_changed(self) -> None:
        self.lang.setEnabled(self.to_human.isChecked())
        self.title.setEnabled(self.to_article.isChecked())

    def choice(self) -> ImportChoice:
        """What the user chose."""
        if self.to_human.isChecked():
            return ImportChoice("human", str(self.lang.currentData()), self.article_id)
        if self.to_article.isChecked():
            return ImportChoice("article", title=self.title.text().strip())
        return ImportChoice("tm")
