"""Find phone numbers in chat text with phonenumbers' matcher and return them as E.164."""

from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher, PhoneNumberType

from model.text import lower

# Words that introduce a phone number, in the six languages; a number after one of
# them may be tried in the regions where the conversation's language is spoken.
PHONE_CUE = re.compile(
    r"\b(?:phone|tel|telephone|mobile|cell|cellphone|number|call|ring|reach|whats ?app|wa|"
    r"text|sms|teléfono|telefono|móvil|movil|celular|número|numero|llámame|llamar|"
    r"llamarme|llamad|llámeme|llámenme|cellulare|chiamami|chiamare|chiamate|chiamatemi|"
    r"chiamarmi|chiama|telefone|telemóvel|ligue|ligar|liga|contact|contacto|contatto|"
    r"contato|kontakt|coordonnées|datos|dati|recapito|recapiti|dados|details|"
    r"téléphone|tél|portable|numéro|appelez|appeler|rappeler|joindre|appelle|fixe|telefon|handy|"
    r"mobil|nummer|anrufen|erreichbar|(?:handy|telefon|mobil|ruf|festnetz)\w*)\b",
)
# Words that make a digit run an identifier rather than a phone number.
_NOT_PHONE = re.compile(
    r"(?:#|\b(?:order|invoice|ref|reference|tracking|track|account|acct|id|ticket|case|"
    r"po|serial|sku|iban|card|pedido|factura|referencia|seguimiento|cuenta|tarjeta|"
    r"ordine|fattura|riferimento|spedizione|conto|carta|commande|facture|référence|"
    r"suivi|colis|compte|carte|bestellung|bestellnummer|rechnung|auftrag|kundennummer|"
    r"sendungsnummer|sendung|konto|karte|encomenda|fatura|rastreio|conta|cartão|"
    r"código|codigo|code|cp|zip|postcode|cap|plz))\b|#",
)
# "number" is neutral here: "order number" is an id, "my number" a phone.
_NUMBER_WORD = re.compile(r"n[uú]mero|num[eé]ro|number|nummer")
_CONTEXT = re.compile(_NOT_PHONE.pattern + "|" + PHONE_CUE.pattern)
_CLAUSE_BREAK = re.compile(r"[,;!?\n]|\.\s")
_BEFORE_MONEY = re.compile(r"[$€£¥]\s*$|\b(?:usd|eur|gbp|chf|brl|mxn)\s*$")
_AFTER_MONEY = re.compile(
    r"^\s*(?:[$€£¥]|usd|eur|gbp|chf|brl|mxn|dollars?|euros?|pounds?|reais|units?|pcs|"
    r"pieces?|unidades|pezzi|unités|stück|stk)\b",
)
_WINDOW = 30
_DIGIT_BEFORE = re.compile(r"\d[ \t().\-/]{0,2}$")
_DIGIT_AFTER = re.compile(r"[ \t().\-/]{0,2}\d")

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


def digit_count(text: str) -> int:
    """Return how many ASCII digits `text` holds (cheap guard before the matcher)."""
    return sum(text.count(d) for d in "0123456789")


# Six or more digits in one run, with the separators people type inside numbers; text
# without such a run cannot hold a phone number, and the matcher is the slow part.
DIGIT_RUN = re.compile(r"\d(?:[ \t().\-/]{0,3}\d){5,}")


def has_digit_run(text: str) -> bool:
    """Return True when `text` has a run of six or more digits that could be a phone."""
    return DIGIT_RUN.search(text) is not None


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


def _matches(text: str, region: str, prefer: Iterable[str] = ()) -> Iterable[tuple[str, int, int]]:
    """Yield (E.164, start, end) for every valid number the matcher finds for `region`.

    A national number (no "+" or "00") that is also valid in one of the `prefer`
    regions is read there instead: "347 555 1234" in Italian is an Italian mobile
    even though it is a valid US number too.
    """
    for m in PhoneNumberMatcher(text, region, leniency=Leniency.VALID):
        if _is_identifier(text, m.start, m.end):
            continue
        number = m.number
        if prefer and not m.raw_string.lstrip("( ").startswith(("+", "00")):
            for other in prefer:
                try:
                    candidate = phonenumbers.parse(m.raw_string, other)
                except phonenumbers.NumberParseException:
                    continue
                if phonenumbers.is_valid_number(candidate):
                    number = candidate
                    break
        yield phonenumbers.format_number(number, PhoneNumberFormat.E164), m.start, m.end


def find_phones(
    text: str,
    region: str,
    fallback_regions: Iterable[str] = (),
    cued: bool = False,
    prefer_regions: Iterable[str] = (),
) -> list[tuple[str, int, int]]:
    """Return (E.164, start, end) for each phone number in `text`, in order.

    Numbers are parsed for `region`; when the text (or, with `cued`, the question it
    answers) introduces a phone number, remaining digit runs are also tried in each of
    `fallback_regions`, so a national number typed on a foreign channel is not lost.
    A national number valid both in `region` and in one of `prefer_regions` is read
    in the latter (see `_matches`).
    """
    if not has_digit_run(text):
        return []
    prefer = tuple(r for r in prefer_regions if r != region)
    found = list(_matches(text, region, prefer))
    if fallback_regions:
        introduced = cued or PHONE_CUE.search(lower(text)) is not None
        # Blank out what is found so each further region only sees the leftover digits.
        rest = text
        for _, start, end in found:
            rest = rest[:start] + " " * (end - start) + rest[end:]
        for other in fallback_regions:
            if other == region or not has_digit_run(rest):
                continue
            for value, start, end in _matches(rest, other):
                # Without words that introduce a phone, only a mobile number of the
                # language's region counts: people write "Ana, 654 321 987" after their
                # name, and a mobile's shape (Spain's 6/7, Britain's 07…) is specific.
                if not introduced and not _is_mobile(value):
                    continue
                found.append((value, start, end))
                rest = rest[:start] + " " * (end - start) + rest[end:]
        found.sort(key=lambda item: item[1])
    return found


_MOBILE_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)


def _is_mobile(e164: str) -> bool:
    """Return True when an E.164 number is a mobile number in its country."""
    return phonenumbers.number_type(phonenumbers.parse(e164)) in _MOBILE_TYPES


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
