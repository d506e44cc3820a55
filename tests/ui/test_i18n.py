"""The interface language: the choice from the setting or the locale, the Ukrainian catalogue
(complete, placeholders and mnemonics kept, up to date with the code), and a window in Ukrainian."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from reviewer.ui import i18n  # noqa: E402
from reviewer.ui.labels import language_name, role_label, status_label  # noqa: E402
from tests.ui.keys import activate  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "reviewer_uk.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")
MNEMONIC = re.compile(r"&(?!&)(?=\S)")


def messages() -> list[tuple[str, str, list[str], ET.Element]]:
    """(context, source, translated texts, message) for every message of the catalogue."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            found.append((name, message.findtext("source") or "", forms or [translation.text or ""],
                          message))
    return found


# -- choosing the language --------------------------------------------------------------------
@pytest.mark.parametrize(("setting", "system", "expected"), [
    ("auto", "uk_UA", "uk"),
    ("auto", "en_US", "en"),
    ("auto", "ru_RU", "en"),
    ("auto", ["uk-UA", "uk"], "uk"),
    ("auto", ["de-DE", "uk-UA"], "uk"),
    ("auto", ["en-GB", "uk-UA"], "en"),
    ("", "uk_UA.UTF-8", "uk"),
    ("uk", "en_US", "uk"),
    ("ua", "en_US", "uk"),
    ("en", "uk_UA", "en"),
])
def test_pick_language(setting: str, system: Any, expected: str) -> None:
    assert i18n.pick_language(setting, system) == expected


# -- the catalogue ---------------------------------------------------------------------------
def test_catalogue_is_compiled_and_loads() -> None:
    assert QM.is_file() and QM.stat().st_size > 1000
    assert QTranslator().load(str(QM))


def test_every_message_is_translated() -> None:
    found = messages()
    assert len(found) > 100
    untranslated = [(c, s) for c, s, texts, m in found
                    if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                    or not all(t.strip() for t in texts)]
    assert untranslated == [], "run tools/update_translations.py and translate these"


def test_translations_keep_placeholders_and_mnemonics() -> None:
    for context, source, texts, _message in messages():
        for text in texts:
            where = f"{context}: {source!r} -> {text!r}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
            assert len(MNEMONIC.findall(text)) == len(MNEMONIC.findall(source)), where
            assert text.startswith(" ") == source.startswith(" "), where
            for ending in (" ", "…", ":"):
                assert text.endswith(ending) == source.endswith(ending), where


def test_catalogue_knows_every_text_in_the_code(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists() and not shutil.which("pyside6-lupdate"):
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    fresh = tmp_path / "fresh.ts"
    files = [str(p) for p in sorted((ROOT / "reviewer" / "ui").glob("*.py"))]
    subprocess.run([str(lupdate) if lupdate.exists() else "pyside6-lupdate", "-silent",
                    *files, str(ROOT / "reviewer" / "app.py"), "-ts", str(fresh)], check=True)
    in_code = {(c.findtext("name"), m.findtext("source"))
               for c in ET.parse(fresh).getroot().iter("context") for m in c.iter("message")}
    in_catalogue = {(c, s) for c, s, _texts, _m in messages()}
    assert in_code - in_catalogue == set(), "run tools/update_translations.py and translate"


def test_typed_noop_marks_texts_for_lupdate(tmp_path: Path) -> None:
    """The project's ``QT_TRANSLATE_NOOP`` (typed ``str``) returns its text, and lupdate still
    collects what it marks: it finds the texts by the function's name."""
    from reviewer.ui.actions import FILE
    from reviewer.ui.i18n import QT_TRANSLATE_NOOP

    assert QT_TRANSLATE_NOOP("Actions", "&File") == FILE == "&File"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists() and not shutil.which("pyside6-lupdate"):
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate) if lupdate.exists() else "pyside6-lupdate", "-silent",
                    str(ROOT / "reviewer" / "ui" / "actions.py"), "-ts", str(fresh)], check=True)
    found = {(c.findtext("name"), m.findtext("source"))
             for c in ET.parse(fresh).getroot().iter("context") for m in c.iter("message")}
    assert ("Actions", "&File") in found


# -- the interface in Ukrainian ----------------------------------------------------------------
@pytest.fixture
def ukrainian(qapp: QApplication) -> Iterator[None]:
    """The Ukrainian catalogue installed for one test, English again afterwards."""
    assert i18n.install_translator(qapp, "uk") == "uk"
    yield
    i18n.remove_translators(qapp)


def test_labels_in_ukrainian(ukrainian: None) -> None:
    assert status_label("approved") == "затверджено"
    assert role_label("headline") == "заголовок"
    assert language_name("uk") == "Українська"


def test_labels_in_english_without_the_catalogue(qapp: QApplication) -> None:
    assert status_label("approved") == "approved"
    assert language_name("ru") == "Russian"
    assert status_label("unheard-of") == "unheard-of"


def test_main_window_in_ukrainian(ukrainian: None, make_window: Any) -> None:
    window = make_window()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:2] == ["&Файл", "&Редагування"]
    assert "&Сегмент" in menus
    assert (window.menu_actions["approve"].text()
            == "&Затвердити й перейти до наступного незатвердженого")
    assert window.menu_actions["fetch"].text() == "&Отримати машинні переклади"
    assert window.editor.final.placeholderText().startswith("Остаточний переклад")
    assert window.filter_bar.errors.text() == "лише помилки отримання"


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text)
    return text[found.end()].lower() if found else None


def test_ukrainian_mnemonics_are_unique_in_each_menu(ukrainian: None, make_window: Any) -> None:
    window = make_window()
    bar = window.menuBar().actions()
    keys = [mnemonic(a.text()) for a in bar]
    assert None not in keys and len(set(keys)) == len(keys), [a.text() for a in bar]
    for menu_action in bar:
        texts = [a.text() for a in menu_action.menu().actions() if not a.isSeparator()]
        keys = [k for k in map(mnemonic, texts) if k]
        assert len(set(keys)) == len(keys), texts


def test_window_in_english_after_the_translator_is_removed(make_window: Any) -> None:
    window = make_window()
    assert [a.text() for a in window.menuBar().actions()][0] == "&File"


ENGLISH = re.compile(r"\b(ready|needs|key|keys|server|free|installed|no secure|matches|model|"
                     r"approved|draft|rejected|new)\b")


def test_engine_texts_follow_the_engines_package() -> None:
    from reviewer.engines import keys, registry
    from reviewer.ui import engine_texts

    assert engine_texts.NO_KEYRING == keys.NO_KEYRING
    assert {k: v for k, v in engine_texts.NOTES.items()} == {
        s.id: s.note for s in registry.SPECS.values() if s.note}
    for engine_id, name in engine_texts.NAMES.items():
        assert registry.SPECS[engine_id].name == name


def test_settings_dialog_in_ukrainian(ukrainian: None, qtbot: Any,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from reviewer.engines import keys
    from reviewer.ui.settings import Settings
    from reviewer.ui.settings_dialog import SettingsDialog

    monkeypatch.setattr(keys, "keyring_backend", lambda: None)
    monkeypatch.setenv("DEEPL_API_KEY", "a-key-from-the-environment")
    dialog = SettingsDialog(Settings({"engine": "libre"}))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(dialog)
    items = [dialog.engine.itemText(i) for i in range(dialog.engine.count())]
    assert [t for t in items if ENGLISH.search(t.partition(" — ")[2])] == []
    assert "Google Translate" in items[0] and "DeepL" in " ".join(items)  # brands stay

    def tab_to(field: Any) -> None:  # by Tab (the underlined letters are Ukrainian here)
        for _ in range(40):
            if field.hasFocus():
                return
            qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
        assert field.hasFocus()

    def choose(engine_id: str) -> None:  # the engine list, by the arrow keys
        tab_to(dialog.engine)
        target = dialog.engine.findData(engine_id)
        while dialog.engine.currentIndex() != target:
            down = target > dialog.engine.currentIndex()
            qtbot.keyClick(dialog.engine, Qt.Key.Key_Down if down else Qt.Key.Key_Up)

    for engine_id in ("libre", "deepl", "openai", "tm"):
        choose(engine_id)
        for text in (dialog.engine_info.text(), dialog.key_note.text(),
                     dialog.key.placeholderText()):
            assert not ENGLISH.search(text.replace("API", "")), (engine_id, text)
    choose("libre")
    assert "LIBRETRANSLATE_API_KEY" in dialog.key_note.text()
    tab_to(dialog.key)
    qtbot.keyClicks(dialog.key, "typed-key")
    qtbot.keyClick(dialog.key, Qt.Key.Key_Return)  # OK, the default button
    assert dialog.isVisible()  # kept open, saying why in Ukrainian
    assert dialog.error.text() and not ENGLISH.search(dialog.error.text().replace("API", ""))
