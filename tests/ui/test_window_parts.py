"""Each part the window composes, built and used alone (no MainWindow): the grid, the review
controller, the quality aids, the background work, the realignment offer and the window view.

These are tests of each part's own interface, so they call the methods the window's actions and
signals call (``review``, ``undo``, ``on_task_error`` with a given error...): with no window
there are no shortcuts to press. The keys that reach these methods, and the real errors that
reach ``on_task_error``, are tested with the whole window (``test_review_by_keyboard``,
``test_exchange_window``, ``test_error_paths``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QWidget  # noqa: E402

from reviewer.core.model import Status  # noqa: E402
from reviewer.services.review import ReviewService  # noqa: E402
from reviewer.storage.store import Store  # noqa: E402
from reviewer.ui.editor_panel import EditorPanel  # noqa: E402
from reviewer.ui.quality_work import QualityAids  # noqa: E402
from reviewer.ui.realign_work import RealignOffer  # noqa: E402
from reviewer.ui.review_controller import ReviewController  # noqa: E402
from reviewer.ui.review_model import ReviewModel  # noqa: E402
from reviewer.ui.segment_grid import SegmentGrid  # noqa: E402
from reviewer.ui.settings import Settings  # noqa: E402
from reviewer.ui.store_writer import StoreWriter  # noqa: E402
from reviewer.ui.tasks import TaskRunner  # noqa: E402
from reviewer.ui.window_view import WindowView  # noqa: E402
from reviewer.ui.window_work import BackgroundWork  # noqa: E402

CTRL = Qt.KeyboardModifier.ControlModifier
LANGS = ["uk", "ru"]


def _model(store: Store) -> tuple[ReviewModel, int]:
    article = store.articles()[0].article
    model = ReviewModel()
    model.set_article(store.segment_views(article.id, LANGS), article.source_lang, LANGS)
    return model, article.id


def test_the_grid_alone_moves_to_a_row_and_says_so(qtbot: Any, store: Store,
        writer: StoreWriter) -> None:
    model, _ = _model(store)
    grid = SegmentGrid(model)
    qtbot.addWidget(grid)
    grid.show()
    with qtbot.waitSignal(grid.current_row_changed) as moved:
        grid.go_to_row(3)
    assert moved.args == [3] and grid.current_row() == 3
    grid.go_to_row(10_000)  # clamped to the last row
    assert grid.current_row() == len(model.visible) - 1
    qtbot.waitUntil(lambda: not grid.fit_timer.isActive())


@pytest.fixture
def writer(store: Store) -> Iterator[StoreWriter]:
    """The store writer the window would make (its own connection, on its own thread)."""
    made = StoreWriter(store.path)
    yield made
    made.close()


def _controller(qtbot: Any, store: Store,
                writer: StoreWriter) -> tuple[ReviewController, SegmentGrid, EditorPanel]:
    model, article_id = _model(store)
    grid, editor = SegmentGrid(model), EditorPanel()
    for widget in (grid, editor):
        qtbot.addWidget(widget)
    editor.set_languages(LANGS)
    controller = ReviewController(writer, model, grid, editor)
    controller.article_opened(article_id)
    controller.go_to_row(0)
    return controller, grid, editor


def test_the_review_controller_alone_approves_moves_on_and_undoes(qtbot: Any, store: Store,
        writer: StoreWriter) -> None:
    controller, grid, editor = _controller(qtbot, store, writer)
    said: list[str] = []
    controller.message.connect(lambda text, _ms: said.append(text))
    first = controller.model.view_at(0).segment
    editor.show()
    qtbot.keyClicks(editor.final, "First")
    with qtbot.waitSignal(controller.progress_changed) as progress:
        controller.review(Status.APPROVED)
    assert "UA approved 1/" in progress.args[0]  # counted from memory, at once
    qtbot.waitUntil(lambda: controller.unsaved() == 0)  # the writer committed it
    saved = store.translation(first.id, "uk")
    assert saved is not None and saved.text == "First" and saved.status is Status.APPROVED
    assert grid.current_row() == 1
    controller.undo()
    assert grid.current_row() == 0
    qtbot.waitUntil(lambda: controller.unsaved() == 0)
    assert store.translation(first.id, "uk") is None
    assert said[-1].startswith("Undone: Approve segment 1")


def test_approving_the_last_unapproved_segment_says_every_one_is_approved(
        qtbot: Any, store: Store, writer: StoreWriter) -> None:
    """Approving the one unapproved segment left, above the last row, says so (it said
    nothing: the message was only said when that segment was the last row)."""
    controller, grid, editor = _controller(qtbot, store, writer)
    for view in controller.model.views[1:]:
        ReviewService(store).change(view.segment.id, "uk", _approved(view.segment.source), "seed")
        controller.segment_changed(view.segment.id)
    qtbot.waitUntil(lambda: writer.settled)  # the segments re-read are in the model
    said: list[str] = []
    controller.message.connect(lambda text, _ms: said.append(text))
    controller.go_to_row(0)
    editor.show()
    qtbot.keyClicks(editor.final, "Last one")
    controller.review(Status.APPROVED)
    assert "Every shown segment is approved in UA." in said
    assert grid.current_row() == 1  # and it moves on as after any approval


def test_rejecting_the_last_row_does_not_say_every_one_is_approved(qtbot: Any, store: Store,
        writer: StoreWriter) -> None:
    controller, _, editor = _controller(qtbot, store, writer)
    said: list[str] = []
    controller.message.connect(lambda text, _ms: said.append(text))
    controller.go_to_row(len(controller.model.visible) - 1)
    editor.show()
    qtbot.keyClicks(editor.final, "Rejected")
    controller.review(Status.REJECTED)
    assert not any("approved in" in text for text in said)


def _approved(text: str) -> Any:
    from reviewer.core.edits import TranslationState
    from reviewer.core.model import Origin

    return TranslationState(text, Status.APPROVED, Origin.EDITED, None, "")


def test_the_quality_aids_alone_load_the_memory_and_check_a_segment(qtbot: Any, store: Store,
        writer: StoreWriter) -> None:
    model, _ = _model(store)
    editor = EditorPanel()
    qtbot.addWidget(editor)
    editor.set_languages(LANGS)
    aids = QualityAids(writer, Settings({}), model, editor, synchronous=True)
    with qtbot.waitSignal(aids.message):
        aids.load_memory()
    assert aids.memory is not None
    aids.article_opened()
    qtbot.waitUntil(lambda: aids.qa_marks.ready)  # once the glossary is read
    editor.show_segment(model.views[0], len(model.views))
    aids.show(model.views[0])
    assert aids.qa_panel.text()


def test_the_background_work_alone_reports_a_known_error_in_words(qtbot: Any, store: Store,
        writer: StoreWriter) -> None:
    from reviewer.core.errors import UsageError

    parent = QWidget()
    qtbot.addWidget(parent)
    model, _ = _model(store)
    work = BackgroundWork(store, Settings({}), model, TaskRunner(synchronous=True), parent)
    crashed: list[object] = []
    work.crashed.connect(lambda error, _trace: crashed.append(error))
    with qtbot.waitSignal(work.message) as said:
        work.on_task_error(UsageError("no such file: x.tmx"), "")
    assert said.args[0] == "no such file: x.tmx" and not crashed
    work.on_task_error(ValueError("a bug"), "trace")
    assert [type(e) for e in crashed] == [ValueError]
    work.fetch(None)  # no article open: nothing starts
    assert not work.runner.active


def test_the_realign_offer_alone_has_nothing_to_offer_without_a_human_version(
        qtbot: Any, store: Store, writer: StoreWriter) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    offer = RealignOffer(writer, parent)
    offer.offer(None, LANGS)
    said: list[str] = []
    offer.message.connect(lambda text, _ms: said.append(text))
    offer.run(None, LANGS)
    assert not offer.button.isVisible() and "nothing to realign" in said[0]


def test_the_window_view_alone_scales_the_text_and_remembers_the_place(qtbot: Any, store: Store,
        writer: StoreWriter) -> None:
    model, article_id = _model(store)
    window = QMainWindow()
    qtbot.addWidget(window)
    grid, editor = SegmentGrid(model), EditorPanel()
    splitter = QSplitter()
    splitter.addWidget(grid)
    splitter.addWidget(editor)
    window.setCentralWidget(splitter)
    dock = QDockWidget(window)
    from PySide6.QtGui import QAction

    action = QAction(window)
    action.setCheckable(True)
    settings = Settings({})
    view = WindowView(window, settings, dock, action, splitter, grid, editor)
    view.apply_font_size(12)
    view.bump_font(100)
    assert settings.get("font_size") == 28 and grid.font().pointSize() == 28
    grid.go_to_row(4)
    view.remember_position(article_id, model)
    assert view.remembered_row(article_id, model) == 4
