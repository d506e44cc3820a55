"""Repeats in the window: filled as drafts with origin ``repeat`` when an article opens (repeats of
approvals in another article) and after an approval (inside the article), each fill one undo
step, the source of the repeat shown, confirmed with Ctrl+Enter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from reviewer import library
from reviewer.core.model import Origin, Status
from reviewer.storage.store import Store

CTRL = Qt.KeyboardModifier.ControlModifier


def _article(store: Store, tmp_path: Path, name: str, title: str, paragraphs: list[str]) -> int:
    path = tmp_path / f"{name}.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return library.import_article(store, str(path), lang="en", title=title).id


def test_opening_an_article_fills_repeats_of_approvals_elsewhere(
        qtbot: Any, make_window: Any, store: Store, tmp_path: Path) -> None:
    first = _article(store, tmp_path, "a", "Minister in Kyiv",
                     ["Photo: Reuters", "The minister arrived in Kyiv on Monday.",
                      "Read more on our website."])
    library.approve(store, first, 0, "uk", text="Фото: Reuters")
    library.approve(store, first, 2, "uk", text="Читайте більше на нашому сайті.")
    second = _article(store, tmp_path, "b", "Talks in Geneva",
                      ["Photo: AP", "Talks resumed in Geneva.", "Read more on our website."])
    segments = store.segments(second)

    window = make_window({"last_article": second})
    assert window.article_id == second
    caption, talks, more = (store.translation(s.id, "uk") for s in segments)
    assert caption.text == "Фото: AP" and caption.origin is Origin.REPEAT
    assert caption.status is Status.DRAFT
    assert more.text == "Читайте більше на нашому сайті." and more.origin is Origin.REPEAT
    assert talks is None
    # one undo step (what the status bar said may already be replaced: the memory loads
    # beside the article, and says when it is ready)
    assert window.review.undo_stack.undoText() == "Fill 2 repeats"
    assert window.current_row() == 0  # the first segment to confirm
    qtbot.waitUntil(lambda: window.repeats.note.isVisible(), timeout=5000)
    assert "segment 1 in “Minister in Kyiv”" in window.repeats.note.text()

    qtbot.keyClick(window.grid, Qt.Key.Key_Return, CTRL)  # confirmed as usual
    confirmed = store.translation(segments[0].id, "uk")
    assert confirmed.status is Status.APPROVED and confirmed.origin is Origin.REPEAT
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL)  # the confirmation undone
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL)  # then the fill, in one step
    assert all(store.translation(s.id, "uk") is None for s in segments)
    assert "Fill 2 repeats" in window.message.text()


def test_approving_a_segment_propagates_to_its_repeats_in_the_article(
        qtbot: Any, make_window: Any, store: Store, tmp_path: Path) -> None:
    article = _article(store, tmp_path, "c", "Storm",
                       ["Stay safe.", "The storm hit the coast on 5 May.", "Stay safe.",
                        "The storm hit the coast on 7 May."])
    segments = store.segments(article)
    window = make_window({"last_article": article})
    assert window.current_row() == 0
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    window.editor.final.insertPlainText("Бережіть себе.")  # QTest types ASCII only
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Return, CTRL)
    third = store.translation(segments[2].id, "uk")
    assert third.text == "Бережіть себе." and third.origin is Origin.REPEAT
    assert third.status is Status.DRAFT
    assert "Filled 1 repeats of segment 1" in window.message.text()
    assert window.current_row() == 1
    # The same up to a number: carried over with the number changed.
    window.editor.final.setFocus()
    window.editor.final.insertPlainText("Шторм обрушився на узбережжя 5 травня.")
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Return, CTRL)
    fourth = store.translation(segments[3].id, "uk")
    assert fourth.text == "Шторм обрушився на узбережжя 7 травня."
    assert window.current_row() == 2  # the next unapproved: the first repeat to confirm
    qtbot.waitUntil(lambda: window.repeats.note.isVisible(), timeout=5000)
    assert "segment 1 of this article" in window.repeats.note.text()

    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL)  # undoes the fill of segment 4 alone
    assert store.translation(segments[3].id, "uk") is None
    assert store.translation(segments[1].id, "uk").status is Status.APPROVED
    assert store.translation(segments[2].id, "uk").origin is Origin.REPEAT


def test_automatic_fill_can_be_turned_off(qtbot: Any, make_window: Any, store: Store,
                                          tmp_path: Path) -> None:
    article = _article(store, tmp_path, "d", "Calm", ["Stay safe.", "Nothing happened.",
                                                      "Stay safe."])
    segments = store.segments(article)
    window = make_window({"last_article": article, "repeat_fill": False})
    assert not window.menu_actions["auto_repeats"].isChecked()
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    window.editor.final.insertPlainText("Бережіть себе.")
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Return, CTRL)
    assert store.translation(segments[2].id, "uk") is None
    qtbot.keyClick(window.grid, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert store.translation(segments[2].id, "uk").origin is Origin.REPEAT
