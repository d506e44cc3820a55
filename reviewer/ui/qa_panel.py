"""QA findings in the window: the editor's list with explanations, the grid's badge and tooltip,
the offending spans marked in the final text, and the checks' switches for the settings dialog.

The findings come from :class:`~reviewer.ui.qa_marks.QaMarks`; their messages are the core's
(English) explanations, shown escaped. Check titles and descriptions are the core's too, marked
here for the translation catalogue (a test keeps them equal to the core's).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QPlainTextEdit, QTextEdit, QWidget

from reviewer.core import languages
from reviewer.core.qa.findings import CHECKS, Finding, Severity
from reviewer.ui.diff_delegate import escape
from reviewer.ui.hit_marks import set_selections
from reviewer.ui.i18n import QT_TRANSLATE_NOOP
from reviewer.ui.qa_marks import FINAL, SegmentQa, format_enabled, parse_enabled
from reviewer.ui.settings import Settings

CONTEXT = "QaChecks"
TITLES: dict[str, str] = {
    "numbers": QT_TRANSLATE_NOOP("QaChecks", "Numbers and dates"),
    "names": QT_TRANSLATE_NOOP("QaChecks", "Names and acronyms"),
    "punctuation": QT_TRANSLATE_NOOP("QaChecks", "End punctuation"),
    "quotes": QT_TRANSLATE_NOOP("QaChecks", "Quotation marks"),
    "spaces": QT_TRANSLATE_NOOP("QaChecks", "Doubled spaces"),
    "untranslated": QT_TRANSLATE_NOOP("QaChecks", "Untranslated"),
    "script": QT_TRANSLATE_NOOP("QaChecks", "Wrong script or language"),
    "length": QT_TRANSLATE_NOOP("QaChecks", "Length"),
    "glossary": QT_TRANSLATE_NOOP("QaChecks", "Glossary"),
    "editions": QT_TRANSLATE_NOOP("QaChecks", "Across editions"),
    "spelling": QT_TRANSLATE_NOOP("QaChecks", "Spelling"),
}
DESCRIPTIONS: dict[str, str] = {
    "numbers": QT_TRANSLATE_NOOP("QaChecks", "numbers, amounts, percentages, currencies and "
                                 "dates of the source that are missing or changed in the "
                                 "translation"),
    "names": QT_TRANSLATE_NOOP("QaChecks", "Latin-script names and acronyms of the source that "
                               "are neither kept nor transliterated in the translation"),
    "punctuation": QT_TRANSLATE_NOOP("QaChecks", "the translation ends with different "
                                     "punctuation than the source"),
    "quotes": QT_TRANSLATE_NOOP("QaChecks", "English or straight quotation marks where «» are "
                                "expected"),
    "spaces": QT_TRANSLATE_NOOP("QaChecks", "two or more spaces in a row"),
    "untranslated": QT_TRANSLATE_NOOP("QaChecks", "the translation is the source text unchanged"),
    "script": QT_TRANSLATE_NOOP("QaChecks", "Latin-heavy text, letters of the other Cyrillic "
                                "language, mixed-script words"),
    "length": QT_TRANSLATE_NOOP("QaChecks", "the translation is much shorter or longer than "
                                "usual"),
    "glossary": QT_TRANSLATE_NOOP("QaChecks", "a glossary term of the source is not translated "
                                  "as agreed"),
    "editions": QT_TRANSLATE_NOOP("QaChecks", "a number, date or name that one edition has and "
                                  "the other lacks"),
    "spelling": QT_TRANSLATE_NOOP("QaChecks", "words the language's Hunspell dictionary does "
                                  "not know, less the glossary's terms, the article's names and "
                                  "the words added to the library's dictionary"),
}
SEVERITY_COLOURS = {Severity.ERROR: "#b71c1c", Severity.WARNING: "#b26a00", Severity.INFO: "#555"}


def check_title(kind: str) -> str:
    """A check's short title in the interface language."""
    known = TITLES.get(kind)
    return QCoreApplication.translate(CONTEXT, known) if known else (
        CHECKS[kind].title if kind in CHECKS else kind)


def check_description(kind: str) -> str:
    """What a check looks for, in the interface language."""
    known = DESCRIPTIONS.get(kind)
    return QCoreApplication.translate(CONTEXT, known) if known else (
        CHECKS[kind].description if kind in CHECKS else "")


def checked_what(result: SegmentQa) -> str:
    """Which text was checked: the final text, or the machine translation (saying so)."""
    if result.target == FINAL:
        return QCoreApplication.translate("QaPanel", "the final text")
    return QCoreApplication.translate(
        "QaPanel", "the machine translation by {0} (no final text yet)").format(result.engine)


def qa_tooltip(results: dict[str, SegmentQa]) -> str:
    """The grid's tooltip: each language's findings, one a line (empty without findings)."""
    parts = []
    for lang, r in results.items():
        if r.findings:
            lines = [f"• {check_title(f.kind)}: {f.message}" for f in r.findings]
            head = QCoreApplication.translate("QaPanel", "QA {lang}, {what}:")
            parts.append(head.format(lang=languages.label(lang), what=checked_what(r))
                         + "\n" + "\n".join(lines))
    return "\n".join(parts)


def finding_html(f: Finding) -> str:
    """One finding as a line of the editor's list: severity mark, check title, explanation."""
    colour = SEVERITY_COLOURS.get(f.severity, "#555")
    return (f'<span style="color:{colour}">⚑</span> <b>{escape(check_title(f.kind))}</b>: '
            f"{escape(f.message)}")


class QaPanel(QLabel):
    """The editor's QA list for the current segment and language, with the explanations."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result: SegmentQa | None = None

    def show_result(self, result: SegmentQa | None, *, ready: bool = True,
                    enabled: bool = True) -> None:
        """Show the findings of ``result`` (None: nothing to check)."""
        self.result = result
        grey = '<span style="color:#777">{0}</span>'
        if not enabled:
            text = grey.format(self.tr("QA checks are switched off (Translate > Settings)."))
        elif not ready:
            text = grey.format(self.tr("QA: reading the article's names and the glossary…"))
        elif result is None:
            text = grey.format(self.tr("QA: nothing to check yet (no final text or machine "
                                       "translation)."))
        elif not result.findings:
            text = grey.format(self.tr("QA: no findings in {0}.").format(checked_what(result)))
        else:
            head = self.tr("QA of {what}:")
            lines = "<br/>".join(finding_html(f) for f in result.findings)
            text = f"<b>{escape(head.format(what=checked_what(result)))}</b><br/>{lines}"
        self.setText(text)
        kinds = dict.fromkeys(f.kind for f in result.findings) if result else {}
        self.setToolTip("\n".join(f"{check_title(k)}: {check_description(k)}" for k in kinds))


def mark_spans(edit: QPlainTextEdit, result: SegmentQa | None) -> int:
    """Underline the findings' spans in ``edit`` when it holds the checked final text; return
    how many spans were marked (none when the text has changed since it was checked)."""
    selections: list[QTextEdit.ExtraSelection] = []
    text = edit.toPlainText()
    base = text.find(result.text) if result and result.target == FINAL and result.text else -1
    if result is not None and base >= 0:
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#ffe8cc"))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor("#c62828"))
        for f in result.findings:
            for span in f.target_spans:
                if 0 <= span.start < span.end <= len(result.text):
                    cursor = QTextCursor(edit.document())
                    cursor.setPosition(base + span.start)
                    cursor.setPosition(base + span.end, QTextCursor.MoveMode.KeepAnchor)
                    selection = QTextEdit.ExtraSelection()
                    selection.cursor = cursor
                    selection.format = fmt
                    selections.append(selection)
    set_selections(edit, "qa", selections)  # the filter's hits keep theirs
    return len(selections)


class QaChecksBox(QWidget):
    """The settings dialog's switches: one box per check, stored as the ``qa_checks`` setting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for i, kind in enumerate(CHECKS):
            box = self.boxes[kind] = QCheckBox(check_title(kind))
            box.setToolTip(check_description(kind))
            grid.addWidget(box, i // 2, i % 2)
        self.setFocusProxy(next(iter(self.boxes.values())))

    def load(self, settings: Settings) -> None:
        on = parse_enabled(settings.get("qa_checks"))
        for kind, box in self.boxes.items():
            box.setChecked(kind in on)

    def save(self, settings: Settings) -> None:
        settings.set("qa_checks", format_enabled(
            {kind for kind, box in self.boxes.items() if box.isChecked()}))
