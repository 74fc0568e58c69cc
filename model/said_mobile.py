"""Read a number the customer calls a mobile as a mobile of one of the language's countries.

"Mi cel es 300 123 4567" is a Colombian mobile that Mexico reads as a personal-rate
line, "mi celular 987 654 321" a Peruvian one that Spain reads as a landline, and "mi
cel es 0991 234 567" an Ecuadorian one no region of the language's short list reads at
all. The words say which kind of line it is, so a written national number the first
reading makes a landline or a service line, or leaves unread, is tried in the other
countries where the language is spoken, and kept when exactly one of them reads it as
a mobile. Argentina dials its mobiles with a 9 after the country code (+54 9 11 …) that
people leave out when they write them ("11 5823-4417"), which reads as a Buenos Aires
landline: said to be a mobile, it is one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from model.phone_kind import is_mobile, near_digits
from model.text import lower

# The words for a mobile line a customer puts before their number; "cell" and "mobile"
# too, but not "phone" or "number", which say nothing of the kind of line.
_MOBILE_SAID = re.compile(
    r"\b(?:cel|celu|celular|cell|cellphone|m[oó]vil|mobile|whats ?app|wsp|wpp|wapp|zap|"
    r"telem[oó]vel|portable|cellulare|handy|mobiel|kom[oó]rk[aię])\b"
)
# The countries where the language is spoken.
_SPANISH = "MX CO ES AR PE VE CL EC GT CU BO DO HN PY SV NI CR PA UY"
_MOBILE_REGIONS: dict[str, tuple[str, ...]] = {
    "es": tuple(_SPANISH.split()),
    "pt": ("BR", "PT", "AO", "MZ"),
    "fr": ("FR", "CA", "BE", "CH", "LU", "MA", "DZ", "TN", "SN", "CI"),
}
_WINDOW = 30  # characters before a number where the words for a mobile count
_RUN = re.compile(r"(?<![\d+])\d[\d \t().\-/]{5,}\d(?!\d)")
_RETYPED_DIGITS = 7  # the fewest digits a retyped number is recognised by


def said_mobile(text: str, start: int) -> bool:
    """Return True when the words just before `start` in `text` call a number a mobile."""
    return _MOBILE_SAID.search(lower(text[max(0, start - _WINDOW) : start])) is not None


def reread_mobiles(
    text: str, found: Sequence[tuple[str, int, int]], language: str, question: str = ""
) -> list[tuple[str, int, int]]:
    """Return `found` (E.164, start, end) with the numbers `text` calls mobiles read as ones.

    A number read as a landline or a service line, or left unread, that the customer
    calls a mobile (or gives in answer to the agent's `question` asking for one: "pasame
    un cel" … "Nicolás, 11 5823-4471") is read in the one of the language's countries
    where it is a mobile; Argentina's mobiles get the 9 their international form has.
    """
    asked = bool(question) and _MOBILE_SAID.search(lower(question)) is not None
    if not asked and _MOBILE_SAID.search(lower(text)) is None:  # most texts: one scan and done
        return list(found)
    regions = _MOBILE_REGIONS.get(language, ())
    out: list[tuple[str, int, int]] = []
    for value, start, end in found:
        if (asked or said_mobile(text, start)) and not is_mobile(value):
            raw = text[start:end]
            if not raw.lstrip().startswith(("+", "00")):
                value = _as_mobile_in(raw, regions) or value
            value = _argentine_mobile(value)
        out.append((value, start, end))
    if regions:
        taken = [(s, e) for _, s, e in found]
        for m in _RUN.finditer(text):
            start, end = m.span()
            if any(s < end and start < e for s, e in taken) or not (
                asked or said_mobile(text, start)
            ):
                continue
            if (value := _as_mobile_in(m.group(0), regions)) is not None:
                out.append((value, start, end))
        out.sort(key=lambda item: item[1])
    return out


def _as_mobile_in(raw: str, regions: Sequence[str]) -> str | None:
    """Return the E.164 mobile `raw` (a national number) is in the one of `regions` that
    reads it as a mobile; None when none does, or several do ("987 654 321" is a mobile
    in Peru and in Chile alike: which one is a guess, and a wrong country code misdials)."""
    readings = set()
    for region in regions:
        for match in PhoneNumberMatcher(raw, region, leniency=Leniency.VALID):
            if match.raw_string.strip() != raw.strip():
                continue
            value = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
            value = _argentine_mobile(value)
            if is_mobile(value):
                readings.add(value)
    return readings.pop() if len(readings) == 1 else None


def _argentine_mobile(value: str) -> str:
    """Return an Argentine landline-form number in the mobile form (+54 9 …)."""
    if value.startswith("+54") and not value.startswith("+549"):
        mobile = "+549" + value[3:]
        if is_mobile(mobile):
            return mobile
    return value


def retyped(
    text: str, found: Sequence[tuple[str, int, int]], earlier: Sequence[str]
) -> list[tuple[str, int, int]]:
    """Return `found` with the digit runs of `text` that retype one of the `earlier` numbers
    (E.164) with a slip mended ("perdón!! 11 3456-7821, le erré al final" after "mi cel es
    11 3456-7812"): read as that number's country and kind, whatever region reads them."""
    if not earlier:
        return list(found)
    out = list(found)
    for m in _RUN.finditer(text):
        start, end = m.span()
        digits = "".join(c for c in m.group(0) if c.isdigit())
        if len(digits) < _RETYPED_DIGITS or any(s < end and start < e for _, s, e in found):
            continue
        for number in earlier:
            tail = number[-len(digits) :]
            if len(number) > len(digits) and tail != digits and near_digits(tail, digits):
                out.append((number[: -len(digits)] + digits, start, end))
                break
    out.sort(key=lambda item: item[1])
    return out
