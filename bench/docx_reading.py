"""How reading a .docx grows: 20,000 plain paragraphs (and the same as .txt), and 2,500
paragraphs with 20,000 declared styles. Prints medians of 3 runs; run with ``uv run python
bench/docx_reading.py [OLD_READER.py]`` - given the old python-docx reader's file, it times that
too, side by side (it is skipped past 60 s)."""

from __future__ import annotations

import importlib.util
import io
import statistics
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx

from reviewer.formats.docx import read_docx

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(document_xml: bytes, styles_xml: bytes | None = None) -> bytes:
    base = io.BytesIO()
    docx.Document().save(base)
    out = io.BytesIO()
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = {"word/document.xml": document_xml,
                    "word/styles.xml": styles_xml}.get(info.filename) or src.read(info)
            dst.writestr(info.filename, data)
    return out.getvalue()


def _para(text: str, style: str | None = None) -> str:
    mark = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{mark}<w:r><w:t>{text}</w:t></w:r></w:p>"


def _body(inner: str) -> bytes:
    return f'<?xml version="1.0"?><w:document {W}><w:body>{inner}</w:body></w:document>'.encode()


def cases() -> dict[str, bytes]:
    sentence = "The minister said on Tuesday that the programme would be extended. "
    plain = _docx(_body("".join(_para(f"{i}. {sentence * 2}") for i in range(20_000))))
    styles = "".join(f'<w:style w:type="paragraph" w:styleId="U{i}"><w:name w:val="U{i}"/>'
                     "</w:style>" for i in range(20_000))
    styles += ('<w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
               '<w:name w:val="Normal"/></w:style>'
               '<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/></w:style>')
    styled = _docx(_body("".join(_para(f"{i} {sentence}", "H2" if i % 10 == 0 else None)
                                 for i in range(2_500))),
                   f'<?xml version="1.0"?><w:styles {W}>{styles}</w:styles>'.encode())
    return {"20k paragraphs": plain, "2.5k paragraphs, 20k styles": styled}


def median(fn: Callable[[], object], runs: int = 3, give_up: float = 60.0) -> float | None:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
        if times[-1] > give_up:
            return None if len(times) == 1 and times[0] > give_up else times[-1]
    return statistics.median(times)


def main() -> None:
    old = None
    if len(sys.argv) > 1:
        spec = importlib.util.spec_from_file_location("old_docx", Path(sys.argv[1]))
        assert spec and spec.loader
        old = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(old)
    from reviewer.formats.reader import read_document

    for name, data in cases().items():
        new = median(lambda data=data: read_docx(data, "x.docx"))
        line = f"{name:30} {len(data) / 1024:7.0f} KB  now {new:6.2f} s"
        if old is not None:
            before = median(lambda data=data: old.read_docx(data, "x.docx"), runs=1)
            line += f"  python-docx {before:6.2f} s" if before else "  python-docx > 60 s"
        print(line)
    text = "\n\n".join(f"{i}. " + "The minister said on Tuesday that the programme would be "
                       "extended. " * 2 for i in range(20_000)).encode()
    as_txt = median(lambda: read_document("x.txt", data=text))
    print(f"{'20k paragraphs as .txt':30} {len(text) / 1024:7.0f} KB  now {as_txt:6.2f} s")


if __name__ == "__main__":
    main()
