"""A small library built in the store for the export and import tests, hostile text included.

Article 1 (eight segments) has every status, origin and role, machine translations from two
engines, human versions in uk and ru (with a 2-1 and a 1-0 link), comments, and text with ``&``,
``<``, quotes, emoji, zero-width and bidirectional characters, XML-forbidden control characters,
a carriage return and leading spaces. Article 2 is short and approved in uk only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.core.model import HumanSentence, Link, Origin, Role, SegmentDraft, Status
from reviewer.storage.store import Store
from tests.seed import seed_mt

SCHEMAS = Path(__file__).resolve().parents[2] / ".." / "shared" / "schemas"

HOSTILE = (
    "Tom & Jerry <b>bold</b> \"quoted\" 'single' ]]> 🇺🇦👍🏽 zero\u200bwidth\u200d "
    "\u200fRTL\u200e \u202eevil\u202c"
)
CONTROL = "bell\x07 nul\x00 vt\x0bff\x0c esc\x1b del\x7f c1\x85 cr\rlf\ntab\t"
CONTROL_CLEANED = "bell nul vt ff  esc del\x7f c1\x85 cr\rlf\ntab\t"  # VT, FF: spaces

SOURCES = [
    (0, Role.HEADLINE, 'NATO & Ukraine: <talks> "today"'),
    (1, Role.CAPTION, '=HYPERLINK("http://evil") photo caption'),
    (2, Role.BODY, "  Leading spaces and " + HOSTILE),
    (2, Role.BODY, "Second sentence with " + CONTROL),
    (3, Role.SUBHEADING, "+Subheading starts with plus"),
    (4, Role.BODY, "-minus @at draft sentence."),
    (4, Role.BODY, "A rejected sentence."),
    (5, Role.QUOTE, "A quote without any translation."),
]

UK = [
    (
        'НАТО та Україна: <переговори> "сьогодні"',
        Status.APPROVED,
        Origin.MT,
        "google",
        "перевірити & <це>",
    ),
    ("=ГІПЕРПОСИЛАННЯ фото підпис", Status.APPROVED, Origin.HUMAN, None, ""),
    ("  Пробіли на початку та " + HOSTILE, Status.APPROVED, Origin.EDITED, None, ""),
    ("Друге речення з " + CONTROL, Status.APPROVED, Origin.MT, "deepl", ""),
    ("+Підзаголовок", Status.APPROVED, Origin.TM, None, ""),
    ("-мінус @ чернетка.", Status.DRAFT, Origin.MT, "google", "not sure"),
    ("Відхилене речення.", Status.REJECTED, Origin.MT, "google", "wrong sense"),
]
RU = [
    ("НАТО и Украина: <переговоры>", Status.APPROVED, Origin.HUMAN, None, ""),
    ("Подпись", Status.NEW, Origin.MT, "google", ""),
]
HUMAN_UK = [
    "НАТО і Україна: людський заголовок",
    "Людський підпис",
    "Людське речення, що покриває два сегменти.",
    "Людський підзаголовок",
    "Людська чернетка.",
    "Людська цитата.",
]


def build_library(path: Path) -> tuple[int, int]:
    """Create the two articles in a store at ``path``; return their ids."""
    with Store(path) as store:
        a = store.add_article(
            "NATO & Ukraine: <talks>",
            "en",
            "test://hostile",
            [SegmentDraft(p, r, t) for p, r, t in SOURCES],
        )
        segs = store.segments(a.id)
        human = [
            HumanSentence(i, p, t)
            for i, (p, t) in enumerate(zip((0, 1, 2, 3, 4, 5), HUMAN_UK, strict=True))
        ]
        # 2-1 for segments 3-4, 1-0 for segment 7 (the rejected one).
        links = [
            Link(0, 1, 0, 1),
            Link(1, 2, 1, 2),
            Link(2, 4, 2, 3),
            Link(4, 5, 3, 4),
            Link(5, 6, 4, 5),
            Link(6, 7, 4, 4, flagged=True),
            Link(7, 8, 5, 6),
        ]
        store.set_human_version(a.id, "uk", "Людський заголовок", "test://uk", human, links)
        store.set_human_version(
            a.id,
            "ru",
            "Русский заголовок",
            "test://ru",
            [HumanSentence(0, 0, "Человеческий заголовок")],
            [Link(0, 1, 0, 1), Link(1, 8, 1, 1, flagged=True)],
        )
        for seg, (text, status, origin, engine, comment) in zip(segs, UK, strict=False):
            store.set_translation(
                seg.id, "uk", text, Status.DRAFT, origin, engine=engine, actor="olena"
            )
            store.set_translation(
                seg.id, "uk", text, status, origin, engine=engine, comment=comment, actor="mykola"
            )
        for seg, (text, status, origin, engine, comment) in zip(segs, RU, strict=False):
            store.set_translation(
                seg.id, "ru", text, status, origin, engine=engine, comment=comment, actor="irina"
            )
        for seg in segs[:6]:
            seed_mt(store, seg.id, "uk", "google", f"google uk {seg.index + 1} & <mt>")
            seed_mt(store, seg.id, "uk", "deepl", f"deepl uk {seg.index + 1}")
        seed_mt(store, segs[7].id, "uk", "google", None, error="HTTP 429")
        seed_mt(store, segs[0].id, "ru", "google", "google ru 1")
        b = store.add_article(
            "Second article",
            "en",
            "test://second",
            [
                SegmentDraft(0, Role.HEADLINE, "Second headline"),
                SegmentDraft(1, Role.BODY, "Second body."),
            ],
        )
        for seg, text in zip(
            store.segments(b.id), ["Другий заголовок", "Друге тіло."], strict=True
        ):
            store.set_translation(seg.id, "uk", text, Status.APPROVED, Origin.EDITED)
    return a.id, b.id


def expected_uk_approved() -> list[int]:
    """0-based indices of article 1's approved uk segments."""
    return [i for i, row in enumerate(UK) if row[1] == Status.APPROVED]


ITS_XSD = Path(__file__).resolve().parent / "its20.xsd"


def _xsd(name: str, location: str, its: bool = False):  # noqa: ANN202 - lxml types
    import pytest
    from lxml import etree

    path = SCHEMAS / name
    if not path.exists():
        pytest.skip(f"the OASIS schemas are not at {SCHEMAS.resolve()} (shared/schemas)")
    xml_location = f'schemaLocation="{(SCHEMAS / "xml.xsd").resolve().as_uri()}"'
    text = path.read_text(encoding="utf-8").replace(f'schemaLocation="{location}"', xml_location)
    if its:  # the ITS declarations imported beside xml.xsd
        prefix = "xsd" if "<xsd:import" in text else "xs"
        text = text.replace(
            xml_location,
            f'{xml_location}/><{prefix}:import namespace="http://www.w3.org/2005/11/its" '
            f'schemaLocation="{ITS_XSD.as_uri()}"',
            1,
        )
    return etree.XMLSchema(etree.fromstring(text.encode("utf-8"), base_url=path.resolve().as_uri()))


def xliff12_schema():  # noqa: ANN201
    """The OASIS XLIFF 1.2 strict schema, its xml.xsd import pointed at the local copy."""
    return _xsd("xliff-core-1.2-strict.xsd", "http://www.w3.org/2001/xml.xsd")


def xliff12_its_schema():  # noqa: ANN201
    """The XLIFF 1.2 strict schema with the ITS 2.0 quality-issue attributes declared
    (``its20.xsd`` here): strict XLIFF 1.2 takes only declared attributes of other namespaces."""
    return _xsd("xliff-core-1.2-strict.xsd", "http://www.w3.org/2001/xml.xsd", its=True)


def xliff12_transitional_schema():  # noqa: ANN201
    """The OASIS XLIFF 1.2 transitional schema (attributes of other namespaces unchecked)."""
    return _xsd("xliff-core-1.2-transitional.xsd", "http://www.w3.org/2001/xml.xsd")


def xliff2_its_schema():  # noqa: ANN201
    """The XLIFF 2.0 core schema with the ITS attributes declared, so that their values are
    checked (the core alone accepts any, processContents="lax")."""
    return _xsd("xliff-core-2.0.xsd", "informativeCopiesOf3rdPartySchemas/w3c/xml.xsd", its=True)


def xliff2_schema():  # noqa: ANN201
    """The OASIS XLIFF 2.0 core schema (2.1 keeps the core), xml.xsd pointed at the local copy."""
    return _xsd("xliff-core-2.0.xsd", "informativeCopiesOf3rdPartySchemas/w3c/xml.xsd")


def tmx_dtd():  # noqa: ANN201
    """The LISA TMX 1.4b DTD."""
    import pytest
    from lxml import etree

    path = SCHEMAS / "tmx14.dtd"
    if not path.exists():
        pytest.skip(f"the TMX DTD is not at {SCHEMAS.resolve()} (shared/schemas)")
    return etree.DTD(str(path))


def validate(schema, path: Path) -> None:  # noqa: ANN001
    """Parse ``path`` strictly and assert it is valid, showing the schema's errors if not."""
    from lxml import etree

    doc = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    assert schema.validate(doc), "\n".join(str(e) for e in schema.error_log)


def library_copy(built: Path, tmp: Path) -> Path:
    """A private copy of a built library database (so a test may change it)."""
    import shutil

    target = tmp / "library.db"
    shutil.copyfile(built, target)
    return target


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, int]:
    """The two-article library, built once per test module: (database path, id 1, id 2)."""
    path = tmp_path_factory.mktemp("library") / "library.db"
    first, second = build_library(path)
    return path, first, second
