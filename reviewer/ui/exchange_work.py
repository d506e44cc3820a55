"""Export and TMX/XLIFF import for the window: the jobs and the sentences that report them.

The jobs are plain functions run on a worker thread by :class:`~reviewer.ui.tasks.TaskRunner`;
each opens its own :class:`~reviewer.storage.store.Store` (sqlite3 connections belong to their
thread) and raises the user's and the world's errors as
:class:`~reviewer.core.errors.ReviewerError`, which the window shows in its status bar. The
sentences are translated with the ``Exchange`` context.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reviewer.core import languages
from reviewer.core.errors import FileAccessError, UsageError
from reviewer.core.model import Status
from reviewer.formats.exchange_import import (
    ImportSummary,
    import_as_article,
    import_as_human,
    import_tm,
)
from reviewer.formats.exchange_model import ExchangeFile
from reviewer.formats.export import (
    DOCUMENT_FORMATS,
    ExportOptions,
    ExportResult,
    collect_export,
    write_export,
)
from reviewer.formats.units import ExportSet
from reviewer.storage.store import Store

#: What the file chooser offers for import (the extensions ``read_exchange`` understands).
EXCHANGE_PATTERNS = "*.tmx *.xlf *.xliff *.sdlxliff *.mqxliff"


# Called as ``translate("Exchange", "…")`` so that pyside6-lupdate sees the context.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class ImportChoice:
    """Where an exchange file goes: ``tm``, ``human`` (``lang`` of ``article_id``) or ``article``
    (a new one, called ``title``)."""

    mode: str
    lang: str = ""
    article_id: int | None = None
    title: str = ""


@dataclass(frozen=True)
class ExportDone:
    """What an export wrote: the files (``result``) and the final translations in them, per
    target language (documents leave rejected ones out; gaps filled from a human version or a
    machine translation are not counted)."""

    result: ExportResult
    written: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.written.values())


def written_translations(data: ExportSet, options: ExportOptions) -> dict[str, int]:
    """How many final translations an export of ``data`` writes, per target language."""
    source = {a.id: a.source_lang for a in data.articles}
    counts = {lang: 0 for lang in data.langs}
    for unit in data.units:
        for lang in data.langs:
            chosen = data.selected(unit, lang) if lang != source[unit.article_id] else None
            if chosen is None or (options.format in DOCUMENT_FORMATS
                                  and chosen.status == Status.REJECTED):
                continue
            counts[lang] += 1
    return counts


def run_export(db_path: Path | str, article_ids: Sequence[int] | None, target: Path,
               options: ExportOptions, *, make_folder: bool = False) -> ExportDone:
    """Export from the database at ``db_path`` (a fresh connection: call it on the worker)."""
    try:
        if make_folder:
            target.mkdir(exist_ok=True)
        with Store(db_path) as store:
            data = collect_export(store, article_ids, options)
        result = write_export(data, target, options)
        return ExportDone(result, written_translations(data, options))
    except OSError as exc:  # no room, no permission: the world's fault, naming the path
        raise FileAccessError.wrap(exc, target) from exc


def run_import(db_path: Path | str, data: ExchangeFile, choice: ImportChoice) -> ImportSummary:
    """Write an exchange file already read into the database, all or nothing (on the worker)."""
    with Store(db_path) as store:
        if choice.mode == "human":
            if choice.article_id is None:
                raise UsageError("no article is open to take the human version")
            return import_as_human(store, data, choice.article_id, choice.lang)
        if choice.mode == "article":
            return import_as_article(store, data, choice.title or None)
        return import_tm(store, data)


def _where(paths: Sequence[Path]) -> str:
    if len(paths) <= 2:
        return ", ".join(str(p) for p in paths)
    folders = {p.parent for p in paths}
    folder = str(next(iter(folders))) if len(folders) == 1 else ""
    if folder:
        return translate("Exchange", "{0} files in {1}").format(len(paths), folder)
    return translate("Exchange", "{0} files ({1}, …)").format(len(paths), paths[0])


def export_message(done: ExportDone, options: ExportOptions) -> str:
    """One status-bar sentence: how many translations in which languages went where, and what
    XML could not hold."""
    result = done.result
    per_lang = ", ".join(f"{languages.label(lang)} {n}" for lang, n in done.written.items())
    template = (translate("Exchange", "Exported translations: {0} ({1}) to {2}.")
                if options.all_statuses else
                translate("Exchange", "Exported approved translations: {0} ({1}) to {2}."))
    parts = [template.format(done.total, per_lang, _where(result.paths))]
    if done.total == 0 and not options.all_statuses:
        parts.append(translate("Exchange", "Nothing is approved yet in these languages: choose "
                               "“All translations, with their status” to export drafts too."))
    if note := result.report.message():
        parts.append(note[:1].upper() + note[1:] + ".")
    return " ".join(parts)


def import_message(summary: ImportSummary, choice: ImportChoice) -> str:
    """One status-bar sentence saying what an import added."""
    name = Path(summary.path).name
    tool = translate("Exchange", " from {0}").format(summary.tool) if summary.tool else ""
    head = translate("Exchange", "{0}{1}: {2} units read.").format(name, tool, summary.units)
    if choice.mode == "tm":
        body = translate("Exchange", "Translation memory: {0} added, {1} already there, {2} "
                         "skipped (untranslated or rejected).").format(
            summary.added, summary.already, summary.skipped)
    else:
        counts = ", ".join(translate("Exchange", "{0} {1} sentences").format(
            languages.label(lang), n) for lang, n in summary.langs.items()) \
            or translate("Exchange", "no sentences")
        body = (translate("Exchange", "Human version: {0}.") if choice.mode == "human"
                else translate("Exchange", "New article: {0}.")).format(counts)
        if summary.flagged:
            body += " " + translate("Exchange", "{0} links differ from the source and are "
                                    "flagged for review.").format(summary.flagged)
    if summary.skipped_langs:
        body += " " + translate("Exchange", "Languages left out: {0}.").format(
            ", ".join(summary.skipped_langs))
    return f"{head} {body}"
