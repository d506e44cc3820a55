"""The window's actions, declared once with their menu, text and shortcut (every action sits in a
menu with its shortcut shown, so the whole review works from the keyboard)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


@dataclass(frozen=True)
class ActionSpec:
    """One action: its name (``on_<name>_triggered`` handles it), menu, label and shortcuts."""

    name: str
    menu: str
    text: str
    shortcuts: tuple[str, ...] = ()
    tip: str = ""


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("import", "&File", "&Import article…", ("Ctrl+O",), "Import a file or a URL"),
    ActionSpec("export", "&File", "&Export…", ("Ctrl+E",), "Export approved translations"),
    ActionSpec("import_tm", "&File", "Import &translation memory or XLIFF…", ("Ctrl+Shift+O",),
               "Bring a TMX or XLIFF file from another tool into the translation memory, "
               "a human version or a new article"),
    ActionSpec("quit", "&File", "&Quit", ("Ctrl+Q",)),
    ActionSpec("find", "&Edit", "&Find and filter", ("Ctrl+F",),
               "Filter segments by text, status, language, errors or differences"),
    ActionSpec("clear_filter", "&Edit", "Show &all segments", ("Escape",)),
    ActionSpec("take_mt", "&Segment", "Use &machine translation", ("Ctrl+1",)),
    ActionSpec("take_human", "&Segment", "Use &human version", ("Ctrl+2",)),
    ActionSpec("approve", "&Segment", "&Approve and go to next unapproved",
               ("Ctrl+Return", "Ctrl+Enter")),
    ActionSpec("reject", "&Segment", "&Reject and go to next", ("Ctrl+Shift+Return",
                                                                   "Ctrl+Shift+Enter")),
    ActionSpec("previous", "&Segment", "&Previous segment", ("Ctrl+Up",)),
    ActionSpec("next", "&Segment", "&Next segment", ("Ctrl+Down",)),
    ActionSpec("edit_final", "&Segment", "&Edit final text", ("F2",)),
    ActionSpec("comment", "&Segment", "&Comment…", ("Ctrl+M",)),
    ActionSpec("next_language", "&Segment", "Next target &language", ("Ctrl+L",)),
    ActionSpec("fetch", "&Translate", "&Fetch machine translations", ("F5",),
               "Fetch machine translations for every segment (cached results cost nothing)"),
    ActionSpec("refetch", "&Translate", "&Refetch, ignoring the cache", ("Shift+F5",)),
    ActionSpec("cancel", "&Translate", "&Cancel background work", ("Ctrl+.",)),
    ActionSpec("settings", "&Translate", "Engine &settings…", ("Ctrl+,",)),
    ActionSpec("bigger", "&View", "&Bigger text", ("Ctrl++", "Ctrl+=")),
    ActionSpec("smaller", "&View", "&Smaller text", ("Ctrl+-",)),
    ActionSpec("statistics", "&View", "S&tatistics…", ("Ctrl+Shift+S",),
               "Engine scores against the human versions, progress, effort and QA findings"),
    ActionSpec("shortcuts", "&Help", "&Keyboard shortcuts", ("F1",)),
)


def build_actions(window: QMainWindow, menus: dict[str, QMenu],
                  extra: dict[str, QAction]) -> dict[str, QAction]:
    """Create every action, put it in its menu, connect it to ``window.on_<name>_triggered``."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        menu = menus.get(spec.menu)
        if menu is None:
            menu = menus[spec.menu] = window.menuBar().addMenu(spec.menu)
            if spec.menu == "&Edit":
                for name in ("undo", "redo"):
                    menu.addAction(extra[name])
                menu.addSeparator()
        action = QAction(spec.text, window)
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        if spec.tip:
            action.setStatusTip(spec.tip)
        handler: Callable[[], None] = getattr(window, f"on_{spec.name}_triggered")
        action.triggered.connect(lambda _checked=False, h=handler: h())
        menu.addAction(action)
        window.addAction(action)
        actions[spec.name] = action
    return actions


def shortcut_table() -> list[tuple[str, str]]:
    """(shortcut, what it does) for the Help dialog, undo and redo included."""
    rows = [("Ctrl+Z", "Undo the last edit or approval"), ("Ctrl+Shift+Z", "Redo")]
    for spec in ACTIONS:
        if spec.shortcuts:
            rows.append((" / ".join(spec.shortcuts), spec.text.replace("&", "").rstrip("…")))
    return rows
