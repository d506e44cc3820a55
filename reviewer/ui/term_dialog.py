"""Adding a term from the window (Ctrl+T): a small dialog filled with the words selected in the
source and in the final text (or the human version); Enter adds them to the glossary."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from reviewer.core import languages
from reviewer.core.qa.glossary import Term


class TermDialog(QDialog):
    """Source term, target language and term, note; accepted only with both terms."""

    def __init__(self, source: str, target: str, lang: str, langs: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a term to the glossary"))
        self.source = QLineEdit(source)
        self.target = QLineEdit(target)
        self.lang = QComboBox()
        for code in langs or [lang]:
            self.lang.addItem(languages.label(code), code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(lang)))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Optional: when to use it, a source"))
        self.problem = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Source term:"), self.source)
        form.addRow(self.tr("&Language:"), self.lang)
        form.addRow(self.tr("&Target term:"), self.target)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.problem)
        form.addRow(buttons)
        (self.target if source and not target else self.source).setFocus()

    def term(self) -> Term:
        """The term as typed (spaces tidied)."""
        return Term(" ".join(self.source.text().split()), str(self.lang.currentData()),
                    " ".join(self.target.text().split()), " ".join(self.note.text().split()))

    def accept(self) -> None:
        term = self.term()
        if not term.source or not term.target:
            self.problem.setText(self.tr("Both the source term and the target term are needed."))
            (self.target if term.source else self.source).setFocus()
            return
        super().accept()
