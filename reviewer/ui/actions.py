"""The window's actions, declared once with their menu, text and shortcut (every action sits in a
menu with its shortcut shown, so the whole review works from the keyboard)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from reviewer.ui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ActionSpec:
    """One action: its name (``on_<name>_triggered`` handles it), menu, label and shortcuts."""

    name: str
    menu: str
    text: str
    shortcuts: tuple[str, ...] = ()
    tip: str = ""
    checkable: bool = False


# The texts are marked for pyside6-lupdate and translated where the actions are built.
FILE = QT_TRANSLATE_NOOP("Actions", "&File")
EDIT = QT_TRANSLATE_NOOP("Actions", "&Edit")
SEGMENT = QT_TRANSLATE_NOOP("Actions", "&Segment")
TRANSLATE = QT_TRANSLATE_NOOP("Actions", "&Translate")
VIEW = QT_TRANSLATE_NOOP("Actions", "&View")
HELP = QT_TRANSLATE_NOOP("Actions", "&Help")

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("open_library", FILE, QT_TRANSLATE_NOOP("Actions", "Open &library…"), (),
               QT_TRANSLATE_NOOP("Actions", "Review another library file in this window")),
    ActionSpec("open_server", FILE, QT_TRANSLATE_NOOP("Actions", "Open library on a &server…"),
               (), QT_TRANSLATE_NOOP("Actions", "Review a team's library on a PostgreSQL "
                                                "server (a postgresql:// URL)")),
    ActionSpec("import", FILE, QT_TRANSLATE_NOOP("Actions", "&Import article…"), ("Ctrl+O",),
               QT_TRANSLATE_NOOP("Actions", "Import a file or a URL")),
    ActionSpec("export", FILE, QT_TRANSLATE_NOOP("Actions", "&Export…"), ("Ctrl+E",),
               QT_TRANSLATE_NOOP("Actions", "Export approved translations")),
    ActionSpec("import_tm", FILE,
               QT_TRANSLATE_NOOP("Actions", "Import &translation memory or XLIFF…"),
               ("Ctrl+Shift+O",),
               QT_TRANSLATE_NOOP("Actions", "Bring a TMX or XLIFF file from another tool into "
                                            "the translation memory, a human version or a new "
                                            "article")),
    ActionSpec("sign_off", FILE, QT_TRANSLATE_NOOP("Actions", "Si&gn off article"),
               ("Ctrl+Alt+S",),
               QT_TRANSLATE_NOOP("Actions", "Lock the approved segments of this article in the "
                                            "language shown against changes by anyone but an "
                                            "editor (an editor only)")),
    ActionSpec("reopen", FILE, QT_TRANSLATE_NOOP("Actions", "Re&open signed-off article…"), (),
               QT_TRANSLATE_NOOP("Actions", "Unlock the signed-off segments in the language "
                                            "shown, with the reason kept in the history (an "
                                            "editor only)")),
    ActionSpec("quit", FILE, QT_TRANSLATE_NOOP("Actions", "&Quit"), ("Ctrl+Q",)),
    ActionSpec("find", EDIT, QT_TRANSLATE_NOOP("Actions", "&Find and filter"), ("Ctrl+F",),
               QT_TRANSLATE_NOOP("Actions", "Filter segments by text, status, language, errors "
                                            "or differences")),
    ActionSpec("replace", EDIT, QT_TRANSLATE_NOOP("Actions", "Find and re&place…"), ("Ctrl+H",),
               QT_TRANSLATE_NOOP("Actions", "Replace text in the final translations of this "
                                            "article or the whole library, with a preview")),
    ActionSpec("spelling", EDIT, QT_TRANSLATE_NOOP("Actions", "Spe&lling suggestions"),
               ("F7",),
               QT_TRANSLATE_NOOP("Actions", "Suggestions for the next misspelt word of the "
                                            "final text, to add it to the dictionary or "
                                            "ignore it")),
    ActionSpec("clear_filter", EDIT, QT_TRANSLATE_NOOP("Actions", "Show &all segments"),
               ("Escape",)),
    ActionSpec("filter_qa", EDIT, QT_TRANSLATE_NOOP("Actions", "Only segments with &QA findings"),
               ("Ctrl+Alt+Q",),
               QT_TRANSLATE_NOOP("Actions", "Show only segments whose text has QA findings "
                                            "(again to show all)")),
    ActionSpec("filter_repeats", EDIT, QT_TRANSLATE_NOOP("Actions", "Only r&epeats"),
               ("Ctrl+Alt+R",),
               QT_TRANSLATE_NOOP("Actions", "Show only segments filled from a repeat of an "
                                            "approved segment (again to show all)")),
    ActionSpec("filter_comments", EDIT, QT_TRANSLATE_NOOP("Actions", "Only segments with "
                                                                     "c&omments"),
               ("Ctrl+Alt+C",),
               QT_TRANSLATE_NOOP("Actions", "Show only segments with a comment (again to show "
                                            "all)")),
    ActionSpec("concordance", EDIT, QT_TRANSLATE_NOOP("Actions", "&Concordance…"), ("Ctrl+K",),
               QT_TRANSLATE_NOOP("Actions", "Where a phrase (the selection) was translated "
                                            "before: approved translations, human versions and "
                                            "the translation memory")),
    ActionSpec("insert_hit", EDIT,
               QT_TRANSLATE_NOOP("Actions", "&Insert the concordance hit"), ("Alt+Insert",),
               QT_TRANSLATE_NOOP("Actions", "Put the selected concordance hit's phrase (or its "
                                            "whole translation) at the cursor of the final "
                                            "text; Enter in the concordance does the same")),
    ActionSpec("add_term", EDIT, QT_TRANSLATE_NOOP("Actions", "Add &term to the glossary…"),
               ("Ctrl+T",),
               QT_TRANSLATE_NOOP("Actions", "Add the words selected in the source and in the "
                                            "final text (or the human version) to the "
                                            "glossary")),
    ActionSpec("glossary", EDIT, QT_TRANSLATE_NOOP("Actions", "&Glossary…"), ("Ctrl+Shift+T",),
               QT_TRANSLATE_NOOP("Actions", "List, filter, edit and delete the glossary's "
                                            "terms")),
    ActionSpec("take_mt", SEGMENT, QT_TRANSLATE_NOOP("Actions", "Use &machine translation"),
               ("Ctrl+1",)),
    ActionSpec("take_human", SEGMENT, QT_TRANSLATE_NOOP("Actions", "Use &human version"),
               ("Ctrl+2",)),
    ActionSpec("take_tm", SEGMENT,
               QT_TRANSLATE_NOOP("Actions", "Use &best translation-memory match"), ("Ctrl+3",),
               QT_TRANSLATE_NOOP("Actions", "Copy the best match of 75% or more from the "
                                            "translation memory into the final text")),
    ActionSpec("approve", SEGMENT,
               QT_TRANSLATE_NOOP("Actions", "&Approve and go to next unapproved"),
               ("Ctrl+Return", "Ctrl+Enter")),
    ActionSpec("reject", SEGMENT, QT_TRANSLATE_NOOP("Actions", "&Reject and go to next"),
               ("Ctrl+Shift+Return", "Ctrl+Shift+Enter")),
    ActionSpec("previous", SEGMENT, QT_TRANSLATE_NOOP("Actions", "&Previous segment"),
               ("Ctrl+Up",)),
    ActionSpec("next", SEGMENT, QT_TRANSLATE_NOOP("Actions", "&Next segment"), ("Ctrl+Down",)),
    ActionSpec("go_to", SEGMENT, QT_TRANSLATE_NOOP("Actions", "&Go to segment…"), ("Ctrl+G",)),
    ActionSpec("edit_final", SEGMENT, QT_TRANSLATE_NOOP("Actions", "&Edit final text"), ("F2",)),
    ActionSpec("comment", SEGMENT, QT_TRANSLATE_NOOP("Actions", "&Comment…"), ("Ctrl+M",)),
    ActionSpec("mark_error", SEGMENT, QT_TRANSLATE_NOOP("Actions", "Mar&k error…"),
               ("Ctrl+Shift+E",),
               QT_TRANSLATE_NOOP("Actions", "Mark the words selected in the final text (or in "
                                            "the text Ctrl+Shift+M shows) as an MQM error: "
                                            "category, severity, note")),
    ActionSpec("mark_other", SEGMENT,
               QT_TRANSLATE_NOOP("Actions", "Mark errors in an&other text"), ("Ctrl+Shift+M",),
               QT_TRANSLATE_NOOP("Actions", "Show the segment's next machine translation or its "
                                            "human version under the final text to select "
                                            "words there and mark them with Ctrl+Shift+E; Esc "
                                            "goes back")),
    ActionSpec("promote_finding", SEGMENT,
               QT_TRANSLATE_NOOP("Actions", "Mark QA &finding as error"), ("Ctrl+Alt+E",),
               QT_TRANSLATE_NOOP("Actions", "Make the segment's next QA finding not yet marked "
                                            "an MQM error annotation")),
    ActionSpec("next_language", SEGMENT, QT_TRANSLATE_NOOP("Actions", "Next target &language"),
               ("Ctrl+L",)),
    ActionSpec("history", SEGMENT, QT_TRANSLATE_NOOP("Actions", "Segment histor&y…"),
               ("Ctrl+Shift+H",),
               QT_TRANSLATE_NOOP("Actions", "Every version of the final text with who, when "
                                            "and what changed; restore one")),
    ActionSpec("fill_repeats", SEGMENT,
               QT_TRANSLATE_NOOP("Actions", "Fill repea&ts of approved segments"),
               ("Ctrl+Shift+P",),
               QT_TRANSLATE_NOOP("Actions", "Fill segments with no translation that repeat an "
                                            "approved segment as drafts, to confirm with "
                                            "Ctrl+Enter")),
    ActionSpec("auto_repeats", SEGMENT, QT_TRANSLATE_NOOP("Actions", "Fill repeats "
                                                                    "a&utomatically"), (),
               QT_TRANSLATE_NOOP("Actions", "Fill repeats when an article opens and after each "
                                            "approval"), checkable=True),
    ActionSpec("fetch", TRANSLATE, QT_TRANSLATE_NOOP("Actions", "&Fetch machine translations"),
               ("F5",),
               QT_TRANSLATE_NOOP("Actions", "Fetch machine translations for every segment "
                                            "(cached results cost nothing)")),
    ActionSpec("refetch", TRANSLATE, QT_TRANSLATE_NOOP("Actions", "&Refetch, ignoring the cache"),
               ("Shift+F5",)),
    ActionSpec("realign", TRANSLATE,
               QT_TRANSLATE_NOOP("Actions", "Re&align with machine translations…"),
               ("Ctrl+Shift+R",),
               QT_TRANSLATE_NOOP("Actions", "Place the human text beside the segments whose "
                                            "machine translations it resembles; preview first")),
    ActionSpec("check_links", TRANSLATE,
               QT_TRANSLATE_NOOP("Actions", "Chec&k links with the sentence encoder…"),
               ("Ctrl+Shift+K",),
               QT_TRANSLATE_NOOP("Actions", "Link again sentences left unlinked that mean the "
                                            "same, unlink sentences that do not; preview first")),
    ActionSpec("cancel", TRANSLATE, QT_TRANSLATE_NOOP("Actions", "&Cancel background work"),
               ("Ctrl+.",)),
    ActionSpec("settings", TRANSLATE, QT_TRANSLATE_NOOP("Actions", "Engine &settings…"),
               ("Ctrl+,",)),
    ActionSpec("bigger", VIEW, QT_TRANSLATE_NOOP("Actions", "&Bigger text"), ("Ctrl++", "Ctrl+=")),
    ActionSpec("smaller", VIEW, QT_TRANSLATE_NOOP("Actions", "&Smaller text"), ("Ctrl+-",)),
    ActionSpec("library", VIEW, QT_TRANSLATE_NOOP("Actions", "&Library panel"),
               ("F9", "Ctrl+Shift+L"),
               QT_TRANSLATE_NOOP("Actions", "Show or hide the list of articles (more room for "
                                            "the segments on a small screen)"), checkable=True),
    ActionSpec("statistics", VIEW, QT_TRANSLATE_NOOP("Actions", "S&tatistics…"),
               ("Ctrl+Shift+S",),
               QT_TRANSLATE_NOOP("Actions", "Engine scores against the human versions, progress, "
                                            "effort and QA findings")),
    ActionSpec("shortcuts", HELP, QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), ("F1",)),
    ActionSpec("about", HELP, QT_TRANSLATE_NOOP("Actions", "&About Reviewer")),
)


def translate(text: str) -> str:
    """An action's text in the interface language (the ``Actions`` context)."""
    return QCoreApplication.translate("Actions", text) if text else text


def build_actions(window: QMainWindow, menus: dict[str, QMenu],
                  extra: dict[str, QAction]) -> dict[str, QAction]:
    """Create every action, put it in its menu, connect it to ``window.on_<name>_triggered``."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        menu = menus.get(spec.menu)
        if menu is None:
            menu = menus[spec.menu] = window.menuBar().addMenu(translate(spec.menu))
            if spec.menu == EDIT:
                for name in ("undo", "redo"):
                    menu.addAction(extra[name])
                menu.addSeparator()
        action = QAction(translate(spec.text), window)
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.setCheckable(spec.checkable)
        if spec.tip:
            action.setStatusTip(translate(spec.tip))
        handler: Callable[[], None] = getattr(window, f"on_{spec.name}_triggered")
        action.triggered.connect(lambda _checked=False, h=handler: h())
        menu.addAction(action)
        window.addAction(action)
        actions[spec.name] = action
    return actions


def shortcut_table() -> list[tuple[str, str]]:
    """(shortcut, what it does) for the Help dialog, undo and redo included."""
    rows = [("Ctrl+Z", QCoreApplication.translate("Actions", "Undo the last edit or approval")),
            ("Ctrl+Shift+Z", QCoreApplication.translate("Actions", "Redo"))]
    for spec in ACTIONS:
        if spec.shortcuts:
            rows.append((" / ".join(spec.shortcuts),
                         translate(spec.text).replace("&", "").rstrip("…")))
    return rows
