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


class RealignOffer(QObject):
    """The realignment offer (``button``, for the status bar) and its preview over ``parent``.

    ``message`` carries status-bar text; ``realigned`` the article whose links were stored.
    """

    message = Signal(str, int)
    realigned = Signal(int)

    def __init__(self, store: Store, parent: QWidget) -> None:
        super().__init__(parent)
        self.store, self.window = store, parent
        self.button = QPushButton()
        self.button.hide()

    def plans(self, article_id: int | None, langs: list[str]) -> list[RealignPlan]:
        """A plan for each of ``langs`` with a human version whose links would change."""
        if article_id is None:
            return []
        service = RealignService(self.store)
        human = set(self.store.human_langs(article_id))
        plans = [service.plan(article_id, lang) for lang in langs if lang in human]
        return [plan for plan in plans if plan.changes]

    def offer(self, article_id: int | None, langs: list[str]) -> None:
        """After a fetch: offer the realignment in the status bar when links would change."""
        count = sum(len(set(change.after) - set(change.before))
                    for plan in self.plans(article_id, langs) for change in plan.changes)
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
        service, stored = RealignService(self.store), 0
        try:
            for plan in plans:
                accepted = dialog.model.accepted(plan)
                if accepted:
                    service.apply(plan, accepted)
                    stored += len(accepted)
        except RealignError as exc:
            self.message.emit(str(exc), 20000)
        self.realigned.emit(article_id)
        self.message.emit(self.tr("Realigned: {0} changes stored.").format(stored), 20000)
