"""The settings dialog's spelling section (:class:`SpellingBox`): spellchecking on or off per
target language (the ``spelling_off`` setting), and for a language with no dictionary here,
exactly what to install on this platform."""

from __future__ import annotations

import platform

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from reviewer.core import languages
from reviewer.core.dictionaries import DEBIAN_PACKAGES, TAGS, availability
from reviewer.ui.settings import Settings


def install_text(lang: str, system: str | None = None) -> str:
    """What to install on ``system`` (this one by default) to spellcheck ``lang``, in the
    interface language (the same advice as :func:`reviewer.core.dictionaries.install_hint`)."""
    system = system or platform.system()
    package = DEBIAN_PACKAGES.get(lang, f"hunspell-{lang}")
    files = f"{TAGS.get(lang, (lang,))[0]}.dic/.aff"
    if system == "Linux":
        return QCoreApplication.translate(
            "Spelling", "Install Enchant and the Hunspell dictionary: {debian} "
                        "(Fedora: {fedora})").format(
            debian=f"sudo apt install libenchant-2-2 {package}",
            fedora=f"sudo dnf install enchant2 hunspell-{lang}")
    if system == "Darwin":
        return QCoreApplication.translate(
            "Spelling", "Install Enchant with Homebrew ({command}) and put the Hunspell "
                        "files {files} in ~/Library/Spelling").format(
            command="brew install enchant", files=files)
    return QCoreApplication.translate(
        "Spelling", "Put the Hunspell files {files} into the share/enchant/hunspell "
                    "folder of pyenchant (its Windows wheel bundles Enchant)").format(
        files=files)


class SpellingBox(QWidget):
    """One box per language: spellchecked in the window or not; a note where it cannot be."""

    def __init__(self, langs: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        self.notes: dict[str, QLabel] = {}
        for row, lang in enumerate(langs):
            box = self.boxes[lang] = QCheckBox(languages.label(lang))
            grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            if availability(lang).ok:  # cached: the window's worker asked already
                continue
            box.setEnabled(False)
            note = self.notes[lang] = QLabel(self.tr("No dictionary here. {0}").format(
                install_text(lang)))
            note.setWordWrap(True)
            note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(note, row, 1)
        grid.setColumnStretch(1, 1)
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def load(self, settings: Settings) -> None:
        off = set(languages.parse_list(settings.get("spelling_off") or ""))
        for lang, box in self.boxes.items():
            box.setChecked(lang not in off and box.isEnabled())

    def save(self, settings: Settings) -> None:
        """Store the languages left unticked (those without a dictionary keep their choice)."""
        off = set(languages.parse_list(settings.get("spelling_off") or ""))
        for lang, box in self.boxes.items():
            if box.isEnabled():
                (off.add if not box.isChecked() else off.discard)(lang)
        settings.set("spelling_off", ",".join(languages.order(sorted(off))))
