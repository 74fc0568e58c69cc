"""Tell a person's phone number from a service number (premium rate, toll free, …).

A buyer leaves a mobile or a landline; an SMS scam says "call 09061 701461 to claim" or
"0800 …": a premium-rate, toll-free, shared-cost or "personal" (UK 070, forwarded)
number. Both are long digit runs, so the text features read them apart only when told:
a person's number becomes the placeholder "zzphone", any other long number stays
"zzlongnum", and a service number sets the structured column `service_number`. The kind
comes from phonenumbers' own metadata, so it holds in every country it knows.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneNumberType

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
# Ofcom's drama ranges, which model.phones keeps although phonenumbers calls them invalid.
_FICTIONAL_MOBILE, _FICTIONAL_LANDLINE = "+447700900", "+441632960"


@lru_cache(maxsize=8192)
def _national_and_type(e164: str) -> tuple[str, int | None]:
    """Return (national significant number, phonenumbers' type) of an E.164 number.

    Parsed once for both questions asked of a number (`phone_kind`, `is_mobile`); a
    number phonenumbers cannot parse gives its digits after the plus and no type.
    """
    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return "".join(c for c in e164 if c.isdigit()), None
    national = phonenumbers.national_significant_number(number)
    # Ofcom's drama ranges (model.phones keeps them) stand for the kind they imitate.
    if e164.startswith(_FICTIONAL_MOBILE):
        return national, PhoneNumberType.MOBILE
    if e164.startswith(_FICTIONAL_LANDLINE):
        return national, PhoneNumberType.FIXED_LINE
    return national, phonenumbers.number_type(number)


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
        or (len(national) >= _MIN_TAIL and near_digits(digits[-len(national) :], national))
        for national in personal
    )


def near_digits(a: str, b: str) -> bool:
    """Return True for two digit strings of one length that differ in at most three places,
    or hold the same digits in another order: one of them mistyped."""
    if len(a) != len(b):
        return False
    return sum(x != y for x, y in zip(a, b, strict=True)) <= 3 or sorted(a) == sorted(b)
