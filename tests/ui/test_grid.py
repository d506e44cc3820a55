"""The grid's model under Qt's model tester, and user text always escaped when painted."""

from __future__ import annotations

from typing import Any

from reviewer.core.diff import word_diff
from reviewer.core.filters import SegmentFilter
from reviewer.storage.store import Store
from reviewer.ui.diff_delegate import SEPARATOR, escape, spans_to_html
from reviewer.ui.review_model import ReviewModel


def test_model_passes_modeltester(qtmodeltester: Any, store: Store) -> None:
    article = store.articles()[0].article
    model = ReviewModel()
    model.set_article(store.segment_views(article.id, ["uk", "ru"]), "en", ["uk", "ru"])
    qtmodeltester.check(model)
    assert model.columnCount() == 6
    model.set_filter(SegmentFilter(text="Samp-T"))
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_hostile_text_is_escaped() -> None:
    html = spans_to_html(word_diff("<b>bold</b> & <script>alert(1)</script>",
                                   "<i>x</i> & <script>alert(2)</script>"))
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html
    assert escape('a "q" <br>\nb') == "a &quot;q&quot; &lt;br&gt;<br/>b"


def test_a_replaced_word_is_drawn_apart_from_its_replacement() -> None:
    from PySide6.QtGui import QTextDocument

    def shown(old: str, new: str) -> str:
        doc = QTextDocument()
        doc.setHtml(spans_to_html(word_diff(old, new)))
        return doc.toPlainText()

    assert shown("Вони ширші за нас.", "Вони більші за нас.") == "Вони ширші більші за нас."
    assert shown("Вони ширші", "Вони більші") == "Вони ширші більші"
    whole = spans_to_html(word_diff("ширші", "більші"))  # no space to share: a thin one drawn
    assert whole.count(SEPARATOR) == 1 and shown("ширші", "більші") == f"ширші{SEPARATOR}більші"
    assert SEPARATOR not in spans_to_html(word_diff("a b", "a c"))


def test_nearest_row_after_a_filter() -> None:
    model = ReviewModel()
    model.visible = [2, 5, 9]
    assert [model.nearest_row(i) for i in (0, 2, 3, 4, 5, 7, 8, 9, 30)] == [0, 0, 0, 1, 1, 2,
                                                                           2, 2, 2]
    assert model.nearest_row(7) == 2  # a tie goes to the following segment
    model.visible = []
    assert model.nearest_row(4) == 0
