"""The import dialog: preview of the bundled sample, fixing a link, pasted text, bad input."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from reviewer.core.model import Role  # noqa: E402
from reviewer.ui.alignment_models import SegmentsModel  # noqa: E402
from reviewer.ui.alignment_preview import LinksEditor, SplitDialog  # noqa: E402
from reviewer.ui.import_dialog import ImportDialog  # noqa: E402
from reviewer.ui.import_request import ImportRequest, prepare_request  # noqa: E402
from reviewer.ui.labels import flag_reasons  # noqa: E402
from reviewer.ui.tasks import TaskRunner  # noqa: E402
from tests.ui.keys import ALT, CTRL, activate, in_modal, press_by_alt  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"


class WindowStub(QWidget):
    """What the dialog needs of the main window: a task runner (synchronous here)."""

    def __init__(self, synchronous: bool = True) -> None:
        super().__init__()
        self.runner = TaskRunner(synchronous=synchronous)
        self.crashes: list[Any] = []
        self.runner.unhandled.connect(lambda error, _trace: self.crashes.append(error))


@pytest.fixture
def dialog(qtbot: Any) -> ImportDialog:
    parent = WindowStub()
    qtbot.addWidget(parent)
    made = ImportDialog(parent)
    qtbot.addWidget(made)
    return made


def show(qtbot: Any, dialog: ImportDialog) -> None:
    """Show the dialog and make it the active window (offscreen activates none by itself)."""
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(dialog)


def preview(qtbot: Any, dialog: ImportDialog) -> None:
    """Press Enter in the title field (Alt+E), as a person does: Preview is the default button
    until a preview is shown (the task runner is synchronous here, so the preview is done after
    it)."""
    show(qtbot, dialog)
    assert dialog.preview_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_E, ALT)
    assert dialog.title.hasFocus()
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)


# The underlined letters of the inputs' labels: Source, UA / RU human version.
LABEL_KEYS = {"source": Qt.Key.Key_S, "uk": Qt.Key.Key_U, "ru": Qt.Key.Key_R}


def type_in(qtbot: Any, dialog: ImportDialog, code: str, text: str) -> None:
    """Alt and the input's underlined letter go to its path-or-address line, where ``text``
    is typed over what was there (nothing typed: the line is emptied)."""
    field = dialog.inputs[code].location
    qtbot.keyClick(dialog, LABEL_KEYS[code], ALT)
    assert field.hasFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    if text:
        qtbot.keyClicks(field, text)
    else:
        qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == text


def paste_in(qtbot: Any, dialog: ImportDialog, code: str, text: str) -> None:
    """Paste ``text`` (put on the clipboard) into the input's text box by Ctrl+V: the source's
    box has its own letter (Alt+X), a human version's is reached by Tab from its line."""
    box = dialog.inputs[code].pasted
    QApplication.clipboard().setText(text)
    if code == "source":
        qtbot.keyClick(dialog, Qt.Key.Key_X, ALT)
    else:
        qtbot.keyClick(dialog, LABEL_KEYS[code], ALT)
        for _ in range(3):  # past Browse…
            if box.hasFocus():
                break
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert box.hasFocus()
    qtbot.keyClick(box, Qt.Key.Key_V, CTRL)
    assert box.toPlainText() == text


def fill_sample(qtbot: Any, dialog: ImportDialog) -> None:
    """Show the dialog and type the sample's three files into it."""
    show(qtbot, dialog)
    type_in(qtbot, dialog, "source", str(SAMPLE / "article.en.txt"))
    type_in(qtbot, dialog, "uk", str(SAMPLE / "article.uk.txt"))
    type_in(qtbot, dialog, "ru", str(SAMPLE / "article.ru.txt"))


def press(qtbot: Any, dialog: ImportDialog, which: str) -> None:
    """Press Preview (Alt+V) or Import (Alt+I) by its underlined letter."""
    key, button = {"preview": (Qt.Key.Key_V, dialog.preview_button),
                   "import": (Qt.Key.Key_I, dialog.import_button)}[which]
    press_by_alt(qtbot, QApplication.focusWidget() or dialog, key, button)


def test_preview_shows_roles_and_links(qtbot: Any, dialog: ImportDialog,
                                      qtmodeltester: Any) -> None:
    fill_sample(qtbot, dialog)
    preview(qtbot, dialog)
    assert dialog.error.text() == ""
    prepared = dialog.prepared()
    assert set(prepared.humans) == {"uk", "ru"}
    segments = dialog.tabs.widget(0).model()  # type: ignore[union-attr]
    assert isinstance(segments, SegmentsModel)
    assert segments.rowCount() == len(prepared.segments)
    roles = [segments.data(segments.index(r, 1)) for r in range(segments.rowCount())]
    assert roles[0] == Role.HEADLINE and Role.CAPTION in roles and Role.SUBHEADING in roles
    assert "Stoltenberg" in segments.data(segments.index(0, 3))
    for code in ("uk", "ru"):
        model = dialog.editors[code].model
        assert model.rowCount() == len(prepared.humans[code][2])
        kinds = {model.data(model.index(r, 1)) for r in range(model.rowCount())}
        assert "1-1" in kinds and kinds & {"2-1", "1-2"}
        qtmodeltester.check(model)
    qtmodeltester.check(segments)
    assert dialog.tabs.tabText(1).startswith("UA alignment")
    assert dialog.import_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_E, ALT)  # Enter in the title: Import, the default now
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.result() == ImportDialog.DialogCode.Accepted


def to_links(qtbot: Any, dialog: ImportDialog, code: str) -> LinksEditor:
    """From the preview's tab bar (focused once a preview is shown), the arrow keys go to the
    ``code`` alignment tab and Tab to its table of links; that tab's editor."""
    bar, editor = dialog.tabs.tabBar(), dialog.editors[code]
    assert bar.hasFocus()
    for _ in range(dialog.tabs.count()):
        if dialog.tabs.currentWidget() is editor:
            break
        qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert dialog.tabs.currentWidget() is editor
    for _ in range(8):  # past the dialog's buttons
        if editor.table.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert editor.table.hasFocus()
    return editor


def go_to_link(qtbot: Any, editor: LinksEditor, number: int) -> None:
    """Ctrl+Home, then Down through the table (flagged links first) to link ``number`` (in text
    order, counted from 0)."""
    qtbot.keyClick(editor.table, Qt.Key.Key_Home, CTRL)
    for _ in range(len(editor.links)):
        if editor.current_row() == number:
            break
        qtbot.keyClick(editor.table, Qt.Key.Key_Down)
    assert editor.current_row() == number


def fix(qtbot: Any, editor: LinksEditor, what: str) -> None:
    """Press a fix button by its Alt key in the table: Alt+M "Merge with next", Alt+D / Alt+P
    "Move boundary down / up"."""
    key, button = {"merge": (Qt.Key.Key_M, editor.merge_button),
                   "down": (Qt.Key.Key_D, editor.down_button),
                   "up": (Qt.Key.Key_P, editor.up_button)}[what]
    press_by_alt(qtbot, editor.table, key, button)


def split(qtbot: Any, editor: LinksEditor, keys: Callable[[SplitDialog], None]) -> None:
    """Split… (Alt+T) asks where to cut in a dialog: ``keys`` there, then Enter (OK)."""
    def answer(dialog: SplitDialog) -> None:
        keys(dialog)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    seen = in_modal(SplitDialog, answer)
    press_by_alt(qtbot, editor.table, Qt.Key.Key_T, editor.split_button)
    assert len(seen) == 1 and not seen[0].isVisible()
    activate(editor.window())  # the offscreen platform gives no window back once a dialog closes
    assert editor.table.hasFocus()


def undo_fix(qtbot: Any, editor: LinksEditor) -> None:
    """Ctrl+Z in the table of links undoes the last fix."""
    assert editor.table.hasFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, CTRL)


def test_merge_split_shift_change_the_prepared_import(qtbot: Any, dialog: ImportDialog) -> None:
    fill_sample(qtbot, dialog)
    preview(qtbot, dialog)
    before = list(dialog.prepared().humans["uk"][2])
    editor = to_links(qtbot, dialog, "uk")
    go_to_link(qtbot, editor, 0)
    fix(qtbot, editor, "merge")
    after = dialog.prepared().humans["uk"][2]
    assert len(after) == len(before) - 1 and editor.message.text() == ""
    assert after[0].kind == "2-2" and after[0].hum_end == before[1].hum_end
    assert editor.model.data(editor.model.index(0, 1)) == "2-2"
    assert editor.current_row() == 0
    asked: list[tuple[int, int]] = []
    split(qtbot, editor, lambda d: asked.append((d.src.value(), d.hum.value())))
    assert asked == [(1, 1)]  # the 2-2 link is cut in the middle by default
    assert dialog.prepared().humans["uk"][2][:2] == [before[0], before[1]]
    fix(qtbot, editor, "down")
    shifted = dialog.prepared().humans["uk"][2]
    assert shifted[0].kind == "1-2" and shifted[1].kind == "1-0"
    undo_fix(qtbot, editor)  # the merge split again: as before
    assert dialog.prepared().humans["uk"][2] == before
    undo_fix(qtbot, editor)
    assert dialog.prepared().humans["uk"][2] == after
    undo_fix(qtbot, editor)
    assert dialog.prepared().humans["uk"][2] == before


def test_impossible_fix_shows_the_reason(qtbot: Any, dialog: ImportDialog) -> None:
    fill_sample(qtbot, dialog)
    preview(qtbot, dialog)
    editor = to_links(qtbot, dialog, "ru")
    links = list(dialog.prepared().humans["ru"][2])
    go_to_link(qtbot, editor, len(links) - 1)
    fix(qtbot, editor, "merge")
    assert editor.links == links
    assert editor.message.text() == f"Link {len(links)} is the last one: there is no next link."
    fix(qtbot, editor, "down")
    assert editor.links == links and "is the last one" in editor.message.text()
    go_to_link(qtbot, editor, 0)
    assert links[0].kind == "1-1"
    split(qtbot, editor, lambda asked: None)  # a 1-1 link cut after both sides leaves nothing
    assert editor.links == links
    assert editor.message.text() == "Each part of link 1 must keep at least one sentence."

    def one_and_none(asked: SplitDialog) -> None:
        qtbot.keyClick(asked, Qt.Key.Key_H, ALT)  # Human sentences: 1 down to 0
        assert asked.hum.hasFocus()
        qtbot.keyClick(asked.hum, Qt.Key.Key_Down)
        assert (asked.src.value(), asked.hum.value()) == (1, 0)

    split(qtbot, editor, one_and_none)  # 1-0 then 0-1
    split_links = editor.links
    assert [link.kind for link in split_links[:2]] == ["1-0", "0-1"]
    fix(qtbot, editor, "up")  # the 1-0 link has no human sentence to give
    assert editor.links == split_links
    assert editor.message.text() == "Link 1 has no human sentence to give."
    fix(qtbot, editor, "down")  # the 0-1 link would be left with nothing
    assert editor.message.text() == "Link 2 would be left with no sentence."
    assert editor.links == split_links
    undo_fix(qtbot, editor)
    assert editor.message.text() == ""
    assert dialog.prepared().humans["ru"][2] == links


def test_flagged_links_are_marked(qtbot: Any, dialog: ImportDialog) -> None:
    source = "Headline\n\nFirst sentence here. Second one follows.\n\nA third paragraph.\n"
    human = ("Заголовок\n\nПерше речення тут. Друге йде далі.\n\n"
             "Зовсім інший додатковий абзац, якого немає.\n\nТретій абзац.\n")
    show(qtbot, dialog)
    paste_in(qtbot, dialog, "source", source)
    paste_in(qtbot, dialog, "uk", human)
    preview(qtbot, dialog)
    assert dialog.error.text() == ""
    model = dialog.editors["uk"].model
    flagged = [r for r in range(model.rowCount()) if model.links[r].flagged]
    assert flagged, [link.kind for link in model.links]
    row = flagged[0]
    assert model.data(model.index(row, 4)).startswith("check alignment: ")
    added = next(r for r in flagged if model.links[r].kind == "0-1")
    assert model.data(model.index(added, 4)) == "check alignment: the human version adds this"
    assert model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert "to check" in dialog.tabs.tabText(1)


def test_flagged_links_are_listed_first(qtbot: Any, dialog: ImportDialog) -> None:
    source = "Headline\n\nFirst sentence here. Second one follows.\n\nA third paragraph.\n"
    human = ("Заголовок\n\nПерше речення тут. Друге йде далі.\n\n"
             "Зовсім інший додатковий абзац, якого немає.\n\nТретій абзац.\n")
    show(qtbot, dialog)
    paste_in(qtbot, dialog, "source", source)
    paste_in(qtbot, dialog, "uk", human)
    preview(qtbot, dialog)
    editor = dialog.editors["uk"]
    links, table = editor.model.links, editor.table
    first_flagged = next(n for n, link in enumerate(links) if link.flagged)
    assert first_flagged > 0  # in text order the flagged link comes after others
    shown = [table.model().index(r, 0).data() for r in range(len(links))]
    flagged_numbers = [str(n + 1) for n, link in enumerate(links) if link.flagged]
    assert shown[: len(flagged_numbers)] == flagged_numbers  # the table lists them first
    assert shown[len(flagged_numbers):] == [str(n + 1) for n, link in enumerate(links)
                                            if not link.flagged]
    assert editor.current_row() == first_flagged
    assert editor.detail.toPlainText().startswith(f"Link {first_flagged + 1} ")
    assert editor.detail.toPlainText().splitlines()[0].endswith(
        ": check alignment: " + flag_reasons()[links[first_flagged].reason])
    assert to_links(qtbot, dialog, "uk") is editor  # to the table, its current link kept
    assert editor.current_row() == first_flagged
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the next row of the table: the next one to check
    expected = int(shown[1]) - 1
    assert editor.current_row() == expected
    assert editor.detail.toPlainText().startswith(f"Link {expected + 1} ")


def test_pasted_text_is_imported(qtbot: Any, dialog: ImportDialog) -> None:
    text = (SAMPLE / "article.en.txt").read_text(encoding="utf-8")
    show(qtbot, dialog)
    paste_in(qtbot, dialog, "source", text)
    assert not dialog.inputs["source"].location.isEnabled()
    type_in(qtbot, dialog, "uk", str(SAMPLE / "article.uk.txt"))
    request = dialog.request()
    assert request.source == "-" and request.data == text.encode("utf-8")
    qtbot.keyClick(dialog, Qt.Key.Key_E, ALT)
    qtbot.keyClicks(dialog.title, "Pasted article")
    press(qtbot, dialog, "import")  # Import without Preview: prepares, then accepts
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    prepared = dialog.prepared()
    assert prepared.title == "Pasted article"
    assert prepared.document.origin == "stdin"
    assert list(prepared.humans) == ["uk"]


def test_bad_file_shows_its_message_and_stays_open(qtbot: Any, dialog: ImportDialog,
                                                   tmp_path: Path) -> None:
    show(qtbot, dialog)
    bad = tmp_path / "notes.pdf"
    bad.write_bytes(b"%PDF-1.4")
    type_in(qtbot, dialog, "source", str(bad))
    press(qtbot, dialog, "import")
    assert dialog.isVisible()
    assert dialog.error.text().startswith(str(bad) + ": unsupported file type .pdf")
    assert "\n" not in dialog.error.text()
    type_in(qtbot, dialog, "source", str(SAMPLE / "article.en.txt"))
    assert dialog.error.text() == ""
    type_in(qtbot, dialog, "uk", str(tmp_path / "missing.txt"))
    press(qtbot, dialog, "preview")
    assert dialog.error.text() == f"{tmp_path / 'missing.txt'}: no such file"
    assert dialog.isVisible() and dialog.tabs.count() == 0


def test_no_source_and_same_language(qtbot: Any, dialog: ImportDialog) -> None:
    show(qtbot, dialog)
    press(qtbot, dialog, "preview")
    assert dialog.error.text().startswith("Give the source")
    type_in(qtbot, dialog, "source", str(SAMPLE / "article.uk.txt"))
    qtbot.keyClick(dialog, Qt.Key.Key_L, ALT)  # Language: down the list to Ukrainian
    assert dialog.language.hasFocus()
    for _ in range(dialog.language.count()):
        if dialog.language.currentData() == "uk":
            break
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    assert dialog.language.currentData() == "uk"
    type_in(qtbot, dialog, "uk", str(SAMPLE / "article.uk.txt"))
    press(qtbot, dialog, "preview")
    assert "the same language as the source" in dialog.error.text()


def test_pasted_error_names_the_box() -> None:
    request = ImportRequest(str(SAMPLE / "article.en.txt"), None, None, {"ru": "pasted"},
                            human_data={"ru": b"   \n"})
    with pytest.raises(Exception, match="^the pasted RU text: the input is empty$"):
        prepare_request(request, {"ru": "the pasted RU text"})


def test_stays_responsive_while_preparing(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a real thread pool: a busy state meanwhile; a result arriving after Cancel is dropped."""
    import threading

    from reviewer.ui import import_dialog

    release = threading.Event()
    real = import_dialog.prepare_request

    def slow(request: ImportRequest, names: Any) -> Any:
        release.wait(10)
        return real(request, names)

    monkeypatch.setattr(import_dialog, "prepare_request", slow)
    parent = WindowStub(synchronous=False)
    qtbot.addWidget(parent)
    dialog = ImportDialog(parent)
    qtbot.addWidget(dialog)
    fill_sample(qtbot, dialog)
    press(qtbot, dialog, "preview")
    assert dialog.busy and not dialog.preview_button.isEnabled()
    assert not dialog.inputs["source"].location.isEnabled()
    assert dialog.progress.isVisibleTo(dialog)
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert dialog.editors and dialog.inputs["source"].location.isEnabled()
    # A preview still running when the dialog is cancelled is ignored when it ends.
    release.clear()
    type_in(qtbot, dialog, "ru", "")
    press(qtbot, dialog, "preview")
    assert dialog.busy
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # Cancel
    assert not dialog.isVisible()
    release.set()
    assert parent.runner.pool.waitForDone(10000)
    qtbot.wait(50)  # a pause, then a check that nothing happened: no condition to wait for
    assert not dialog.editors and dialog.tabs.count() == 0  # nothing rebuilt after the reject
    assert not parent.crashes


def test_enter_previews_then_imports(qtbot: Any, dialog: ImportDialog) -> None:
    fill_sample(qtbot, dialog)
    field = dialog.inputs["ru"].location
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.editors and dialog.isVisible()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.result() == ImportDialog.DialogCode.Accepted and not dialog.isVisible()


def test_split_button_asks_where(qtbot: Any, dialog: ImportDialog) -> None:
    fill_sample(qtbot, dialog)
    preview(qtbot, dialog)
    editor = to_links(qtbot, dialog, "uk")
    row = next(r for r, link in enumerate(editor.links) if link.kind == "1-2")
    go_to_link(qtbot, editor, row)
    asked: list[tuple[int, int]] = []
    split(qtbot, editor, lambda d: asked.append((d.src.value(), d.hum.value())))
    assert asked == [(1, 1)]  # the default cut: 1-1 then 0-1
    assert [link.kind for link in dialog.prepared().humans["uk"][2][row:row + 2]] == ["1-1", "0-1"]
    assert dialog.tabs.tabText(1) == "UA alignment"


@pytest.fixture
def sample_server(monkeypatch: pytest.MonkeyPatch) -> Any:
    """The sample folder served over loopback HTTP (no proxy), as a base address."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY",
                 "all_proxy"):
        monkeypatch.delenv(name, raising=False)

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(Quiet, directory=str(SAMPLE)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_web_addresses(qtbot: Any, dialog: ImportDialog, sample_server: str) -> None:
    show(qtbot, dialog)
    type_in(qtbot, dialog, "source", f"{sample_server}/article.en.txt")
    type_in(qtbot, dialog, "ru", f"{sample_server}/missing.ru.txt")
    press(qtbot, dialog, "preview")
    missing = f"{sample_server}/missing.ru.txt"
    assert dialog.error.text().startswith(f"{missing}: the server answered 404")
    type_in(qtbot, dialog, "ru", f"{sample_server}/article.ru.txt")
    press(qtbot, dialog, "preview")
    assert dialog.error.text() == ""
    prepared = dialog.prepared()
    assert prepared.document.origin == f"{sample_server}/article.en.txt"
    assert len(prepared.segments) == 30 and list(prepared.humans) == ["ru"]


def test_a_redirect_to_another_port_is_named_in_the_preview(qtbot: Any, dialog: ImportDialog,
                                                             sample_server: str) -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Redirect(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the http.server API)
            self.send_response(302)
            self.send_header("Location", f"{sample_server}/article.en.txt")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        show(qtbot, dialog)
        type_in(qtbot, dialog, "source", f"http://127.0.0.1:{server.server_address[1]}/latest")
        press(qtbot, dialog, "preview")
        final = f"{sample_server}/article.en.txt"
        assert dialog.prepared().document.origin == final
        assert dialog.status.text().startswith(f"The address led to {final}. Preview of")
    finally:
        server.shutdown()
        server.server_close()
