"""The word lists of the sentence splitter (casefolded): abbreviations, sentence starters and
reporting verbs, Latin-script ones for every language and Ukrainian and Russian ones.

See :mod:`reviewer.core.segmentation` for what each list means to a candidate break.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Latin-script abbreviations: English, and quoted in Ukrainian and Russian news as they are.
LATIN_NEVER = _words("""
    mr mrs ms messrs mme mlle dr prof sen rep gov gen lt col sgt capt cmdr adm maj rev hon pres
    supt insp det fr mt ft st vs v e.g i.e cf sens reps govs
""")
LATIN_NUMERIC = _words("""
    no nos jan feb mar apr jun jul aug sep sept oct nov dec p pp vol art ch para fig approx est
""")
LATIN_GUARDED = _words("jr sr a.m p.m ave blvd rd")
LATIN_REPORTING = _words("""
    said says added asked told reported wrote tweeted explained continued insisted replied
    recalled noted stated emphasized emphasised declared shouted admitted warned exclaimed
""")
LATIN_STARTERS = _words("""
    the this that these those he she it we they i you his her its their our my there then so if
    as when while after before however meanwhile also for of to by with from some many most one
    but and in on at a an mr mrs ms dr what why how who where
""")

NEVER: dict[str, frozenset[str]] = {
    "uk": _words("""
        вул просп пров бульв пл ім акад проф доц св ген див напр зокр тов д-р ред
        англ нім франц фр лат т.зв т.я
    """),
    "ru": _words("""
        ул просп пр-т пер бульв пл акад проф доц св ген напр тов д-р ред
        англ франц фр лат т.е т.н т.к
    """),
}
NUMERIC: dict[str, frozenset[str]] = {
    "uk": _words("""
        п пп ч № стор січ лют бер квіт трав черв лип серп вер верес жовт лист груд
        тис млн млрд трлн грн коп євро год хв сек км кг
    """),
    "ru": _words("""
        п пп ч № стр янв фев февр мар апр авг сен сент окт ноя нояб дек
        тыс млн млрд трлн руб коп евро мин сек км кг
    """),
}
GUARDED: dict[str, frozenset[str]] = {
    "uk": _words("м с р рр ст о оз обл смт р-н т дж дол"),
    "ru": _words("г гг р с ст см о оз обл пос т им дж долл дол"),
}
STARTERS: dict[str, frozenset[str]] = {
    "uk": _words("""
        у в на за це цей ця ці він вона воно вони ми я ви але проте однак та і й а як що коли
        після до під тоді також крім раніше нагадаємо із з через наразі там тут так ні його її їх
        при серед ще вже тому отже водночас зараз по від для потім згодом нині наприклад
    """),
    "ru": _words("""
        в во на за это этот эта эти он она оно они мы я вы но однако и а как что когда после до
        под тогда также кроме ранее напомним из с со через сейчас там тут так нет его ее её их
        при среди еще ещё уже поэтому итак по от для потом затем позже ныне например
    """),
}
