"""Form checks: end punctuation, quotation marks, doubled spaces, untranslated text, script,
length; and the switches of QAConfig."""

from __future__ import annotations

import pytest

from reviewer.core.qa import QAConfig, UnknownCheckError, check_text, parse_checks
from reviewer.core.qa.form import (
    check_length,
    check_punctuation,
    check_quotes,
    check_script,
    check_spaces,
    check_untranslated,
)

SRC = "The budget for air defense grows by a third."
UK = "Бюджет на протиповітряну оборону зростає на третину."


def test_end_punctuation() -> None:
    assert check_punctuation(SRC, UK) == []
    assert check_punctuation("Will NATO send troops?", "Чи відправить НАТО війська?") == []
    assert check_punctuation("Ukraine seeks support", "Україна просить підтримки") == []
    assert check_punctuation('"We did it," he said.', "«Ми це зробили», — сказав він.") == []
    assert check_punctuation("“Yes,” he said.", "«Так, — сказав він. —") == []
    [f] = check_punctuation(SRC, UK[:-1])
    assert f.code == "end-punctuation" and "full stop" in f.message
    assert f.target_spans[0].end == len(UK) - 1
    [f] = check_punctuation("Will NATO send troops?", "НАТО відправить війська.")
    assert "question mark" in f.message
    [f] = check_punctuation("Ukraine seeks more support", "Україна просить підтримки.")
    assert "no punctuation" in f.message


def test_quotation_marks() -> None:
    assert check_quotes("«Ми не виконали того, що обіцяли»", "uk") == []
    assert check_quotes("«Він сказав: „ні“»", "uk") == []
    assert check_quotes('«Він сказав: "ні"»', "uk") == []
    assert check_quotes("“We did not”", "en") == []
    [f] = check_quotes("“Ми не виконали того, що обіцяли”", "uk")
    assert f.code == "quotes-style" and len(f.target_spans) == 2 and "«»" in f.message
    [f] = check_quotes('"Мы не выполнили того, что обещали"', "ru")
    assert f.target_spans[0] == (0, 1)
    [f] = check_quotes("«НАТО не має наміру", "uk", source="“NATO has no intention”")
    assert f.code == "quotes-unbalanced"
    assert check_quotes("«НАТО не має наміру", "uk", source="“NATO has no intention") == []


def test_doubled_spaces() -> None:
    assert check_spaces(UK) == []
    [f] = check_spaces("Бюджет  на оборону\u00a0 зростає ")
    assert f.target_spans == ((6, 8), (18, 20)) and f.severity == "info"


def test_untranslated() -> None:
    [f] = check_untranslated(SRC, f"  {SRC} ")
    assert f.code == "untranslated" and f.severity == "error"
    assert check_untranslated("ANSA", "ANSA") == []
    assert check_untranslated(SRC, UK) == []


def test_script() -> None:
    assert check_script("ППО Samp-T і ANSA", "uk", source="Samp-T air defense, ANSA") == []
    [f] = check_script("The budget for air defense grows, каже він.", "uk")
    assert f.code == "latin-text"
    [f] = check_script("Бюджет на оборону зростає, объявил он.", "uk")
    assert f.code == "other-language" and "(ъ)" in f.message and f.target_spans == ((27, 34),)
    [f] = check_script("Бюджет на оборону растёт", "uk")
    assert f.code == "other-language" and "ё" in f.message
    [f] = check_script("Бюджет на оборону зростає, сказав він.", "ru")
    assert f.code == "other-language" and "є" in f.message
    [f] = check_script("Генсек НAТО заявив", "uk")  # a Latin A
    assert f.code == "mixed-script" and f.target_spans == ((7, 11),)


def test_length_band() -> None:
    assert check_length(SRC, UK, (0.6, 1.8)) == []
    [f] = check_length(SRC, "Бюджет зростає.", (0.6, 1.8))
    assert f.code == "too-short"
    [f] = check_length(SRC, UK * 2, (0.6, 1.8))
    assert f.code == "too-long"
    assert check_length("Short one.", "Дуже, дуже довгий переклад.", (0.6, 1.8)) == []


def test_config_switches_checks_off() -> None:
    text = "“Бюджет  на оборону зростає”"
    kinds = {f.kind for f in check_text(SRC, text, "uk")}
    assert {"quotes", "spaces", "punctuation"} <= kinds
    spaces_only = QAConfig(enabled=frozenset({"spaces"}))
    only = {f.kind for f in check_text(SRC, text, "uk", spaces_only)}
    assert only == {"spaces"}
    assert parse_checks("numbers, Names") == {"numbers", "names"}
    with pytest.raises(UnknownCheckError, match="unknown check speling"):
        parse_checks("numbers,speling")
