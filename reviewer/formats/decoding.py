"""Bytes to text for .txt, .md, .html and stdin, refusing binary data and mojibake.

The order of trust:

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. NUL or other low control bytes (Cyrillic UTF-16 has 0x04 in every other byte): UTF-16 without
   a mark if one byte order reads as ordinary text, else binary data;
3. strict UTF-8 (legacy Cyrillic text is practically never valid UTF-8; when it is, by chance, it
   reads as archaic Greek and the like, and a plausible legacy reading wins), checked for
   mojibake: text that was UTF-8, got read as Windows-1251/1252 and saved again (``РїСЂРёРІРµС‚``);
4. a charset the page or server declared, if it is not a Cyrillic/Western single-byte one;
5. Windows-1251, KOI8-U, KOI8-R or Windows-1252 by plausibility (``reviewer.formats.charsets``).

charset-normalizer is not used: on short Ukrainian and Russian paragraphs in KOI8 it answered
Shift-JIS or CP932 about a quarter of the time (see ``bench/encoding_detection.py``).
Whatever cannot be decoded with confidence raises ``BadInputError``; nothing is guessed silently.
"""

from __future__ import annotations

import codecs
import re

from reviewer.formats.charsets import best_legacy
from reviewer.formats.errors import BadInputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_LEGACY = {"cp1251", "koi8_r", "koi8_u", "cp1252", "latin_1", "iso8859_5", "ascii"}
_LOW_CONTROLS = re.compile(rb"[\x00-\x08]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
# What UTF-16 text in our languages is made of; the wrong byte order gives CJK and the like.
_ORDINARY = re.compile(
    "[\t\n\r\x20-\x7e\u00a0-\u024f\u0370-\u052f\u2000-\u206f\u20a0-\u20cf\u2100-\u218f]"
)
# Non-ASCII characters of real UTF-8 text in our languages (and Western European ones).
_USUAL = re.compile(
    "[\u00a0-\u017f\u0386-\u03ce\u0400-\u04ff\u2000-\u206f\u20a0-\u20cf\u2100-\u218f]"
)
# Characters that show nothing: whitespace, format controls (zero-width space and joiners, the
# byte-order mark, bidi marks and overrides such as RLO), variation selectors and fillers.
INVISIBLE = (
    "\\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb"
)
_VISIBLE = re.compile(f"[^{INVISIBLE}]")
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_HIGH = re.compile(rb"[\x80-\xff]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode(data: bytes, source: str, *, declared: str | None = None) -> str:
    """Return ``data`` as text, or raise ``BadInputError`` naming ``source``.

    ``declared`` is a charset named by an HTTP header or an HTML ``<meta>``; it is a hint that
    plain evidence (a byte-order mark, valid UTF-8) overrides.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                name = _label(encoding)
                reason = f"the file starts with a {name} mark but is not valid {name}"
                raise BadInputError(source, reason) from None
            return _unicode(text, source)
    if _LOW_CONTROLS.search(data):  # NUL and friends: UTF-16 without a mark, or binary data
        wide = _utf16_without_bom(data)
        if wide is None:
            raise BadInputError(source, "this is binary data, not text")
        return _unicode(wide, source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        _refuse_damaged_utf8(data, exc.start, source)
    else:
        if _unusual(text):  # short legacy text can be valid UTF-8 by chance: "НІ" is "Ͳ"
            reading = best_legacy(data)
            if reading is not None:
                return _checked(reading.text, source)
        return _unicode(text, source)
    hint = _codec(declared)
    if hint and hint not in _LEGACY and hint != "utf_8":
        try:
            return _checked(data.decode(hint), source)
        except UnicodeDecodeError:
            pass
    reading = best_legacy(data)
    if reading is None:
        raise BadInputError(
            source,
            "could not tell the text encoding (tried UTF-8, UTF-16, Windows-1251, KOI8-U, KOI8-R,"
            " Windows-1252); save the file as UTF-8 and try again",
        )
    return _checked(reading.text, source)


def _refuse_damaged_utf8(data: bytes, first: int, source: str) -> None:
    """Raise if ``data`` is UTF-8 with some damaged bytes rather than a legacy encoding.

    Legacy Cyrillic or Western text forms a valid multi-byte UTF-8 sequence only by chance, so
    it has far more stray bytes than sequences; UTF-8 text with a damaged byte has the reverse.
    Read as Windows-1251 or 1252, such a file would turn every real character into mojibake.
    """
    sample = data[: 1 << 20]
    sequences = _UTF8_SEQUENCE.findall(sample)
    stray = len(_HIGH.findall(sample)) - sum(map(len, sequences))
    if not sequences or len(sequences) < stray:
        return
    before = data[max(0, first - 30) : first].decode("utf-8", "ignore").split("\n")[-1].strip()
    where = f" after “{before}”" if before else ""
    raise BadInputError(
        source,
        f"the text is UTF-8 but damaged: {stray} byte(s) are not UTF-8, the first at byte"
        f" {first}{where}; repair it or save it again as UTF-8",
    )


def visible(text: str) -> bool:
    """Whether ``text`` has a character that shows: not only spaces, zero-width characters,
    byte-order marks or direction controls."""
    return _VISIBLE.search(text) is not None


def declared_charset(data: bytes) -> str | None:
    """Return the charset an HTML document declares in a ``<meta>`` near its start, if any."""
    match = _META_CHARSET.search(data[:8192])
    return match.group(1).decode("ascii", "replace") if match else None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name.replace("-", "_")
    except LookupError:
        return None


def _label(encoding: str) -> str:
    return encoding.upper().replace("-LE", "").replace("-BE", "")


def _unusual(text: str) -> bool:
    """Whether most non-ASCII characters of ``text`` lie outside the scripts we expect."""
    foreign = [ch for ch in text[:65536] if not ch.isascii()]
    return bool(foreign) and len(_USUAL.findall("".join(foreign))) < len(foreign) / 2


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text and len(_ORDINARY.findall(text)) / len(text) >= 0.95:
            return text
    return None


def _checked(text: str, source: str) -> str:
    """Refuse binary data that happened to decode; normalise line ends."""
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > 0.01:
        raise BadInputError(source, "this is binary data, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _unicode(text: str, source: str) -> str:
    _refuse_mojibake(text, source)
    return _checked(text, source)


def _refuse_mojibake(text: str, source: str) -> None:
    """Raise if ``text`` is UTF-8 that was once decoded as Windows-1251/1252 and saved again."""
    tokens = [token for token in text[:65536].split() if not token.isascii()]
    if not tokens:
        return
    for encoding in ("cp1252", "cp1251"):
        fixed = [(token, _redecode(token, encoding)) for token in tokens]
        garbled = [(t, good) for t, good in fixed if good and good != t and not _unusual(good)]
        if len(garbled) >= min(2, len(tokens)) and len(garbled) / len(tokens) > 0.3:
            token, good = garbled[0]
            raise BadInputError(
                source,
                f"the text is garbled: “{token[:24]}” stands for “{good[:24]}”, so the file was"
                f" once opened as {_NAMES[encoding]} and saved again; ask for the original file",
            )


_NAMES = {"cp1251": "Windows-1251", "cp1252": "Windows-1252"}


def _redecode(token: str, encoding: str) -> str | None:
    raw = bytearray()
    for ch in token:
        try:
            raw += ch.encode(encoding)
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            raw.append(ord(ch))  # bytes the code page leaves undefined pass through as C1 codes
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
