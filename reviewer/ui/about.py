"""The About box: the version, the licence, the links, and credits to the libraries and the data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from reviewer import __version__
from reviewer.resources import project_urls
from reviewer.ui.diff_delegate import escape
from reviewer.ui.i18n import QT_TRANSLATE_NOOP
from reviewer.ui.identity import app_icon

# (distribution, what it does here, its licence)
LIBRARIES = (
    ("PySide6-Essentials", QT_TRANSLATE_NOOP("About", "Qt for Python: the window"), "LGPL-3.0"),
    ("deep-translator", QT_TRANSLATE_NOOP("About", "machine-translation engines"), "MIT"),
    ("sqlite-utils", QT_TRANSLATE_NOOP("About", "the database"), "Apache-2.0"),
    ("diff-match-patch", QT_TRANSLATE_NOOP("About", "word diffs"), "Apache-2.0"),
    ("trafilatura", QT_TRANSLATE_NOOP("About", "articles from web pages"), "Apache-2.0"),
    ("python-docx", QT_TRANSLATE_NOOP("About", "Word files"), "MIT"),
    ("openpyxl", QT_TRANSLATE_NOOP("About", "Excel files"), "MIT"),
    ("sacrebleu", QT_TRANSLATE_NOOP("About", "chrF and BLEU scores"), "Apache-2.0"),
    ("rapidfuzz", QT_TRANSLATE_NOOP("About", "translation-memory matches"), "MIT"),
    ("matplotlib", QT_TRANSLATE_NOOP("About", "statistics charts"), "PSF-based"),
    ("keyring", QT_TRANSLATE_NOOP("About", "keys in the system's keyring"), "MIT"),
)


def translate(context: str, text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP) in the interface language."""
    return QCoreApplication.translate(context, text)


def _installed(dist: str) -> str:
    from importlib import metadata  # only when the About box opens

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "–"


def about_html() -> str:
    """The About box's text (rich text; every external string escaped)."""
    links = " · ".join(f'<a href="{escape(url)}">{escape(label)}</a>'
                       for label, url in project_urls().items())
    rows = "".join(f"<tr><td>{escape(name)} {escape(_installed(name))}</td>"
                   f"<td>&nbsp;{escape(translate('About', role))}&nbsp;</td>"
                   f"<td>{escape(licence)}</td></tr>" for name, role, licence in LIBRARIES)
    what = QCoreApplication.translate(
        "About", "Review machine translations of news articles against their published human "
                 "versions, segment by segment.")
    licence = QCoreApplication.translate(
        "About", "Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). "
                 "There is no warranty.")
    data = QCoreApplication.translate(
        "About", "The sample article is an English article of RBC-Ukraine; its Ukrainian and "
                 "Russian versions were written for this project.")
    built = QCoreApplication.translate("About", "Built with")
    credits = QCoreApplication.translate("About", "Data")
    return (f"<h2>Reviewer {escape(__version__)}</h2><p>{escape(what)}</p>"
            f"<p>{escape(licence)}</p><p>{links}</p>"
            f"<p><b>{escape(built)}</b></p><table>{rows}</table>"
            f"<p><b>{escape(credits)}</b><br/>{escape(data)}</p>")


class AboutDialog(QDialog):
    """Help > About: modal, closed with Escape or Close."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Reviewer"))
        self.setWindowIcon(app_icon())
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAccessibleName(self.tr("Reviewer icon"))
        self.text = QLabel(about_html())
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
