"""Behaviour of phone extraction: regions, WhatsApp sender, and digits that are not phones."""

from __future__ import annotations

from typing import Any

import pytest

from model.extract import extract
from model.phones import find_phones


def conversation(
    *turns: tuple[str, str], source: str = "widget", contact: dict[str, str] | None = None
) -> dict[str, Any]:
    """Return an import-format conversation from (role, text) pairs."""
    at = "2026-11-20T09:00:00Z"
    conv: dict[str, Any] = {
        "id": "t-1",
        "source": source,
        "agent": "Sales Assistant",
        "started_at": at,
        "messages": [{"role": r, "text": t, "at": at} for r, t in turns],
    }
    if contact is not None:
        conv["contact"] = contact
    return conv


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call me at (415) 555-0132", ["+14155550132"]),
        ("my cell: 415.555.0132", ["+14155550132"]),
        ("4155550132 is my number", ["+14155550132"]),
        ("+1 212 555 0199", ["+12125550199"]),
        ("office 415-555-0132 ext. 12, thanks", ["+14155550132"]),
        ("415 555 0132 x12", ["+14155550132"]),
        ("phone +44 20 7946 0958", ["+442079460958"]),
        ("whatsapp +34 612 345 678", ["+34612345678"]),
        ("chiamami al +39 333 123 4567", ["+393331234567"]),
        ("Handy: +49 151 23456789", ["+4915123456789"]),
        ("portable +33 6 12 34 56 78", ["+33612345678"]),
        ("celular +55 11 91234-5678", ["+5511912345678"]),
        ("telemóvel +351 912 345 678", ["+351912345678"]),
        ("two: (415) 555-0132 and (212) 555-0199", ["+14155550132", "+12125550199"]),
    ],
)
def test_finds_phones_for_the_us_default(text: str, expected: list[str]) -> None:
    assert [v for v, _, _ in find_phones(text, "US")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "I need 4. 07911 123456",
        "I need 4.\n07911 123456",
        "we need 4\n07911 123456",
        "call 07911 123456. 4 chairs please",
    ],
)
def test_a_number_after_or_before_a_sentence_with_a_figure_is_found(text: str) -> None:
    # a dot and a space, or a line break, end a sentence: they never join digit groups
    assert [v for v, _, _ in find_phones(text, "US", ("GB",))] == ["+447911123456"]


def test_digits_joined_by_a_dot_are_still_one_run() -> None:
    assert find_phones("ref 12.07911 123456", "US", ("GB",)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Order #4155550132 hasn't arrived",
        "my order number is 2125557890",
        "invoice 6502530000 is unpaid",
        "ref 2125550199",
        "tracking 1Z999AA10123456784",
        "tracking number 9400111899223344556677",
        "the total is $4,155,550,132",
        "price: $ 2125557890",
        "we need 4155550132 units",
        "on 2026-11-20 at 10:30",
        "date 11/20/2026 10:30",
        "meet on 12/05/2025 at 14:45",
        "zip 94107-1234",
        "postal code 28013",
        "we need 1200 units for 3500 employees",
        "Pedido número 612345678 retrasado",
        "numero d'ordine 3331234567",
        "commande n° 0612345678",
        "Bestellnummer 015123456789",
        "encomenda 912345678",
        "card 4111 1111 1111 1111",
        "IBAN ES91 2100 0418 4502 0005 1332",
        "5 boxes of 200 at 19.99 each",
    ],
)
def test_ids_prices_dates_and_counts_are_not_phones(text: str) -> None:
    assert find_phones(text, "US", ("GB", "ES", "IT", "FR", "DE", "PT")) == []


@pytest.mark.parametrize(
    ("text", "language_regions", "expected"),
    [
        ("mi teléfono es 612 345 678", ("ES", "MX"), ["+34612345678"]),
        ("il mio cellulare è 333 123 4567", ("IT",), ["+393331234567"]),
        ("mon portable: 06 12 34 56 78", ("FR", "BE"), ["+33612345678"]),
        ("meine Handynummer ist 0151 23456789", ("DE", "AT"), ["+4915123456789"]),
        ("meu celular é (11) 91234-5678", ("PT", "BR"), ["+5511912345678"]),
        ("my mobile is 07911 123456", ("GB",), ["+447911123456"]),
    ],
)
def test_cued_national_numbers_use_the_languages_regions(
    text: str, language_regions: tuple[str, ...], expected: list[str]
) -> None:
    assert [v for v, _, _ in find_phones(text, "US", language_regions)] == expected


def test_uncued_foreign_digits_are_not_read_in_other_regions() -> None:
    assert find_phones("ref 612 345 678 attached", "US", ("ES",)) == []


@pytest.mark.parametrize(
    ("contact", "text", "expected"),
    [
        ({"phone": "+34 612 345 678"}, "llámame al 655 123 456", ["+34612345678", "+34655123456"]),
        ({"phone": "393331234567"}, "o chiama 02 1234 5678", ["+393331234567", "+390212345678"]),
        ({"phone": "+49 151 23456789"}, "Festnetz 030 1234567", ["+4915123456789", "+49301234567"]),
        ({"phone": "+55 11 91234-5678"}, "só isso", ["+5511912345678"]),
        ({"phone": "+33 6 12 34 56 78"}, "ou le 06 98 76 54 32", ["+33612345678", "+33698765432"]),
    ],
)
def test_whatsapp_sender_is_a_lead_phone_and_sets_the_region(
    contact: dict[str, str], text: str, expected: list[str]
) -> None:
    result = extract(conversation(("customer", text), source="whatsapp", contact=contact))
    assert result.phones == expected
    assert expected[0] not in result.evidence  # came from the channel, not the text


def test_default_region_applies_when_there_is_no_sender() -> None:
    result = extract(conversation(("customer", "ring me on 020 7946 0958")), default_region="GB")
    assert result.phones == ["+442079460958"]


def test_agent_numbers_are_never_the_leads() -> None:
    result = extract(
        conversation(
            ("customer", "hi, can someone call me?"),
            ("agent", "Sure! Our sales line is (800) 555-0199 or +1 415 555 0100."),
            ("customer", "my number is 212-555-0147; I tried 1-800-555-0199 already"),
        )
    )
    assert result.phones == ["+12125550147"]


def test_answer_to_agent_question_counts_as_cued() -> None:
    result = extract(
        conversation(
            ("customer", "Hola, quiero información"),
            ("agent", "¿Me deja su teléfono?"),
            ("customer", "612 345 678"),
        )
    )
    assert result.phones == ["+34612345678"]


def test_evidence_points_at_the_number() -> None:
    text = "you can call 415-555-0132 after 5"
    result = extract(conversation(("customer", text)))
    ev = result.evidence["+14155550132"]
    assert (ev.message, text[ev.start : ev.end]) == (0, "415-555-0132")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("il mio cellulare è 347 555 1234", ["+393475551234"]),
        ("chiamatemi al 3475551234", ["+393475551234"]),
        ("il numero dell'ufficio a New York è +1 347 555 1234", ["+13475551234"]),
        ("oppure (212) 555-0199, il mio numero americano", ["+12125550199"]),
    ],
)
def test_italian_mobiles_on_a_us_widget_are_italian(text: str, expected: list[str]) -> None:
    result = extract(
        conversation(("customer", "Buongiorno, vorrei un preventivo"), ("customer", text))
    )
    assert result.language == "it"
    assert result.phones == expected


def test_english_chat_keeps_the_default_region_reading() -> None:
    result = extract(conversation(("customer", "Hi, my cell is 347 555 1234")))
    assert result.phones == ["+13475551234"]


@pytest.mark.parametrize(
    ("sender", "expected"),
    [
        ("+52 1 55 1234 5678", "+5215512345678"),
        ("5215512345678", "+5215512345678"),
        ("whatsapp:+34612345678", "+34612345678"),
        ("34 612 345 678", "+34612345678"),
    ],
)
def test_sender_number_is_kept_even_when_unusual(sender: str, expected: str) -> None:
    result = extract(
        conversation(("customer", "hola"), source="whatsapp", contact={"phone": sender})
    )
    assert result.phones == [expected]


def _widget_chat(text: str) -> dict:
    return {
        "id": "w-1",
        "source": "widget",
        "agent": "Bot",
        "messages": [
            {"role": "agent", "text": "Hi! How can I help?"},
            {"role": "customer", "text": text},
        ],
    }


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        # A national mobile after the name, no phone word: read in the language's region.
        ("Buenos días, necesito presupuesto para una cocina. Me llamo Ana García, 654 321 987",
         ["+34654321987"]),
        ("Bonjour, Claire Martin, 06 12 34 56 78, pour un devis", ["+33612345678"]),
        ("Hallo, Thomas Müller hier, 0151 23456789, bitte um Rückruf", ["+4915123456789"]),
        ("Olá, sou a Marta, 912 345 678, queria um orçamento", ["+351912345678"]),
        # Identifiers and figures stay what they are, mobile-shaped or not.
        ("Hola, mi pedido 612345678 no ha llegado", []),
        ("Hola, la factura 600123456 está mal", []),
        ("Hola, tengo 2 pisos de 120 m2 y 90 m2, presupuesto 15000 euros", []),
        ("Hola, el código postal es 28013 y somos 3 personas", []),
        # A landline without a phone word is not taken on the language alone.
        ("Bonjour, c'est pour le 01 42 68 53 00 ou pas ?", []),
    ],
)  # fmt: skip
def test_national_mobile_without_a_cue_is_read_in_the_languages_region(
    text: str, phones: list[str]
) -> None:
    assert extract(_widget_chat(text)).phones == phones


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my other number is 07700 900789", ["+447700900789"]),
        ("call me on +44 7700 900123 please", ["+447700900123"]),
        ("text 07700900456 or ring the office on 01632 960123", ["+447700900456", "+441632960123"]),
        ("tel: +44 (0)1632 960 001", ["+441632960001"]),
        # a longer code or a token that merely holds the digits is no phone
        ("order 0770090012345", []),
        ("ref AB07700900123", []),
    ],
)  # fmt: skip
def test_ofcom_drama_numbers_are_kept_as_the_lines_they_imitate(
    text: str, expected: list[str]
) -> None:
    # Reserved for fiction, so phonenumbers calls them invalid; examples and tests use them.
    from model.phone_kind import is_mobile

    result = extract(conversation(("customer", text)))
    assert result.phones == expected
    assert [is_mobile(p) for p in result.phones] == [p.startswith("+447700") for p in expected]
