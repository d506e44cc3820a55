"""What the import dialog asks for, and the background job that reads it (no Qt here).

Kept apart from the dialog so that the job, a plain function, is tested without widgets.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from reviewer.formats.errors import BadInputError
from reviewer.formats.reader import read_document
from reviewer.library import PreparedImport, prepare_import


@dataclass(frozen=True)
class ImportRequest:
    """What the reviewer asked to import; ``source`` is ``-`` when ``data`` holds pasted text.

    A pasted human version is named ``pasted`` in ``humans`` and its bytes are in ``human_data``.
    """

    source: str
    lang: str | None
    title: str | None
    humans: dict[str, str] = field(default_factory=dict)
    data: bytes | None = None
    human_data: dict[str, bytes] = field(default_factory=dict)


def prepare_request(request: ImportRequest, pasted_names: Mapping[str, str]) -> PreparedImport:
    """Read, segment and align a request (a background job; no widget is touched).

    Pasted texts are read first on their own, so that an error names the box they came from
    (``pasted_names``: ``source`` or a language code → the name the reviewer sees).
    """
    pasted = [("source", request.data, request.lang)]
    pasted += [(code, data, code) for code, data in request.human_data.items()]
    for key, data, lang in pasted:
        if data is None:
            continue
        try:
            read_document("-", data=data, lang=lang)
        except BadInputError as exc:
            raise BadInputError(pasted_names.get(key, key), exc.reason) from exc
    return prepare_import(request.source, lang=request.lang, title=request.title,
                          humans=request.humans, stdin=request.data,
                          human_data=request.human_data)
