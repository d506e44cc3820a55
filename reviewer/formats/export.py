"""Export entry point shared by the CLI and the window: one call per format, one result to report.

Two steps, so that the window can split them across threads: :func:`reviewer.formats.units.collect`
reads the store (on the thread that owns it), :func:`write_export` writes the files (anywhere, no
store). :func:`export` does both.

=========  ===================================  =========================================
format     files                                one file per
=========  ===================================  =========================================
tmx        TMX 1.4b                             export (the whole library in one TMX)
xliff      XLIFF 1.2                            export (a ``file`` element per language)
xliff2     XLIFF 2.1                            target language
csv        CSV (UTF-8, optional BOM)            export
xlsx       Excel workbook                       export
json       JSON (``export.schema.json``)        export
txt md     the article rebuilt                  article and target language
docx html  the article rebuilt                  article and target language
=========  ===================================  =========================================

When one export makes several files they are named ``stem.KEY.ext`` beside the path given
(``article.uk.docx``). Given a folder, an export writes into it, named after the article
(``12-title-words.tmx``, ``12-title-words.uk.docx``) or ``reviewer-library.tmx``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reviewer.core import languages
from reviewer.core.errors import UsageError
from reviewer.formats import document_writers
from reviewer.formats.document import Fallback, rebuild
from reviewer.formats.json_export import export_json
from reviewer.formats.outputs import check_destination, output_paths, slug
from reviewer.formats.tabular import export_csv, export_xlsx
from reviewer.formats.tmx import export_tmx
from reviewer.formats.units import ExportSet, collect
from reviewer.formats.xliff2 import export_xliff2
from reviewer.formats.xliff12 import export_xliff12
from reviewer.formats.xmltext import CleanReport
from reviewer.storage.store import Store

FORMATS = ("tmx", "xliff", "xliff2", "csv", "xlsx", "json", "txt", "md", "docx", "html")
DOCUMENT_FORMATS = ("txt", "md", "docx", "html")
NO_CONTEXT_FORMATS = ("tmx",)  # writes neither the human texts nor the MT
SUFFIX = {"tmx": ".tmx", "xliff": ".xlf", "xliff2": ".xlf", "csv": ".csv", "xlsx": ".xlsx",
          "json": ".json", "txt": ".txt", "md": ".md", "docx": ".docx", "html": ".html"}


@dataclass(frozen=True)
class ExportOptions:
    """What to export and how; ``langs`` empty means every language the articles have."""

    format: str
    langs: tuple[str, ...] = ()
    all_statuses: bool = False
    fallback: Fallback = Fallback.NONE
    csv_bom: bool = False
    csv_guard: bool = True

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise ValueError(f"unknown export format {self.format!r} "
                             f"(expected one of {', '.join(FORMATS)})")


@dataclass
class ExportResult:
    """What an export wrote: the files, how many units (tu, trans-unit, rows, segments), and
    which characters XML could not hold (see :mod:`reviewer.formats.xmltext`)."""

    paths: list[Path]
    units: int
    report: CleanReport = field(default_factory=CleanReport)


def write_export(data: ExportSet, path: Path | str, options: ExportOptions) -> ExportResult:
    """Write ``data`` in ``options.format`` at ``path``; each file appears whole or not at all."""
    path, fmt, report = Path(path), options.format, CleanReport()
    check_destination(path)
    if path.is_dir() and fmt not in DOCUMENT_FORMATS:
        name = (f"{data.articles[0].id}-{slug(data.articles[0].title)}"
                if len(data.articles) == 1 else "reviewer-library")
        path = path / (name + SUFFIX[fmt])
    if fmt == "tmx":
        n, paths = export_tmx(data, path, report)
    elif fmt == "xliff":
        n, paths = export_xliff12(data, path, report)
    elif fmt == "xliff2":
        n, paths = export_xliff2(data, path, report)
    elif fmt == "csv":
        n, paths = export_csv(data, path, bom=options.csv_bom, guard=options.csv_guard)
    elif fmt == "xlsx":
        n, paths = export_xlsx(data, path, report)
    elif fmt == "json":
        n, paths = export_json(data, path)
    else:
        n, paths = _export_documents(data, path, options)
    return ExportResult(paths, n, report)


def _export_documents(data: ExportSet, path: Path,
                      options: ExportOptions) -> tuple[int, list[Path]]:
    many_articles = len(data.articles) > 1
    docs = [rebuild(data, a.id, lang, options.fallback)
            for a in data.articles for lang in data.langs if lang != a.source_lang]
    if many_articles:  # a library export skips articles with nothing in a language
        docs = [d for d in docs if d.counts.get("missing", 0) < d.total]
        if not docs:
            raise UsageError("no article has text to rebuild in "
                             + ", ".join(languages.label(x) for x in data.langs))
    named = many_articles or path.is_dir()
    keys = [((f"{d.article.id}-{slug(d.article.title)}", d.lang) if named else (d.lang,))
            for d in docs]
    paths = output_paths(path, keys, SUFFIX[options.format])
    write = document_writers.WRITERS[options.format]
    for doc, key in zip(docs, keys, strict=True):
        write(doc, paths[key])
    return sum(d.total for d in docs), [paths[k] for k in keys]


def collect_export(store: Store, article_ids: Sequence[int] | None,
                   options: ExportOptions) -> ExportSet:
    """Read what an export of ``article_ids`` (``None``: the whole library) writes; refuse an
    export that would write nothing."""
    data = collect(store, article_ids, options.langs, all_statuses=options.all_statuses,
                   context=options.format not in NO_CONTEXT_FORMATS)
    if not data.articles:
        raise UsageError("there is nothing to export: the library is empty")
    if not any(lang != a.source_lang for a in data.articles for lang in data.langs):
        raise UsageError("the target language is the source language; give another --lang")
    return data


def export(store: Store, article_ids: Sequence[int] | None, path: Path | str,
           options: ExportOptions) -> ExportResult:
    """Export articles (``None``: the whole library) from ``store`` to ``path``."""
    return write_export(collect_export(store, article_ids, options), path, options)
