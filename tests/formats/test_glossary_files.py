"""Reading glossaries: CSV with language columns or a target column, TBX v2 and v3, and bad or
hostile files refused with the file and the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.core.qa.glossary import Term
from reviewer.formats.errors import BadInputError
from reviewer.formats.glossary_files import read_glossary

TBX2 = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en">
 <martifHeader><fileDesc><sourceDesc><p>news</p></sourceDesc></fileDesc></martifHeader>
 <text><body>
  <termEntry id="t1">
   <descrip type="definition">Defence against attack from the air</descrip>
   <langSet xml:lang="en"><tig><term>air defense</term></tig>
     <tig><term>air defence</term></tig></langSet>
   <langSet xml:lang="uk-UA"><tig><term>протиповітряна оборона</term></tig>
     <ntig><termGrp><term>ППО</term></termGrp></ntig>
     <tig><term>зенітна оборона</term>
       <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
   <langSet xml:lang="ru"><tig><term>ПВО</term></tig></langSet>
  </termEntry>
 </body></text>
</martif>"""

TBX3 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Core" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
 <tbxHeader><fileDesc><sourceDesc><p>news</p></sourceDesc></fileDesc></tbxHeader>
 <text><body>
  <conceptEntry id="c1">
   <langSec xml:lang="en"><termSec><term>Secretary General</term></termSec></langSec>
   <langSec xml:lang="ua"><termSec><term>генеральний секретар</term></termSec>
     <termSec><term>генсек</term></termSec></langSec>
  </conceptEntry>
 </body></text>
</tbx>"""


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def test_csv_with_language_columns_and_synonyms(tmp_path: Path) -> None:
    path = _write(tmp_path, "g.csv", "source,uk,ru,note\nair defense,ППО|протиповітряна оборона,"
                  "ПВО,military\nKyiv,Київ,Киев,\n", encoding="utf-8-sig")
    assert read_glossary(path) == [
        Term("air defense", "uk", "ППО", "military"),
        Term("air defense", "uk", "протиповітряна оборона", "military"),
        Term("air defense", "ru", "ПВО", "military"),
        Term("Kyiv", "uk", "Київ"), Term("Kyiv", "ru", "Киев")]
    assert [t.lang for t in read_glossary(path, lang="ua")] == ["uk", "uk", "uk"]


def test_csv_with_a_target_column_needs_a_language(tmp_path: Path) -> None:
    path = _write(tmp_path, "g.csv", "Source;Target;Comment\nshell;снаряд;artillery\n")
    assert read_glossary(path, lang="uk") == [Term("shell", "uk", "снаряд", "artillery")]
    with pytest.raises(BadInputError, match="g.csv: .*--lang"):
        read_glossary(path)


def test_csv_without_a_header(tmp_path: Path) -> None:
    path = _write(tmp_path, "g.tsv", "shell\tснаряд\nKyiv\tКиев\n")
    assert read_glossary(path, lang="ru") == [Term("shell", "ru", "снаряд"),
                                              Term("Kyiv", "ru", "Киев")]
    with pytest.raises(BadInputError, match="header row"):
        read_glossary(path)


def test_tbx_v2_basic(tmp_path: Path) -> None:
    terms = read_glossary(_write(tmp_path, "g.tbx", TBX2))
    note = "Defence against attack from the air"
    assert terms == [Term(src, lang, tgt, note)
                     for src in ("air defense", "air defence")
                     for lang, tgt in (("uk", "протиповітряна оборона"), ("uk", "ППО"),
                                       ("ru", "ПВО"))]


def test_tbx_v3_core_with_namespace(tmp_path: Path) -> None:
    assert read_glossary(_write(tmp_path, "g.tbx", TBX3), lang="uk") == [
        Term("Secretary General", "uk", "генеральний секретар"),
        Term("Secretary General", "uk", "генсек")]


@pytest.mark.parametrize(("name", "text", "reason"), [
    ("bomb.tbx", '<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY a "aaaa">'
     '<!ENTITY b "&a;&a;&a;">]><martif><text><body/></text></martif>', "entities"),
    ("ext.tbx", '<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
     "<martif><text><body><termEntry><langSet xml:lang='en'><tig><term>&x;</term></tig>"
     "</langSet></termEntry></body></text></martif>", "entities"),
    ("broken.tbx", "<martif><text><body><termEntry>", "not well-formed"),
    ("other.tbx", "<tmx version='1.4'><body/></tmx>", "not a TBX file"),
    ("empty.tbx", TBX2.replace("<langSet xml:lang=\"en\">", "<langSet xml:lang=\"de\">"),
     "no glossary terms"),
    ("terms.pdf", "x", "unsupported glossary type .pdf"),
])
def test_bad_files_are_refused(tmp_path: Path, name: str, text: str, reason: str) -> None:
    with pytest.raises(BadInputError, match=f"{name}: .*{reason}"):
        read_glossary(_write(tmp_path, name, text))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="no such file"):
        read_glossary(tmp_path / "none.csv")
