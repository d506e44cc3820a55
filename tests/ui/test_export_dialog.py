"""The export dialog: its choices map to ExportOptions, the default path follows them, bad choices
keep it open with the reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QDialog  # noqa: E402

from reviewer.formats.document import Fallback  # noqa: E402
from reviewer.formats.export import FORMATS, ExportOptions  # noqa: E402
from reviewer.ui.export_dialog import ExportDialog  # noqa: E402


@pytest.fixture
def dialog(qtbot: Any, tmp_path: Path) -> ExportDialog:
    made = ExportDialog(None, "Ukraine seeks more support", ["ru", "uk"], folder=tmp_path)
    qtbot.addWidget(made)
    return made


def choose(dialog: ExportDialog, fmt: str) -> None:
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))


def test_defaults_are_the_cli_defaults(dialog: ExportDialog, tmp_path: Path) -> None:
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == list(FORMATS)
    assert list(dialog.lang_boxes) == ["uk", "ru"]  # the newsroom's order
    assert [b.text() for b in dialog.lang_boxes.values()] == ["UA", "RU"]
    assert dialog.options() == ExportOptions("tmx", ("uk", "ru"))
    assert not dialog.all_articles()
    assert dialog.path() == tmp_path / "ukraine-seeks-more-support.tmx"


def test_every_choice_maps_to_export_options(dialog: ExportDialog) -> None:
    choose(dialog, "docx")
    dialog.lang_boxes["ru"].setChecked(False)
    dialog.all_statuses.setChecked(True)
    dialog.fallback.setCurrentIndex(dialog.fallback.findData(Fallback.HUMAN))
    assert dialog.options() == ExportOptions("docx", ("uk",), True, Fallback.HUMAN)
    assert dialog.fallback.isEnabled() and not dialog.csv_bom.isEnabled()
    choose(dialog, "csv")
    assert not dialog.fallback.isEnabled() and dialog.csv_guard.isEnabled()
    dialog.csv_bom.setChecked(True)
    dialog.csv_guard.setChecked(False)
    options = dialog.options()
    assert (options.format, options.csv_bom, options.csv_guard) == ("csv", True, False)


def test_default_path_follows_format_and_scope(dialog: ExportDialog, tmp_path: Path) -> None:
    choose(dialog, "docx")
    assert dialog.path() == tmp_path / "ukraine-seeks-more-support.docx"
    assert "ukraine-seeks-more-support.uk.docx" in dialog.note.text()
    dialog.scope_library.setChecked(True)
    assert dialog.all_articles() and dialog.wants_folder()
    assert dialog.path() == tmp_path / "reviewer-library"
    choose(dialog, "tmx")
    assert dialog.path() == tmp_path / "reviewer-library.tmx"
    # A name the user typed keeps its stem; only the extension follows the format.
    dialog.path_edit.setText(str(tmp_path / "mine.tmx"))
    choose(dialog, "xlsx")
    assert dialog.path() == tmp_path / "mine.xlsx"


def test_no_article_open_exports_the_library(qtbot: Any, tmp_path: Path) -> None:
    dialog = ExportDialog(None, None, ["uk"], folder=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.all_articles() and not dialog.scope_article.isEnabled()


def test_bad_choices_keep_the_dialog_open_with_the_reason(dialog: ExportDialog,
                                                          tmp_path: Path) -> None:
    for box in dialog.lang_boxes.values():
        box.setChecked(False)
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "language" in dialog.error.text()
    dialog.lang_boxes["uk"].setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "missing" / "out.tmx"))
    dialog.ok_button.click()
    assert "does not exist" in dialog.error.text()
    dialog.path_edit.setText(str(tmp_path / "out.tmx"))
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_an_existing_file_is_replaced_only_when_confirmed(dialog: ExportDialog, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "out.tmx").write_text("old", encoding="utf-8")
    dialog.path_edit.setText(str(tmp_path / "out.tmx"))
    asked: list[list[Path]] = []
    monkeypatch.setattr(dialog, "confirm_replace", lambda files: asked.append(files) or False)
    dialog.ok_button.click()
    assert asked == [[tmp_path / "out.tmx"]]
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_every_field_is_reachable_by_its_mnemonic(dialog: ExportDialog) -> None:
    from PySide6.QtWidgets import QLabel

    buddies = {label.text(): label.buddy() for label in dialog.findChildren(QLabel)
               if "&" in label.text()}
    assert buddies == {"&Format:": dialog.format, "&Unapproved segments:": dialog.fallback,
                       "&Save to:": dialog.path_edit}
