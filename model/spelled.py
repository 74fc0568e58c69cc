"""Read phone numbers spelled out in words: "zéro six, douze, trente-quatre…", "five five five…".

People dictate a number to a chat as they would say it on the phone, in single digits
("seis uno dos…") or, in French and often in Spanish and German, in pairs ("zéro six,
douze, trente-quatre"). This module finds runs of number words in the eight languages
(0–99: tens joined to units by "y", "e", "et" or a hyphen, and the one-word compounds
of German, Dutch, Italian and Spanish) and returns their digits and where they stand,
for the phone matcher to judge like typed digits.
"""

from __future__ import annotations

import re
from functools import cache

from model.text import lower

# The shortest run of digits a spelled-out phone number can have: national numbers
# have 8 or more digits in the languages read here (7-digit local numbers need an
# area code the matcher would not have).
MIN_DIGITS = 8
# A run needs this many spelled groups: "my 2 kids and 3 dogs" is no number.
MIN_WORD_GROUPS = 3

_UNITS = {
    "en": "zero one two three four five six seven eight nine",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
}
# Other spellings of units: feminine forms, Brazil's "meia" (half a dozen), "zwo".
_MORE_UNITS = {
    "una": 1,
    "uma": 1,
    "une": 1,
    "duas": 2,
    "tres": 3,
    "meia": 6,
    "zwo": 2,
    "ein": 1,
    "jedna": 1,
    "één": 1,
}
_TEENS = {
    "en": "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
    "es": "diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve",
    "pt": "dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove",
    "it": "dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove",
    "fr": "dix onze douze treize quatorze quinze seize",
    "de": "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn",
    "nl": "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien",
    "pl": "dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście "
    "siedemnaście osiemnaście dziewiętnaście",
}
_MORE_TEENS = {"dieciseis": 16, "quatorze": 14, "dezasseis": 16, "dezassete": 17, "dezanove": 19}
_TENS = {
    "en": "twenty thirty forty fifty sixty seventy eighty ninety",
    "es": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    "pt": "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
    "it": "venti trenta quaranta cinquanta sessanta settanta ottanta novanta",
    "fr": "vingt trente quarante cinquante soixante septante huitante nonante",
    "de": "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
    "nl": "twintig dertig veertig vijftig zestig zeventig tachtig negentig",
    "pl": "dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt "
    "siedemdziesiąt osiemdziesiąt dziewięćdziesiąt",
}
_MORE_TENS = {"vingts": 20, "dreissig": 30, "octante": 80}
# Hundreds said as one word ("sześćset dwa", "seiscientos doce", "novecentos e doze",
# "trecento"): a group of three digits, filled by the tens and units that follow.
_HUNDREDS = {
    "pl": "sto dwieście trzysta czterysta pięćset sześćset siedemset osiemset dziewięćset",
    "es": "ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos "
    "ochocientos novecientos",
    "pt": "cento duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos "
    "novecentos",
    "it": "cento duecento trecento quattrocento cinquecento seicento settecento ottocento "
    "novecento",
    "de": "hundert zweihundert dreihundert vierhundert fünfhundert sechshundert siebenhundert "
    "achthundert neunhundert",
    "nl": "honderd tweehonderd driehonderd vierhonderd vijfhonderd zeshonderd zevenhonderd "
    "achthonderd negenhonderd",
}
_MORE_HUNDREDS = {"cien": 100, "cem": 100, "doscientas": 200, "trescientas": 300,
                  "cuatrocientas": 400, "quinientas": 500, "seiscientas": 600,
                  "setecientas": 700, "ochocientas": 800, "novecientas": 900,
                  "einhundert": 100, "eenhonderd": 100}  # fmt: skip
# Between tens and units: "treinta y dos", "vinte e um", "vingt et un", "soixante et onze".
_CONNECTORS = frozenset({"y", "e", "et"})


@cache
def _values() -> dict[str, int]:
    """Return every number word of 0-99 this module reads, with its value."""
    values: dict[str, int] = {}
    for lang, words in _UNITS.items():
        values.update((w, n) for n, w in enumerate(words.split()))
        values.update((w, 10 + n) for n, w in enumerate(_TEENS[lang].split()))
        values.update((w, 20 + 10 * n) for n, w in enumerate(_TENS[lang].split()))
    values.update(_MORE_UNITS)
    values.update(_MORE_TEENS)
    values.update(_MORE_TENS)
    for words in _HUNDREDS.values():
        values.update((w, 100 * (n + 1)) for n, w in enumerate(words.split()))
    values.update(_MORE_HUNDREDS)
    units = {lang: words.split()[1:] for lang, words in _UNITS.items()}
    tens = {lang: words.split() for lang, words in _TENS.items()}
    for n, t in enumerate(tens["it"]):  # ventuno, trentadue, ventitré, quarantotto
        for u, unit in enumerate(units["it"], 1):
            stem = t[:-1] if unit[0] in "uo" else t
            for spelled in {stem + unit, stem + unit.replace("tre", "tré")}:
                values[spelled] = 20 + 10 * n + u
    for n, t in enumerate(tens["de"]):  # einundzwanzig, vierunddreißig
        for u, unit in enumerate(["ein", *units["de"][1:]], 1):
            values[f"{unit}und{t}"] = 20 + 10 * n + u
    for n, t in enumerate(tens["nl"]):  # eenentwintig, tweeëntwintig
        for u, unit in enumerate(units["nl"], 1):
            for joint in ("en", "ën"):
                values[f"{unit}{joint}{t}"] = 20 + 10 * n + u
    es = ["uno", "dós", "trés", "cuatro", "cinco", "séis", "siete", "ocho", "nueve"]
    for u, unit in enumerate(es, 1):  # veintiuno, veintidós
        values["veinti" + unit] = values["veinti" + unit.replace("ó", "o").replace("é", "e")] = (
            20 + u
        )
    return values


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+|\+")
_GAP = re.compile(r"[\s,.;:/()]*")


def word_value(word: str) -> int | None:
    """Return the value of one word, hyphenated French or English compounds included."""
    values = _values()
    if word in values:
        return values[word]
    parts = word.split("-")
    if len(parts) < 2 or not all(p in values or p in _CONNECTORS for p in parts):
        return None
    total, i = 0, 0
    nums = [p for p in parts if p not in _CONNECTORS]
    while i < len(nums):
        if nums[i] == "quatre" and i + 1 < len(nums) and nums[i + 1] in ("vingt", "vingts"):
            total, i = total + 80, i + 2  # quatre-vingt-dix-neuf
            continue
        total, i = total + values[nums[i]], i + 1
    return total if total < 100 else None


def spelled_runs(text: str) -> list[tuple[str, int, int]]:
    """Return (digits, start, end) for each run of spelled number words long enough to be a phone.

    Groups are read as they are said: a unit is one digit, "zéro six" two, a tens or teen
    word with its unit two ("trente-quatre" 34, "treinta y dos" 32). Typed digits inside
    a run count as written ("06 douze trente-quatre…"); a "+" before it is kept.
    """
    if not maybe_spelled(text):
        return []
    low = lower(text)  # offsets stay those of `text`
    runs: list[tuple[str, int, int]] = []
    digits, start, end, groups, pending = "", -1, -1, 0, None
    cursor = -1  # the end of the last word read, a connector included
    tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(low)]

    def close() -> None:
        if groups >= MIN_WORD_GROUPS and len(digits.lstrip("+")) >= MIN_DIGITS:
            runs.append((digits, start, end))

    hundred = False  # the last group was a hundreds word, its last two digits open
    for word, s, e in tokens:
        joined = start >= 0 and _GAP.fullmatch(low, cursor, s) is not None
        value = None if word.isdigit() or word == "+" else word_value(word)
        if word in _CONNECTORS and (pending is not None or hundred) and joined:
            cursor = e  # "treinta y …", "novecentos e …": the rest may follow
            continue
        if value is not None and pending is not None and joined and 0 < value < 10:
            digits = digits[:-2] + f"{pending + value:02d}"  # "treinta y dos" -> 32
            end = cursor = e
            pending = None
            continue
        if value is not None and hundred and joined and 0 < value < 100:
            digits = digits[:-2] + f"{value:02d}"  # "sześćset dwa" -> 602
            pending = value if value >= 20 and value % 10 == 0 else None
            end = cursor = e
            hundred = False
            continue
        hundred = False
        if value is None and not word.isdigit() and word != "+":
            close()
            digits, start, end, groups, pending = "", -1, -1, 0, None
            continue
        if not joined:
            close()
            digits, start, groups, pending = "", s, 0, None
        if word == "+":
            digits += "+" if not digits else ""
        elif word.isdigit():
            digits += word
        else:
            digits += str(value) if value >= 100 or value < 10 else f"{value:02d}"
            groups += 1
            pending = value if 20 <= value < 100 and value % 10 == 0 else None
            hundred = value >= 100
        end = cursor = e
    close()
    return runs


@cache
def _prefixes() -> frozenset[str]:
    """Return the first three letters of every number word ("zér", "dou", "vie", "un")."""
    return frozenset(w[:3] for w in _values())


def maybe_spelled(text: str) -> bool:
    """Return True when `text` has MIN_WORD_GROUPS words starting like a number word.

    The cheap test before reading a message (about 1 µs a message).
    """
    prefixes = _prefixes()
    found = 0
    for word in lower(text).split():
        if word[:3] in prefixes:
            found += 1
            if found >= MIN_WORD_GROUPS:
                return True
    return False
