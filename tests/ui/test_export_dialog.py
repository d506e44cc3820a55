"""The export dialog: its choices map to ExportOptions, the default path follows them, bad choices
keep it open with the reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox  # noqa: E402

from reviewer.formats.document import Fallback  # noqa: E402
from reviewer.formats.export import FORMATS, ExportOptions  # noqa: E402
from reviewer.ui.export_dialog import ExportDialog  # noqa: E402
from tests.ui.export_keys import choose_format, press_export, tick_language, type_path  # noqa: E402
from tests.ui.keys import ALT, activate, alt_key, in_modal  # noqa: E402


@pytest.fixture
def dialog(qtbot: Any, tmp_path: Path) -> ExportDialog:
    """The dialog shown and active, as the window opens it (its choices are made by keys)."""
    made = ExportDialog(None, "Ukraine seeks more support", ["ru", "uk"], folder=tmp_path)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    activate(made)
    return made


def alt(qtbot: Any, dialog: ExportDialog, key: Qt.Key, button: Any, checked: bool) -> None:
    """A radio button or box by its underlined letter (clicked once its press animation ends)."""
    alt_key(qtbot, dialog, key, lambda: button.isChecked() == checked)


def choose_fallback(qtbot: Any, dialog: ExportDialog, fallback: Fallback) -> None:
    """Alt+U goes to "Unapproved segments", Down to ``fallback``."""
    qtbot.keyClick(dialog, Qt.Key.Key_U, ALT)
    assert dialog.fallback.hasFocus()
    for _ in range(dialog.fallback.count()):
        if dialog.fallback.currentData() == fallback:
            break
        qtbot.keyClick(dialog.fallback, Qt.Key.Key_Down)
    assert dialog.fallback.currentData() == fallback


def test_defaults_are_the_cli_defaults(dialog: ExportDialog, tmp_path: Path) -> None:
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == list(FORMATS)
    assert list(dialog.lang_boxes) == ["uk", "ru"]  # the newsroom's order
    assert [b.text() for b in dialog.lang_boxes.values()] == ["UA", "RU"]
    assert dialog.options() == ExportOptions("tmx", ("uk", "ru"))
    assert not dialog.all_articles()
    assert dialog.path() == tmp_path / "ukraine-seeks-more-support.tmx"


def test_every_choice_maps_to_export_options(qtbot: Any, dialog: ExportDialog) -> None:
    choose_format(qtbot, dialog, "docx")
    tick_language(qtbot, dialog, "ru", False)
    alt(qtbot, dialog, Qt.Key.Key_W, dialog.all_statuses, True)  # All translations, with...
    choose_fallback(qtbot, dialog, Fallback.HUMAN)
    assert dialog.options() == ExportOptions("docx", ("uk",), True, Fallback.HUMAN)
    assert dialog.fallback.isEnabled() and not dialog.csv_bom.isEnabled()
    choose_format(qtbot, dialog, "csv")
    assert not dialog.fallback.isEnabled() and dialog.csv_guard.isEnabled()
    alt(qtbot, dialog, Qt.Key.Key_B, dialog.csv_bom, True)  # Start with a BOM
    alt(qtbot, dialog, Qt.Key.Key_N, dialog.csv_guard, False)  # Neutralise cells...
    options = dialog.options()
    assert (options.format, options.csv_bom, options.csv_guard) == ("csv", True, False)


def test_default_path_follows_format_and_scope(qtbot: Any, dialog: ExportDialog,
                                               tmp_path: Path) -> None:
    choose_format(qtbot, dialog, "docx")
    assert dialog.path() == tmp_path / "ukraine-seeks-more-support.docx"
    assert "ukraine-seeks-more-support.uk.docx" in dialog.note.text()
    alt(qtbot, dialog, Qt.Key.Key_L, dialog.scope_library, True)  # The whole library
    assert dialog.all_articles() and dialog.wants_folder()
    assert dialog.path() == tmp_path / "reviewer-library"
    choose_format(qtbot, dialog, "tmx")
    assert dialog.path() == tmp_path / "reviewer-library.tmx"
    # A name the user typed keeps its stem; only the extension follows the format.
    type_path(qtbot, dialog, tmp_path / "mine.tmx")
    choose_format(qtbot, dialog, "xlsx")
    assert dialog.path() == tmp_path / "mine.xlsx"


def test_no_article_open_exports_the_library(qtbot: Any, tmp_path: Path) -> None:
    dialog = ExportDialog(None, None, ["uk"], folder=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.all_articles() and not dialog.scope_article.isEnabled()


def test_bad_choices_keep_the_dialog_open_with_the_reason(qtbot: Any, dialog: ExportDialog,
                                                          tmp_path: Path) -> None:
    for code in dialog.lang_boxes:
        tick_language(qtbot, dialog, code, False)
    press_export(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "language" in dialog.error.text()
    tick_language(qtbot, dialog, "uk", True)
    type_path(qtbot, dialog, tmp_path / "missing" / "out.tmx")
    press_export(qtbot, dialog)
    assert dialog.isVisible() and "does not exist" in dialog.error.text()
    type_path(qtbot, dialog, tmp_path / "out.tmx")
    press_export(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


def test_an_existing_file_is_replaced_only_when_confirmed(qtbot: Any, dialog: ExportDialog,
                                                          tmp_path: Path) -> None:
    (tmp_path / "out.tmx").write_text("old", encoding="utf-8")
    type_path(qtbot, dialog, tmp_path / "out.tmx")
    asked: list[str] = []

    def answer(box: QMessageBox, key: Qt.Key) -> None:
        asked.append(box.text())
        qtbot.keyClick(QApplication.focusWidget() or box, key)

    in_modal(QMessageBox, lambda box: answer(box, Qt.Key.Key_Escape))  # Esc: No
    press_export(qtbot, dialog)
    assert asked == ["out.tmx already exists. Replace it?"]
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert (tmp_path / "out.tmx").read_text(encoding="utf-8") == "old"
    activate(dialog)  # the offscreen platform gives no window back once a dialog closes
    in_modal(QMessageBox, lambda box: answer(box, Qt.Key.Key_Return))  # Enter: Yes, the default
    press_export(qtbot, dialog)
    assert len(asked) == 2 and dialog.result() == QDialog.DialogCode.Accepted


def test_every_field_is_reachable_by_its_mnemonic(dialog: ExportDialog) -> None:
    from PySide6.QtWidgets import QLabel

    buddies = {label.text(): label.buddy() for label in dialog.findChildren(QLabel)
               if "&" in label.text()}
    assert buddies == {"&Format:": dialog.format, "&Unapproved segments:": dialog.fallback,
                       "&Save to:": dialog.path_edit}
