"""False alarms on professional translations: the first 300 lines of NTREX-128 (en -> uk, ru),
checked per document as an article would be. Ceilings guard against regressions; the figures
for the whole corpus are in the QA report."""

from __future__ import annotations

from collections import Counter
from itertools import groupby

import pytest

from reviewer.core.qa import check_text
from reviewer.core.qa.names import article_names
from tests.conftest import CORPORA

NTREX = CORPORA / "ntrex128" / "NTREX-128"
LINES = 300
# Share of lines (per language) with a finding of the kind, at most.
CEILINGS = {"numbers": 0.05, "punctuation": 0.03, "length": 0.02, "script": 0.01,
            "untranslated": 0.0, "spaces": 0.01, "quotes": 0.05, "names": 0.3}


@pytest.mark.skipif(not NTREX.is_dir(), reason="../shared/corpora/ntrex128 is not here")
def test_few_findings_on_human_translations() -> None:
    en = (NTREX / "newstest2019-src.eng.txt").read_text(encoding="utf-8").splitlines()[:LINES]
    refs = {lang: (NTREX / f"newstest2019-ref.{code}.txt").read_text(
        encoding="utf-8").splitlines()[:LINES] for lang, code in (("uk", "ukr"), ("ru", "rus"))}
    docs = (NTREX.parent / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    lines_with: Counter[tuple[str, str]] = Counter()
    for _, group in groupby(range(LINES), key=lambda i: docs[i]):
        rows = list(group)
        context = article_names(en[i] for i in rows)
        for i in rows:
            for lang, texts in refs.items():
                for kind in {f.kind for f in check_text(en[i], texts[i], lang, context=context)}:
                    lines_with[(kind, lang)] += 1
    for (kind, lang), count in lines_with.items():
        assert count <= CEILINGS.get(kind, 0.05) * LINES, (kind, lang, count)
