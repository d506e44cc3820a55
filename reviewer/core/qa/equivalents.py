"""Names that are translated rather than transliterated, and capitalised English non-names.

Each :class:`Equivalent` ties an English pattern (``Kyiv``, ``Ukrainian Armed Forces``,
``United States``) to the stems a Ukrainian or Russian text uses for it (``Київ``/``Києв``,
``ЗСУ``, ``США``/``Сполучен… Штат…``). English patterns are case-sensitive, since names are
capitalised (``Poles``, not ``poles``); Ukrainian and Russian ones are not (``українці``).
``NOT_NAMES`` lists capitalised English words of news text that are titles, institutions or
calendar words, not names to be kept (``Secretary``, ``Palace``, ``Monday``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Equivalent:
    """One name with its accepted renderings: ``id``, English regex, uk/ru regexes, display."""

    id: str
    en: str
    uk: str
    ru: str
    show_uk: str
    show_ru: str

    def pattern(self, lang: str) -> re.Pattern[str]:
        """The regex for ``lang``: English ones match capitalised names only (``Poles``, not
        ``poles``; ``Turkey``, not ``turkey``), Ukrainian and Russian ones any case."""
        if lang in ("uk", "ru"):
            return _compile(getattr(self, lang), re.IGNORECASE)
        return _compile(self.en, 0)

    def show(self, lang: str) -> str:
        return self.show_ru if lang == "ru" else self.show_uk


@cache
def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def _show(pattern: str) -> str:
    """A readable form of a pattern's first alternative: ``Київ``, ``Україн…``, ``Біл… дім``."""
    first = pattern.split("|")[0]
    whole = first.endswith(r"\b")
    text = first.replace(r"\w*", "…").replace(r"\s+", " ").replace(r"\b", "")
    text = re.sub(r"\[([^\]])[^\]]*\]", r"\1", text)  # [её] -> е
    text = re.sub(r"[()?*+\\]|'\?|’\?", "", text)
    return text if whole or text.endswith("…") else text + "…"


def _e(id_: str, en: str, uk: str, ru: str) -> Equivalent:
    """Build an entry; the display forms come from the first uk/ru alternatives."""
    return Equivalent(id_, en, uk, ru, _show(uk), _show(ru))


EQUIVALENTS: tuple[Equivalent, ...] = (
    _e("zsu", r"\b(?:Ukrainian\s+)?Armed\s+Forces(?:\s+of\s+Ukraine)?\b|(?-i:\bAFU\b)",
       r"\bЗСУ\b|\bЗС\b|Збройн\w*\s+Сил", r"\bВСУ\b|\bВС\b|Вооруж[её]нн\w*\s+Сил"),
    _e("us", r"\bUnited\s+States\b|(?-i:\bU\.S\.(?:A\.)?|\bUSA?\b)|\bAmerica\w*",
       r"\bСША\b|Сполучен\w*\s+Штат|Америк|американ", r"\bСША\b|Соедин[её]нн\w*\s+Штат|Америк"
       r"|американ"),
    _e("uk-country", r"\bUnited\s+Kingdom\b|(?-i:\bU\.?K\.?\b)|\bBrit(?:ain|ish)\b|\bEngland\b",
       r"Британ|Англі|Сполучен\w*\s+Королівств", r"Британ|Великобритан|Англи"),
    _e("un", r"\bUnited\s+Nations\b|(?-i:\bU\.?N\.?\b)", r"\bООН\b|Об'?’?єднаних\s+Націй",
       r"\bООН\b|Объедин[её]нных\s+Наций"),
    _e("eu", r"\bEuropean\s+Union\b|(?-i:\bEU\b)", r"\bЄС\b|Євросоюз|Європейськ\w*\s+Союз",
       r"\bЕС\b|Евросоюз|Европейск\w*\s+Союз"),
    _e("white-house", r"\bWhite\s+House\b", r"Біл\w*\s+дім|Біл\w*\s+дом", r"Бел\w*\s+дом"),
    _e("nato", r"(?-i:\bNATO\b)", r"\bНАТО\b|\bNATO\b|Альянс", r"\bНАТО\b|\bNATO\b|Альянс"),
    _e("north-atlantic", r"\bNorth\s+Atlantic\b", r"Північноатлантич", r"Североатлантич"),
    _e("imf", r"(?-i:\bIMF\b)", r"\bМВФ\b", r"\bМВФ\b"),
    _e("osce", r"(?-i:\bOSCE\b)", r"\bОБСЄ\b", r"\bОБСЕ\b"),
    _e("iaea", r"(?-i:\bIAEA\b)", r"\bМАГАТЕ\b", r"\bМАГАТЭ\b"),
    _e("who", r"(?-i:\bWHO\b)", r"\bВООЗ\b", r"\bВОЗ\b"),
    _e("ukraine", r"\bUkrain\w*", r"Україн|\bукр", r"Украин|\bукр"),
    _e("russia", r"\bRussia\w*|(?-i:\bRF\b)", r"Росі|Російськ|Росіян|\bРФ\b",
       r"Росси|Российск|\bРФ\b"),
    _e("kyiv", r"\bKyiv\w*|\bKiev\w*", r"Київ|Києв", r"Киев"),
    _e("kharkiv", r"\bKhark[io]v\w*", r"Харків|Харков", r"Харьков"),
    _e("odesa", r"\bOdess?a\w*", r"Одес", r"Одесс|Одес"),
    _e("lviv", r"\bLviv\w*", r"Льв[іо]в", r"Льв[оі]в"),
    _e("dnipro", r"\bDnipr\w*|\bDnepr\w*", r"Дніпр", r"Днепр"),
    _e("zaporizhzhia", r"\bZaporizh\w*|\bZaporozh\w*", r"Запоріж", r"Запорож"),
    _e("donbas", r"\bDonbass?\b", r"Донбас", r"Донбасс?"),
    _e("crimea", r"\bCrimea\w*", r"Крим", r"Крым"),
    _e("donetsk", r"\bDonetsk\w*", r"Донецьк|Донеччин", r"Донецк"),
    _e("luhansk", r"\bLuhansk\w*|\bLugansk\w*", r"Луганськ|Луганщин", r"Луганск"),
    _e("moscow", r"\bMoscow\w*", r"Москв", r"Москв"),
    _e("kremlin", r"\bKremlin\w*", r"Кремл", r"Кремл"),
    _e("europe", r"\bEurop\w*", r"Європ|Евро", r"Европ|Евро"),
    _e("west", r"\bWest(?:ern)?\b", r"Захід|Заход|Західн|західн", r"Запад"),
    _e("france", r"\bFr(?:ance|ench)\b", r"Франц|француз", r"Франц|француз"),
    _e("italy", r"\bItal(?:y|ian\w*)\b", r"Італ", r"Итал"),
    _e("germany", r"\bGerman\w*", r"Німеч|Німц|німець|німц|ФРН", r"Германи|немец|немц|ФРГ"),
    _e("poland", r"\bPol(?:and|ish)\b|\bPoles?\b", r"Польщ|польськ|поляк", r"Польш|польск|поляк"),
    _e("hungary", r"\bHungar\w*", r"Угорщ|угорськ|угорц", r"Венгр"),
    _e("belarus", r"\bBelarus\w*", r"Білорус", r"Беларус|Белорус"),
    _e("moldova", r"\bMoldov\w*", r"Молдов", r"Молдав|Молдов"),
    _e("romania", r"\bRomania\w*", r"Румун", r"Румын"),
    _e("slovakia", r"\bSlovak\w*", r"Словач", r"Словак|Словац"),
    _e("czech", r"\bCzech\w*", r"Чех|Чеськ|чеськ", r"Чех|Чешск|чешск"),
    _e("lithuania", r"\bLithuania\w*", r"Литв", r"Литв"),
    _e("latvia", r"\bLatvia\w*", r"Латві", r"Латви"),
    _e("estonia", r"\bEstonia\w*", r"Естон", r"Эстон"),
    _e("finland", r"\bFin(?:land|nish)\b|\bFinns?\b", r"Фінлянд|фінськ|фін", r"Финлянд|финск|фин"),
    _e("sweden", r"\bSwed\w*", r"Швеці|шведськ|швед", r"Швеци|шведск|швед"),
    _e("norway", r"\bNorw\w*", r"Норвег", r"Норвег"),
    _e("denmark", r"\bDenmark\b|\bDanish\b|\bDanes?\b", r"Дані|данськ|данц", r"Дани|датск|датчан"),
    _e("netherlands", r"\bNetherlands\b|\bDutch\b|\bHolland\b", r"Нідерланд|Голланд",
       r"Нидерланд|Голланд"),
    _e("belgium", r"\bBelgi\w*", r"Бельгі", r"Бельги"),
    _e("austria", r"\bAustria\w*", r"Австрі", r"Австри"),
    _e("switzerland", r"\bSwitzerland\b|\bSwiss\b", r"Швейцар", r"Швейцар"),
    _e("spain", r"\bSpa(?:in|nish|niards?)\b", r"Іспан", r"Испан"),
    _e("greece", r"\bGree(?:ce|k\w*)\b", r"Греці|грецьк|грек", r"Греци|греческ|грек"),
    _e("turkey", r"\bTurk\w*|\bTürkiye\b", r"Туреччин|турецьк|турк", r"Турци|турецк|турк"),
    _e("israel", r"\bIsrael\w*", r"Ізраїл", r"Израил"),
    _e("iran", r"\bIran\w*", r"Іран", r"Иран"),
    _e("china", r"\bChin(?:a|ese)\b", r"Кита", r"Кита"),
    _e("japan", r"\bJapan\w*", r"Япон", r"Япон"),
    _e("india", r"\bIndia\w*", r"Інді", r"Инди"),
    _e("korea", r"\bKorea\w*", r"Коре", r"Коре"),
    _e("syria", r"\bSyria\w*", r"Сирі", r"Сири"),
    _e("georgia-country", r"\bGeorgia\w*", r"Грузі|грузин", r"Грузи|грузин"),
    _e("africa", r"\bAfrica\w*", r"Африк", r"Африк"),
    _e("asia", r"\bAsia\w*", r"Азі", r"Ази"),
    _e("fbi", r"(?-i:\bFBI\b)", r"\bФБР\b", r"\bФБР\b"),
    _e("cia", r"(?-i:\bCIA\b)", r"\bЦРУ\b", r"\bЦРУ\b"),
    _e("ai", r"(?-i:\bAI\b)|\b[Aa]rtificial\s+[Ii]ntelligence\b", r"\bШІ\b|штучн\w*\s+інтелект",
       r"\bИИ\b|искусственн\w*\s+интеллект"),
    _e("tv", r"(?-i:\bTV\b)", r"\bТБ\b|\bТВ\b|телеб|телев", r"\bТВ\b|телев"),
    _e("hiv", r"(?-i:\bHIV\b)", r"\bВІЛ\b", r"\bВИЧ\b"),
    _e("aids", r"(?-i:\bAIDS\b)|\bAids\b", r"\bСНІД\b", r"\bСПИД\b"),
    _e("mp", r"(?-i:\bMPs?\b)", r"депутат|член\w*\s+парламент", r"депутат|член\w*\s+парламент"),
    _e("atm", r"(?-i:\bATMs?\b)", r"банкомат", r"банкомат"),
    _e("beijing", r"\bBeijing\b", r"Пекін", r"Пекин"),
    _e("pyongyang", r"\bPyongyang\b", r"Пхеньян", r"Пхеньян"),
    _e("pacific", r"\bPacific\b", r"Тих\w*\s+океан|тихоокеан", r"Тих\w*\s+океан|тихоокеан"),
    _e("atlantic", r"\bAtlantic\b", r"Атлантич|атлантич", r"Атлантич|атлантич"),
    _e("middle-east", r"\bMiddle\s+East\w*", r"Близьк\w*\s+Сход|Близьк\w*\s+Схід",
       r"Ближн\w*\s+Восток"),
    _e("english", r"\bEnglish\b", r"англі|Англі", r"англи|Англи"),
    _e("welsh", r"\bWales\b|\bWelsh\b", r"Уельс|уельськ|валлі", r"Уэльс|уэльск|валлий"),
    _e("scotland", r"\bScot(?:land|tish|s)\b", r"Шотланд|шотланд", r"Шотланд|шотланд"),
    _e("ireland", r"\bIr(?:eland|ish)\b", r"Ірланд|ірланд", r"Ирланд|ирланд"),
    _e("labour", r"\bLabour\b", r"лейборист", r"лейборист"),
    _e("conservative", r"\bConservatives?\b|\bTory\b|\bTories\b", r"консерват|торі",
       r"консерват|тори"),
    _e("democrat", r"\bDemocrat(?:s|ic)?\b", r"демократ", r"демократ"),
    _e("republican", r"\bRepublicans?\b|(?-i:\bGOP\b)", r"республікан", r"республикан"),
    _e("catholic", r"\bCatholics?\b", r"католи", r"католи"),
    _e("zelensky", r"\bZelens[kc]\w*", r"Зеленськ", r"Зеленск"),
    _e("biden", r"\bBiden\w*", r"Байден", r"Байден"),
    _e("trump", r"\bTrump\w*", r"Трамп", r"Трамп"),
    _e("scholz", r"\bScholz\b", r"Шольц", r"Шольц"),
    _e("leyen", r"\bvon\s+der\s+Leyen\b", r"фон\s+дер\s+Ляєн", r"фон\s+дер\s+Ляйен"),
)

NOT_NAMES: frozenset[str] = frozenset("""
    the a an this that these those he she it we they i you his her its their our my there then
    so if as when while after before however meanwhile also for of to by with from but and in
    on at what why how who where according
    mr mrs ms dr sir lady lord saint st president prime minister secretary general chancellor
    chairman chairwoman chair speaker ambassador commander chief director head king queen pope
    prince princess mayor governor senator deputy foreign defense defence interior justice
    finance affairs ministry office council committee commission parliament government cabinet
    administration agency service services force air navy guard national security
    intelligence alliance union republic federation kingdom states nations organization
    organisation summit palace house court supreme constitutional party day photo video source
    read update breaking exclusive street square avenue region oblast district city province
    state center centre institute university school church orthodox catholic christian muslim
    jewish islamic north south east northern southern eastern central vice acting former
    colonel major lieutenant captain sergeant army war world cold great second first black sea
    ocean river lake mount island islands bay gulf strait peninsula bridge airport station port
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec minister's president's bank fund forum conference group staff operations
    operation headquarters press news agency telegram twitter facebook youtube internet online
    premier premiers general's secretary-general member members officer officers hospital
    commission community father mother brother sister rev act law bill today tomorrow yesterday
    cathedral museum company corporation inc ltd association society foundation club team
    league cup championship award prize festival county town village park hall tower building
    hotel road lane highway police department bureau board authority network channel station
    assembly congress senate court ministry army navy democrats christians lt col sgt capt
    cmdr adm maj gen hon bst gmt et est edt pst pt cet utc el al de la le van von der di da du
    del bin ibn red white blue green game games cross wide world open tide desert science
    research treasury judiciary attorney hurricane storm tropical depression southwest southeast
    northwest northeast midwest counter sessions stream sky two three four five six seven
    eight nine ten eleven twelve twenty hundred thousand million billion week weekend well live
    true yes save snow salt valley stadium era type rock star stars news post times life love
    home new old big little good best top last next man men woman women boy girl king queen
    lion tiger eagle gold silver iron stone fire water wind light dark night morning evening
    spring summer autumn fall winter christmas easter halloween thanksgiving ramadan sen rep
    prof gov sens reps
""".split())
