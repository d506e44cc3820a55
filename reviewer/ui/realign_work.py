"""Realigning human versions with the machine translations just fetched, from the window.

After a fetch (F5) the window plans a realignment of each human version shown
(:class:`~reviewer.services.realign.RealignService`); when the machine translations would move
links, the status bar offers "Realign with machine translations (N links change)…". That button
and Translate > Realign with machine translations (Ctrl+Shift+R) open the preview
(:class:`~reviewer.ui.realign_dialog.RealignDialog`); the changes the reviewer keeps ticked are
stored and recorded in the history, and the grid shows the human text where it now belongs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton

from reviewer.services.realign import RealignError, RealignPlan, RealignService

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from reviewer.storage.store import Store


class RealignMixin:
    """Realignment actions of :class:`~reviewer.ui.main_window.MainWindow`."""

    store: Store
    article_id: int | None
    say: Callable[..., None]
    open_article: Callable[[int], None]
    target_langs: Callable[[], list[str]]
    statusBar: Callable[[], QStatusBar]  # noqa: N815 - Qt's name

    def setup_realign(self) -> None:
        """The status-bar button that offers a realignment (hidden until there is one)."""
        self.realign_button = QPushButton()
        self.realign_button.clicked.connect(self.on_realign_triggered)
        self.statusBar().addPermanentWidget(self.realign_button)
        self.realign_button.hide()

    def realign_plans(self) -> list[RealignPlan]:
        """A plan for each shown language with a human version whose links would change."""
        if self.article_id is None:
            return []
        service = RealignService(self.store)
        langs = set(self.store.human_langs(self.article_id))
        plans = [service.plan(self.article_id, lang) for lang in self.target_langs()
                 if lang in langs]
        return [plan for plan in plans if plan.changes]

    def offer_realign(self) -> None:
        """After a fetch: offer the realignment in the status bar when links would change."""
        count = sum(len(set(change.after) - set(change.before))
                    for plan in self.realign_plans() for change in plan.changes)
        self.realign_button.setVisible(bool(count))
        self.realign_button.setText(
            self.tr("Realign with machine translations ({0} links change)…").format(count))

    def on_realign_triggered(self) -> None:
        from reviewer.ui.realign_dialog import RealignDialog

        self.realign_button.hide()
        plans = self.realign_plans()
        if not plans:
            self.say(self.tr("The machine translations agree with the alignment: nothing to "
                             "realign (fetch them first with F5)."))
            return
        dialog = RealignDialog(plans, self)  # type: ignore[arg-type]
        if not dialog.exec():
            self.say(self.tr("Realignment cancelled: the links are as they were."))
            return
        service, stored = RealignService(self.store), 0
        try:
            for plan in plans:
                accepted = dialog.model.accepted(plan)
                if accepted:
                    service.apply(plan, accepted)
                    stored += len(accepted)
        except RealignError as exc:
            self.say(str(exc), 20000)
        assert self.article_id is not None
        self.open_article(self.article_id)
        self.say(self.tr("Realigned: {0} changes stored.").format(stored), 20000)
