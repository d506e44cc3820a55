"""Realigning human versions with the machine translations just fetched, from the window.

After a fetch (F5) the window plans a realignment of each human version shown
(:class:`~reviewer.services.realign.RealignService`); when the machine translations would move
links, the status bar offers "Realign with machine translations (N links change)…". That button
and Translate > Realign with machine translations (Ctrl+Shift+R) open the preview
(:class:`~reviewer.ui.realign_dialog.RealignDialog`); the changes the reviewer keeps ticked are
stored and recorded in the history, and the grid shows the human text where it now belongs.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from reviewer.services.realign import RealignError, RealignPlan, RealignService
from reviewer.storage.store import Store
from reviewer.ui.store_writer import StoreWriter


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

    def plans(self, article_id: int | None, langs: list[str]) -> list[RealignPlan]:
        """A plan for each of ``langs`` with a human version whose links would change
        (planned on the writer's thread)."""
        if article_id is None or self.writer.closed:
            return []
        return self.writer.call(lambda store: _plans(store, article_id, langs))

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
        """Preview the realignment; store the changes the reviewer keeps ticked."""
        from reviewer.ui.realign_dialog import RealignDialog

        self.button.hide()
        plans = self.plans(article_id, langs)
        if article_id is None or not plans:
            self.message.emit(self.tr("The machine translations agree with the alignment: "
                                      "nothing to realign (fetch them first with F5)."), 12000)
            return
        dialog = RealignDialog(plans, self.window)
        if not dialog.exec():
            self.message.emit(self.tr("Realignment cancelled: the links are as they were."),
                              12000)
            return
        chosen = [(plan, accepted) for plan in plans if (accepted := dialog.model.accepted(plan))]

        def store_them(store: Store) -> int:
            service, stored = RealignService(store, self.actor), 0
            for plan, accepted in chosen:
                service.apply(plan, accepted)
                stored += len(accepted)
            return stored

        stored = 0
        try:
            stored = self.writer.call(store_them)
        except RealignError as exc:
            self.message.emit(str(exc), 20000)
        self.realigned.emit(article_id)
        self.message.emit(self.tr("Realigned: {0} changes stored.").format(stored), 20000)


def _plans(store: Store, article_id: int, langs: list[str]) -> list[RealignPlan]:
    service = RealignService(store)
    human = set(store.human_langs(article_id))
    plans = [service.plan(article_id, lang) for lang in langs if lang in human]
    return [plan for plan in plans if plan.changes]
