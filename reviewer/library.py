"""Use cases over the store that the CLI and the window share: importing and reviewing articles.

Everything here is plain Python (no Qt) so that it runs headless and in tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from reviewer.core import languages
from reviewer.core.build import align_human, human_sentences, segment_document
from reviewer.core.errors import ReviewerError
from reviewer.core.model import (
    Article,
    Document,
    HumanSentence,
    Link,
    Origin,
    SegmentDraft,
    Status,
    Translation,
)
from reviewer.formats.errors import BadInputError
from reviewer.formats.reader import read_document
from reviewer.storage.store import Store


@dataclass
class PreparedImport:
    """An article read, segmented and aligned, not yet stored; a dialog may adjust its links."""

    document: Document
    source_lang: str
    title: str
    segments: list[SegmentDraft]
    humans: dict[str, tuple[Document, list[HumanSentence], list[Link]]] = field(
        default_factory=dict)


def prepare_import(source: str, *, lang: str | None = None, title: str | None = None,
                   humans: Mapping[str, str] | None = None,
                   stdin: bytes | None = None,
                   human_data: Mapping[str, bytes] | None = None) -> PreparedImport:
    """Read, segment and align an article and its human versions, touching no store.

    ``human_data`` gives the bytes of a human version that was pasted rather than read from a
    file (its ``humans`` entry is then a label such as ``pasted``).
    """
    doc = read_document(source, lang=lang, title=title, data=stdin)
    src_lang = languages.normalize(lang or doc.language or languages.SOURCE_DEFAULT)
    segments = segment_document(doc, src_lang)
    if not segments:
        raise BadInputError(doc.origin, "no text to review was found")
    prepared = PreparedImport(doc, src_lang, title or doc.title, segments)
    for code, path in (humans or {}).items():
        target = languages.normalize(code)
        if target == src_lang:
            raise BadInputError(path, f"the human version is in {languages.label(target)}, "
                                      "the same language as the source")
        data = (human_data or {}).get(code)
        hdoc = read_document(path if data is None else "-", lang=target, data=data)
        sentences = human_sentences(hdoc, target)
        prepared.humans[target] = (hdoc, sentences, align_human(segments, sentences))
    return prepared


def save_prepared(store: Store, prepared: PreparedImport) -> Article:
    """Store a prepared import (article, segments, human versions, links) in one transaction."""
    with store.conn.transaction():
        article = store.add_article(prepared.title, prepared.source_lang,
                                    prepared.document.origin, prepared.segments)
        for target, (hdoc, sentences, links) in prepared.humans.items():
            store.set_human_version(article.id, target, hdoc.title, hdoc.origin, sentences, links)
    return article


def import_article(store: Store, source: str, *, lang: str | None = None,
                   title: str | None = None, humans: Mapping[str, str] | None = None,
                   stdin: bytes | None = None) -> Article:
    """Read, segment and align an article and its human versions, then store all in one transaction.

    Every input is read and checked before anything is written, so a bad human version leaves the
    store as it was.
    """
    return save_prepared(store, prepare_import(source, lang=lang, title=title, humans=humans,
                                               stdin=stdin))


class ReviewError(ReviewerError):
    """A review action that cannot be done as asked (no human text, no machine translation...)."""


def approve(store: Store, article_id: int, index: int, lang: str, *, text: str | None = None,
            source: str | None = None, status: Status = Status.APPROVED,
            actor: str = "reviewer") -> Translation:
    """Approve (or reject) segment ``index`` in ``lang``, taking its text from where the user said.

    ``source`` is ``human`` (the aligned human version), ``mt`` or ``mt:ENGINE`` (a stored machine
    translation); with neither ``text`` nor ``source`` the existing final text is kept.
    """
    lang = languages.normalize(lang)
    segment = store.segment(article_id, index)
    label = f"segment {index + 1} ({languages.label(lang)})"
    engine: str | None = None
    if text is not None:
        origin = Origin.EDITED
    elif source == "human":
        view = store.segment_views(article_id, [lang])[index]
        text = view.human.get(lang) or ""
        if not text:
            raise ReviewError(f"{label}: there is no human version aligned to it")
        origin = Origin.HUMAN
    elif source and source.split(":", 1)[0] == "mt":
        wanted = source.split(":", 1)[1] if ":" in source else None
        usable = [s for s in store.suggestions(segment.id, lang)
                  if s.text and not s.error and (wanted is None or s.engine == wanted)]
        if not usable:
            raise ReviewError(f"{label}: no machine translation"
                              + (f" from {wanted}" if wanted else "") + " is stored")
        text, engine, origin = usable[0].text, usable[0].engine, Origin.MT
    elif source:
        raise ReviewError(f"unknown text source {source!r} (use human, mt or mt:ENGINE)")
    else:
        current = store.translation(segment.id, lang)
        if current is None:
            raise ReviewError(f"{label}: no text to {status}; give --text or --from")
        return store.set_status(segment.id, lang, status, actor=actor)
    return store.set_translation(segment.id, lang, text or "", status, origin, engine=engine,
                                 actor=actor)


SAMPLE_KEY = "sample_imported"


def ensure_sample(store: Store) -> Article | None:
    """On a database's first run, import the bundled sample with both human versions.

    Done once per database: a user who deletes the sample does not get it back.
    """
    if store.meta(SAMPLE_KEY):
        return None
    from reviewer.resources import sample_paths

    paths = sample_paths()
    article = import_article(store, str(paths["en"]), lang="en",
                             humans={"uk": str(paths["uk"]), "ru": str(paths["ru"])})
    store.set_meta(SAMPLE_KEY, str(article.id))
    return article
