"""QA in the window: a planted error marked in the grid and explained in the editor, the machine
translation checked when there is no final text, checks switched off in the settings, glossary
terms highlighted in the source; and the window's per-segment QA agreeing with ``reviewer qa``."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reviewer.core.model import Origin, Status
from reviewer.core.qa import CHECKS, check_article
from reviewer.core.qa.glossary import Glossary, Term
from reviewer.core.qa.names import article_names
from reviewer.storage.glossary import GlossaryStore
from reviewer.storage.store import Store
from reviewer.ui.glossary_highlight import highlight_terms
from reviewer.ui.qa_marks import QaMarks, format_enabled, parse_enabled
from reviewer.ui.qa_panel import DESCRIPTIONS, TITLES
from reviewer.ui.review_model import QaRole
from reviewer.ui.settings import Settings
from tests.engines.servers import MTServer, marked
from tests.ui.keys import activate as _activate
from tests.ui.keys import go_to_segment, open_from_library, shown_by_poll

SIX_MONTHS = 18  # "it took the United States six months" / "шість місяців"


def _plant(qtbot: Any, window: Any, store: Store, index: int, lang: str, old: str,
           new: str) -> str:
    view = window.model.views[index]
    text = view.human[lang]
    assert old in text
    planted = text.replace(old, new)
    store.set_translation(view.segment.id, lang, planted, Status.APPROVED, Origin.HUMAN)
    shown_by_poll(qtbot, window, view.segment.id, lang, planted)  # as another program's write
    return planted


def _number_cell(window: Any, index: int) -> Any:
    row = window.model.row_of_segment(index)
    window.model.ensure_loaded(row)
    return window.model.index(row, 0)


def _badge(qtbot: Any, window: Any, index: int) -> tuple[int, int]:
    """The number cell's QA counts once its check has run (in an idle turn)."""
    _number_cell(window, index).data(QaRole)  # painting asks, and queues the check
    qtbot.waitUntil(lambda: window.quality.grid_marks.pending == 0)
    return _number_cell(window, index).data(QaRole)


def test_planted_number_is_marked_and_explained(qtbot: Any, make_window: Any,
                                                store: Store) -> None:
    window = make_window(synchronous=True)
    assert window.quality.qa_marks.ready
    assert _badge(qtbot, window, SIX_MONTHS) == (0, 0)  # nothing to check yet
    planted = _plant(qtbot, window, store, SIX_MONTHS, "uk", "шість місяців", "п'ять місяців")
    cell = _number_cell(window, SIX_MONTHS)
    assert cell.data(QaRole) == (0, 0)  # not checked again yet: the check runs when idle
    found, in_final = _badge(qtbot, window, SIX_MONTHS)
    assert found >= 1 and in_final == found
    tooltip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "Numbers and dates" in tooltip and "the final text" in tooltip
    go_to_segment(qtbot, window, window.model.view_at(cell.row()).segment.index)
    shown = window.quality.qa_panel.text()
    assert "Numbers and dates" in shown and "six" in shown
    # The changed number is underlined in the final text.
    marked = window.editor.final.extraSelections()
    assert marked and any("п'ять" in s.cursor.selectedText() for s in marked)
    assert window.editor.final_text() == planted
    # Typing makes the offsets stale: the marks go until the text is checked again.
    window.editor.final.insertPlainText("x")
    assert window.editor.final.extraSelections() == []


def test_the_other_edition_is_compared(qtbot: Any, make_window: Any, store: Store) -> None:
    window = make_window(synchronous=True)
    for lang in ("uk", "ru"):
        view = window.model.views[SIX_MONTHS]
        store.set_translation(view.segment.id, lang, view.human[lang], Status.APPROVED,
                              Origin.HUMAN)
        shown_by_poll(qtbot, window, view.segment.id, lang, view.human[lang])
    assert _badge(qtbot, window, SIX_MONTHS) == (0, 0)
    _plant(qtbot, window, store, SIX_MONTHS, "ru", "шесть месяцев", "семь месяцев")
    results = window.quality.qa_marks.results(window.model.views, SIX_MONTHS)
    assert {f.code for f in results["uk"].findings} == {"number-only-in-other"}
    assert "number-changed" in {f.code for f in results["ru"].findings}


def test_machine_translation_is_checked_when_there_is_no_final_text(
        qtbot: Any, make_window: Any, store: Store) -> None:
    source = store.segments(store.articles()[0].article.id)[SIX_MONTHS].source
    changed = "США погодження пакета зайняло 7 місяців."

    def translate(text: str, from_lang: str, to_lang: str) -> str:
        return changed if (text, to_lang) == (source, "uk") else marked(text, from_lang, to_lang)

    with MTServer("google", translate) as server:  # F5 fetches from it
        window = make_window({"engine": "google", "engine_url": server.url}, synchronous=True)
        assert window.model.views[SIX_MONTHS].segment.source == source
        qtbot.keyClick(window.grid, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: not window.runner.active, timeout=60000)
        qtbot.waitUntil(lambda: window.writer.settled)  # the segments fetched are read again
    assert [(m.engine, m.text) for m in window.model.views[SIX_MONTHS].suggestions["uk"]] \
        == [("google", changed)]
    found, in_final = _badge(qtbot, window, SIX_MONTHS)
    assert found >= 1 and in_final == 0  # shown grey: only the machine translation was checked
    go_to_segment(qtbot, window, SIX_MONTHS)
    assert "machine translation by google (no final text yet)" in window.quality.qa_panel.text()
    assert window.editor.final.extraSelections() == []


def test_checks_switched_off_in_the_settings(qtbot: Any, make_window: Any,
                                            store: Store) -> None:
    window = make_window({"qa_checks": "names,quotes"}, synchronous=True)
    _plant(qtbot, window, store, SIX_MONTHS, "uk", "шість місяців", "п'ять місяців")
    assert _badge(qtbot, window, SIX_MONTHS) == (0, 0)
    assert window.quality.qa_marks.cached(SIX_MONTHS) is not None  # checked, and found nothing
    window.settings.set("qa_checks", "none")
    open_from_library(qtbot, window, window.article_id)
    qtbot.waitUntil(lambda: window.writer.settled)  # read again and shown
    go_to_segment(qtbot, window, SIX_MONTHS)
    assert "switched off" in window.quality.qa_panel.text()


def test_settings_dialog_switches_checks(qtbot: Any) -> None:
    from reviewer.ui.settings_dialog import SettingsDialog

    backing: dict[str, Any] = {}
    settings = Settings(backing)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _activate(dialog)
    assert all(box.isChecked() for box in dialog.qa_checks.boxes.values())
    qtbot.keyClick(dialog, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)  # QA checks: the first
    for kind in ("length", "script"):  # Tab to the box, Space unticks it
        box = dialog.qa_checks.boxes[kind]
        for _ in range(40):  # round the dialog's fields if need be
            if box.hasFocus():
                break
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert box.hasFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
        assert not box.isChecked()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # OK, the default button
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert parse_enabled(backing["qa_checks"]) == set(CHECKS) - {"length", "script"}
    reopened = SettingsDialog(settings)
    qtbot.addWidget(reopened)
    assert not reopened.qa_checks.boxes["length"].isChecked()
    assert reopened.qa_checks.boxes["numbers"].isChecked()


def test_setting_values() -> None:
    assert parse_enabled("all") == set(CHECKS) and parse_enabled("") == set(CHECKS)
    assert parse_enabled("none") == set() and parse_enabled("numbers, bogus") == {"numbers"}
    assert format_enabled(set(CHECKS)) == "all" and format_enabled(set()) == "none"
    assert format_enabled({"quotes", "numbers"}) == "numbers,quotes"


def test_titles_for_translation_match_the_core() -> None:
    assert TITLES == {k: c.title for k, c in CHECKS.items()}
    assert DESCRIPTIONS == {k: c.description for k, c in CHECKS.items()}


def test_window_findings_agree_with_the_article_check(store: Store) -> None:
    """Every segment approved from the human versions (2-1 links included): the per-segment
    results are those of ``check_article``, as ``reviewer qa`` prints them."""
    article = store.articles()[-1].article
    langs = ["uk", "ru"]
    for view in store.segment_views(article.id, langs):
        for lang in langs:
            if view.human.get(lang):
                store.set_translation(view.segment.id, lang, view.human[lang],
                                      Status.APPROVED, Origin.HUMAN)
    views = store.segment_views(article.id, langs)
    expected = {(r.index, r.lang): r.findings for r in check_article(views, langs)}
    marks = QaMarks()
    marks.set_article(langs, "en")
    assert marks.results(views, 0) == {}  # not ready before the context is set
    marks.set_context(article_names(v.segment.source for v in views), Glossary())
    got = {(i, lang): r.findings for i in range(len(views))
           for lang, r in marks.results(views, i).items()}
    assert got == expected
    assert len(got) == 28 + 29  # one 2-1 link: the covered segment has no result of its own


def test_glossary_terms_highlighted_with_their_targets(qtbot: Any, make_window: Any,
                                                       store: Store) -> None:
    GlossaryStore(store).add([Term("air defense system", "uk", "система протиповітряної оборони"),
                              Term("air defense system", "ru", "система противовоздушной обороны"),
                              Term("Secretary General", "uk", "генеральний секретар")])
    window = make_window(synchronous=True)
    index = next(v.segment.index for v in window.model.views
                 if "Samp-T air defense system" in v.segment.source)
    go_to_segment(qtbot, window, index)
    source = window.editor.source.text()
    assert "background-color:#fff1a8" in source and ">air defense system</span>" in source
    note = window.quality.glossary_note
    assert not note.isHidden() and "система протиповітряної оборони" in note.text()
    assert "противовоздушной" not in note.text()
    qtbot.keyClick(window.grid, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # RU
    assert window.editor.lang == "ru"  # the Russian term
    assert "система противовоздушной обороны" in window.quality.glossary_note.text()
    # A segment without a term shows no glossary line.
    go_to_segment(qtbot, window, index + 1)
    assert window.quality.glossary_note.isHidden()


def test_highlight_escapes_user_text() -> None:
    glossary = Glossary([Term("NATO", "uk", "НАТО")])
    source = "<b>NATO</b> & <script>x</script>"
    html = highlight_terms(source, glossary.find_terms(source))
    assert html.startswith("&lt;b&gt;<span")
    assert ">NATO</span>&lt;/b&gt; &amp; &lt;script&gt;" in html


def _on_screen(window: Any, row: int) -> bool:
    grid = window.grid
    top = grid.rowViewportPosition(row)
    return top < grid.viewport().height() and top + grid.rowHeight(row) > 0


def _settled(qtbot: Any, window: Any) -> None:
    """Wait until the grid has fitted the rows on screen to their text, as a person sees it
    a moment after a jump (rows grow, and the ones below the current one may leave the screen)."""
    qtbot.waitUntil(lambda: not window.grid.fit_timer.isActive())


def test_painted_rows_are_checked_when_idle(qtbot: Any, make_window: Any, store: Store) -> None:
    window = make_window(synchronous=True)
    row = window.model.row_of_segment(SIX_MONTHS)
    go_to_segment(qtbot, window, SIX_MONTHS)
    _settled(qtbot, window)
    qtbot.keyClick(window.grid, Qt.Key.Key_Up)  # the row above: the editor checks that one
    assert window.current_row() == row - 1
    _plant(qtbot, window, store, SIX_MONTHS, "uk", "шість місяців", "п'ять місяців")
    delegate = window.grid.itemDelegate()
    assert _on_screen(window, row)
    window.grid.grab()  # paints the rows on screen: their checks are queued, not run
    assert "⚑" not in delegate._cells[row][(0, False)].doc.toPlainText()
    source_cell = delegate._cells[row][(1, False)]
    qtbot.waitUntil(lambda: window.quality.qa_marks.cached(SIX_MONTHS) is not None
                    and window.quality.grid_marks.pending == 0)
    _settled(qtbot, window)
    assert _on_screen(window, row)

    def badge_painted() -> bool:  # the window repaints the number cell by itself
        cell = delegate._cells.get(row, {}).get((0, False))
        return cell is not None and "⚑" in cell.doc.toPlainText()

    qtbot.waitUntil(badge_painted)
    assert delegate._cells[row][(1, False)] is source_cell  # the rest of the row was kept


def test_long_article_names_arrive_with_its_views(qtbot: Any, make_window: Any, store: Store,
                                                  monkeypatch: Any) -> None:
    """The names the checks need are collected on the store writer's thread as the article is
    read: the GUI thread never reads them in idle turns (a 20,000-segment article took 40)."""
    from reviewer.ui import quality_work

    window = make_window(synchronous=True)
    monkeypatch.setattr(quality_work, "NAMES_PER_TURN", 7)
    turns: list[int] = []
    window.quality.names_timer.timeout.connect(lambda: turns.append(1))
    open_from_library(qtbot, window, window.article_id)
    qtbot.waitUntil(lambda: window.loader.opening is None and window.quality.qa_marks.ready)
    sources = [v.segment.source for v in window.model.views]
    assert window.quality.qa_marks.context == article_names(sources)
    assert "reading" not in window.quality.qa_panel.text()
    qtbot.wait(50)
    assert turns == []


def test_badge_names_the_language(qtbot: Any, make_window: Any, store: Store) -> None:
    """The ⚑ badge says which language has findings (one badge per language), and so does the
    tooltip."""
    window = make_window(synchronous=True)
    row = window.model.row_of_segment(SIX_MONTHS)
    go_to_segment(qtbot, window, SIX_MONTHS)
    _settled(qtbot, window)
    _plant(qtbot, window, store, SIX_MONTHS, "ru", "шесть месяцев", "семь месяцев")
    delegate = window.grid.itemDelegate()

    def painted() -> str:
        cell = delegate._cells.get(row, {}).get((0, True))  # the current row is selected
        return cell.doc.toPlainText() if cell is not None else ""

    qtbot.waitUntil(lambda: "⚑" in painted())
    assert re.search(r"⚑\d+ RU", painted()) and "UA" not in painted()
    tooltip = _number_cell(window, SIX_MONTHS).data(Qt.ItemDataRole.ToolTipRole)
    assert "QA RU" in tooltip and "QA UA" not in tooltip
    _plant(qtbot, window, store, SIX_MONTHS, "uk", "шість місяців", "п'ять місяців")
    qtbot.waitUntil(lambda: "UA" in painted())
    assert re.search(r"⚑\d+ UA", painted()) and re.search(r"⚑\d+ RU", painted())
