"""The settings dialog: the engine (with its URL, model and API key), limits, languages shown, QA
checks, spellcheck per language, font.

Every value is read and written through :class:`~reviewer.ui.settings.Settings` (declared once in
``OPTIONS``). An API key never goes there: it is stored in the system keyring with
:func:`reviewer.engines.keys.store_key`; with no keyring the dialog says so plainly and keeps the
key out of every file. Each engine is listed with whether it is configured now.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reviewer.core import languages
from reviewer.core.errors import ReviewerError
from reviewer.core.people import clean_name, resolve_name
from reviewer.engines import keys, registry
from reviewer.engines.base import EngineSpec
from reviewer.engines.keys import KeyLookup
from reviewer.ui.engine_texts import (
    engine_name,
    engine_note,
    engine_status,
    key_source,
    no_keyring_note,
)
from reviewer.ui.labels import language_name
from reviewer.ui.qa_panel import QaChecksBox
from reviewer.ui.settings import Settings
from reviewer.ui.spell_settings import SpellingBox

UI_LANGUAGES = (("auto", None), ("en", "English"), ("uk", "Українська"))


class SettingsDialog(QDialog):
    """Edit the settings; OK saves them (and a typed API key, into the keyring)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.backend = keys.keyring_backend()
        self.lookups: dict[str, KeyLookup | None] = {}
        self.user_name = QLineEdit()
        self.user_name.setPlaceholderText(resolve_name().name)
        self.user_name.setToolTip(self.tr(
            "Your name in the history, comments, annotations, effort records and exports "
            "(TMX changeid, XLIFF, JSON). Empty: $REVIEWER_USER, else the system's login name."))
        self.engine = QComboBox()
        for spec in registry.SPECS.values():
            lookup = self.lookups[spec.id] = registry.lookup_key(spec)
            ready, message = registry.status(spec, lookup)
            mark = "✓" if ready else "✗"
            self.engine.addItem(f"{mark} {engine_name(spec.id, spec.name)} — "
                                f"{engine_status(message)}", spec.id)
        self.engine_info = QLabel()
        self.engine_info.setWordWrap(True)
        self.url = QLineEdit()
        self.model = QLineEdit()
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_note = QLabel()
        self.key_note.setWordWrap(True)
        self.concurrency = QSpinBox()
        self.concurrency.setRange(1, 32)
        self.timeout = QDoubleSpinBox()
        self.timeout.setRange(1, 600)
        self.timeout.setDecimals(0)
        self.timeout.setSuffix(self.tr(" s"))
        current = languages.parse_list(settings.get("target_langs") or "")
        self.targets = {code: QCheckBox(languages.label(code)) for code in
                        languages.order(list(dict.fromkeys([*languages.TARGETS_DEFAULT,
                                                            *current])))}
        for code, box in self.targets.items():
            box.setToolTip(language_name(code))
            box.toggled.connect(self._on_target_toggled)
        self.font_size = QSpinBox()
        self.font_size.setRange(0, 72)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setSpecialValueText(self.tr("System default"))
        self.ui_language = QComboBox()
        for code, name in UI_LANGUAGES:
            self.ui_language.addItem(name or self.tr("Automatic (the system's language)"), code)
        self.qa_checks = QaChecksBox()
        self.spelling = SpellingBox(list(self.targets))
        self.record_effort = QCheckBox(self.tr("Record post-editing time and keystrokes (kept "
                                               "in the library; nothing leaves this machine)"))
        self.record_effort.setToolTip(self.tr(
            "With each approval: the seconds the final text had the focus (a pause longer than "
            "a minute counts as a minute), the keys pressed in it, the text you started from "
            "and the text approved. The statistics show them by engine and by person."))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._load()
        self.engine.currentIndexChanged.connect(lambda _i: self._on_engine_changed())
        self._on_engine_changed()

    def _lay_out(self) -> None:
        form = QFormLayout()
        targets = QHBoxLayout()
        for box in self.targets.values():
            targets.addWidget(box)
        targets.addStretch(1)
        rows = (
            (self.tr("Your &name:"), self.user_name),
            (self.tr("&Engine:"), self.engine), ("", self.engine_info),
            (self.tr("Server &URL:"), self.url), (self.tr("&Model:"), self.model),
            (self.tr("API &key:"), self.key), ("", self.key_note),
            (self.tr("&Requests at once:"), self.concurrency),
            (self.tr("&Timeout:"), self.timeout),
            (self.tr("Languages &shown:"), targets),
            (self.tr("&QA checks:"), self.qa_checks),
            (self.tr("S&pellcheck:"), self.spelling),
            (self.tr("Editing &log:"), self.record_effort),
            (self.tr("&Font size:"), self.font_size),
            (self.tr("&Interface language:"), self.ui_language),
            ("", QLabel(self.tr("The interface language changes when reviewer starts again."))),
        )
        for text, field in rows:
            label = QLabel(text)
            if isinstance(field, QWidget):
                label.setBuddy(field)
            else:
                label.setBuddy(next(iter(self.targets.values())))
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _load(self) -> None:
        get = self.settings.get
        self.user_name.setText(get("user_name"))
        engine_id, _, model = str(get("engine")).partition(":")
        index = self.engine.findData(engine_id.strip().lower())
        if index < 0:
            index = self.engine.findData(registry.DEFAULT_ENGINE)
        self.engine.setCurrentIndex(index)
        self.url.setText(get("engine_url"))
        self.model.setText(get("engine_model") or model.strip())
        self.concurrency.setValue(int(get("concurrency")))
        self.timeout.setValue(float(get("timeout")))
        shown = languages.parse_list(get("target_langs") or "") or list(languages.TARGETS_DEFAULT)
        for code, box in self.targets.items():
            box.setChecked(code in shown)
        self._on_target_toggled()
        self.font_size.setValue(int(get("font_size")))
        self.ui_language.setCurrentIndex(max(self.ui_language.findData(get("ui_language")), 0))
        self.qa_checks.load(self.settings)
        self.spelling.load(self.settings)
        self.record_effort.setChecked(bool(get("record_effort")))

    def spec(self) -> EngineSpec:
        """The engine chosen in the list."""
        return registry.SPECS[self.engine.currentData()]

    def _on_engine_changed(self) -> None:
        spec = self.spec()
        lookup = self.lookups.get(spec.id)
        _ready, message = registry.status(spec, lookup)
        self.engine_info.setText(" ".join(
            f"{part[:1].upper()}{part[1:]}." for part in
            (engine_note(spec.id, spec.note), engine_status(message)) if part))
        self.url.setEnabled(spec.needs_url)
        self.url.setPlaceholderText(spec.default_url or "" if spec.needs_url else "")
        self.model.setEnabled(spec.needs_model)
        self.model.setPlaceholderText(self.tr("e.g. gpt-4o-mini, llama3.1") if spec.needs_model
                                      else "")
        takes_key = spec.needs_key or spec.key_optional
        self.key.setEnabled(takes_key)
        if not takes_key:
            self.key.setPlaceholderText(self.tr("this engine takes no key"))
        elif lookup and lookup.key:
            self.key.setPlaceholderText(self.tr("a key is set (from {0}); type one to replace it")
                                        .format(key_source(lookup.source)))
        else:
            self.key.setPlaceholderText(self.tr("required") if spec.needs_key
                                        else self.tr("only if the server asks for one"))
        if not takes_key:
            self.key_note.setText("")
        elif self.backend is None:
            variable = keys.ENV_VARS.get(spec.id, "")
            self.key_note.setText(self.tr("A key typed here cannot be saved: {0}. Set {1} before "
                                          "starting reviewer instead.")
                                  .format(no_keyring_note(), variable))
        else:
            self.key_note.setText(self.tr("Keys are kept in the system keyring, never in the "
                                          "settings file."))
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Grow taller when a longer note wraps onto more lines, so that no row is squashed.

        A wrapped label needs a height that depends on the width; a shown dialog keeps its
        size, and its layout would take that height from the rows below (the QA checks).
        """
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._grow_to_fit()

    def _on_target_toggled(self) -> None:
        checked = [box for box in self.targets.values() if box.isChecked()]
        for box in self.targets.values():  # the last one shown cannot be unticked
            box.setEnabled(not (len(checked) == 1 and box is checked[0]))

    def accept(self) -> None:
        """Store a typed key first (staying open, with the reason, if it cannot be), then save."""
        try:
            if self.user_name.text().strip():
                clean_name(self.user_name.text())
        except ReviewerError as exc:
            self.error.setText(self.tr("Your name cannot be used: {0}").format(exc))
            self.user_name.setFocus()
            return
        spec = self.spec()
        key = self.key.text().strip()
        if key and (spec.needs_key or spec.key_optional):
            try:
                keys.store_key(spec.id, key)
            except ReviewerError as exc:  # no keyring, or a locked or refusing one
                reason = str(exc)
                if keys.keyring_backend() is None:  # the usual reason, in the interface language
                    reason = self.tr("{0}; set {1} instead").format(
                        no_keyring_note(), keys.ENV_VARS.get(spec.id, ""))
                self.error.setText(self.tr("The API key was not saved: {0}").format(reason))
                self.key.setFocus()
                return
            self.key.clear()
        self.save()
        super().accept()

    def save(self) -> None:
        """Write every field but the key through the settings."""
        put = self.settings.set
        typed = self.user_name.text()
        put("user_name", clean_name(typed) if typed.strip() else "")
        put("engine", self.spec().id)
        put("engine_url", self.url.text().strip())
        put("engine_model", self.model.text().strip())
        put("concurrency", self.concurrency.value())
        put("timeout", float(self.timeout.value()))
        shown = [code for code, box in self.targets.items() if box.isChecked()]
        put("target_langs", ",".join(languages.order(shown)))
        put("font_size", self.font_size.value())
        put("ui_language", self.ui_language.currentData())
        self.qa_checks.save(self.settings)
        self.spelling.save(self.settings)
        put("record_effort", self.record_effort.isChecked())
        self.settings.sync()
