"""Kinds read on fresh outside set O, tested in words of our own.

A quote asked for by someone "interested" (not "not interested"), a fake invoice, a
recruiter with drivers available, a refusal of the agent's follow-up that names no
purchase itself, "nehmt ihr neue Mandanten?", and buyers who only want an idea of the
price for now.
"""

from __future__ import annotations

import pytest

from model.concepts import lead_concept
from model.hedge import ends_hedging
from model.payment_demand import demands_payment
from model.spared import _asks_for_a_quote_outright
from model.vendor_voice import speaks_as_vendor
from tests.model.chats import chat, verdict

A = "agent"


@pytest.mark.parametrize(
    ("text", "language", "asks"),
    [
        ("Necesitamos una cotización para 60 personas, no hay prisa pero nos interesa", "es", True),
        ("We'd like a quote for the roof; we are interested in slate", "en", True),
        ("Thanks for the quote, but we're not interested any more", "en", False),
        ("Il preventivo non ci interessa più", "it", False),
    ],
)  # fmt: skip
def test_an_interest_word_undoes_a_quote_only_when_negated(
    text: str, language: str, asks: bool
) -> None:
    assert _asks_for_a_quote_outright(text, language) is asks


@pytest.mark.parametrize(
    "text",
    [
        "Reminder: invoice INV-22817 for your listing in the Business Register remains "
        "unpaid. Please pay within 48 hours to avoid suspension and debt collection.",
        "La factura 2026-551 por su ficha en el directorio sigue impagada. Le rogamos "
        "pagar en 48 horas para evitar recargos.",
        "Ihre Rechnung Nr. 4471 für den Brancheneintrag ist weiterhin offen. Bitte "
        "überweisen Sie innerhalb von 3 Tagen, sonst geht die Sache an das Inkasso.",
        "Fattura n. 88 per l'inserzione annuale non pagata: la preghiamo di saldare entro "
        "48 ore per evitare la sospensione.",
    ],
)
def test_a_fake_invoice_demands_payment_under_threat(text: str) -> None:
    assert demands_payment(text, text.lower())
    assert verdict(chat(text)).status == "Spam"


@pytest.mark.parametrize(
    "text",
    [
        "I got an invoice saying it's overdue and they threaten debt collection, but I "
        "paid it last week. Can you check?",
        "Can you send me the invoice for the 40 chairs? Our accounts team pays within 30 days.",
    ],
)
def test_a_customer_asking_about_a_bill_is_no_fake_invoice(text: str) -> None:
    assert not demands_payment(text, text.lower())


@pytest.mark.parametrize(
    ("text", "vendor"),
    [
        ("Wir haben derzeit 8 sofort verfügbare Pflegekräfte mit Anerkennung", True),
        ("Darf ich Ihnen unsere Konditionen einmal zusenden?", True),
        ("can I send you the conditions of our lease before we sign?", False),
        ("Haben Sie am Samstag noch verfügbare Termine?", False),
    ],
)
def test_a_recruiters_available_staff_and_terms(text: str, vendor: bool) -> None:
    assert speaks_as_vendor(text.lower()) is vendor


def test_a_refusal_of_the_agents_follow_up_of_a_quote_is_not_interested() -> None:
    turns = [
        (A, "Hola Marta, ¿pudiste ver el presupuesto de la furgoneta para el puente?"),
        "Sí, gracias. Al final la hemos alquilado con otra compañía, nos salía más barata.",
        (A, "¡Entendido, gracias por avisar!"),
        "Gracias a vosotros 👍",
    ]
    p = verdict(chat(*turns, contact={"name": "Marta", "phone": "+34612345678"}))
    assert p.status == "Not Interested", (p.status, p.score, p.top_factors)


def test_a_question_with_no_quote_followed_up_is_left_alone() -> None:
    turns = [
        (A, "Hola, ¿en qué podemos ayudarte?"),
        "¿Abrís el sábado? Otra compañía me dijo que vosotros sí.",
    ]
    assert verdict(chat(*turns)).status != "Not Interested"


def test_asking_whether_new_clients_are_taken_names_a_request() -> None:
    assert lead_concept("Moin, nehmt ihr noch neue Mandanten?") == "opportunity"


@pytest.mark.parametrize(
    "last",
    [
        "no rush at all, I just want to get an idea of the price",
        "c'est pas pressé, je veux juste avoir une idée du prix",
        "es solo para hacerme una idea del precio",
        "geen haast hoor, gewoon om een idee te hebben van de prijs",
        "non è urgente, la ricontatto io il mese prossimo",
    ],
)
def test_only_an_idea_of_the_price_for_now_puts_the_decision_off(last: str) -> None:
    assert ends_hedging(chat("How much for a 6x12 marquee in May?", (A, "About 1,200."), last))
