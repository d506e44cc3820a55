"""What assistive technology gets through Qt's accessibility interface: a name for every control,
the grid's cells as text (insertions and deletions said as such), the editor's diffs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from reviewer.storage.store import Store
from tests.seed import seed_mt


def _name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid(), widget
    return iface.text(QAccessible.Text.Name)


def _with_suggestions(store: Store) -> None:
    """Machine translations that differ from the human version at the start of 3 segments."""
    article = store.articles()[0].article.id
    for view in store.segment_views(article, ["uk"])[:3]:
        seed_mt(store, view.segment.id, "uk", "google", "Зайве " + view.human["uk"])


class _Table:
    """A table's accessible cells by row and column, as a screen reader walks them."""

    def __init__(self, iface: Any) -> None:
        self.cells = {}
        for k in range(iface.childCount()):
            child = iface.child(k)
            if child.role() == QAccessible.Role.Cell:
                cell = child.tableCellInterface()
                self.cells[(cell.rowIndex(), cell.columnIndex())] = child

    def cellAt(self, row: int, column: int) -> Any:  # noqa: N802 - Qt's name
        return self.cells[(row, column)]


def test_every_control_of_the_window_has_an_accessible_name(make_window: Any) -> None:
    window = make_window()
    unnamed = [f"{type(w).__name__} in {type(w.parent()).__name__}"
               for w in window.findChildren(QWidget)
               if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(window)
               and not _name(w).strip()]
    assert unnamed == []
    assert _name(window.grid) == "Segments"
    assert _name(window.editor.final) == "Final translation"


def test_grid_cells_say_their_text_and_the_changes(make_window: Any, store: Store) -> None:
    _with_suggestions(store)
    window = make_window()
    table = _Table(QAccessible.queryAccessibleInterface(window.grid))
    kinds = [c.kind for c in window.model.columns]
    compare = table.cellAt(0, kinds.index("compare"))
    said = compare.text(QAccessible.Text.Name)
    human = store.segment_views(store.articles()[0].article.id, ["uk"])[0].human["uk"]
    assert said.startswith("deleted: «Зайве»") and human.split()[0] in said
    assert "UA machine → human" in compare.text(QAccessible.Text.Description)
    source = table.cellAt(0, kinds.index("source")).text(QAccessible.Text.Name)
    assert source == window.model.views[0].segment.source
    final = table.cellAt(0, kinds.index("final"))
    assert final.text(QAccessible.Text.Name) == "no final text yet"
    assert "new" in final.text(QAccessible.Text.Description)


def test_the_editors_diff_is_described_in_words(make_window: Any, store: Store) -> None:
    _with_suggestions(store)
    window = make_window()
    row = window.editor.machine_box.itemAt(0).widget()
    label = row.findChildren(QLabel)[0]
    iface = QAccessible.queryAccessibleInterface(label)
    assert iface.text(QAccessible.Text.Name) == "google machine translation"
    assert iface.text(QAccessible.Text.Description).startswith("deleted: «Зайве»")


def test_about_box_controls_are_named(qtbot: Any, make_window: Any) -> None:
    from reviewer.ui.about import AboutDialog

    dialog = AboutDialog(make_window())
    qtbot.addWidget(dialog)
    dialog.show()
    unnamed = [w for w in dialog.findChildren(QWidget)
               if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not _name(w).strip()]
    assert unnamed == []
    assert not QApplication.windowIcon().isNull()
