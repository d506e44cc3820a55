"""Team review in the window, by real keys: the reviewer's name in the status bar and the history,
an editor's sign-off (Ctrl+Alt+S) locking approved segments, and a translator's typing and
Ctrl+Enter on a signed-off segment refused with who signed it off and when."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from reviewer.core.model import Origin, Status
from reviewer.core.people import TeamRole
from reviewer.storage.effort_log import EffortLog
from reviewer.storage.store import Store
from reviewer.storage.team import Team
from reviewer.ui.review_controller import DRAFT_DELAY_MS
from reviewer.ui.review_model import LockRole

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _approved(store: Store) -> tuple[int, list[int]]:
    article = store.articles()[0].article.id
    segs = [s.id for s in store.segments(article)]
    for seg in segs[:2]:
        store.set_translation(seg, "uk", f"Текст {seg}.", Status.APPROVED, Origin.EDITED,
                              actor="Taras")
    Team(store, "Olena").add("Olena", TeamRole.EDITOR)
    return article, segs


def test_a_signed_off_segment_refuses_a_translators_keys(qtbot: Any, make_window: Any,
                                                         store: Store) -> None:
    article, segs = _approved(store)
    taras = make_window({"user_name": "Taras"})
    assert taras.team.label.text() == "Taras · translator"
    qtbot.keyClick(taras.grid, Qt.Key.Key_S, CTRL | ALT)  # a translator cannot sign off
    qtbot.waitUntil(lambda: "only an editor can sign off" in taras.message.text(), timeout=5000)
    assert Team(store, "x").signoffs(article) == {}
    taras.close()

    olena = make_window({"user_name": "Olena"})
    assert olena.team.label.text() == "Olena · editor"
    qtbot.keyClick(olena.grid, Qt.Key.Key_S, CTRL | ALT)
    qtbot.waitUntil(lambda: "Signed off 2 approved segments in UA as Olena"
                    in olena.message.text(), timeout=5000)
    assert sorted(seg for seg, _ in Team(store, "x").signoffs(article, "uk")) == segs[:2]
    olena.close()

    taras = make_window({"user_name": "Taras"})
    while taras.current_row() > 0:
        qtbot.keyClick(taras.grid, Qt.Key.Key_Up, CTRL)
    assert taras.model.data(taras.model.index(0, 0), LockRole) == ["uk"]
    assert "signed off by Olena" in taras.model.data(taras.model.index(0, 0),
                                                     Qt.ItemDataRole.ToolTipRole)
    qtbot.keyClick(taras.grid, Qt.Key.Key_F2)
    qtbot.keyClicks(taras.editor.final, "abc")
    assert taras.editor.final.toPlainText() == f"Текст {segs[0]}."
    message = taras.message.text()
    assert "Segment 1 (UA) was signed off by Olena on " in message and "only an editor" in message
    taras.message.clear()
    qtbot.keyClick(taras.editor.final, Qt.Key.Key_Return,  # Ctrl+Shift+Enter: reject
                   CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert "signed off by Olena" in taras.message.text()
    qtbot.wait(DRAFT_DELAY_MS + 200)
    assert store.translation(segs[0], "uk").status is Status.APPROVED
    assert [h.actor for h in store.history(segs[0], "uk")] == ["Taras"]
    taras.close()

    olena = make_window({"user_name": "Olena"})  # an editor may still change it
    while olena.current_row() > 0:
        qtbot.keyClick(olena.grid, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(olena.grid, Qt.Key.Key_F2)
    qtbot.keyClick(olena.editor.final, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(olena.editor.final, " ok")
    qtbot.waitUntil(lambda: store.translation(segs[0], "uk").text.endswith(" ok"), timeout=5000)
    assert store.history(segs[0], "uk")[-1].actor == "Olena"
    qtbot.keyClick(olena.editor.final, Qt.Key.Key_Return, CTRL)  # approve: an effort record
    qtbot.waitUntil(lambda: len(EffortLog(store).records(article)) == 1, timeout=5000)
    assert EffortLog(store).records(article)[0].actor == "Olena"
    while olena.current_row() > 0:
        qtbot.keyClick(olena.grid, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(olena.grid, Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: olena.history.dialog is not None
                    and olena.history.dialog.isVisible(), timeout=5000)
    table = olena.history.dialog.table  # newest first; the third column says who
    assert [table.item(r, 2).text() for r in range(table.rowCount())] == ["Olena", "Olena",
                                                                          "Taras"]
    qtbot.keyClick(table, Qt.Key.Key_Escape)


def test_the_name_typed_in_settings_names_the_next_changes(qtbot: Any, make_window: Any,
                                                           store: Store) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reviewer.ui.settings import Settings
    from reviewer.ui.settings_dialog import SettingsDialog

    settings = Settings({"user_name": "Taras"})
    window = make_window(settings)
    typed: list[bool] = []

    def type_name() -> None:  # runs inside the modal dialog's own event loop
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.user_name.setFocus()
        qtbot.keyClick(dialog.user_name, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(dialog.user_name, "  Ira   Bondar ")
        typed.append(True)
        qtbot.keyClick(dialog.user_name, Qt.Key.Key_Return)  # the OK button is the default

    QTimer.singleShot(300, type_name)
    qtbot.keyClick(window.grid, Qt.Key.Key_Comma, CTRL)  # Settings…, closed by Enter above
    assert typed and settings.get("user_name") == "Ira Bondar"
    qtbot.waitUntil(lambda: window.team.label.text() == "Ira Bondar · translator",
                    timeout=5000)
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    qtbot.keyClicks(window.editor.final, "x")
    segment = window.review.current_view().segment.id
    qtbot.waitUntil(lambda: bool(store.history(segment, "uk")), timeout=5000)
    assert store.history(segment, "uk")[-1].actor == "Ira Bondar"


def test_a_sign_off_by_another_process_locks_the_open_window(qtbot: Any, make_window: Any,
                                                              store: Store) -> None:
    """Olena signs off from her own process while Taras has the article open: his grid shows
    the locks and his editor stops taking keys on the locked segment, without reopening."""
    article, segs = _approved(store)
    taras = make_window({"user_name": "Taras"})
    assert taras.model.data(taras.model.index(0, 0), LockRole) == []
    with Store(store.path) as elsewhere:
        Team(elsewhere, "Olena").sign_off(article, "uk")
    qtbot.waitUntil(lambda: taras.model.data(taras.model.index(0, 0), LockRole) == ["uk"],
                    timeout=10_000)
    taras.grid.setFocus()
    qtbot.keyClick(taras.grid, Qt.Key.Key_Home, CTRL)
    qtbot.waitUntil(lambda: taras.editor.final.isReadOnly(), timeout=10_000)
