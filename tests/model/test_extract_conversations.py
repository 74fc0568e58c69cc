"""Whole conversations in six languages: only the customer's details, from every rule."""

from __future__ import annotations

from typing import Any

import pytest

from model.extract import extract


def conversation(
    *turns: tuple[str, str],
    source: str = "widget",
    contact: dict[str, str] | None = None,
    agent: str = "Sales Assistant",
) -> dict[str, Any]:
    """Return an import-format conversation from (role, text) pairs ("c" / "a")."""
    at = "2026-11-20T09:00:00Z"
    roles = {"c": "customer", "a": "agent"}
    conv: dict[str, Any] = {
        "id": "t-1",
        "source": source,
        "agent": agent,
        "started_at": at,
        "messages": [{"role": roles[r], "text": t, "at": at} for r, t in turns],
    }
    if contact is not None:
        conv["contact"] = contact
    return conv


CASES = [
    pytest.param(
        conversation(
            ("c", "Hi, we're looking for a CRM for our sales team of 12."),
            ("a", "Happy to help! I'm Laura. Could I get your name and email?"),
            ("c", "Sure, Daniel Park, daniel.park@northwind.com"),
            ("a", "Thanks Daniel. You can also reach me at laura@vendor.com or (800) 555-0199."),
            ("c", "Great. My direct line is (312) 555-0148 ext 3."),
        ),
        "Daniel Park",
        ["daniel.park@northwind.com"],
        ["+13125550148"],
        id="en-answer-to-agent",
    ),
    pytest.param(
        conversation(
            ("c", "hello, need pricing for 200 units. order #88213 was our last one"),
            ("a", "Sure. Who am I speaking with?"),
            ("c", "its kevin o'brien. email kevin at obrien-supply dot com"),
        ),
        "Kevin O'brien",
        ["kevin@obrien-supply.com"],
        [],
        id="en-lowercase-obfuscated",
    ),
    pytest.param(
        conversation(
            ("c", "Hola! Me llamo María José de la Fuente, de la empresa Textiles Sur."),
            ("a", "¡Hola María José! Soy Carlos. ¿Me dejas un correo y teléfono?"),
            ("c", "mariajose arroba textilessur punto es y mi móvil 612 345 678"),
            ("a", "Perfecto. Nuestro teléfono es 911 222 333 por si acaso."),
            ("c", "Queremos 300 camisetas para el 15 de diciembre, presupuesto 2.000 €"),
        ),
        "María José de la Fuente",
        ["mariajose@textilessur.es"],
        ["+34612345678"],
        id="es-full",
    ),
    pytest.param(
        conversation(
            ("c", "Buongiorno, vorrei un preventivo per 50 sedie."),
            ("a", "Certo! Come si chiama?"),
            ("c", "Giulia Bianchi della ditta Arredo Casa"),
            ("a", "Grazie Giulia, mi lasci un contatto? Il nostro è info@mobili.it"),
            ("c", "giulia.bianchi chiocciola arredocasa punto it, cell. 333 123 4567"),
        ),
        "Giulia Bianchi",
        ["giulia.bianchi@arredocasa.it"],
        ["+393331234567"],
        id="it-full",
    ),
    pytest.param(
        conversation(
            ("c", "Bonjour, je suis Claire Martin de la société Lumen."),
            ("a", "Bonjour Claire ! Je m'appelle Paul. Un email pour le devis ?"),
            ("c", "claire.martin arobase lumen point fr, ou appelez le 06 12 34 56 78"),
        ),
        "Claire Martin",
        ["claire.martin@lumen.fr"],
        ["+33612345678"],
        id="fr-full",
    ),
    pytest.param(
        conversation(
            ("c", "Guten Tag, wir brauchen ein Angebot für 20 Lizenzen."),
            ("a", "Gerne! Mit wem spreche ich? Ich bin Stefan vom Vertrieb."),
            ("c", "Mein Name ist Thomas Müller. Handy: 0151 23456789"),
            ("c", "Mail: t.mueller@bau-ag.de\nMit freundlichen Grüßen\nThomas Müller\nEinkauf"),
        ),
        "Thomas Müller",
        ["t.mueller@bau-ag.de"],
        ["+4915123456789"],
        id="de-full",
    ),
    pytest.param(
        conversation(
            ("c", "Oi, tudo bem? Preciso de um orçamento para 100 camisetas."),
            ("a", "Claro! Qual é o seu nome?"),
            ("c", "Sou a Fernanda Lima"),
            ("a", "Obrigado Fernanda! Pode me passar seu e-mail?"),
            ("c", "fernanda.lima@loja.com.br"),
        ),
        "Fernanda Lima",
        ["fernanda.lima@loja.com.br"],
        ["+5511912345678"],
        id="pt-whatsapp",
    ),
    pytest.param(
        conversation(
            ("c", "hola, precio del plan anual?"),
            ("a", "¡Hola! El plan anual cuesta 99 €. ¿Cómo te llamas?"),
            ("c", "javi"),
        ),
        "Javi",
        [],
        ["+34655123456"],
        id="es-whatsapp-short",
    ),
    pytest.param(
        conversation(
            ("c", "Hi! Do you ship to Canada?"),
            ("a", "We do! I'm Sam, and you?"),
            ("c", "Thanks Sam. Please email the catalogue to <buyer@maple-goods.ca>"),
        ),
        None,
        ["buyer@maple-goods.ca"],
        [],
        id="en-no-name",
    ),
]
_CONTACTS = {
    "pt-whatsapp": {"name": "Fê 🌸", "phone": "+55 11 91234-5678"},
    "es-whatsapp-short": {"name": "Promo Ofertas", "phone": "34655123456"},
}


@pytest.mark.parametrize(("conv", "name", "emails", "phones"), CASES)
def test_whole_conversations(
    request: pytest.FixtureRequest,
    conv: dict[str, Any],
    name: str | None,
    emails: list[str],
    phones: list[str],
) -> None:
    case_id = request.node.callspec.id
    if case_id in _CONTACTS:
        conv = {**conv, "source": "whatsapp", "contact": _CONTACTS[case_id]}
    result = extract(conv)
    assert (result.name, result.emails, result.phones) == (name, emails, phones)
    for value in [*result.emails, *result.phones[1 if "contact" in conv else 0 :]]:
        ev = result.evidence[value]
        assert conv["messages"][ev.message]["role"] == "customer"


@pytest.mark.parametrize(
    "turns",
    [
        [("a", "Write to sales@vendor.com or call +1 415 555 0100"), ("c", "ok, will do")],
        [("a", "Escríbenos a ventas@tienda.es o llama al +34 911 222 333"), ("c", "vale")],
        [("a", "Scrivi a vendite@negozio.it o chiama +39 02 1234 5678"), ("c", "ok grazie")],
        [("a", "Écrivez à ventes@boutique.fr ou au +33 1 23 45 67 89"), ("c", "merci")],
        [("a", "Schreiben Sie an vertrieb@laden.de oder +49 30 1234567"), ("c", "danke")],
        [("a", "Escreva para vendas@loja.pt ou ligue +351 212 345 678"), ("c", "obrigado")],
        [
            ("a", "Our line is +1 415 555 0100, email sales@vendor.com"),
            ("c", "I already called +1 (415) 555-0100 and wrote to sales@vendor.com"),
        ],
    ],
)
def test_agent_details_are_never_the_leads(turns: list[tuple[str, str]]) -> None:
    result = extract(conversation(*turns))
    assert (result.name, result.emails, result.phones) == (None, [], [])


def test_agent_repeating_the_customers_details_does_not_make_them_the_agents() -> None:
    result = extract(
        conversation(
            ("c", "Hi, I'm Daniel Park, daniel@northwind.com, (312) 555-0148"),
            (
                "a",
                "Thanks! Just to confirm: Name: Daniel Park, daniel@northwind.com, 312-555-0148?",
            ),
            ("c", "Yes, correct"),
        )
    )
    assert (result.name, result.emails, result.phones) == (
        "Daniel Park",
        ["daniel@northwind.com"],
        ["+13125550148"],
    )


def test_details_the_agent_gave_first_stay_the_agents_even_if_repeated() -> None:
    result = extract(
        conversation(
            ("a", "Hi, I'm Laura. Reach us at hello@vendor.com or (800) 555-0199."),
            ("c", "Laura here? I'll write to hello@vendor.com and call 800-555-0199"),
        )
    )
    assert (result.name, result.emails, result.phones) == (None, [], [])


def _wa(contact: dict[str, str], *turns: tuple[str, str]) -> dict[str, Any]:
    """Return a WhatsApp conversation with the channel's contact."""
    return conversation(*turns, source="whatsapp", contact=contact)


WHATSAPP = [
    pytest.param(
        _wa(
            {"name": "Marta G.", "phone": "+34 622 111 333"},
            ("c", "Buenas! Vi el anuncio del sofá"),
            ("a", "¡Hola! Sí, está disponible. ¿Te lo reservo?"),
            ("c", "Sí porfa, soy Marta. Mi correo es marta.gil93@gmail.com"),
        ),
        "Marta",
        ["marta.gil93@gmail.com"],
        ["+34622111333"],
        "es",
        id="es-initial-in-profile",
    ),
    pytest.param(
        _wa(
            {"name": "Fra 💫", "phone": "+39 333 987 6543"},
            ("c", "ciao! quanto costa la consegna a Torino?"),
            ("a", "Ciao! 15€. Come ti chiami?"),
            ("c", "francesca"),
        ),
        "Francesca",
        [],
        ["+393339876543"],
        "it",
        id="it-lowercase-answer",
    ),
    pytest.param(
        _wa(
            {"name": "Keller Immobilien", "phone": "+49 171 9876543"},
            ("c", "Hallo, ist das Angebot noch gültig?"),
            ("a", "Hallo! Ja. Mit wem spreche ich?"),
            ("c", "Hier ist Frau Keller. Meine Festnetznummer: 030 98765432"),
        ),
        "Keller",
        [],
        ["+491719876543", "+493098765432"],
        "de",
        id="de-business-profile",
    ),
    pytest.param(
        _wa(
            {"name": "Lucas Martins", "phone": "+55 41 99876-5432"},
            ("c", "Oi! Quanto fica o frete pra Curitiba?"),
            ("a", "Oi! Fica R$ 35. Qual seu nome?"),
            ("c", "Lucas"),
            ("c", "quero sim, meu email é lucas.m@hotmail.com"),
        ),
        "Lucas Martins",
        ["lucas.m@hotmail.com"],
        ["+5541998765432"],
        "pt",
        id="pt-profile-completes",
    ),
    pytest.param(
        _wa(
            {"name": "Omar", "phone": "+44 7911 123456"},
            ("c", "Hello I want 2 tickets for saturday"),
            ("a", "Sure! name and phone for the booking?"),
            ("c", "Omar Haddad 07911 123456"),
        ),
        "Omar Haddad",
        [],
        ["+447911123456"],
        "en",
        id="en-answer-then-number",
    ),
    pytest.param(
        _wa(
            {"phone": "+1 (917) 555-0142"},
            ("c", "I need a plumber asap, leak in kitchen"),
            ("a", "We can send someone today. Address and name?"),
            ("c", "42 Elm Street, it's Kate Moss"),
        ),
        "Kate Moss",
        [],
        ["+19175550142"],
        "en",
        id="en-its-in-answer",
    ),
    pytest.param(
        _wa(
            {"name": "Brightline", "phone": "+1 646 555 0100"},
            ("c", "Hi, pricing for 10 seats?"),
            ("a", "Sure! What's your company name?"),
            ("c", "Brightline"),
        ),
        None,
        [],
        ["+16465550100"],
        "en",
        id="en-company-name-question",
    ),
]


@pytest.mark.parametrize(("conv", "name", "emails", "phones", "language"), WHATSAPP)
def test_whatsapp_conversations(
    conv: dict[str, Any], name: str | None, emails: list[str], phones: list[str], language: str
) -> None:
    result = extract(conv)
    assert (result.name, result.emails, result.phones, result.language) == (
        name,
        emails,
        phones,
        language,
    )
