"""Glossary terms: matching in the source with word boundaries and English inflection, target
terms by stem across Ukrainian and Russian case endings, and the glossary check."""

from __future__ import annotations

from reviewer.core.qa.glossary import (
    Glossary,
    Term,
    check_glossary,
    find_target,
    source_pattern,
)

TERMS = [
    Term("air defense", "uk", "протиповітряна оборона"), Term("air defense", "uk", "ППО"),
    Term("air defense", "ru", "ПВО"), Term("air defense system", "uk", "система ППО"),
    Term("Secretary General", "uk", "генеральний секретар", "NATO's, not the UN's"),
    Term("Secretary General", "ru", "генеральный секретарь"),
    Term("US", "uk", "США"), Term("shell", "uk", "снаряд"), Term("Kyiv", "uk", "Київ"),
    Term("year", "uk", "рік"),
]
GLOSSARY = Glossary(TERMS)


def test_entries_group_targets_by_source() -> None:
    entry = next(e for e in GLOSSARY.entries if e.source == "air defense")
    assert entry.targets == {"uk": ("протиповітряна оборона", "ППО"), "ru": ("ПВО",)}
    assert len(GLOSSARY) == 7


def test_source_terms_with_boundaries_plural_and_hyphen() -> None:
    text = "US air-defense systems and NATO's Secretary General's shells; us, USA, Kyivstar."
    found = [(m.text, m.entry.source) for m in GLOSSARY.find_terms(text)]
    assert found == [("US", "US"), ("air-defense systems", "air defense system"),
                     ("Secretary General's", "Secretary General"), ("shells", "shell")]
    match = GLOSSARY.find_terms("The air defense held.")[0]
    assert (match.start, match.end) == (4, 15)
    assert source_pattern("shell").search("eggshells") is None


def test_target_terms_in_any_case_form() -> None:
    assert find_target("протиповітряна оборона", "для протиповітряної оборони")
    assert find_target("протиповітряна оборона", "протиповітряною обороною")
    assert find_target("генеральный секретарь", "генерального секретаря НАТО")
    assert find_target("снаряд", "мільйона снарядів")
    assert find_target("Київ", "у Києві") == [(2, 7)]
    assert find_target("рік", "цього року")
    assert find_target("ППО", "системою ППО") and not find_target("ППО", "ППОШ")
    assert not find_target("оборона", "оборот")


def test_check_reports_a_term_not_used() -> None:
    src = "The Samp-T air defense system reached Kyiv."
    assert check_glossary(src, "Система ППО Samp-T прибула до Києва.", "uk", GLOSSARY) == []
    assert check_glossary(src, "Система ПВО Samp-T прибыла в Киев.", "ru", GLOSSARY) == []
    [f] = check_glossary(src, "Зенітний комплекс Samp-T прибув до Києва.", "uk", GLOSSARY)
    assert f.kind == "glossary" and f.code == "term-not-used"
    assert "“система ППО”" in f.message
    assert src[f.source_spans[0].start:f.source_spans[0].end] == "air defense system"
    [f] = check_glossary("The Secretary General spoke.", "Генсек виступив.", "uk", GLOSSARY)
    assert "Note: NATO's, not the UN's" in f.message


def test_no_glossary_or_no_target_for_the_language() -> None:
    assert check_glossary("The US agreed.", "США погодилися.", "uk", None) == []
    assert check_glossary("The US agreed.", "Штаты согласились.", "ru", GLOSSARY) == []
