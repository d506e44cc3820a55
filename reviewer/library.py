"""Use cases over the store that the CLI and the window share: importing and reviewing articles.

Everything here is plain Python (no Qt) so that it runs headless and in tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from reviewer.core import languages
from reviewer.core.build import align_humans, human_sentences, segment_document
from reviewer.core.model import (
    Article,
    Document,
    HumanSentence,
    Link,
    SegmentDraft,
    Status,
    Translation,
)
from reviewer.formats.errors import BadInputError
from reviewer.formats.reader import read_document
from reviewer.resources import SAMPLE_KEY
from reviewer.services.review import ReviewError, ReviewService
from reviewer.storage.store import Store

__all__ = ["ReviewError", "approve", "import_article", "prepare_import", "save_prepared",
           "ensure_sample", "PreparedImport"]


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
                   human_data: Mapping[str, bytes] | None = None,
                   timeout: float = 20.0) -> PreparedImport:
    """Read, segment and align an article and its human versions, touching no store.

    ``human_data`` gives the bytes of a human version that was pasted rather than read from a
    file (its ``humans`` entry is then a label such as ``pasted``). ``timeout`` is the deadline
    of each web page's whole download.
    """
    doc = read_document(source, lang=lang, title=title, data=stdin, timeout=timeout)
    src_lang = languages.normalize(lang or doc.language or languages.SOURCE_DEFAULT)
    segments = segment_document(doc, src_lang)
    if not segments:
        raise BadInputError(doc.origin, "no text to review was found")
    prepared = PreparedImport(doc, src_lang, title or doc.title, segments)
    found = {}
    for code, path in (humans or {}).items():
        target = languages.normalize(code)
        if target == src_lang:
            raise BadInputError(path, f"the human version is in {languages.label(target)}, "
                                      "the same language as the source")
        data = (human_data or {}).get(code)
        hdoc = read_document(path if data is None else "-", lang=target, data=data,
                             timeout=timeout)
        found[target] = (hdoc, human_sentences(hdoc, target))
    links = align_humans(segments, {target: sentences for target, (_, sentences) in found.items()})
    for target, (hdoc, sentences) in found.items():
        prepared.humans[target] = (hdoc, sentences, links[target])
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
                   stdin: bytes | None = None, timeout: float = 20.0) -> Article:
    """Read, segment and align an article and its human versions, then store all in one transaction.

    Every input is read and checked before anything is written, so a bad human version leaves the
    store as it was.
    """
    return save_prepared(store, prepare_import(source, lang=lang, title=title, humans=humans,
                                               stdin=stdin, timeout=timeout))


def approve(store: Store, article_id: int, index: int, lang: str, *, text: str | None = None,
            source: str | None = None, status: Status = Status.APPROVED,
            actor: str = "reviewer") -> Translation:
    """Approve (or reject) segment ``index`` in ``lang`` through the review service.

    ``source`` is ``human``, ``mt`` or ``mt:ENGINE``; with neither ``text`` nor ``source`` the
    existing final text is kept (see :meth:`ReviewService.review`).
    """
    store.segment(article_id, index)  # NotFoundError names a segment the article does not have
    lang = languages.normalize(lang)
    view = store.segment_views(article_id, [lang])[index]
    return ReviewService(store, actor).review(view, lang, status, text=text, source=source)


def ensure_sample(store: Store) -> Article | None:
    """On a database's first run, import the bundled sample with both human versions.

    Done once per database, and only into an empty one: a user who deletes the sample does not
    get it back, and a library already in use (a newsroom's shared one) gets no sample.
    """
    if store.meta(SAMPLE_KEY):
        return None
    if store.articles():
        store.set_meta(SAMPLE_KEY, "none: the library held articles")
        return None
    from reviewer.resources import sample_paths

    paths = sample_paths()
    article = import_article(store, str(paths["en"]), lang="en",
                             humans={"uk": str(paths["uk"]), "ru": str(paths["ru"])})
    store.set_meta(SAMPLE_KEY, str(article.id))
    return article
