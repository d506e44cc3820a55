"""The budgets every input is held to, checked while reading, never after.

One place for the limits the importers share, so that the README's reliability section and the
code agree: a file, a page or stdin may be at most :data:`MAX_BYTES` (20 MB); a .docx part
(``word/document.xml``, ``word/styles.xml``) may unpack to at most :data:`MAX_DOCX_PART` and hold
at most :data:`MAX_PARAGRAPHS` paragraphs. :func:`read_limited` reads a stream (stdin) in bounded
chunks and stops as soon as it passes the cap, so ``/dev/zero`` costs 20 MB, not all memory.
"""

from __future__ import annotations

from typing import BinaryIO

from reviewer.formats.errors import MAX_BYTES, MEGABYTE, too_big

__all__ = ["MAX_BYTES", "MAX_DOCX_PART", "MAX_PARAGRAPHS", "read_limited"]

MAX_DOCX_PART = 20 * MEGABYTE
MAX_PARAGRAPHS = 100_000
_CHUNK = 1 << 20


def read_limited(stream: BinaryIO, name: str, limit: int = MAX_BYTES, what: str = "input") -> bytes:
    """All of ``stream``, read in 1 MB chunks; ``BadInputError`` as soon as it passes ``limit``."""
    data = bytearray()
    while True:
        chunk = stream.read(min(_CHUNK, limit + 1 - len(data)))
        if not chunk:
            return bytes(data)
        data += chunk
        if len(data) > limit:
            raise too_big(name, None, limit, what)
