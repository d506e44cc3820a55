"""Every flag reason the aligner gives has an interface text in the alignment views."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reviewer.core.flags import REASONS
from reviewer.core.model import Link
from reviewer.ui.alignment_models import LinksModel
from reviewer.ui.labels import flag_reasons


def test_every_flag_reason_has_an_interface_text(qtbot: QtBot) -> None:
    model = LinksModel([], [], [])
    assert set(flag_reasons()) == set(REASONS)
    note = model.note(Link(0, 1, 0, 1, True, reason="edition"))
    assert note == "check alignment: only the other edition holds this link"
