"""The settings dialog: fields loaded and saved through Settings, engines, keys kept out of it."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from reviewer.engines import keys, registry  # noqa: E402
from reviewer.ui.settings import OPTIONS, Settings  # noqa: E402
from reviewer.ui.settings_dialog import SettingsDialog  # noqa: E402
from tests.ui.keys import ALT, CTRL, activate  # noqa: E402

SECRET = "sk-test-0123456789abcdef"


@pytest.fixture(autouse=True)
def _no_env_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in keys.ENV_VARS.values():
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "keyring_backend", lambda: None)


def make(qtbot: Any, backend: dict[str, Any]) -> SettingsDialog:
    """The dialog shown and active, as the window opens it (it is filled by keys)."""
    dialog = SettingsDialog(Settings(backend=backend))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(dialog)
    return dialog


def to_field(qtbot: Any, dialog: SettingsDialog, key: Qt.Key, field: Any) -> None:
    """Alt and the label's underlined letter go to ``field``."""
    qtbot.keyClick(dialog, key, ALT)
    assert field.hasFocus()


def type_over(qtbot: Any, dialog: SettingsDialog, key: Qt.Key, field: Any, text: str) -> None:
    """Go to ``field`` by its label's letter and type ``text`` over what it holds."""
    to_field(qtbot, dialog, key, field)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    if text:
        qtbot.keyClicks(field, text)
    else:
        qtbot.keyClick(field, Qt.Key.Key_Delete)


def pick(qtbot: Any, dialog: SettingsDialog, key: Qt.Key, box: Any, data: str) -> None:
    """Go to the list ``box`` by its label's letter, Home, then Down to the item ``data``."""
    to_field(qtbot, dialog, key, box)
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.count()):
        if box.currentData() == data:
            break
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentData() == data


def choose(qtbot: Any, dialog: SettingsDialog, engine_id: str) -> None:
    """The engine list (Alt+E), by the arrow keys."""
    pick(qtbot, dialog, Qt.Key.Key_E, dialog.engine, engine_id)


def press_ok(qtbot: Any, dialog: SettingsDialog) -> None:
    """Enter in "Your name" (Alt+N): OK, the default button."""
    to_field(qtbot, dialog, Qt.Key.Key_N, dialog.user_name)
    qtbot.keyClick(dialog.user_name, Qt.Key.Key_Return)


def test_defaults_load_and_ok_saves_typed_values(qtbot: Any, no_keyring: None) -> None:
    backend: dict[str, Any] = {}
    dialog = make(qtbot, backend)
    assert dialog.spec().id == OPTIONS["engine"].default
    assert dialog.concurrency.value() == 4 and dialog.timeout.value() == 20
    assert dialog.font_size.text() == "System default"
    assert dialog.ui_language.currentData() == "auto"
    assert list(dialog.targets) == ["uk", "ru"]
    assert [box.text() for box in dialog.targets.values()] == ["UA", "RU"]
    choose(qtbot, dialog, "libre")
    type_over(qtbot, dialog, Qt.Key.Key_U, dialog.url, " http://localhost:5000 ")
    type_over(qtbot, dialog, Qt.Key.Key_R, dialog.concurrency, "8")
    type_over(qtbot, dialog, Qt.Key.Key_T, dialog.timeout, "45")
    type_over(qtbot, dialog, Qt.Key.Key_F, dialog.font_size, "14")
    assert (dialog.concurrency.value(), dialog.timeout.value(), dialog.font_size.value()) \
        == (8, 45, 14)
    pick(qtbot, dialog, Qt.Key.Key_I, dialog.ui_language, "uk")
    press_ok(qtbot, dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    settings = Settings(backend=backend)
    assert settings.get("engine") == "libre"
    assert settings.get("engine_url") == "http://localhost:5000"
    assert backend["concurrency"] == 8 and backend["timeout"] == 45.0
    assert backend["font_size"] == 14 and backend["ui_language"] == "uk"
    assert backend["target_langs"] == "uk,ru"


def test_every_engine_listed_with_its_status(qtbot: Any, no_keyring: None) -> None:
    dialog = make(qtbot, {})
    assert [dialog.engine.itemData(i) for i in range(dialog.engine.count())] == list(registry.SPECS)
    deepl = dialog.engine.itemText(dialog.engine.findData("deepl"))
    assert deepl.startswith("✗ DeepL") and "needs an API key" in deepl
    assert dialog.engine.itemText(dialog.engine.findData("google")).startswith("✓ Google")
    choose(qtbot, dialog, "google")
    assert not dialog.url.isEnabled() and not dialog.model.isEnabled()
    assert not dialog.key.isEnabled()
    choose(qtbot, dialog, "libre")
    assert dialog.url.isEnabled() and not dialog.model.isEnabled() and dialog.key.isEnabled()
    assert dialog.url.placeholderText() == "http://localhost:5000"
    choose(qtbot, dialog, "openai")
    assert dialog.url.isEnabled() and dialog.model.isEnabled()


def test_argos_says_how_to_install(qtbot: Any, no_keyring: None) -> None:
    dialog = make(qtbot, {})
    choose(qtbot, dialog, "argos")
    ready, message = registry.status(registry.SPECS["argos"], None)
    info = dialog.engine_info.text().lower()
    assert registry.SPECS["argos"].note.lower() in info and message.lower() in info
    if not ready:
        assert "not installed: uv sync --extra argos" in info


def test_engine_with_model_in_its_name(qtbot: Any, no_keyring: None) -> None:
    backend = {"engine": "openai:llama3.1", "engine_url": "http://127.0.0.1:11434/v1"}
    dialog = make(qtbot, backend)
    assert dialog.spec().id == "openai" and dialog.model.text() == "llama3.1"
    assert dialog.url.text() == "http://127.0.0.1:11434/v1"
    press_ok(qtbot, dialog)
    assert backend["engine"] == "openai" and backend["engine_model"] == "llama3.1"


def test_no_keyring_tells_plainly_and_keeps_the_key_out(qtbot: Any, no_keyring: None) -> None:
    backend: dict[str, Any] = {}
    dialog = make(qtbot, backend)
    choose(qtbot, dialog, "deepl")
    assert dialog.key.echoMode() == dialog.key.EchoMode.Password
    assert keys.no_keyring_note() in dialog.key_note.text()
    assert "Set DEEPL_API_KEY" in dialog.key_note.text()
    type_over(qtbot, dialog, Qt.Key.Key_K, dialog.key, SECRET)
    press_ok(qtbot, dialog)  # the dialog stays open, saying why
    assert dialog.isVisible() and dialog.result() != SettingsDialog.DialogCode.Accepted
    assert keys.no_keyring_note() in dialog.error.text() and "DEEPL_API_KEY" in dialog.error.text()
    assert SECRET not in dialog.error.text()
    assert backend == {}
    type_over(qtbot, dialog, Qt.Key.Key_K, dialog.key, "")
    press_ok(qtbot, dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert backend["engine"] == "deepl"
    assert all(SECRET not in str(value) for value in backend.values())


def test_key_goes_to_the_keyring(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    keyring = pytest.importorskip("keyring")
    stored: list[tuple[str, str, str]] = []
    monkeypatch.setattr(keys, "keyring_backend", lambda: "tests.FakeKeyring")
    monkeypatch.setattr(keyring, "get_password", lambda service, user: None)
    monkeypatch.setattr(keyring, "set_password", lambda *args: stored.append(args))
    backend: dict[str, Any] = {}
    dialog = make(qtbot, backend)
    choose(qtbot, dialog, "deepl")
    assert "keyring" in dialog.key_note.text()
    type_over(qtbot, dialog, Qt.Key.Key_K, dialog.key, f"  {SECRET} ")
    press_ok(qtbot, dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert stored == [(keys.SERVICE, "deepl", SECRET)]
    assert dialog.key.text() == ""
    assert all(SECRET not in str(value) for value in backend.values())


def test_at_least_one_language_shown(qtbot: Any, no_keyring: None) -> None:
    backend: dict[str, Any] = {"target_langs": "ru"}
    dialog = make(qtbot, backend)
    uk, ru = dialog.targets["uk"], dialog.targets["ru"]
    assert not uk.isChecked() and ru.isChecked() and not ru.isEnabled()
    to_field(qtbot, dialog, Qt.Key.Key_S, uk)  # Languages shown: the first box
    qtbot.keyClick(uk, Qt.Key.Key_Space)
    assert uk.isChecked() and ru.isEnabled() and uk.isEnabled()
    qtbot.keyClick(uk, Qt.Key.Key_Tab)
    assert ru.hasFocus()
    qtbot.keyClick(ru, Qt.Key.Key_Space)
    assert not ru.isChecked() and not uk.isEnabled()
    press_ok(qtbot, dialog)
    assert backend["target_langs"] == "uk"
    again = make(qtbot, {"target_langs": "ru,ua"})
    press_ok(qtbot, again)
    assert again.settings.get("target_langs") == "uk,ru"


def squashed(dialog: SettingsDialog) -> list[str]:
    """The dialog's rows drawn smaller than they need (a wrapped note or a QA check box)."""
    short = [box.text() for box in dialog.qa_checks.boxes.values()
             if box.height() < box.sizeHint().height()]
    for label in (dialog.engine_info, dialog.key_note):
        if label.text() and label.height() < label.heightForWidth(label.width()):
            short.append(label.text())
    return short


@pytest.mark.parametrize("first", ["google", "libre"])
def test_the_keyring_note_squashes_no_row(qtbot: Any, no_keyring: None, first: str) -> None:
    dialog = make(qtbot, {"engine": first})
    to_field(qtbot, dialog, Qt.Key.Key_E, dialog.engine)
    for engine_id in ("libre", "google", "libre"):  # by keys: the list moves with the arrows
        while dialog.spec().id != engine_id:
            down = list(registry.SPECS).index(engine_id) > dialog.engine.currentIndex()
            qtbot.keyClick(dialog.engine, Qt.Key.Key_Down if down else Qt.Key.Key_Up)
        needs_key = engine_id != "google"
        qtbot.waitUntil(lambda: (bool(dialog.key_note.text()) or not needs_key)  # noqa: B023
                        and squashed(dialog) == [])
