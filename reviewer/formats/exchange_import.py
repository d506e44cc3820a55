"""Bringing TMX and XLIFF files from other tools into the store, all or nothing.

Three ways in, each reading the whole file first (see :mod:`reviewer.formats.tm_import`) and
then writing in one transaction, so a bad file changes nothing (the window may call
:func:`reviewer.formats.tm_import.read_exchange` off the database thread and pass its result):

* :func:`import_tm`: every source/target pair becomes a translation-memory unit (``tm_units``);
  rejected ones are left out, pairs already stored are not added twice;
* :func:`import_as_human`: the file's text in one language becomes the human version of an
  existing article, linked to its segments by their source text (exactly, in order) and aligned
  by the aligner where the source differs (those links are flagged for review);
* :func:`import_as_article`: the file becomes a new article, its source units the segments and
  each target language a human version linked one to one.

The two ways into an article also store the ITS 2.0 quality issues marked in XLIFF targets as
MQM annotations of the human version (:mod:`reviewer.formats.its_import`), on the segments linked
one to one (the aligner's flagged links carry none).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reviewer.core import languages, spaces
from reviewer.core.alignment import align
from reviewer.core.model import Article, HumanSentence, Link, Role, Segment, SegmentDraft
from reviewer.formats.errors import BadInputError
from reviewer.formats.exchange_model import ExchangeFile, ExchangeUnit
from reviewer.formats.its_import import store_issues
from reviewer.formats.tm_import import read_exchange
from reviewer.formats.xmltext import clean
from reviewer.storage.export_queries import TmUnit, add_tm_units
from reviewer.storage.store import Store


@dataclass
class ImportSummary:
    """What an import did, for the CLI and the window to report."""

    path: str
    kind: str
    tool: str
    units: int
    added: int = 0
    already: int = 0
    skipped: int = 0
    langs: dict[str, int] = field(default_factory=dict)
    skipped_langs: list[str] = field(default_factory=list)
    article_id: int | None = None
    flagged: int = 0
    annotations: int = 0


def _norm(text: str) -> str:
    return spaces.fold(text)  # ordinary whitespace only: no-break spaces are text


def _match_key(text: str) -> str:
    """Source text as compared with segments: ordinary spaces normalised, and without the
    characters XML exports remove (so a file this program exported matches its article again)."""
    return spaces.fold(clean(text))


Source = Path | str | ExchangeFile


def _read(source: Source) -> ExchangeFile:
    """The file, read now unless the caller read it already (e.g. off the database thread)."""
    return source if isinstance(source, ExchangeFile) else read_exchange(source)


def import_tm(store: Store, path: Source) -> ImportSummary:
    """Add every translated pair of a TMX/XLIFF file to the translation memory."""
    f = _read(path)
    units: list[TmUnit] = []
    summary = _summary(f)
    for u in f.units:
        source = _norm(u.source)
        for lang, v in u.variants.items():
            if lang == u.source_lang:
                continue
            if not source or not v.text.strip() or v.status == "rejected":
                summary.skipped += 1
                continue
            units.append(TmUnit(u.source_lang, lang, source, spaces.strip(v.text),
                                Path(f.path).name, f.tool, v.author, v.status, v.note,
                                v.created_at, v.changed_at))
            summary.langs[f"{u.source_lang}-{lang}"] = summary.langs.get(
                f"{u.source_lang}-{lang}", 0) + 1
    summary.added, summary.already = add_tm_units(store, units)
    return summary


def _summary(f: ExchangeFile) -> ImportSummary:
    return ImportSummary(f.path, f.kind, f.tool, len(f.units),
                         skipped_langs=sorted(f.skipped_langs))


def _gap_links(seg_lo: int, seg_hi: int, hum_lo: int, hum_hi: int, segments: Sequence[Segment],
               texts: Sequence[str]) -> list[Link]:
    """Links for a stretch where source and file do not match: aligned, every link flagged."""
    if seg_lo == seg_hi:
        return [Link(seg_lo, seg_lo, h, h + 1, True) for h in range(hum_lo, hum_hi)]
    if hum_lo == hum_hi:
        return [Link(s, s + 1, hum_lo, hum_lo, True) for s in range(seg_lo, seg_hi)]
    found = align([[s.source for s in segments[seg_lo:seg_hi]]], [list(texts[hum_lo:hum_hi])])
    return [Link(k.src_start + seg_lo, k.src_end + seg_lo, k.hum_start + hum_lo,
                 k.hum_end + hum_lo, True) for k in found]


def link_to_segments(segments: Sequence[Segment], sources: Sequence[str],
                     texts: Sequence[str]) -> list[Link]:
    """Links from segments to file units: 1-1 where the source text matches (in order), the
    aligner's flagged links in between."""
    where: dict[str, list[int]] = {}
    for s in segments:
        where.setdefault(_match_key(s.source), []).append(s.index)
    links: list[Link] = []
    seg_at = hum_at = 0
    for i, source in enumerate(sources):
        k = next((k for k in where.get(_match_key(source), ()) if k >= seg_at), None)
        if k is None:
            continue
        links += _gap_links(seg_at, k, hum_at, i, segments, texts)
        links.append(Link(k, k + 1, i, i + 1))
        seg_at, hum_at = k + 1, i + 1
    return links + _gap_links(seg_at, len(segments), hum_at, len(texts), segments, texts)


def import_as_human(store: Store, path: Source, article_id: int, lang: str) -> ImportSummary:
    """Make the file's ``lang`` text the human version of article ``article_id`` (replacing any)."""
    lang = languages.normalize(lang)
    article = store.article(article_id)
    f = _read(path)
    path = f.path
    units = [u for u in f.units if u.variants.get(lang) and u.variants[lang].text.strip()
             and u.source_lang != lang]
    if not units:
        found = ", ".join(languages.label(x) for x in f.langs()) or "none"
        raise BadInputError(str(path), f"has no text in {languages.label(lang)} to use as the "
                                       f"human version (languages in the file: {found})")
    segments = store.segments(article.id)
    texts = [spaces.strip(u.variants[lang].text) for u in units]
    links = link_to_segments(segments, [u.source for u in units], texts)
    paragraph, role = [0] * len(texts), [Role.BODY] * len(texts)
    for k in links:
        for h in range(k.hum_start, k.hum_end):
            if k.src_end > k.src_start:
                paragraph[h] = segments[k.src_start].paragraph
                role[h] = segments[k.src_start].role
            elif h:
                paragraph[h] = paragraph[h - 1]
    sentences = [HumanSentence(i, paragraph[i], t, role[i]) for i, t in enumerate(texts)]
    title = next((sentences[k.hum_start].text for k in links if k.hum_end > k.hum_start
                  and k.src_end > k.src_start and segments[k.src_start].role == Role.HEADLINE),
                 Path(path).stem)
    with store.conn.transaction():
        store.set_human_version(article.id, lang, title, str(path), sentences, links)
        marks = sum(store_issues(store, segments[k.src_start].id, lang,
                                 units[k.hum_start].variants[lang].text,
                                 units[k.hum_start].variants[lang].issues,
                                 f"{Path(path).name}, unit {units[k.hum_start].id}")
                    for k in links if not k.flagged and k.src_end - k.src_start == 1
                    and k.hum_end - k.hum_start == 1)
    summary = _summary(f)
    summary.annotations = marks
    summary.article_id, summary.langs = article.id, {lang: len(sentences)}
    summary.flagged = sum(k.flagged for k in links)
    return summary


def _role(u: ExchangeUnit) -> Role:
    try:
        return Role(u.props.get("x-role", "body"))
    except ValueError:
        return Role.BODY


def import_as_article(store: Store, path: Source, title: str | None = None) -> ImportSummary:
    """Make the file a new article: its source units the segments, each target a human version."""
    f = _read(path)
    path = f.path
    units = [u for u in f.units if u.source.strip()]
    if not units:
        raise BadInputError(str(path), "has no source text to make an article of")
    src = units[0].source_lang
    units = [u for u in units if u.source_lang == src]
    drafts: list[SegmentDraft] = []
    offset = 0
    for i, u in enumerate(units):
        para = u.props.get("x-paragraph", "")
        number = int(para) - 1 + offset if para.isdigit() and int(para) else i
        if drafts and number < drafts[-1].paragraph:  # the next article of a library file
            offset += drafts[-1].paragraph + 1 - number
            number = drafts[-1].paragraph + 1
        drafts.append(SegmentDraft(number, _role(u), _norm(u.source)))
    summary = _summary(f)
    with store.conn.transaction():
        article: Article = store.add_article(title or Path(path).stem, src, str(path), drafts)
        segs = store.segments(article.id)
        for lang in f.langs():
            if lang == src:
                continue
            have = [i for i, u in enumerate(units) if u.variants.get(lang)
                    and u.variants[lang].text.strip()]
            sentences = [HumanSentence(h, drafts[i].paragraph,
                                       spaces.strip(units[i].variants[lang].text),
                                       drafts[i].role) for h, i in enumerate(have)]
            links, h = [], 0
            for i in range(len(units)):
                if have and h < len(have) and have[h] == i:
                    links.append(Link(i, i + 1, h, h + 1))
                    h += 1
                else:
                    links.append(Link(i, i + 1, h, h, flagged=True))
            store.set_human_version(article.id, lang, sentences[0].text if sentences else "",
                                    str(path), sentences, links)
            summary.langs[lang] = len(sentences)
            summary.annotations += sum(
                store_issues(store, segs[i].id, lang, units[i].variants[lang].text,
                             units[i].variants[lang].issues,
                             f"{Path(path).name}, unit {units[i].id}") for i in have)
            summary.flagged += sum(k.flagged for k in links)
    summary.article_id = article.id
    return summary
