"""Realigning human versions with the machine translations just fetched, from the window.

After a fetch (F5) the window plans a realignment of each human version shown
(:class:`~reviewer.services.realign.RealignService`); when the machine translations would move
links, the status bar offers "Realign with machine translations (N links change)…". That button
and Translate > Realign with machine translations (Ctrl+Shift+R) open the preview
(:class:`~reviewer.ui.realign_dialog.RealignDialog`); the changes the reviewer keeps ticked are
stored and recorded in the history, and the grid shows the human text where it now belongs.
Plans and writes are posted to the store writer; the preview opens when the plans arrive.
Translate > Check links with the sentence encoder (Ctrl+Shift+K) previews the sentence encoder's
check (:mod:`reviewer.services.link_check`) the same way; its embeddings are computed on a worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from reviewer.core.errors import ReviewerError
from reviewer.storage.store import Store
from reviewer.ui.store_writer import StoreWriter

if TYPE_CHECKING:  # the planner (segmentation, alignment) is imported on the writer's thread
    from reviewer.services.link_check import CheckInputs
    from reviewer.services.realign import RealignPlan
    from reviewer.ui.tasks import TaskRunner


class RealignOffer(QObject):
    """The realignment offer (``button``, for the status bar) and its preview over ``parent``.

    ``message`` carries status-bar text; ``realigned`` the article whose links were stored.
    """

    message = Signal(str, int)
    realigned = Signal(int)

    def __init__(self, writer: StoreWriter, parent: QWidget) -> None:
        super().__init__(parent)
        self.actor = "reviewer"  # the reviewer's name, set by the window
        self.writer, self.window = writer, parent
        self.button = QPushButton()
        self.button.hide()

    def offer(self, article_id: int | None, langs: list[str]) -> None:
        """After a fetch: plan on the writer's thread, then offer the realignment in the status
        bar when links would change (the window stays responsive meanwhile)."""
        if article_id is None or self.writer.closed:  # closed: the window is closing
            self.button.hide()
            return
        self.writer.post(lambda store: _plans(store, article_id, langs), self._offer)

    def _offer(self, plans: list[RealignPlan]) -> None:
        count = sum(len(set(change.after) - set(change.before))
                    for plan in plans for change in plan.changes)
        self.button.setVisible(bool(count))
        self.button.setText(
            self.tr("Realign with machine translations ({0} links change)…").format(count))

    def run(self, article_id: int | None, langs: list[str]) -> None:
        """Plan on the writer's thread; when the plans arrive, preview the realignment; the
        changes the reviewer keeps ticked are then stored (posted)."""
        self.button.hide()
        if article_id is None or self.writer.closed:
            self._nothing()
            return
        self.writer.post(lambda store: _plans(store, article_id, langs),
                         lambda plans: self._preview(article_id, plans), self._failed)

    def check(self, article_id: int | None, langs: list[str], runner: TaskRunner) -> None:
        """Check the links with the sentence encoder: read on the writer's thread, embed and
        check on a worker of ``runner`` (seconds for a long article), then preview."""
        if article_id is None or self.writer.closed:
            return
        self.message.emit(self.tr("Checking the links with the sentence encoder…"), 0)

        def checked(plans: list[RealignPlan]) -> None:
            changed = [plan for plan in plans if plan.changes]
            if changed:
                self.message.emit("", 1)
                self._preview(article_id, changed)
            else:
                self.message.emit(self.tr("The sentence encoder agrees with the links: "
                                          "nothing to change."), 12000)

        def failed(error: BaseException, trace: str) -> None:
            self._failed(error)

        def read(store: Store) -> list[CheckInputs]:
            from reviewer.services.link_check import read_check

            human = set(store.human_langs(article_id))
            return [read_check(store, article_id, lang) for lang in langs if lang in human]

        def work(inputs: list[CheckInputs]) -> None:
            from reviewer.services.link_check import plan_check

            runner.start("check links", lambda report: [plan_check(i) for i in inputs],
                         on_result=checked, on_error=failed)

        self.writer.post(read, work, self._failed)

    def _nothing(self) -> None:
        self.message.emit(self.tr("The machine translations agree with the alignment: "
                                  "nothing to realign (fetch them first with F5)."), 12000)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, ReviewerError):  # locked, unreachable: said; a bug: raised
            raise error
        self.message.emit(str(error), 20000)

    def _preview(self, article_id: int, plans: list[RealignPlan]) -> None:
        from reviewer.ui.realign_dialog import RealignDialog

        if not plans:
            self._nothing()
            return
        dialog = RealignDialog(plans, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.rejected.connect(lambda: self.message.emit(
            self.tr("Realignment cancelled: the links are as they were."), 12000))
        dialog.accepted.connect(lambda: self._store(article_id, [
            (plan, accepted) for plan in plans if (accepted := dialog.model.accepted(plan))]))
        dialog.open()

    def _store(self, article_id: int, chosen: list[tuple[RealignPlan, list[int]]]) -> None:
        def store_them(store: Store) -> int:
            from reviewer.services.realign import RealignService

            service, stored = RealignService(store, self.actor), 0
            for plan, accepted in chosen:
                service.apply(plan, accepted)
                stored += len(accepted)
            return stored

        checked = bool(chosen) and chosen[0][0].action == "links-check"

        def stored(count: int) -> None:
            self.realigned.emit(article_id)
            said = (self.tr("Links checked: {0} changes stored.") if checked
                    else self.tr("Realigned: {0} changes stored."))
            self.message.emit(said.format(count), 20000)

        def refused(error: BaseException) -> None:
            if not isinstance(error, ReviewerError):  # RealignError, locked...: said
                raise error
            self.realigned.emit(article_id)
            self.message.emit(str(error), 20000)

        self.writer.post(store_them, stored, refused)


def _plans(store: Store, article_id: int, langs: list[str]) -> list[RealignPlan]:
    from reviewer.services.realign import RealignService

    service = RealignService(store)
    human = set(store.human_langs(article_id))
    plans = [service.plan(article_id, lang) for lang in langs if lang in human]
    return [plan for plan in plans if plan.changes]
