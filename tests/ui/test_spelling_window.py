"""Spellcheck in the window, driven as a translator does: a misspelt word typed into the final
text is underlined; F7 opens its suggestions, Enter takes the first, which is saved as typing
is; "Add to dictionary" stores the word in the library and no segment underlines it any more;
the glossary's terms and the source's names are not underlined; the QA panel lists the word;
the settings switch a language off and say what to install where a dictionary is missing."""

from __future__ import annotations

import threading
import warnings
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from reviewer.core.dictionaries import Availability, availability
from reviewer.core.qa.glossary import Term
from reviewer.storage.glossary import GlossaryStore
from reviewer.storage.spelling_words import SpellingWords
from reviewer.storage.store import Store
from reviewer.ui.main_window import DRAFT_DELAY_MS
from reviewer.ui.settings import Settings
from tests.ui.test_gui_thread_db_free import Statements, statements  # noqa: F401 - a fixture

pytestmark = pytest.mark.skipif(
    not (availability("uk").ok and availability("ru").ok),
    reason="the Hunspell uk/ru dictionaries are missing "
           "(sudo apt install libenchant-2-2 hunspell-uk hunspell-ru)")

CTRL = Qt.KeyboardModifier.ControlModifier
SAVED_MS = DRAFT_DELAY_MS * 2 + 400


def _ready(qtbot: Any, settings: dict[str, Any] | None = None, *, make: Any,
           lang: str = "uk") -> Any:
    """A window whose ``lang`` dictionary is loaded and whose article's names are read."""
    window = make(settings)
    qtbot.waitUntil(lambda: window.quality.qa_marks.ready
                    and lang in window.quality.spelling.checkers, timeout=10000)
    return window


def _keys(widget: Any, text: str) -> None:
    """Type ``text`` as a Ukrainian or Russian keyboard layout does: one key event per
    character, carrying it (QTest's ``keyClicks`` knows only ASCII keys)."""
    for ch in text:
        key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, ch,
                           Qt.KeyboardModifier.NoModifier)


def _type(qtbot: Any, window: Any, text: str) -> Any:
    """F2 into the final text, select what is there and type ``text`` over it."""
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    final = window.editor.final
    assert final.hasFocus()
    qtbot.keyClick(final, Qt.Key.Key_A, CTRL)
    _keys(final, text)
    return final


def _underlined(final: Any) -> list[str]:
    """The words drawn with the spellcheck underline, as the editor's layout has them."""
    out: list[str] = []
    block = final.document().begin()
    while block.isValid():
        for r in block.layout().formats():
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                out.append(block.text()[r.start:r.start + r.length])
        block = block.next()
    return out


def _menu(qtbot: Any) -> QMenu:
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def _back_to(window: Any) -> None:
    """The menu closed: the window is active again (a window manager does this; the offscreen
    platform does not)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    window.editor.final.setFocus()


def _first(menu: QMenu) -> str:
    return menu.actions()[0].text() if menu.actions() else ""


def _current_segment(window: Any) -> Any:
    return window.model.view_at(window.current_row()).segment


def test_suggestion_chosen_by_keys_replaces_the_word_and_is_saved(
        qtbot: Any, make_window: Any, store: Store) -> None:
    window = _ready(qtbot, make=make_window)
    final = _type(qtbot, window, "Уряд плпнує реформу")
    qtbot.waitUntil(lambda: _underlined(final) == ["плпнує"])
    qtbot.keyClick(final, Qt.Key.Key_Home)  # the cursor before the word: F7 finds it
    qtbot.keyClick(final, Qt.Key.Key_F7)
    menu = _menu(qtbot)
    assert final.textCursor().selectedText() == "плпнує"  # the word is shown selected
    qtbot.waitUntil(lambda: _first(menu) == "планує")  # computed on a worker
    assert menu.activeAction() is menu.actions()[0]
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: final.toPlainText() == "Уряд планує реформу")
    qtbot.waitUntil(lambda: _underlined(final) == [])
    segment = _current_segment(window)
    qtbot.wait(SAVED_MS)  # saved as typing is
    saved = store.translation(segment.id, "uk")
    assert saved is not None and saved.text == "Уряд планує реформу"
    qtbot.keyClick(final, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert final.toPlainText() == "Уряд плпнує реформу"  # the replacement is one undo step
    qtbot.waitUntil(lambda: store.translation(segment.id, "uk").text == "Уряд плпнує реформу")


def test_added_word_is_stored_and_no_longer_underlined_anywhere(
        qtbot: Any, make_window: Any, store: Store) -> None:
    window = _ready(qtbot, make=make_window)
    final = _type(qtbot, window, "Уряд плпнує реформу")
    qtbot.waitUntil(lambda: _underlined(final) == ["плпнує"])
    qtbot.keyClick(final, Qt.Key.Key_F7)
    menu = _menu(qtbot)
    qtbot.keyClick(menu, Qt.Key.Key_A)  # &Add to dictionary
    qtbot.waitUntil(lambda: _underlined(final) == [])
    _back_to(window)
    qtbot.waitUntil(lambda: ("uk", "плпнує") in SpellingWords(store).words("uk"))
    assert final.toPlainText() == "Уряд плпнує реформу"
    qtbot.keyClick(final, Qt.Key.Key_Down, CTRL)  # another segment
    final = _type(qtbot, window, "підтвердів плпнує")
    qtbot.waitUntil(lambda: _underlined(final) == ["підтвердів"])


def test_spellchecking_and_adding_a_word_make_no_database_call_on_the_gui_thread(
        qtbot: Any, make_window: Any, store: Store,
        statements: Statements) -> None:  # noqa: F811 - the fixture imported above
    window = _ready(qtbot, make=make_window)
    gui = threading.get_ident()
    statements.clear()
    final = _type(qtbot, window, "Уряд плпнує реформу")
    qtbot.waitUntil(lambda: _underlined(final) == ["плпнує"])
    qtbot.keyClick(final, Qt.Key.Key_F7)
    qtbot.keyClick(_menu(qtbot), Qt.Key.Key_A)  # &Add to dictionary
    qtbot.waitUntil(lambda: any("spelling_words" in sql for sql in statements.on(
        window.writer.thread_id)))
    qtbot.waitUntil(lambda: _underlined(final) == [])
    assert statements.on(gui) == []


def test_ignored_word_is_not_underlined_but_not_stored(
        qtbot: Any, make_window: Any, store: Store) -> None:
    window = _ready(qtbot, make=make_window)
    final = _type(qtbot, window, "Уряд плпнує реформу")
    qtbot.waitUntil(lambda: _underlined(final) == ["плпнує"])
    qtbot.keyClick(final, Qt.Key.Key_F7)
    qtbot.keyClick(_menu(qtbot), Qt.Key.Key_I)  # &Ignore
    qtbot.waitUntil(lambda: _underlined(final) == [])
    assert SpellingWords(store).words("uk") == []


def test_glossary_term_and_the_sources_name_are_not_underlined(
        qtbot: Any, make_window: Any, store: Store) -> None:
    GlossaryStore(store).add([Term("air defense", "uk", "кіберППО")])
    window = _ready(qtbot, make=make_window)
    for _ in range(len(window.model.views)):  # down to the segment naming the Chigi Palace
        if "Chigi" in _current_segment(window).source:
            break
        qtbot.keyClick(window.grid, Qt.Key.Key_Down, CTRL)
    assert "Chigi" in _current_segment(window).source
    final = _type(qtbot, window, "у палаці Кіджі кіберППО плпнує")
    qtbot.waitUntil(lambda: _underlined(final) == ["плпнує"])


def test_a_russian_word_in_ukrainian_and_the_qa_panel(qtbot: Any, make_window: Any) -> None:
    window = _ready(qtbot, make=make_window)
    final = _type(qtbot, window, "Столтенберг говорит про підтримку")
    qtbot.waitUntil(lambda: _underlined(final) == ["говорит"])
    qtbot.wait(SAVED_MS)  # saved: the QA panel checks the stored text
    qtbot.waitUntil(lambda: "говорит" in window.quality.qa_panel.text()
                    and "Spelling" in window.quality.qa_panel.text())


def test_language_switched_off_in_the_settings(qtbot: Any, make_window: Any) -> None:
    window = _ready(qtbot, {"spelling_off": "uk", "target_langs": "uk,ru"}, make=make_window,
                    lang="ru")
    final = _type(qtbot, window, "Уряд плпнує реформу")
    qtbot.keyClick(final, Qt.Key.Key_L, CTRL)  # Russian is still checked
    final = _type(qtbot, window, "Правительство плпнирует")
    qtbot.waitUntil(lambda: _underlined(final) == ["плпнирует"], timeout=10000)
    qtbot.keyClick(final, Qt.Key.Key_L, CTRL)  # back to Ukrainian: nothing underlined
    qtbot.wait(500)
    assert window.editor.lang == "uk" and _underlined(final) == []


def test_settings_dialog_switches_languages_and_says_what_to_install(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from reviewer.ui import spell_settings
    from reviewer.ui.settings_dialog import SettingsDialog

    monkeypatch.setattr(spell_settings, "availability", lambda lang: Availability(
        lang, None, "no dictionary") if lang == "ru" else Availability(lang, "uk_UA"))
    monkeypatch.setattr(spell_settings.platform, "system", lambda: "Linux")
    settings = Settings({})
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.spelling
    assert box.boxes["uk"].isChecked() and not box.boxes["ru"].isEnabled()
    assert "sudo apt install libenchant-2-2 hunspell-ru" in box.notes["ru"].text()
    box.boxes["uk"].setFocus()
    qtbot.keyClick(box.boxes["uk"], Qt.Key.Key_Space)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert settings.get("spelling_off") == "uk"
