"""Update the interface's Ukrainian catalogue: collect the texts, then compile what is translated.

    uv run python tools/update_translations.py           # lupdate, then lrelease
    uv run python tools/update_translations.py --check   # also fail if a text is untranslated

``pyside6-lupdate`` reads every ``self.tr("…")``, ``QCoreApplication.translate("Context", "…")``
and ``QT_TRANSLATE_NOOP("Context", "…")`` (the typed one from ``reviewer/ui/i18n.py``: lupdate
finds it by name) in ``reviewer/ui/*.py`` and ``reviewer/app.py`` and
merges them into ``resources/i18n/reviewer_uk.ts`` (translations already made are kept; texts no
longer in the code are dropped). Translate the new texts with ``pyside6-linguist`` (or any
editor: each ``<translation type="unfinished">`` wants its Ukrainian text, without the ``type``),
keeping every ``{placeholder}`` and ``&`` mnemonic; then run this again so that
``pyside6-lrelease`` compiles ``reviewer_uk.qm``, which the app loads. Commit both files.
The terms to use are in ``resources/i18n/README.md``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGS = ("uk",)


def sources() -> list[Path]:
    """The Python files whose texts are translated (the Qt side of the app)."""
    return sorted((ROOT / "reviewer" / "ui").glob("*.py")) + [ROOT / "reviewer" / "app.py"]


def tool(name: str) -> str:
    """The path of a PySide6 tool: next to this Python first (the project's venv), else PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run this with the project's Python (uv run python …)")
    return found


def unfinished(ts: Path) -> list[str]:
    """The source texts of ``ts`` that have no finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        forms = [] if translation is None else list(translation.iter("numerusform"))
        texts = [f.text for f in forms] if forms else [None if translation is None
                                                       else translation.text]
        if (translation is None or translation.get("type") in ("unfinished",)
                or not all(t and t.strip() for t in texts)):
            missing.append(message.findtext("source") or "")
    return missing


def update(lang: str) -> list[str]:
    """Run lupdate and lrelease for ``lang``; return the texts still untranslated."""
    ts = I18N / f"reviewer_{lang}.ts"
    I18N.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "relative",
                    "-source-language", "en", "-target-language", lang, *files,
                    "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
    subprocess.run([tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts),
                    "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)
    return unfinished(ts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true",
                        help="exit with status 1 when a text is not translated yet")
    args = parser.parse_args(argv)
    status = 0
    for lang in LANGS:
        missing = update(lang)
        print(f"reviewer_{lang}: {len(missing)} texts to translate")
        for text in missing:
            print(f"  {text!r}")
        if missing and args.check:
            status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
