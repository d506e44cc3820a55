"""File > Export and File > Import translation memory or XLIFF, from the window: the files written
read back in translate-toolkit and python-docx, imports land in the store, bad files are a
status-bar message and never the crash dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from reviewer import library  # noqa: E402
from reviewer.formats.tm_import import read_exchange  # noqa: E402
from reviewer.storage.export_queries import tm_units  # noqa: E402
from reviewer.storage.store import Store  # noqa: E402
from reviewer.ui.exchange_import_dialog import ExchangeImportDialog  # noqa: E402
from reviewer.ui.export_dialog import ExportDialog  # noqa: E402
from tests.formats.exchange_data import SCHEMAS, tmx_dtd, validate  # noqa: E402
from tests.ui.export_keys import choose, tick_language  # noqa: E402
from tests.ui.keys import (  # noqa: E402
    CTRL,
    SHIFT,
    activate,
    alt_key,
    in_modal,
    open_from_library,
)

APPROVED = (0, 1, 3)


@pytest.fixture
def window(make_window: Any, store: Store, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The window over the sample with segments 1, 2 and 4 approved in Ukrainian; crashes kept."""
    made = make_window(synchronous=True)
    for index in APPROVED:
        library.approve(store, made.article_id, index, "uk", source="human")
    made.crashes = []
    monkeypatch.setattr(made, "show_crash", lambda error, _trace: made.crashes.append(error))
    made.runner.unhandled.connect(lambda error, _trace: made.crashes.append(error))
    return made


def answer_export(qtbot: Any, fill: Callable[[ExportDialog], None]) -> list[ExportDialog]:
    """Once the export dialog opens, fill it by keys with ``fill`` and press Enter (Export)."""
    def keys(dialog: ExportDialog) -> None:
        fill(dialog)
        if dialog.isVisible():
            qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)

    return in_modal(ExportDialog, keys)


def press_export(qtbot: Any, window: Any) -> None:
    """File > Export by its shortcut, Ctrl+E, in the grid (of the window made active again: the
    offscreen platform does not give it back once a dialog closes)."""
    activate(window)
    qtbot.keyClick(window.grid, Qt.Key.Key_E, CTRL)


def press_import_tm(qtbot: Any, window: Any) -> None:
    """File > Import translation memory or XLIFF by its shortcut, Ctrl+Shift+O, in the grid (of
    the window made active)."""
    activate(window)
    qtbot.keyClick(window.grid, Qt.Key.Key_O, CTRL | SHIFT)


def test_export_tmx_from_the_window(qtbot: Any, window: Any, store: Store,
                                    tmp_path: Path) -> None:
    tmx = pytest.importorskip("translate.storage.tmx")
    target = tmp_path / "sample.tmx"
    answer_export(qtbot, lambda d: choose(qtbot, d, "tmx", target))
    press_export(qtbot, window)
    assert target.is_file() and not window.crashes
    assert window.message.text().startswith(
        f"Exported approved translations: 3 (UA 3, RU 0) to {target}")
    if (SCHEMAS / "tmx14.dtd").exists():
        validate(tmx_dtd(), target)
    units = tmx.tmxfile.parsefile(str(target)).units
    segments = store.segments(window.article_id)
    views = store.segment_views(window.article_id, ["uk"])
    assert [(u.source, u.gettarget("uk")) for u in units] == [
        (segments[i].source, views[i].human["uk"]) for i in APPROVED]
    assert len(read_exchange(target).units) == 3


def test_export_docx_from_the_window(qtbot: Any, window: Any, store: Store,
                                     tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")

    def fill(dialog: ExportDialog) -> None:
        choose(qtbot, dialog, "docx", tmp_path / "sample.docx")
        tick_language(qtbot, dialog, "ru", False)

    answer_export(qtbot, fill)
    press_export(qtbot, window)
    path = tmp_path / "sample.docx"
    assert path.is_file() and not window.crashes
    document = docx.Document(str(path))
    views = store.segment_views(window.article_id, ["uk"])
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == views[0].human["uk"]
    assert document.core_properties.language == "uk-UA"
    assert any("not approved yet" in p for p in paragraphs)  # segment 3 is marked, not dropped


def test_export_of_the_library_as_documents_goes_into_a_new_folder(
        qtbot: Any, window: Any, tmp_path: Path) -> None:
    def fill(dialog: ExportDialog) -> None:
        alt_key(qtbot, dialog, Qt.Key.Key_L, dialog.scope_library.isChecked)  # The whole &library
        choose(qtbot, dialog, "md", tmp_path / "exported")

    answer_export(qtbot, fill)
    press_export(qtbot, window)
    names = sorted(p.name for p in (tmp_path / "exported").iterdir())
    stem = f"{window.article_id}-ukraine-seeks-more-support-not-nato"
    assert names == [f"{stem}.ru.md", f"{stem}.uk.md"] and not window.crashes


def test_an_export_that_cannot_be_written_is_a_status_bar_message(
        qtbot: Any, window: Any, tmp_path: Path) -> None:
    folder = tmp_path / "gone"
    folder.mkdir()

    def fill(dialog: ExportDialog) -> None:
        choose(qtbot, dialog, "xliff", folder / "out.xlf")
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
        assert not dialog.isVisible()
        folder.rmdir()  # removed between the dialog and the export

    answer_export(qtbot, fill)
    press_export(qtbot, window)
    assert "does not exist" in window.message.text() and str(folder) in window.message.text()
    assert not window.crashes and not window.runner.active


def write_tmx(path: Path, pairs: list[tuple[str, str]], lang: str = "uk") -> Path:
    units = "".join(f'<tu><tuv xml:lang="en"><seg>{escape(s)}</seg></tuv>'
                    f'<tuv xml:lang="{lang}"><seg>{escape(t)}</seg></tuv></tu>' for s, t in pairs)
    path.write_text('<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header '
                    'srclang="en" creationtool="OmegaT" segtype="sentence" o-tmf="x" '
                    'adminlang="en" datatype="plaintext"/>'
                    f"<body>{units}</body></tmx>", encoding="utf-8")
    return path


def answer_import(qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, path: Path,
                  pick: Callable[[ExchangeImportDialog], None] = lambda d: None,
                  ) -> list[ExchangeImportDialog]:
    """The file dialog (the system's) answers ``path``; once the import dialog opens, ``pick``
    is pressed in it, then Enter (Import)."""
    monkeypatch.setattr(window.work, "choose_exchange_file", lambda: str(path))

    def keys(dialog: ExchangeImportDialog) -> None:
        pick(dialog)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    return in_modal(ExchangeImportDialog, keys)


def test_import_a_tmx_into_the_translation_memory(qtbot: Any, window: Any, store: Store,
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_tmx(tmp_path / "memory.tmx", [("Good morning.", "Доброго ранку."),
                                                ("Thank you.", "Дякую.")])
    answer_import(qtbot, window, monkeypatch, path)
    press_import_tm(qtbot, window)
    assert [(u.source, u.target, u.target_lang) for u in tm_units(store)] == [
        ("Good morning.", "Доброго ранку.", "uk"), ("Thank you.", "Дякую.", "uk")]
    assert "memory.tmx from OmegaT: 2 units read" in window.message.text()
    assert "2 added, 0 already there" in window.message.text()
    answer_import(qtbot, window, monkeypatch, path)
    press_import_tm(qtbot, window)  # the same file again adds nothing
    assert len(tm_units(store)) == 2 and "0 added, 2 already there" in window.message.text()
    assert not window.crashes


def test_import_a_tmx_as_the_human_version_and_as_a_new_article(
        qtbot: Any, window: Any, store: Store, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    segments = store.segments(window.article_id)
    pairs = [(s.source, f"Переклад {s.index + 1}") for s in segments]
    path = write_tmx(tmp_path / "from-trados.tmx", pairs, lang="ru")

    def as_human(dialog: ExchangeImportDialog) -> None:
        assert dialog.to_human.isEnabled() and dialog.lang.currentData() == "ru"
        alt_key(qtbot, dialog, Qt.Key.Key_H, dialog.to_human.isChecked)  # the &human version

    answer_import(qtbot, window, monkeypatch, path, as_human)
    press_import_tm(qtbot, window)
    views = store.segment_views(window.article_id, ["ru"])
    assert [v.human["ru"] for v in views] == [t for _s, t in pairs]
    assert window.model.views[0].human["ru"] == "Переклад 1"  # the grid re-read the article
    assert f"Human version: RU {len(pairs)} sentences." in window.message.text()
    before = {r.article.id for r in store.articles()}

    def as_article(dialog: ExchangeImportDialog) -> None:
        alt_key(qtbot, dialog, Qt.Key.Key_N, dialog.to_article.isChecked)  # a &new article
        qtbot.keyClick(dialog.to_article, Qt.Key.Key_Tab)
        assert dialog.title.hasFocus()
        qtbot.keyClick(dialog.title, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(dialog.title, "From Trados")

    answer_import(qtbot, window, monkeypatch, path, as_article)
    said: list[str] = []
    window.work.message.connect(lambda text, _ms: said.append(text))
    press_import_tm(qtbot, window)
    [new] = {r.article.id for r in store.articles()} - before
    qtbot.waitUntil(lambda: window.article_id == new)  # read by the writer, shown
    assert store.article(new).title == "From Trados"
    assert any("New article: RU" in text for text in said) and not window.crashes


@pytest.mark.parametrize("content, reason", [
    ("<tmx version='1.4'><body><tu>", "not well-formed"),
    ("<html><body>hello</body></html>", "not a TMX or XLIFF file"),
    ('<!DOCTYPE x [<!ENTITY a "aaaa">]><tmx version="1.4"><body/></tmx>', "refused for safety"),
])
def test_a_bad_file_is_a_status_bar_message_and_imports_nothing(
        qtbot: Any, window: Any, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        content: str, reason: str) -> None:
    path = tmp_path / "broken.tmx"
    path.write_text(content, encoding="utf-8")
    monkeypatch.setattr(window.work, "choose_exchange_file", lambda: str(path))
    press_import_tm(qtbot, window)  # no dialog opens: the file is refused before
    assert window.message.text().startswith(str(path)) and reason in window.message.text()
    assert not window.crashes and not window.runner.active and tm_units(store) == []


def test_export_runs_on_a_worker_thread(make_window: Any, store: Store, tmp_path: Path,
                                        qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from reviewer.ui import exchange_work

    window = make_window()  # the real thread pool
    library.approve(store, window.article_id, 0, "uk", source="human")
    threads: list[threading.Thread] = []
    real = exchange_work.run_export
    monkeypatch.setattr(exchange_work, "run_export", lambda *a, **k: threads.append(
        threading.current_thread()) or real(*a, **k))
    answer_export(qtbot, lambda d: choose(qtbot, d, "json", tmp_path / "sample.json"))
    press_export(qtbot, window)
    qtbot.waitUntil(lambda: window.message.text().startswith("Exported"), timeout=30000)
    assert threads and threads[0] is not threading.main_thread()
    assert (tmp_path / "sample.json").is_file()


def test_the_export_message_counts_the_translations_written(
        make_window: Any, store: Store, tmp_path: Path, qtbot: Any) -> None:
    window = make_window(synchronous=True)
    for index in (0, 1, 3):
        library.approve(store, window.article_id, index, "uk", source="human")
    library.approve(store, window.article_id, 2, "ru", source="human")
    open_from_library(qtbot, window, window.article_id)  # read again what was approved

    def keys(dialog: ExportDialog) -> None:
        choose(qtbot, dialog, "docx", tmp_path / "article.docx")
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)

    in_modal(ExportDialog, keys)
    qtbot.keyClick(window.grid, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.message.text().startswith("Exported"))
    assert window.message.text().startswith(
        "Exported approved translations: 4 (UA 3, RU 1) to "
        f"{tmp_path / 'article.uk.docx'}, {tmp_path / 'article.ru.docx'}")


def test_the_export_dialog_remembers_the_format_and_folder(
        make_window: Any, store: Store, tmp_path: Path, qtbot: Any) -> None:
    from reviewer.ui.settings import Settings

    settings = Settings({})
    window = make_window(settings, synchronous=True)
    library.approve(store, window.article_id, 0, "uk", source="human")
    folder = tmp_path / "exports"
    folder.mkdir()

    def first(dialog: ExportDialog) -> None:
        choose(qtbot, dialog, "csv", folder / "mine.csv")
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)

    in_modal(ExportDialog, first)
    qtbot.keyClick(window.grid, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.message.text().startswith("Exported"))
    assert (folder / "mine.csv").is_file()
    window.close()
    again = make_window(settings, synchronous=True)
    shown: list[tuple[str, Path]] = []

    def second(dialog: ExportDialog) -> None:
        shown.append((dialog.fmt(), dialog.path()))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    in_modal(ExportDialog, second)
    qtbot.keyClick(again.grid, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [("csv", folder / "ukraine-seeks-more-support-not-nato.csv")]
