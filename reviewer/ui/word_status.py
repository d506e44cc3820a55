"""Word counts in the status bar: the article's source words and the share approved per
language, counted from the window's memory (never the database), after every change.

"UA 1,240/2,980 words (41 %)" means 1,240 of the article's 2,980 source words are in segments
approved in Ukrainian; words are counted as CAT tools count them
(:func:`reviewer.core.wordcount.count_words`) as the article is read, and the model's
:class:`~reviewer.ui.approval_tally.ApprovalTally` follows each approval, so showing the counts
costs no pass over the article's segments.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from reviewer.core import languages
from reviewer.core.wordcount import WordProgress
from reviewer.ui.review_model import ReviewModel


def grouped(n: int) -> str:
    """``n`` with thousands grouped ("2,980")."""
    return f"{n:,}"


class WordStatus(QLabel):
    """The status bar's word counts of ``model``'s article."""

    def __init__(self, model: ReviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setToolTip(self.tr("Source words of the article, and those in segments approved "
                                "in each language"))

    def progress(self) -> WordProgress:
        """The open article's words and approved words per shown language, from memory."""
        tally = self.model.tally
        return WordProgress(tally.total_words, tally.approved_words())

    def update_counts(self) -> None:
        """Show the counts again (after an approval, an undo, another article)."""
        if not self.model.views:
            self.clear()
            return
        p = self.progress()
        template = self.tr("{lang} {done}/{total} words ({percent} %)")
        self.setText("   ".join(
            template.format(lang=languages.label(lang), done=grouped(p.approved[lang]),
                            total=grouped(p.words), percent=round(p.percent(lang)))
            for lang in self.model.langs))
