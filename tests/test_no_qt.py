"""The core packages never import Qt (house style, habit 1)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import reviewer

CORE = ("reviewer.core", "reviewer.storage", "reviewer.engines", "reviewer.formats",
        "reviewer.cli", "reviewer.library")


def test_core_imports_no_qt() -> None:
    names = [m.name for m in pkgutil.walk_packages(reviewer.__path__, "reviewer.")
             if m.name.startswith(CORE)]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"Qt imported by the core: {out.stdout}"
    assert len(names) > 10
