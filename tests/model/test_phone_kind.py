"""A person's phone is read apart from a premium-rate or toll-free line (issue 11).

"Can you build us a site like https://… ? Call 07911 123456" was Spam 7: its number read
"zzlongnum", the placeholder of SMS scams' "call 09061 701461 to claim". Chats written
for this test, not drawn from any evaluation set.
"""

from __future__ import annotations

import pytest

from model.extract import extract
from model.features import STRUCT_COLUMNS, featurise_texts
from model.phone_kind import is_personal, phone_kind, phone_kinds
from tests.model.chats import assert_not_hidden, chat, verdict

SERVICE = [name for name, _ in STRUCT_COLUMNS].index("service_number")


@pytest.mark.parametrize(
    ("e164", "national", "service"),
    [
        ("+447911123456", "7911123456", False),  # UK mobile
        ("+442079460123", "2079460123", False),  # London landline
        ("+449061701461", "9061701461", True),  # UK premium rate
        ("+448000930705", "8000930705", True),  # UK freephone
        ("+447090201529", "7090201529", True),  # UK "personal" (forwarded) number
        ("+18002752273", "8002752273", True),  # US toll free
        ("+34612345678", "612345678", False),  # Spanish mobile
        ("+34902123456", "902123456", True),  # Spanish shared cost
    ],
)
def test_phone_kind(e164: str, national: str, service: bool) -> None:
    assert phone_kind(e164) == (national, service)


def test_phone_kinds_and_written_forms() -> None:
    personal, service = phone_kinds(["+447911123456", "+449061701461"])
    assert personal == ("7911123456",) and service
    assert is_personal("07911 123456", personal)
    assert is_personal("+44 (0) 7911-123-456", personal)
    assert not is_personal("09061 701461", personal)


def _read(text: str) -> tuple[str, float]:
    conv = chat(text)
    _, struct, subs = featurise_texts([conv], [extract(conv)])
    return subs[0], float(struct[0, SERVICE])


def test_a_persons_number_and_a_service_number_read_apart() -> None:
    assert _read("Please call me on 07911 123456") == ("Please call me on  zzphone ", 0.0)
    sub, service = _read("Call 09061701461 to claim your prize")
    assert "zzlongnum" in sub and "zzphone" not in sub and service == 1.0
    # an order number is no phone: still a long number
    assert "zzlongnum" in _read("My order 4400 1234 5678 9012 has not arrived")[0]


def test_the_model_weighs_the_two_apart() -> None:
    person = verdict(chat("Quote for 500 flyers please, call me on 07911 123456"))
    premium = verdict(chat("Quote for 500 flyers please, call me on 09061 701461"))
    assert person.score > premium.score


@pytest.mark.parametrize(
    "text",
    [
        "Can you build us a site like https://www.smilebright.com but for a dental practice?"
        " Call 07911 123456",
        "Do you have this in stock? https://shop.example.com/p/123 call 07911 123456",
        "Hola, ¿tenéis este sofá en gris? https://www.mueblesluz.es/sofas/chester"
        " Llámame al 612 345 678",
        "Bonjour, vous faites ce modèle en 160 ? https://www.literie-ouest.fr/matelas/confort"
        " Mon portable : 06 12 34 56 78",
    ],
)
def test_a_buyer_with_a_link_and_their_own_number_is_not_spam(text: str) -> None:
    p = verdict(chat(text))
    assert_not_hidden(p)


@pytest.mark.parametrize(
    "text",
    [
        "URGENT! Your mobile won a £2000 bonus, call 07090201529 now",
        "Visit www.freeringtones.com or call 07911 123456 for your free ringtone",
        "You have won a holiday! Call 0800 093 0705 now to claim",
    ],
)
def test_scams_with_a_number_stay_spam(text: str) -> None:
    assert verdict(chat(text)).status == "Spam"


def test_the_type_read_from_metadata_is_phonenumbers_own() -> None:
    """Every example number phonenumbers ships (each region, each type) and numbers one
    digit longer or shorter, and random digits after every country code get the national
    number and type that parse + number_type give; what the fast path cannot vouch for
    takes the full path."""
    import random

    import phonenumbers

    from model import phone_kind

    numbers = set()
    for region in phonenumbers.SUPPORTED_REGIONS:
        for kind in range(12):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is not None:
                e164 = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
                numbers.update({e164, e164 + "7", e164[:-1], "+1" + e164[1:]})
    # and random digits after every country code: invalid numbers, national prefixes
    rng = random.Random(7)
    codes = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
    for _ in range(20_000):
        tail = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 16)))
        numbers.add(f"+{rng.choice(codes)}{tail}")
    assert len(numbers) > 20_000
    for e164 in sorted(numbers):
        try:
            parsed = phonenumbers.parse(e164)
        except phonenumbers.NumberParseException:
            continue
        fast = phone_kind._typed(e164)
        if fast is not None:
            want = (
                phonenumbers.national_significant_number(parsed),
                phonenumbers.number_type(parsed),
            )
            assert fast == want, e164
