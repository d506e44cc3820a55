"""The window's QA findings per segment and language: computed when a row or the editor asks,
cached until the segment changes. No Qt here (tested without it).

The checked text is the final translation; a segment with none yet is checked on its machine
translation (the chosen engine's, else the newest), and the result says so. As ``reviewer qa``
does, a final text on the first segment of an n-1 link (one human sentence for several source
segments, the others left without text) is checked against the joined sources, and the segments
it covers get no findings of their own. The cross-edition check compares the final texts of the
languages that have one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from reviewer.core.model import SegmentView, Suggestion
from reviewer.core.qa import Finding, Glossary, QAConfig, check_text, target_text
from reviewer.core.qa.editions import check_editions
from reviewer.core.qa.findings import ALL_CHECKS, CHECKS
from reviewer.core.qa.names import NameContext
from reviewer.core.qa.spelling import SpellingAids

FINAL = "final"
MT = "mt"
_REACH = 4  # the widest n-1 link looked at (a final text covering up to 4 segments)


@dataclass(frozen=True)
class SegmentQa:
    """The findings of one segment in one language, and what was checked.

    ``target`` is ``final`` or ``mt`` (then ``engine`` names it); ``text`` and ``source`` are
    the texts the findings' offsets point into; ``end`` is one past the last segment covered.
    """

    lang: str
    target: str
    engine: str | None
    source: str
    text: str
    end: int
    findings: tuple[Finding, ...]


def parse_enabled(value: str) -> frozenset[str]:
    """The checks a ``qa_checks`` setting switches on: ``all``, ``none`` or a comma list
    (unknown ids are ignored, so a setting from a newer version still loads)."""
    text = (value or "all").strip().lower()
    if text == "all":
        return ALL_CHECKS
    return frozenset(p.strip() for p in text.split(",") if p.strip() in CHECKS)


def format_enabled(checks: frozenset[str] | set[str]) -> str:
    """The ``qa_checks`` setting for ``checks``: ``all``, ``none`` or the ids in check order."""
    if set(checks) >= ALL_CHECKS:
        return "all"
    return ",".join(c for c in CHECKS if c in checks) or "none"


def usable_mt(view: SegmentView, lang: str, engine: str | None = None) -> Suggestion | None:
    """The machine translation checked where there is no final text: ``engine``'s, else the
    newest."""
    usable = [s for s in view.suggestions.get(lang, []) if s.text and not s.error]
    for s in usable:
        if engine and s.engine == engine:
            return s
    return max(usable, key=lambda s: s.fetched_at) if usable else None


def _final(view: SegmentView, lang: str) -> str | None:
    return target_text(view, lang, FINAL)


def _group(views: Sequence[SegmentView], i: int, lang: str) -> int:
    """How many segments from ``i`` the final text of ``i`` covers (n-1 links)."""
    head = views[i].link_kind.get(lang, "1-1").split("-")[0]
    size = int(head) if head.isdigit() else 1
    if size <= 1 or not views[i].human.get(lang):
        return 1
    end = min(i + size, len(views))
    return 1 if any(_final(views[j], lang) for j in range(i + 1, end)) else end - i


def _joined(view: SegmentView) -> bool:
    """Whether the segment is linked n-1 (n > 1) in some language."""
    heads = (kind.split("-")[0] for kind in view.link_kind.values())
    return any(head.isdigit() and int(head) > 1 for head in heads)


def _covered(views: Sequence[SegmentView], i: int, lang: str) -> bool:
    """Whether the final text of an earlier segment covers segment ``i`` (it has none itself)."""
    for j in range(i - 1, max(-1, i - _REACH), -1):
        if _final(views[j], lang):
            return j + _group(views, j, lang) > i
    return False


class QaMarks:
    """Findings per segment position and language, computed on demand and cached.

    :meth:`set_article` and :meth:`set_context` start afresh; until the article's name context
    and glossary are set (:attr:`ready`), nothing is checked. :meth:`forget` drops a segment and
    its neighbours (an n-1 link or the other edition may depend on it).
    """

    def __init__(self, config: QAConfig | None = None) -> None:
        self.config = config or QAConfig()
        self.langs: list[str] = []
        self.source_lang = "en"
        self.engine: str | None = None
        self.context: NameContext | None = None
        self.glossary = Glossary()
        self.spelling: SpellingAids | None = None
        self._cache: dict[int, dict[str, SegmentQa]] = {}
        self.generation = 0  # counts the changes that make results computed before stale

    def snapshot(self) -> QaMarks:
        """A copy of what the checks need, with no results: computes on a worker while this one
        may change (see :meth:`keep`)."""
        copy = QaMarks(self.config)
        copy.langs, copy.source_lang, copy.engine = list(self.langs), self.source_lang, self.engine
        copy.context, copy.glossary, copy.spelling = self.context, self.glossary, self.spelling
        return copy

    def compute(self, views: Sequence[SegmentView], position: int) -> dict[str, SegmentQa]:
        """The results of segment ``position``, computed now and not cached (for a worker, on
        a :meth:`snapshot`)."""
        return self._compute(views, position) if self.ready else {}

    def keep(self, generation: int, results: dict[int, dict[str, SegmentQa]]) -> bool:
        """Cache ``results`` computed elsewhere at ``generation``; False (nothing kept) if
        something changed since."""
        if generation != self.generation or not self.ready:
            return False
        self._cache.update(results)
        return True

    def _changed(self) -> None:
        self.generation += 1
        self._cache.clear()

    @property
    def ready(self) -> bool:
        """Whether the article's context is known, so that checks can run."""
        return self.context is not None

    def set_article(self, langs: Sequence[str], source_lang: str) -> None:
        """A new article: forget every result and wait for its context."""
        self.langs, self.source_lang = list(langs), source_lang
        self.context = None
        self._changed()

    def set_context(self, context: NameContext, glossary: Glossary) -> None:
        """The article's names and the project glossary: checks can run."""
        self.context, self.glossary = context, glossary
        self._changed()

    def set_spelling(self, spelling: SpellingAids | None) -> None:
        """The spelling check's dictionaries and accepted words (every result is computed
        again); None: spelling is not checked."""
        self.spelling = spelling
        self._changed()

    def set_config(self, config: QAConfig) -> None:
        """Switch checks on or off (every result is computed again)."""
        self.config = config
        self._changed()

    def follow_engine(self, engine: str | None) -> None:
        """The engine whose machine translation is checked where there is no final text."""
        if engine != self.engine:
            self.engine = engine
            self.generation += 1
            self._cache = {p: r for p, r in self._cache.items()
                           if all(x.target == FINAL for x in r.values())}

    def forget(self, views: Sequence[SegmentView], position: int) -> list[int]:
        """Drop the results of segment ``position``; near an n-1 link also those of its
        neighbours (a final text may cover them), which are returned to be repainted."""
        self.generation += 1
        self._cache.pop(position, None)
        near = range(max(0, position - _REACH), min(len(views), position + _REACH + 1))
        if not any(_joined(views[p]) for p in near):
            return []
        others = [p for p in near if p != position]
        for p in others:
            self._cache.pop(p, None)
        return others

    def clear(self) -> None:
        """Drop every result."""
        self._changed()

    def results(self, views: Sequence[SegmentView], position: int) -> dict[str, SegmentQa]:
        """The checked texts of segment ``position`` by language (empty while not ready)."""
        if not self.ready or not 0 <= position < len(views):
            return {}
        found = self._cache.get(position)
        if found is None:
            found = self._cache[position] = self._compute(views, position)
        return found

    def cached(self, position: int) -> dict[str, SegmentQa] | None:
        """The results of segment ``position`` if they are computed already (never computes)."""
        return self._cache.get(position) if self.ready else None

    def count(self, views: Sequence[SegmentView], position: int) -> int:
        """How many findings segment ``position`` has in every language together."""
        return sum(len(r.findings) for r in self.results(views, position).values())

    def _compute(self, views: Sequence[SegmentView], i: int) -> dict[str, SegmentQa]:
        if not self.config.enabled:
            return {}
        out: dict[str, SegmentQa] = {}
        for lang in self.langs:
            text, target, engine, size = _final(views[i], lang), FINAL, None, 1
            if text:
                size = _group(views, i, lang)
            elif _covered(views, i, lang):
                continue
            else:
                mt = usable_mt(views[i], lang, self.engine)
                if mt is None or not mt.text:
                    continue
                text, target, engine = mt.text, MT, mt.engine
            source = " ".join(v.segment.source for v in views[i:i + size])
            found = check_text(source, text, lang, self.config, self.glossary, self.context,
                               self.source_lang, self.spelling)
            out[lang] = SegmentQa(lang, target, engine, source, text, i + size, tuple(found))
        if self.config.on("editions"):
            self._add_editions(views, i, out)
        return out

    def _add_editions(self, views: Sequence[SegmentView], i: int,
                      out: dict[str, SegmentQa]) -> None:
        finals = {lang: r for lang, r in out.items() if r.target == FINAL}
        if len(finals) < 2:
            return
        end = max(r.end for r in finals.values())
        source = " ".join(v.segment.source for v in views[i:end])
        texts = {lang: " ".join(t for v in views[i:end] if (t := _final(v, lang)))
                 for lang in finals}
        found = check_editions(source, texts, self.source_lang, self.context)
        for lang, extra in found.items():
            r = finals[lang]
            kept = tuple(replace(f, source_spans=tuple(s for s in f.source_spans
                                                       if s.end <= len(r.source)))
                         for f in extra)
            if kept:
                out[lang] = replace(r, findings=r.findings + kept)

