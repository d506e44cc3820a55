"""The final-text editor marks no-break spaces visibly and keeps them in the text it saves."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from reviewer import library
from reviewer.core.model import Origin, Status
from reviewer.storage.store import Store
from reviewer.ui.nbsp_marks import MARK_COLOR

CTRL = Qt.KeyboardModifier.ControlModifier
NB, NNB = "\u00a0", "\u202f"


def _marked(edit: Any) -> set[int]:
    """Positions in the first block that the editor draws with the no-break-space mark."""
    layout = edit.document().firstBlock().layout()
    return {i for r in layout.formats() if r.format.background().color() == MARK_COLOR
            for i in range(r.start, r.start + r.length)}


def test_no_break_spaces_are_marked_and_kept(qtbot: Any, make_window: Any, store: Store,
                                             tmp_path: Path) -> None:
    (tmp_path / "a.en.txt").write_text("A headline\n\nIt lasted 18 months and cost 5 000 euros.\n",
                                       encoding="utf-8")
    human = f"Заголовок\n\nЦе тривало 18{NB}місяців і коштувало 5{NNB}000 євро.\n"
    (tmp_path / "a.uk.txt").write_text(human, encoding="utf-8")
    article = library.import_article(store, str(tmp_path / "a.en.txt"), lang="en",
                                     humans={"uk": str(tmp_path / "a.uk.txt")})
    window = make_window({"last_article": article.id})
    assert window.article_id == article.id
    qtbot.keyClick(window.grid, Qt.Key.Key_Down, CTRL)
    qtbot.keyClick(window.grid, Qt.Key.Key_2, CTRL)  # take the human version
    final = window.editor.final
    text = final.document().toRawText()  # toPlainText() would show NBSP as a plain space
    assert text == f"Це тривало 18{NB}місяців і коштувало 5{NNB}000 євро."
    qtbot.waitUntil(lambda: _marked(final) == {text.index(NB), text.index(NNB)})
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    qtbot.keyClick(final, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(final, " ok")
    assert window.editor.final_text() == text + " ok"
    assert _marked(final) == {text.index(NB), text.index(NNB)}
    qtbot.keyClick(final, Qt.Key.Key_Return, CTRL)  # approve
    seg = store.segments(article.id)[1]
    saved = store.translation(seg.id, "uk")
    assert saved is not None and saved.status is Status.APPROVED and saved.text == text + " ok"
    assert saved.origin in (Origin.HUMAN, Origin.EDITED)
