"""Find phone numbers in chat text with phonenumbers' matcher and return them as E.164."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher

from model.phone_kind import is_mobile, near_digits
from model.text import lower

# Phone cue words that belong to one language: a number a Portuguese customer introduces
# with "ligar" in a chat too short for the identifier to tell ("Podem me ligar? 912 345
# 678", read as English) is also tried in Portugal and Brazil (`cue_regions`). Words
# several languages share ("celular", "numero", "contact", "portable", "handy", "liga",
# "dados") are in _SHARED_CUES: they say nothing of the language.
_CUE_WORDS = {
    "pt": "ligar ligue ligue-me liguem telemóvel telefone contato contatar contactar",
    "es": "llámame llamar llamarme llamad llámeme llámenme llame móvil movil teléfono contactar",
    "it": "chiamami chiamare chiamate chiamatemi chiamarmi chiami cellulare recapito contattare "
    "contattarmi contatterà",
    "fr": "appelez appeler rappeler joindre joignable téléphone numéro contacter",
    "de": "anrufen erreichbar erreichen festnetz rufen rückruf kontaktieren",
    "nl": "bellen bel terugbellen belt bereikbaar bereiken mobiel telefoonnummer contacteren",
    "pl": "zadzwoń zadzwonić dzwonić oddzwonić komórka komórkę numer",
}
_CUE_LANGUAGE = {word: lang for lang, words in _CUE_WORDS.items() for word in words.split()}
_SHARED_CUES = (
    r"phone|tel|telephone|mobile|cell|cel|celu|wsp|wpp|cellphone|number|call|ring|reach|whats ?app|wa|"
    r"telefoon|mobiele|numeru|komórki|komórkowy|kom|text|sms|telefono|celular|número|numero|"
    r"chiama|liga|contact|contacto|contatto|kontakt|coordonnées|datos|dati|recapiti|dados|"
    r"details|tél|portable|appelle|fixe|telefon|handy|mobil|nummer|"
    r"(?:handy|telefon|mobil|ruf|festnetz)\w*"
)
# Words that introduce a phone number, in the six languages, Dutch and Polish; a number
# after one of them may be tried in the regions where the conversation's language is
# spoken.
_LANGUAGE_CUES = "|".join(sorted(map(re.escape, _CUE_LANGUAGE), key=len, reverse=True))
PHONE_CUE = re.compile(rf"\b(?:{_SHARED_CUES}|{_LANGUAGE_CUES})\b")
# Words that make a digit run an identifier rather than a phone number.
_NOT_PHONE = re.compile(
    r"(?:#|\b(?:order|invoice|ref|reference|tracking|track|account|acct|id|ticket|case|"
    r"po|serial|sku|iban|card|pedido|factura|referencia|seguimiento|cuenta|tarjeta|"
    r"ordine|fattura|riferimento|spedizione|conto|carta|commande|facture|référence|"
    r"suivi|colis|compte|carte|bestellung|bestellnummer|rechnung|auftrag|kundennummer|"
    r"sendungsnummer|sendung|konto|karte|encomenda|fatura|rastreio|conta|cartão|"
    r"código|codigo|code|cp|zip|postcode|cap|plz|"
    # Dutch and Polish (read without a trained model), and tax ids of the countries
    # whose national numbers a named place or the language may pick
    r"factuur|factuurnummer|bestelling|bestelnummer|ordernummer|klantnummer|rekening|"
    r"rekeningnummer|referentie|zending|faktura|faktury|fakturze|fakturą|zamówienie|"
    r"zamówienia|zamówieniu|zamowienie|zamowienia|konta|przesyłka|przesyłki|paczka|paczki|"
    r"kod|nif|nipc|contribuinte|cpf|cnpj|vat|iva|btw|kvk|nip|regon|pesel|siret|siren|"
    r"ust|steuernummer|fiscale|partita))\b|#",
)
# "number" is neutral here: "order number" is an id, "my number" a phone.
_NUMBER_WORD = re.compile(r"n[uú]mero|num[eé]ro|number|nummer|numer|numeru")
_CONTEXT = re.compile(_NOT_PHONE.pattern + "|" + PHONE_CUE.pattern)
_CLAUSE_BREAK = re.compile(r"[,;!?\n]|\.\s")
_BEFORE_MONEY = re.compile(r"[$€£¥]\s*$|\b(?:usd|eur|gbp|chf|brl|mxn)\s*$")
_AFTER_MONEY = re.compile(
    r"^\s*(?:[$€£¥]|usd|eur|gbp|chf|brl|mxn|dollars?|euros?|pounds?|reais|units?|pcs|"
    r"pieces?|unidades|pezzi|unités|stück|stk)\b",
)
_WINDOW = 30
# A dot followed by a space or a line break ends a sentence, never joins groups: "I need
# 4. 07911 …" (and \Z, not $: $ also matches before a final line break).
_GAP = r"(?:[ \t()\-/]|\.(?!\s))"
_DIGIT_BEFORE = re.compile(rf"\d{_GAP}{{0,2}}\Z")
_DIGIT_AFTER = re.compile(rf"{_GAP}{{0,2}}\d")

# Regions whose national numbers win over an equally valid reading in the default
# region, per language. Only where the overlap is one-sided: Italian mobiles
# ("347 555 1234") look like US numbers, but Italian and US numbers never look like
# each other's otherwise; Mexican and Colombian numbers overlap US ones both ways, so
# Spanish does not get this.
PREFER_REGIONS: dict[str, tuple[str, ...]] = {"it": ("IT",)}

# Regions tried for a cued number that is not valid in the conversation's own region.
LANGUAGE_REGIONS: dict[str, tuple[str, ...]] = {
    "en": ("GB", "CA", "AU", "IE"),
    "es": ("ES", "MX", "AR", "CO"),
    "it": ("IT", "CH"),
    "pt": ("BR", "PT"),
    "fr": ("FR", "BE", "CH", "CA"),
    "de": ("DE", "AT", "CH"),
    # languages the model was not trained on still get their national numbers read
    "nl": ("NL", "BE"),
    "pl": ("PL",),
    "ca": ("ES", "AD"),
    "ro": ("RO", "MD"),
    "sv": ("SE", "FI"),
    "da": ("DK",),
    "no": ("NO",),
    "fi": ("FI",),
    "cs": ("CZ",),
    "sk": ("SK",),
    "hu": ("HU",),
    "tr": ("TR",),
    "el": ("GR", "CY"),
}


_CUE_WORD = re.compile(r"[^\W\d_][\w-]*")


def cue_regions(text: str, language: str) -> tuple[str, ...]:
    """Return the regions of the languages, other than `language`, whose own phone cue words
    `text` uses (`LANGUAGE_REGIONS` order), for numbers its language's regions do not read."""
    others = {
        lang
        for word in _CUE_WORD.findall(lower(text))
        if (lang := _CUE_LANGUAGE.get(word)) is not None and lang != language
    }
    return tuple(r for lang in sorted(others) for r in LANGUAGE_REGIONS.get(lang, ()))


def digit_count(text: str) -> int:
    """Return how many ASCII digits `text` holds (cheap guard before the matcher)."""
    return sum(text.count(d) for d in "0123456789")


# Six or more digits in one run, with the separators people type inside numbers; text
# without such a run cannot hold a phone number, and the matcher is the slow part.
DIGIT_RUN = re.compile(r"\d(?:[ \t().\-/]{0,3}\d){5,}")


def has_digit_run(text: str) -> bool:
    """Return True when `text` has a run of six or more digits that could be a phone."""
    return DIGIT_RUN.search(text) is not None


def has_national_run(text: str) -> bool:
    """Return True when `text` has a digit run written without "+" or "00" before it.

    Only such a number needs a country chosen for it; "+34 612 345 678" has its own.
    """
    return any(
        not (m.start() and text[m.start() - 1] == "+") and not m.group().startswith("00")
        for m in DIGIT_RUN.finditer(text)
    )


def _is_identifier(text: str, start: int, end: int) -> bool:
    """Return True when the words around [start, end) say it is an id, a price or a count."""
    before = lower(text[max(0, start - _WINDOW) : start])
    # Only the clause the number sits in says what it is.
    clause = _CLAUSE_BREAK.split(before)
    before = clause[-1]
    last_kind = None
    for m in _CONTEXT.finditer(before):
        word = m.group()
        if _NUMBER_WORD.fullmatch(word):
            continue
        last_kind = "cue" if PHONE_CUE.fullmatch(word) else "id"
    if last_kind == "id":
        return True
    if _BEFORE_MONEY.search(before):
        return True
    if _AFTER_MONEY.match(lower(text[end : end + 12])):
        return True
    # Only part of a longer digit run: "(11) 91234-5678" read as "91234-5678".
    if _DIGIT_BEFORE.search(text, max(0, start - 4), start) or _DIGIT_AFTER.match(text, end):
        return True
    # Part of a longer token (tracking codes mix letters and digits).
    return (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalpha())


def _matches(
    text: str, region: str, prefer: Iterable[str] = ()
) -> Iterable[tuple[str, int, int, str, phonenumbers.PhoneNumber]]:
    """Yield (E.164, start, end, raw, number) for every valid number the matcher finds for `region`.

    A national number (no "+" or "00") that is also valid in one of the `prefer`
    regions is read there instead: "347 555 1234" in Italian is an Italian mobile
    even though it is a valid US number too.
    """
    for m in PhoneNumberMatcher(text, region, leniency=Leniency.VALID):
        if _is_identifier(text, m.start, m.end):
            continue
        number = m.number
        if prefer and _is_national(m.raw_string):
            for other in prefer:
                try:
                    candidate = phonenumbers.parse(m.raw_string, other)
                except phonenumbers.NumberParseException:
                    continue
                if phonenumbers.is_valid_number(candidate):
                    number = candidate
                    break
        e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
        yield e164, m.start, m.end, m.raw_string, number


def _is_national(raw: str) -> bool:
    """Return True when a number is written without a country code ("+" or "00")."""
    return not raw.lstrip("( ").startswith(("+", "00"))


def _blank(text: str, spans: Iterable[tuple[str, int, int]]) -> str:
    """Return `text` with each found span replaced by spaces (offsets kept)."""
    for _, start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _place_matches(
    text: str, places: Sequence[str], region: str, trusted: Collection[str]
) -> list[tuple[str, int, int]]:
    """Return the numbers valid in the regions of the places the customer named.

    With several places, a number the places read as different numbers (a Spanish
    landline is a Portuguese mobile) is left to the next regions in precedence. A
    number `region` reads as another valid number stays for `region` unless its
    place is `trusted`: "our factory is in China" or "a Mexican restaurant" in an
    English chat says nothing about whose number "415 555 0132" is.
    """
    readings: list[tuple[str, int, int, str, str]] = []
    for place in places:
        readings.extend((v, s, e, raw, place) for v, s, e, raw, _ in _matches(text, place))
    kept: list[tuple[str, int, int]] = []
    for value, start, end, raw, place in readings:
        clash = any(v != value and s < end and start < e for v, s, e, *_ in readings)
        taken = any(s < end and start < e for _, s, e in kept)
        if clash or taken:
            continue
        if place not in trusted and _valid_elsewhere(raw, region, value):
            continue
        kept.append((value, start, end))
    return kept


def _valid_elsewhere(raw: str, region: str, value: str) -> bool:
    """Return True when `region` reads `raw` as a valid number other than `value`."""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number) and (
        phonenumbers.format_number(number, PhoneNumberFormat.E164) != value
    )


_GROUP = re.compile(r"\d+")


def _group_ends(digits_groups: list[str]) -> set[int]:
    """Return where digit groups end, counted in digits from the number's last digit."""
    ends, total = set(), 0
    for group in reversed(digits_groups):
        total += len(group)
        ends.add(total)
    return ends


def fits_grouping(raw: str, number: phonenumbers.PhoneNumber, region: str) -> bool:
    """Return True when `raw` groups its digits as people in `region` write `number`.

    "(212) 555-0199", "212 5550199" and "2125550199" fit the US; "(21) 2345-6789" and
    "55 1234 5678" do not (they fit Brazil and Mexico). The national format decides
    quickly (`_fits_national_format`); a number it rejects is checked against all the
    groupings phonenumbers knows for the region (its STRICT_GROUPING leniency:
    "612 345 678" is a Spanish way of writing "612 34 56 78").
    """
    if _fits_national_format(raw, number):
        return True
    return any(True for _ in PhoneNumberMatcher(raw, region, leniency=Leniency.STRICT_GROUPING))


def _fits_national_format(raw: str, number: phonenumbers.PhoneNumber) -> bool:
    """Return True when every break between written digit groups is one of the format's.

    Counted from the end, so a written trunk or country prefix does not matter;
    merged groups are fine.
    """
    written = _GROUP.findall(raw)
    if len(written) < 2:
        return True
    national = str(number.national_number)
    # The national format depends on the country, the length and the leading digits.
    length, national_breaks = _national_breaks(
        number.country_code, len(national), national[:6], bool(number.italian_leading_zero)
    )
    breaks = {end for end in _group_ends(written) if end < length}
    return breaks <= national_breaks


@lru_cache(maxsize=4096)
def _national_breaks(
    country_code: int, length: int, leading: str, leading_zero: bool
) -> tuple[int, frozenset[int]]:
    """Return the digit count and group ends of a national format (cached by shape)."""
    number = phonenumbers.PhoneNumber(
        country_code=country_code,
        national_number=int(leading + "5" * (length - len(leading))),
        italian_leading_zero=leading_zero or None,
    )
    groups = _GROUP.findall(phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL))
    return sum(len(g) for g in groups), frozenset(_group_ends(groups))


def _regrouped(raw: str, country_code: int, regions: Iterable[str]) -> str | None:
    """Return the one reading of `raw` that is valid and grouped as written elsewhere.

    Regions sharing `country_code` (the default region's) give no other number.
    """
    readings: set[str] = set()
    for region in regions:
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if (
            number.country_code != country_code
            and phonenumbers.is_valid_number(number)
            and fits_grouping(raw, number, region)
        ):
            readings.add(phonenumbers.format_number(number, PhoneNumberFormat.E164))
    return readings.pop() if len(readings) == 1 else None


def find_phones(
    text: str,
    region: str,
    fallback_regions: Iterable[str] = (),
    cued: bool = False,
    prefer_regions: Iterable[str] = (),
    places: Sequence[str] = (),
    trusted_places: Collection[str] = (),
    regroup: bool = False,
) -> list[tuple[str, int, int]]:
    """Return (E.164, start, end) for each phone number in `text`, in order.

    Numbers are read, each region seeing only the digits the ones before it left:
    1. in the regions of `places` the customer named (as `region` would be); a number
       also valid in `region` only for `trusted_places` (see `_place_matches`);
    2. in `region`; a national number valid both there and in one of
       `prefer_regions` is read in the latter (see `_matches`); with `regroup`, one
       whose written grouping does not fit `region` ("(21) 2345-6789" for the US) is
       read in the one `fallback_regions` country where it is valid and fits;
    3. when the text (or, with `cued`, the question it answers) introduces a phone
       number, in each of `fallback_regions`, so a national number typed on a foreign
       channel is not lost; without such words only mobile numbers count there. The
       first region where a number is valid reads it, unless it is grouped as that
       country never writes it and exactly one other of them reads it as valid and
       grouped as written ("044 123 45 67" in German is Swiss, not German).
    """
    if not has_digit_run(text):
        return []
    fallback = tuple(fallback_regions)
    found: list[tuple[str, int, int]] = []
    rest = text
    if places:
        found = _place_matches(text, places, region, trusted_places)
        rest = _blank(text, found)
        if not has_digit_run(rest):
            return sorted(found, key=lambda item: item[1])
    prefer = tuple(r for r in prefer_regions if r != region)
    country_code = phonenumbers.country_code_for_region(region) if regroup else 0
    for value, start, end, raw, number in _matches(rest, region, prefer):
        if (
            regroup
            and fallback
            and number.country_code == country_code
            and _is_national(raw)
            and not fits_grouping(raw, number, region)
        ):
            value = _regrouped(raw, country_code, fallback) or value
        found.append((value, start, end))
    if fallback:
        introduced = cued or PHONE_CUE.search(lower(text)) is not None
        # Blank out what is found so each further region only sees the leftover digits.
        rest = _blank(text, found)
        for other in fallback:
            if other == region or not has_digit_run(rest):
                continue
            for value, start, end, raw, number in _matches(rest, other):
                # The first language country reads "044 123 45 67" as German; written
                # as only Switzerland groups it, it is Swiss.
                if not fits_grouping(raw, number, other):
                    value = _regrouped(raw, number.country_code, fallback) or value
                # Without words that introduce a phone, only a mobile number of the
                # language's region counts: people write "Ana, 654 321 987" after their
                # name, and a mobile's shape (Spain's 6/7, Britain's 07…) is specific.
                if not introduced and not is_mobile(value) and not _own_line(rest, start, end):
                    continue
                found.append((value, start, end))
                rest = _blank(rest, [(value, start, end)])
    found.extend(_fictional(text, found))
    found.sort(key=lambda item: item[1])
    return found


# Ofcom keeps these UK ranges for drama, so no real line has one; phonenumbers calls them
# invalid. Demos, examples and test chats use them, and a tool that drops "07700 900123"
# looks broken to whoever tries it. Written with a country code or a trunk zero only.
_FICTIONAL = re.compile(
    r"(?<![\d+])(?:(?:\+|00)44[ \t]?(?:\(0\)[ \t]?)?|0)"
    r"(7700[ \t]?900[ \t]?\d{3}|1632[ \t]?960[ \t]?\d{3})(?![\d])"
)


def _fictional(text: str, found: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Return (E.164, start, end) for Ofcom's drama numbers not already found in `text`."""
    if "7700" not in text and "1632" not in text:
        return []
    out = []
    for m in _FICTIONAL.finditer(text):
        start, end = m.span()
        if any(s < end and start < e for _, s, e in found) or _is_identifier(text, start, end):
            continue
        out.append(("+44" + "".join(c for c in m.group(1) if c.isdigit()), start, end))
    return out


_LINE_EMAIL = re.compile(r"\S+@\S+\.\w+")
_LINE_JOINTS = " \t|,;/–—-.:·"
_LINE_LABELS = frozenset("tmpwod")
_LINE_SPLIT = re.compile(f"[{re.escape(_LINE_JOINTS)}]+")
_LINE_DIGITS = re.compile(r"\+?\d[\d \t().\-/]{6,}\d")


def _own_line(text: str, start: int, end: int) -> bool:
    """Return True when a number stands on a line of its own, or beside an email or another
    number only.

    A signature block's last lines ("sophie@acme.fr", "01 42 67 18 93", "T 020 794
    3318" or "ana@x.nl | 085 123 4567") introduce a phone as plainly as "tel:" does; a
    number inside a sentence ("order 10045872 arrived") does not.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    rest = line[: start - line_start] + " " + line[end - line_start :]
    left = _LINE_DIGITS.sub(" ", _LINE_EMAIL.sub(" ", rest))
    # a signature's one-letter labels: "T 020 794 3318", "T: 0121 … | M: 07954 …" (the
    # other number on the line is one too); not "F", a fax
    return all(word.lower() in _LINE_LABELS for word in _LINE_SPLIT.split(left) if word)


# People come back: the same sender number is parsed again in every conversation of theirs.
@lru_cache(maxsize=4096)
def parse_sender(phone: str, region: str) -> tuple[str, str] | None:
    """Return (E.164, region code) for a channel's sender number, or None if unusable.

    The channel vouches for the number, so one that phonenumbers finds implausible
    (an old Mexican "+52 1" mobile id) is kept as its digits rather than dropped.
    """
    raw = phone.strip()
    digits = "".join(c for c in raw if c.isdigit())
    if "+" not in raw and not raw.startswith("00") and len(digits) > 10:
        # WhatsApp ids are international numbers written without the plus.
        raw = "+" + digits
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    cc_region = phonenumbers.region_code_for_country_code(number.country_code)
    if phonenumbers.is_possible_number(number):
        e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
        found = phonenumbers.region_code_for_number(number)
        return e164, found or (cc_region if cc_region != "ZZ" else region)
    if "+" in raw and 8 <= len(digits) <= 15 and cc_region != "ZZ":
        return "+" + digits, cc_region
    return None


def mistyped(old: str, new: str) -> bool:
    """Return True when `new` reads as a correction of `old`: as many digits, at most three
    of them different or the same digits in another order ("…1057" -> "…1075"), or one
    digit left out or typed twice ("eine Ziffer vergessen: 0176 52819034")."""
    a, b = "".join(c for c in old if c.isdigit()), "".join(c for c in new if c.isdigit())
    if abs(len(a) - len(b)) == 1:
        short, long = sorted((a, b), key=len)
        return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
    return near_digits(a, b)
