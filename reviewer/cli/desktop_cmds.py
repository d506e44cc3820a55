"""``reviewer desktop install|uninstall``: the menu entry, the icons and the AppStream metainfo in
the user's XDG directories (``$XDG_DATA_HOME``, by default ``~/.local/share``), so the window
appears in the applications menu after ``uv tool install mt-reviewer``."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from reviewer.cli.output import emit_json, say
from reviewer.core.errors import UsageError
from reviewer.resources import APP_ID, resource_path

EXEC_RESERVED = '"`$\\'


def data_home() -> Path:
    """``$XDG_DATA_HOME`` or ``~/.local/share``."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def gui_command() -> str:
    """The window's command: ``reviewer-gui`` beside this ``reviewer`` (the same install), else
    the one on PATH, else the bare name."""
    name = "reviewer-gui.exe" if os.name == "nt" else "reviewer-gui"
    beside = Path(sys.argv[0]).resolve().parent / name
    if beside.is_file():
        return str(beside)
    return shutil.which("reviewer-gui") or "reviewer-gui"


def exec_quote(arg: str) -> str:
    """``arg`` quoted for a desktop entry's ``Exec`` key when it needs it (spec: quoting)."""
    if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return arg
    return '"' + "".join("\\" + c if c in EXEC_RESERVED else c for c in arg) + '"'


def desktop_entry(command: str) -> str:
    """The bundled ``.desktop`` file with ``Exec`` pointing at ``command``."""
    text = resource_path("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = [f"Exec={exec_quote(command)} %f" if line.startswith("Exec=") else line
             for line in text.splitlines()]
    return "\n".join(lines) + "\n"


def planned(home: Path) -> dict[Path, Path | str]:
    """Where each file goes under ``home``: a resource to copy, or the text to write."""
    files: dict[Path, Path | str] = {
        home / "applications" / f"{APP_ID}.desktop": desktop_entry(gui_command()),
        home / "metainfo" / f"{APP_ID}.metainfo.xml":
            resource_path("desktop", f"{APP_ID}.metainfo.xml"),
    }
    hicolor = resource_path("icons", "hicolor")
    for icon in sorted(hicolor.glob("*/apps/*")):
        files[home / "icons" / "hicolor" / icon.relative_to(hicolor)] = icon
    return files


def _refresh(home: Path) -> None:
    """Tell the menu and the icon cache, where their tools are installed (optional)."""
    for tool, args in (("update-desktop-database", [str(home / "applications")]),
                       ("gtk-update-icon-cache", ["-q", "-t", str(home / "icons" / "hicolor")])):
        if shutil.which(tool):
            subprocess.run([tool, *args], check=False, capture_output=True)


def cmd_desktop(args: argparse.Namespace) -> int:
    if sys.platform in ("win32", "darwin"):
        raise UsageError("desktop: the menu entry is for Linux and other freedesktop desktops; "
                         "on Windows and macOS use the bundle (see the README)")
    home = data_home()
    files = planned(home)
    done: list[str] = []
    if args.action == "install":
        for dest, source in files.items():
            dest.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(source, Path):
                shutil.copyfile(source, dest)
            else:
                dest.write_text(source, encoding="utf-8")
            done.append(str(dest))
    else:
        for dest in files:
            if dest.exists():
                dest.unlink()
                done.append(str(dest))
    _refresh(home)
    if getattr(args, "json", False):
        emit_json({"action": args.action, "files": done})
    else:
        verb = "installed" if args.action == "install" else "removed"
        for path in done:
            say(f"{verb} {path}")
        if args.action == "install":
            say("Reviewer is in the applications menu (log out and in if it does not show yet).")
    return 0


def _configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=("install", "uninstall"),
                   help="install: put the menu entry and icons in $XDG_DATA_HOME; "
                        "uninstall: remove them")


COMMANDS = {
    "desktop": (cmd_desktop, "add the app to the desktop's applications menu (or remove it)",
                _configure),
}
