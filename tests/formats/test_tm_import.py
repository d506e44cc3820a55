"""Importing TMX and XLIFF from other tools: foreign flavours, hostile XML, malformed files (never a
half-import), the translation memory, human versions and new articles."""

# ruff: noqa: E501 - the sample files below keep the long lines real tools write

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.core.model import Role
from reviewer.formats.errors import BadInputError
from reviewer.formats.exchange_import import import_as_article, import_as_human, import_tm
from reviewer.formats.export import ExportOptions, export
from reviewer.formats.tm_import import read_exchange
from reviewer.formats.xmltext import clean
from reviewer.storage.export_queries import tm_lookup, tm_units
from reviewer.storage.store import Store
from tests.formats.exchange_data import UK, library, library_copy  # noqa: F401 - fixture

OMEGAT_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.4">
  <header creationtool="OmegaT" creationtoolversion="6.0.0" segtype="sentence" o-tmf="OmegaT"
          adminlang="EN-US" srclang="EN-US" datatype="plaintext"/>
  <body>
    <tu>
      <tuv xml:lang="EN-US"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> now.</seg></tuv>
      <tuv xml:lang="UK-UA" changeid="olena" changedate="20240501T101010Z"><seg>Натисніть <bpt i="1">&lt;b&gt;</bpt>Зберегти<ept i="1">&lt;/b&gt;</ept> зараз.</seg></tuv>
    </tu>
    <tu>
      <tuv lang="en"><seg>Old <ph x="1">&lt;br/&gt;</ph>style <hi>lang</hi> attribute.</seg></tuv>
      <tuv lang="ru"><seg>Старый атрибут.</seg></tuv>
      <tuv xml:lang="tlh"><seg>Klingon is skipped.</seg></tuv>
    </tu>
  </body>
</tmx>
"""

SDLXLIFF = """<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
<file original="news.docx" datatype="x-sdlfilterframework2" source-language="en-US" target-language="uk-UA">
<header><tool tool-id="t1" tool-name="SDL Trados Studio" tool-version="17"/></header>
<body><trans-unit id="u1">
<source>First one. Second one.</source>
<seg-source><mrk mtype="seg" mid="1">First one.</mrk> <mrk mtype="seg" mid="2">Second <g id="5">one</g>.</mrk></seg-source>
<target><mrk mtype="seg" mid="1">Перше.</mrk> <mrk mtype="seg" mid="2">Друге <g id="5">одне</g>.</mrk></target>
<sdl:seg-defs><sdl:seg id="1" conf="ApprovedTranslation"/><sdl:seg id="2" conf="RejectedTranslation"/></sdl:seg-defs>
</trans-unit></body></file></xliff>
"""

MQXLIFF = """<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff" version="1.2">
<file original="a.txt" datatype="plaintext" source-language="eng" target-language="rus">
<body>
<trans-unit id="1" mq:status="ManuallyConfirmed"><source>Hello.</source><target>Привет.</target></trans-unit>
<trans-unit id="2" mq:status="NotStarted"><source>Untranslated.</source><target/></trans-unit>
</body></file></xliff>
"""

XLIFF2 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="uk">
<file id="f1"><unit id="u1">
<segment id="a" state="final"><source>Bell<cp hex="0007"/> and <pc id="1">bold</pc>.</source>
<target>Дзвін<cp hex="0007"/> і <pc id="1">жирний</pc>.</target></segment>
<ignorable><source> </source></ignorable>
<segment id="b" state="translated" subState="reviewer:rejected"><source>Two.</source><target>Два.</target></segment>
</unit></file></xliff>
"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&d;</seg></tuv>
<tuv xml:lang="uk"><seg>x</seg></tuv></tu></body></tmx>
"""
XXE = """<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&xxe;</seg></tuv>
<tuv xml:lang="uk"><seg>x</seg></tuv></tu></body></tmx>
"""
PARAMETER_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>
<tmx version="1.4"><header srclang="en"/><body/></tmx>
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_omegat_tmx_with_inline_codes_and_old_lang_attributes(tmp_path):
    f = read_exchange(_write(tmp_path, "project_save.tmx", OMEGAT_TMX))
    assert (f.kind, f.tool) == ("tmx", "OmegaT 6.0.0")
    first, second = f.units
    assert first.source_lang == "en" and first.source == "Press Save now."
    uk = first.variants["uk"]
    assert (uk.text, uk.author, uk.changed_at) == ("Натисніть Зберегти зараз.", "olena",
                                                   "2024-05-01T10:10:10+00:00")
    assert second.source == "Old style lang attribute."
    assert second.variants["ru"].text == "Старый атрибут."
    assert f.skipped_langs == {"tlh"}


def test_trados_sdlxliff_segments_and_confirmation_levels(tmp_path):
    f = read_exchange(_write(tmp_path, "news.docx.sdlxliff", SDLXLIFF))
    assert f.tool == "SDL Trados Studio 17"
    assert [(u.id, u.source, u.variants["uk"].text, u.variants["uk"].status) for u in f.units] == [
        ("u1:1", "First one.", "Перше.", "approved"),
        ("u1:2", "Second one.", "Друге одне.", "rejected")]


def test_memoq_status_and_empty_targets(tmp_path):
    f = read_exchange(_write(tmp_path, "a.mqxliff", MQXLIFF))
    assert f.units[0].variants["ru"].status == "approved"
    assert "ru" not in f.units[1].variants  # an empty target is no translation


def test_xliff2_segments_code_points_and_states(tmp_path):
    f = read_exchange(_write(tmp_path, "a.xlf", XLIFF2))
    assert [(u.id, u.source, u.variants["uk"].text, u.variants["uk"].status) for u in f.units] == [
        ("u1::a", "Bell\x07 and bold.", "Дзвін\x07 і жирний.", "approved"),
        ("u1::b", "Two.", "Два.", "rejected")]


@pytest.mark.parametrize("text, reason", [
    (BILLION_LAUGHS, "refused for safety"), (XXE, "refused for safety"),
    (PARAMETER_ENTITY, "refused for safety"),
    (OMEGAT_TMX[:700], "not well-formed XML at line"),
    ("<html><body>hi</body></html>", "not a TMX or XLIFF file (it starts with <html>)"),
    ("", "not well-formed XML"),
    ('<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"/></tu></body></tmx>',
     "translation unit 1: the <tuv xml:lang=\"en\"> has no <seg>"),
    ('<xliff version="1.2"><file original="x" source-language="en" datatype="plaintext">'
     "<body/></file></xliff>", "has no target-language"),
])
def test_hostile_or_malformed_files_get_a_clear_one_line_message(tmp_path, text, reason):
    path = _write(tmp_path, "bad.tmx", text)
    with pytest.raises(BadInputError) as err:
        read_exchange(path)
    message = str(err.value)
    assert message.startswith(f"{path}: ") and reason in message and "\n" not in message


def test_a_missing_file(tmp_path):
    with pytest.raises(BadInputError, match="no such file"):
        read_exchange(tmp_path / "nope.tmx")


def test_a_file_the_disk_cannot_read(tmp_path, monkeypatch):
    """A read error of the world (here a failing disk) names the file, as a bad file does."""
    import errno

    import defusedxml.ElementTree as SafeET

    def failing(*_args, **_kwargs):
        raise OSError(errno.EIO, "Input/output error")
        yield  # pragma: no cover - a generator, as iterparse is

    path = _write(tmp_path, "memory.tmx", "<tmx/>")
    monkeypatch.setattr(SafeET, "iterparse", failing)
    with pytest.raises(BadInputError) as err:
        read_exchange(path)
    assert str(err.value) == f"{path}: cannot read the file (input/output error)"


def test_never_a_half_import(library, tmp_path):  # noqa: F811
    db = library_copy(library[0], tmp_path)
    # Well-formed up to the last unit, then broken: nothing may be stored.
    good = OMEGAT_TMX.replace("</body>", "<tu><tuv xml:lang='en'><seg>x</seg></tuv>"
                                         "<tuv xml:lang='uk'><seg>y</seg></tuv></tu></body>")
    broken = _write(tmp_path, "broken.tmx", good[:-30])
    with Store(db) as store:
        before = (len(store.articles()), tm_units(store))
        for call in (lambda: import_tm(store, broken),
                     lambda: import_as_article(store, broken),
                     lambda: import_as_human(store, broken, library[1], "uk")):
            with pytest.raises(BadInputError):
                call()
        assert (len(store.articles()), tm_units(store)) == before
        assert store.human_sentences(library[1], "uk")[0].text.startswith("НАТО і Україна")


def test_translation_memory_import_is_idempotent_and_skips_rejected(library, tmp_path):  # noqa: F811
    db = library_copy(library[0], tmp_path)
    with Store(db) as store:
        export(store, None, tmp_path / "lib.tmx", ExportOptions("tmx", all_statuses=True))
        first = import_tm(store, tmp_path / "lib.tmx")
        again = import_tm(store, tmp_path / "lib.tmx")
        # The window reads the file off the database thread and hands over what it read.
        sdl = import_tm(store, read_exchange(_write(tmp_path, "n.sdlxliff", SDLXLIFF)))
        assert (first.added, first.already) == (len(tm_units(store)) - 1, 0)
        assert (again.added, again.already) == (0, first.added)
        assert first.skipped == 1  # the rejected uk translation of segment 7
        assert first.langs == {"en-uk": 8, "en-ru": 2}
        assert (sdl.added, sdl.skipped) == (1, 1)
        hits = tm_lookup(store, "  Second   headline ", "en", "uk")
        assert [(h.target, h.origin, h.tool, h.status) for h in hits] == [
            ("Другий заголовок", "lib.tmx", "reviewer 0.1.0", "approved")]


def test_import_back_as_the_human_version_links_by_source(library, tmp_path):  # noqa: F811
    db = library_copy(library[0], tmp_path)
    with Store(db) as store:
        export(store, [library[1]], tmp_path / "a1.tmx", ExportOptions("tmx", ("uk",)))
        summary = import_as_human(store, tmp_path / "a1.tmx", library[1], "ua")
        links = store.links(library[1], "uk")
        sentences = store.human_sentences(library[1], "uk")
        views = store.segment_views(library[1], ["uk"])
    assert summary.langs == {"uk": 5} and summary.flagged == 3
    assert [(k.kind, k.flagged) for k in links] == [("1-1", False)] * 5 + [("1-0", True)] * 3
    # The human text is what the file holds: forbidden characters were removed on export.
    assert [s.text for s in sentences] == [clean(UK[i][0]).strip() for i in range(5)]
    assert sentences[0].role == Role.HEADLINE and sentences[3].paragraph == 2
    assert views[0].human["uk"] == UK[0][0]


def test_import_with_differing_source_falls_back_to_the_aligner(library, tmp_path):  # noqa: F811
    db = library_copy(library[0], tmp_path)
    text = ('<tmx version="1.4"><header srclang="en" creationtool="x" creationtoolversion="1" '
            'segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/><body>'
            '<tu><tuv xml:lang="en"><seg>Second headline</seg></tuv>'
            '<tuv xml:lang="ru"><seg>Второй заголовок</seg></tuv></tu>'
            '<tu><tuv xml:lang="en"><seg>A rewritten second body.</seg></tuv>'
            '<tuv xml:lang="ru"><seg>Переписанное второе тело.</seg></tuv></tu></body></tmx>')
    with Store(db) as store:
        import_as_human(store, _write(tmp_path, "r.tmx", text), library[2], "ru")
        links = store.links(library[2], "ru")
    assert [(k.kind, k.flagged) for k in links] == [("1-1", False), ("1-1", True)]


def test_import_as_a_new_article_with_every_language(library, tmp_path):  # noqa: F811
    db = library_copy(library[0], tmp_path)
    with Store(db) as store:
        export(store, [library[1]], tmp_path / "all.tmx", ExportOptions("tmx", all_statuses=True))
        summary = import_as_article(store, tmp_path / "all.tmx", "Imported")
        article = store.article(summary.article_id)
        segments = store.segments(article.id)
        uk = store.human_sentences(article.id, "uk")
        ru_links = store.links(article.id, "ru")
    assert article.title == "Imported" and article.source_lang == "en"
    assert [s.role for s in segments] == [Role.HEADLINE, Role.CAPTION, Role.BODY, Role.BODY,
                                          Role.SUBHEADING, Role.BODY, Role.BODY]
    assert [s.paragraph for s in segments] == [0, 1, 2, 2, 3, 4, 4]
    assert len(uk) == 7 and summary.langs == {"uk": 7, "ru": 2}
    assert [k.kind for k in ru_links] == ["1-1", "1-1"] + ["1-0"] * 5


def test_hostile_nesting_depth_is_read_without_recursion(tmp_path):
    depth = 50_000
    text = ('<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>'
            + "<hi>" * depth + "deep" + "</hi>" * depth
            + '</seg></tuv><tuv xml:lang="uk"><seg>глибоко</seg></tuv></tu></body></tmx>')
    [unit] = read_exchange(_write(tmp_path, "deep.tmx", text)).units
    assert (unit.source, unit.variants["uk"].text) == ("deep", "глибоко")


def test_utf16_tmx_as_trados_writes_it(tmp_path):
    text = ('<?xml version="1.0" encoding="UTF-16"?><tmx version="1.4"><header srclang="en-US" '
            'creationtool="SDL Language Platform"/><body><tu><tuv xml:lang="en-US"><seg>Hi</seg>'
            '</tuv><tuv xml:lang="uk-UA"><seg>Привіт</seg></tuv></tu></body></tmx>')
    path = tmp_path / "trados.tmx"
    path.write_bytes(text.encode("utf-16"))
    f = read_exchange(path)
    assert f.tool == "SDL Language Platform"
    assert [(u.source, u.variants["uk"].text) for u in f.units] == [("Hi", "Привіт")]
