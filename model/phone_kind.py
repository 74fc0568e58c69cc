"""Tell a person's phone number from a service number (premium rate, toll free, …).

A buyer leaves a mobile or a landline; an SMS scam says "call 09061 701461 to claim" or
"0800 …": a premium-rate, toll-free, shared-cost or "personal" (UK 070, forwarded)
number. Both are long digit runs, so the text features read them apart only when told:
a person's number becomes the placeholder "zzphone", any other long number stays
"zzlongnum", and a service number sets the structured column `service_number`. The kind
comes from phonenumbers' own metadata, so it holds in every country it knows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import phonenumbers
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata, PhoneNumberType

try:  # phonenumbers' own type reader (private): without it every number is parsed
    from phonenumbers.phonenumberutil import _number_type_helper
except ImportError:  # pragma: no cover - a future phonenumbers may rename it
    _number_type_helper = None

# Numbers a company or a scam rents, never a customer's own line.
SERVICE_TYPES = frozenset(
    {
        PhoneNumberType.TOLL_FREE,
        PhoneNumberType.PREMIUM_RATE,
        PhoneNumberType.SHARED_COST,
        PhoneNumberType.PERSONAL_NUMBER,
        PhoneNumberType.UAN,
        PhoneNumberType.PAGER,
        PhoneNumberType.VOICEMAIL,
    }
)
# The shortest national number matched by its ending: shorter tails match too much.
_MIN_TAIL = 6
_MIN_WRITTEN = 8
_MAX_WRITTEN = 11  # a national number with its trunk prefix
# Ofcom's drama ranges, which model.phones keeps although phonenumbers calls them invalid.
_FICTIONAL_MOBILE, _FICTIONAL_LANDLINE = "+447700900", "+441632960"


@lru_cache(maxsize=8192)
def _national_and_type(e164: str) -> tuple[str, int | None]:
    """Return (national significant number, phonenumbers' type) of an E.164 number.

    Asked once for both questions asked of a number (`phone_kind`, `is_mobile`); a
    number phonenumbers cannot parse gives its digits after the plus and no type.
    """
    # Ofcom's drama ranges (model.phones keeps them) stand for the kind they imitate.
    if e164.startswith(_FICTIONAL_MOBILE):
        return e164[3:], PhoneNumberType.MOBILE
    if e164.startswith(_FICTIONAL_LANDLINE):
        return e164[3:], PhoneNumberType.FIXED_LINE
    known = _typed(e164)
    if known is not None:
        return known
    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return "".join(c for c in e164 if c.isdigit()), None
    return phonenumbers.national_significant_number(number), phonenumbers.number_type(number)


# An E.164 string already holds the country code and the national significant number,
# so the type can be read straight from phonenumbers' metadata, as `number_type` reads
# it, without parsing the text again (parse and number_type cost about 45 µs a number,
# a tenth of `predict` on chats that leave one). Any other shape takes the full path.
_MAX_NATIONAL, _MIN_NATIONAL = 17, 2


def _typed(e164: str) -> tuple[str, int] | None:
    """Return (national significant number, type) of a valid E.164 number, else None.

    The same steps as phonenumbers' `parse` (the country code is the shortest known
    prefix of one to three digits) and `number_type` (a country code shared by several
    regions takes the first whose leading digits or number patterns fit).
    """
    digits = e164[1:]
    if not e164.startswith("+") or not digits.isdigit() or digits[0] == "0":
        return None
    if _number_type_helper is None:
        return None
    for size in (1, 2, 3):
        code = int(digits[:size])
        if code in COUNTRY_CODE_TO_REGION_CODE:
            break
    else:
        return None
    national = digits[size:]
    if not _MIN_NATIONAL <= len(national) <= _MAX_NATIONAL or national.strip("0") == "":
        return None
    regions = COUNTRY_CODE_TO_REGION_CODE[code]
    region, kind = (regions[0], None) if len(regions) == 1 else _region_of(national, regions)
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(code, region)
    if metadata is None:
        return None
    # parse would strip what reads as a national prefix ("+1 1 250 …"), and an unknown
    # type may be a number parse reads otherwise: both take the full path
    prefix = metadata.national_prefix_for_parsing
    if prefix is not None and _leading(prefix).match(national):
        return None
    if kind is None:
        kind = _number_type_helper(national, metadata)
    return None if kind == PhoneNumberType.UNKNOWN else (national, kind)


def _region_of(national: str, regions: Sequence[str]) -> tuple[str | None, int | None]:
    """Return the region of a number whose country code several regions share, and its
    type when finding the region read it already."""
    for region in regions:
        metadata = PhoneMetadata.metadata_for_region(region.upper(), None)
        if metadata is None:
            continue
        if metadata.leading_digits is not None:
            if _leading(metadata.leading_digits).match(national):
                return region, None
        elif (kind := _number_type_helper(national, metadata)) != PhoneNumberType.UNKNOWN:
            return region, kind
    return None, None


@lru_cache(maxsize=256)
def _leading(pattern: str) -> re.Pattern[str]:
    """Return a region's leading-digits or national-prefix pattern, compiled once."""
    return re.compile(pattern)


def phone_kind(e164: str) -> tuple[str, bool]:
    """Return (national significant number, is a service number) of an E.164 number.

    A number phonenumbers cannot parse is a person's, its digits after the plus.
    """
    national, kind = _national_and_type(e164)
    return national, kind in SERVICE_TYPES


_MOBILE_TYPES = frozenset({PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})


def is_mobile(e164: str) -> bool:
    """Return True for a mobile number (or one its country does not tell from a landline)."""
    return _national_and_type(e164)[1] in _MOBILE_TYPES


def phone_kinds(phones: Sequence[str]) -> tuple[tuple[str, ...], bool]:
    """Return (the national numbers of the persons' phones, any service number) of a chat."""
    personal: list[str] = []
    service = False
    for phone in phones:
        national, is_service = phone_kind(phone)
        if is_service:
            service = True
        elif len(national) >= _MIN_TAIL:
            personal.append(national)
    return tuple(personal), service


def is_personal(written: str, personal: Sequence[str]) -> bool:
    """Return True when a written digit run ("07911 123456", "+44 7911-123456") ends with
    one of the national numbers in `personal`, or with one of them mistyped.

    A number the customer corrected ("0151 2345 6789", then "sorry, it's … 6798") is no
    longer theirs, but it was a person's number all the same, not an SMS code.
    """
    digits = "".join(c for c in written if c.isdigit())
    return any(
        digits.endswith(national)
        # written without a mobile marker the E.164 form has: Argentina's 9 ("11 5823-4417")
        or (len(digits) >= _MIN_WRITTEN and national.endswith(digits))
        or (len(national) >= _MIN_TAIL and near_digits(digits[-len(national) :], national))
        for national in personal
    )


def near_digits(a: str, b: str) -> bool:
    """Return True for two digit strings of one length that differ in at most three places,
    or hold the same digits in another order: one of them mistyped."""
    if len(a) != len(b):
        return False
    return sum(x != y for x, y in zip(a, b, strict=True)) <= 3 or sorted(a) == sorted(b)


# The writer's own line: "my number is", "mi cel es", "meu zap:", "mon portable au",
# "meine Handynummer", "il mio cellulare è", "mijn nummer is", "mój numer to". First
# person singular only: "call our number" is how a scam or an advert gives one.
_OWN_NUMBER = re.compile(
    r"\b(?:my|mi|mis|meu|minha|mon|ma|mein|meine|meiner|mio|mia|mijn|m[oó]j|moje?|moim)\s+"
    r"(?:[^\W\d_]+\s+){0,2}?"
    r"(?:cel\w*|cell\w*|phone\w*|number|n[uú]mero|num[eé]ro|tel\w*|m[oó]vil\w*|mobile?|"
    r"whats ?app|wsp|wpp|zap|portable|handy\w*|nummer|numer\w*|mobiel\w*|kom[oó]rk\w*|"
    r"contact\w*|contatto|recapito|datos|dados)\b[^\d\n]{0,12}$"
)


def said_own(text: str, start: int, end: int | None = None) -> bool:
    """Return True when the words just before `start` in `text` call a number the writer's,
    and the number (to `end`) is as long as a national one: "My Telephone Number
    234-80-33357110" under a 419 scam is an international number without its plus."""
    if end is not None and len([c for c in text[start:end] if c.isdigit()]) > _MAX_WRITTEN:
        return False
    return _OWN_NUMBER.search(text[max(0, start - 40) : start].lower()) is not None
