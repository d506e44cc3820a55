"""The window's part of team review: who is reviewing (name and role, in the status bar), which
segments an editor signed off (a lock badge in the grid), and the refusal to edit them.

The name comes from Settings, else ``$REVIEWER_USER``, else the system's login name
(:func:`reviewer.core.people.resolve_name`); the role from the library
(:class:`reviewer.storage.team.Team`). A segment signed off in the language shown is read-only in
the editor for anyone but an editor: typing in it, approving, rejecting or taking a text says who
signed it off and when, and changes nothing. The store refuses such a change too
(:mod:`reviewer.storage.locks`), so nothing gets through another way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QWidget

from reviewer.core import languages
from reviewer.core.errors import ReviewerError
from reviewer.core.model import SegmentView
from reviewer.core.people import Name, TeamRole, resolve_name
from reviewer.storage.errors import StoreUnreachableError
from reviewer.storage.store import Store
from reviewer.storage.team import SignOff, Team
from reviewer.ui.editor_panel import EditorPanel
from reviewer.ui.review_model import ReviewModel
from reviewer.ui.settings import Settings
from reviewer.ui.store_writer import StoreWriter


def _when(stamp: str) -> str:
    """``2026-12-05T08:40:00+00:00`` as ``2026-12-05 08:40``."""
    return stamp.replace("T", " ")[:16]


class TeamAids(QObject):
    """The reviewer's name and role, the open article's sign-offs, and the editor's lock."""

    message = Signal(str, int)
    name_changed = Signal(str)

    def __init__(self, writer: StoreWriter, settings: Settings, model: ReviewModel,
                 editor: EditorPanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer, self.settings, self.model, self.editor = writer, settings, model, editor
        self.who: Name = resolve_name(setting=settings.get("user_name"))
        self.role = TeamRole.TRANSLATOR
        self.article_id: int | None = None
        self.locks: dict[tuple[int, str], SignOff] = {}
        self.label = QLabel()
        model.locks = self
        for field in (editor.final, editor.comment):
            field.installEventFilter(self)
        self.load_role()

    @property
    def name(self) -> str:
        """The name every change of this window is recorded under."""
        return self.who.name

    def role_label(self, role: TeamRole) -> str:
        return {TeamRole.TRANSLATOR: self.tr("translator"), TeamRole.REVIEWER: self.tr("reviewer"),
                TeamRole.EDITOR: self.tr("editor")}[role]

    def load_role(self) -> None:
        """Read this name's role from the library (on the writer's thread) and show both in the
        status bar when it arrives."""
        name = self.name
        self._post(lambda store: Team(store, name).role(), lambda role: self._role_read(name, role))

    def _role_read(self, name: str, role: TeamRole) -> None:
        if name != self.name:  # renamed meanwhile: the newer read follows
            return
        self.role = role
        text = self.tr("{name} · {role}").format(name=name, role=self.role_label(self.role))
        if self.who.is_fallback:
            text = self.tr("{name} (no name found: set yours in Settings)").format(name=name)
        self.label.setText(text)
        self.label.setToolTip(self.tr("Your name in the history, comments and exports, and your "
                                      "role in this library (reviewer users add NAME --role "
                                      "editor)"))
        self.show(self.editor.view if self.editor.shown else None)

    def _post(self, job: Callable[[Store], Any], done: Callable[[Any], None],
              online_only: str = "") -> None:
        """Run ``job`` on the writer's thread; ``done`` with its answer, a refusal said (the
        writer drops both once closed). ``online_only``: why the change is not kept offline,
        said when the server cannot be reached (after the window's "Offline" message)."""
        def failed(error: BaseException) -> None:
            if not isinstance(error, ReviewerError):
                raise error
            text = str(error)
            if online_only and isinstance(error, StoreUnreachableError):
                text = f"{online_only} {text}"
                QTimer.singleShot(0, self, lambda: self.message.emit(text, 0))
                return
            self.message.emit(text, 0)
        self.writer.post(job, done, failed)

    def rename(self) -> None:
        """The settings changed: take the name they give now."""
        who = resolve_name(setting=self.settings.get("user_name"))
        if who != self.who:
            self.who = who
            self.load_role()
            self.name_changed.emit(who.name)
            self.show(self.editor.view if self.editor.shown else None)

    # -- the open article's sign-offs ------------------------------------------------------------
    def article_opened(self, article_id: int, then: Callable[[], None] | None = None) -> None:
        """Read the sign-offs of ``article_id`` (on the writer's thread) and, when they arrive,
        mark them in the grid and the editor; then ``then``."""
        self.article_id = article_id
        name = self.name

        def arrived(locks: dict[tuple[int, str], SignOff]) -> None:
            if self.article_id != article_id:  # another article was opened meanwhile
                return
            self.locks = locks
            rows = self.model.rowCount()
            if rows:
                self.model.dataChanged.emit(self.model.index(0, 0),
                                            self.model.index(rows - 1, 0))
            self.show(self.editor.view if self.editor.shown else None)
            if then is not None:
                then()
        self._post(lambda store: Team(store, name).signoffs(article_id), arrived)

    def langs(self, segment_id: int) -> list[str]:
        """The languages a segment is signed off in (the grid's lock badges)."""
        return [lang for (seg, lang) in self.locks if seg == segment_id]

    def tooltip(self, segment_id: int) -> str:
        """Who signed a segment off, and when, per language."""
        return "\n".join(self.tr("🔒 {lang} signed off by {who} on {when} UTC").format(
            lang=languages.label(lang), who=s.signed_by, when=_when(s.signed_at))
            for (seg, lang), s in self.locks.items() if seg == segment_id)

    def refusal(self, view: SegmentView | None, lang: str) -> str | None:
        """Why this person may not change ``view`` in ``lang`` (None: they may)."""
        lock = self.locks.get((view.segment.id, lang)) if view is not None else None
        if lock is None or self.role == TeamRole.EDITOR:
            return None
        return self.tr("Segment {n} ({lang}) was signed off by {who} on {when} UTC: only an "
                       "editor can change it until an editor reopens it.").format(
            n=lock.index + 1, lang=languages.label(lang), who=lock.signed_by,
            when=_when(lock.signed_at))

    def refuse(self, view: SegmentView | None, lang: str) -> bool:
        """Say why, and return True, when ``view`` may not be changed in ``lang``."""
        reason = self.refusal(view, lang)
        if reason:
            self.message.emit(reason, 0)
        return reason is not None

    def show(self, view: SegmentView | None) -> None:
        """The editor shows ``view``: read-only when it is signed off for this person."""
        reason = self.refusal(view, self.editor.lang)
        self.editor.final.setReadOnly(reason is not None)
        self.editor.comment.setReadOnly(reason is not None)
        if reason:
            self.message.emit(reason, 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """A key typed into a signed-off segment: say why nothing happens."""
        if (event.type() == QEvent.Type.KeyPress and watched in (self.editor.final,
                                                                 self.editor.comment)
                and getattr(watched, "isReadOnly", lambda: False)()):
            self.refuse(self.editor.view, self.editor.lang)
        return super().eventFilter(watched, event)

    # -- signing off and reopening -----------------------------------------------------------------
    def sign_off(self, article_id: int | None, lang: str) -> None:
        """Lock the approved segments of the open article in ``lang`` (an editor only)."""
        if article_id is None:
            return
        name = self.name

        def job(store: Store) -> list[int]:
            return Team(store, name).sign_off(article_id, lang)

        def done(signed: list[int]) -> None:
            self.article_opened(article_id, lambda: self.message.emit(self.tr(
                "Signed off {count} approved segments in {lang} as {name}; {locked} are "
                "locked.").format(count=len(signed), lang=languages.label(lang), name=name,
                                  locked=len([k for k in self.locks if k[1] == lang])), 12000))
        self._post(job, done, self.tr("A sign-off needs the server: it locks the segments for "
                                      "everyone at once, so it is not kept offline."))

    def reopen(self, article_id: int | None, lang: str, parent: QWidget) -> None:
        """Ask the reason, then unlock the open article in ``lang`` (an editor only)."""
        if article_id is None:
            return
        reason, ok = QInputDialog.getText(
            parent, self.tr("Reopen signed-off segments"),
            self.tr("Why are the {lang} segments reopened? (kept in the history)").format(
                lang=languages.label(lang)))
        if not ok:
            return
        name = self.name

        def job(store: Store) -> list[int]:
            return Team(store, name).reopen(article_id, lang, reason)

        def done(reopened: list[int]) -> None:
            self.article_opened(article_id, lambda: self.message.emit(self.tr(
                "Reopened {count} segments in {lang}.").format(
                count=len(reopened), lang=languages.label(lang)), 12000))
        self._post(job, done, self.tr("Reopening needs the server: it unlocks the segments for "
                                      "everyone at once, so it is not kept offline."))
