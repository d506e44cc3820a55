"""The open article's translations in the window's memory, kept in step with the store writer.

The grid paints from the model's memory. A change the translator makes is put there at once
(:meth:`PostedChanges.show`) while its write is posted to the store writer
(:class:`~reviewer.ui.store_writer.StoreWriter`), and it counts as unsaved until the writer's
answer arrives: :meth:`PostedChanges.written` then puts the translation stored in its place
(a later change of the same translation still on its way keeps what is shown). A refused change
is put back as the store holds it (:meth:`PostedChanges.put`, :meth:`PostedChanges.reread`).
"""

from __future__ import annotations

from collections.abc import Callable

from reviewer.core.edits import TranslationState
from reviewer.core.model import Suggestion, Translation
from reviewer.storage.connection import now
from reviewer.storage.store import Store
from reviewer.ui.review_model import ReviewModel
from reviewer.ui.store_writer import StoreWriter


def translation_of(segment_id: int, lang: str,
                   state: TranslationState | None) -> Translation | None:
    """The translation ``state`` sets (stamped now), or ``None`` for none."""
    return None if state is None else Translation(
        segment_id, lang, state.text, state.status, state.origin, state.engine, now(),
        state.comment)


class PostedChanges:
    """The changes of ``model``'s translations posted to ``writer`` and not yet answered.

    ``show_changed(position)`` repaints a segment whose translations changed in memory;
    ``saved()`` is called whenever the last change posted has been answered.
    """

    def __init__(self, writer: StoreWriter, model: ReviewModel,
                 show_changed: Callable[[int], None], saved: Callable[[], None]) -> None:
        self.writer, self.model = writer, model
        self.show_changed, self.saved = show_changed, saved
        self.pending: dict[tuple[int, str], int] = {}  # by (segment id, language)

    def unsaved(self) -> int:
        """How many changes are shown but not yet acknowledged as committed by the writer."""
        return sum(self.pending.values())

    def show(self, segment_id: int, lang: str, state: TranslationState | None) -> None:
        """A change is posted: the model shows it at once (the grid paints from memory)."""
        key = (segment_id, lang)
        self.pending[key] = self.pending.get(key, 0) + 1
        self.put(segment_id, lang, translation_of(segment_id, lang, state))

    def settle(self, segment_id: int, lang: str) -> bool:
        """One posted change of ``(segment_id, lang)`` is answered; whether none is left."""
        key = (segment_id, lang)
        left = self.pending.get(key, 0) - 1
        if left > 0:
            self.pending[key] = left
            return False
        self.pending.pop(key, None)
        if not self.pending:
            self.saved()
        return True

    def written(self, segment_id: int, lang: str, translation: Translation | None) -> None:
        """The writer committed a posted change: the model takes the translation now stored
        (unless a later change of the same translation is still on its way)."""
        if not self.settle(segment_id, lang):
            return
        index = self.model.position_of(segment_id)
        if index is None:
            return
        view = self.model.views[index]
        if TranslationState.of(view.translations.get(lang)) == TranslationState.of(translation):
            if translation is not None:  # shown already: only its time is new
                view.translations[lang] = translation
            return
        self.put(segment_id, lang, translation)

    def put(self, segment_id: int, lang: str, translation: Translation | None) -> None:
        """Put ``translation`` in the model and show it (``None``: no translation)."""
        index = self.model.position_of(segment_id)
        if index is None:
            return
        view = self.model.views[index]
        if translation is None:
            view.translations.pop(lang, None)
        else:
            view.translations[lang] = translation
        self.show_changed(index)

    def reread(self, segment_id: int) -> None:
        """Re-read one segment's translations and suggestions (changed elsewhere: a fetch, a
        refused change) through the writer, and repaint it when they arrive; a translation with
        a change of the window's still on its way keeps what the window shows."""
        if self.model.position_of(segment_id) is None or self.writer.closed:
            return  # a late fetch result after the window closed
        langs = list(self.model.langs)

        def read(store: Store) -> tuple[list[Translation], list[Suggestion]]:
            found = [store.translation(segment_id, lang) for lang in langs]
            return [t for t in found if t is not None], store.suggestions(segment_id)

        def arrived(result: tuple[list[Translation], list[Suggestion]]) -> None:
            index = self.model.position_of(segment_id)
            if index is None:
                return
            translations, suggestions = result
            view = self.model.views[index]
            found = {t.lang: t for t in translations}
            for lang in langs:
                if (segment_id, lang) in self.pending:
                    continue
                if lang in found:
                    view.translations[lang] = found[lang]
                else:
                    view.translations.pop(lang, None)
            view.suggestions = {}
            for s in suggestions:
                view.suggestions.setdefault(s.lang, []).append(s)
            self.show_changed(index)

        self.writer.post(read, arrived)
