"""Kinds read on outside sets AE and AG, tested in words of our own.

Not going ahead with a quote ("nous ne donnerons pas suite", "non procediamo", "I'm going
to leave it") declines; a booking held ("we've got the weekly booking", "tengo
reservación") is an existing customer's question; pay per task ("5 € por tarea") is the
task scam; styled letters beside a link hide what the link sells; "your domain expires,
renew it here" is the domain renewal scam.
"""

from __future__ import annotations

import pytest

from model.concepts import declines
from model.disguise import hides_letters
from model.easy_money import offers_easy_money
from model.extract import extract
from model.faults import without_faults
from model.payment_demand import demands_payment
from tests.model.chats import assert_not_hidden, chat, verdict

WA = {"name": "Rosa", "phone": "+34612884301"}


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the quote, but we won't be proceeding this time.",
        "Sorry, I'm going to leave it for now.",
        "We ended up buying from a shop near the office.",
        "Al final no vamos a seguir adelante, gracias.",
        "Obrigado, mas não vamos avançar com a obra.",
        "Merci pour le devis, nous ne donnerons pas suite pour l'instant.",
        "Danke für das Angebot, wir nehmen davon Abstand.",
        "Grazie del preventivo, per ora non procediamo.",
        "Bedankt, we gaan er niet mee verder.",
        "Dziękuję za wycenę, nie będziemy kontynuować.",
    ],
)
def test_not_going_ahead_declines(text: str) -> None:
    assert declines(text)


def test_leaving_it_with_the_business_is_no_decline() -> None:
    assert not declines("Great, I'll leave it with you to book the van then.")


def test_a_quote_turned_down_with_thanks_for_the_time_is_not_interested() -> None:
    conv = chat(
        "Hi, it's Tom from the bakery, you quoted us for 500 menus last week.",
        ("agent", "Hi Tom! Shall we go ahead and print them?"),
        "No, sorry, I'm going to leave it. Ended up ordering from a printer online. "
        "Thanks for your time though.",
    )
    assert verdict(conv).status == "Not Interested"


@pytest.mark.parametrize(
    "text",
    [
        "hi, we've got the weekly booking on Fridays, what time is the gardener due?",
        "Buenas, tengo reservación del 2 al 5 de mayo. ¿Tienen estacionamiento?",
    ],
)
def test_a_booking_held_is_asked_about_as_a_customer(text: str) -> None:
    assert verdict(chat(text, contact=WA)).status == "Info Only"


def test_pay_per_task_is_the_task_scam() -> None:
    offer = "Trabajo desde el móvil: solo dar like a vídeos, ganas 5 € por tarea. Escríbeme."
    assert offers_easy_money(offer)
    assert verdict(chat(offer, contact={"name": "Laura RRHH", "phone": "+12135550147"})).status == (
        "Spam"
    )


def test_styled_letters_beside_a_link_are_a_disguise_and_alone_are_not() -> None:
    assert hides_letters("𝐁𝐄𝐒𝐓 𝐃𝐄𝐀𝐋𝐒 today only >> https://bit.ly/x9Qz1")
    assert not hides_letters("𝓒𝓪𝓷 𝓘 𝓬𝓱𝓪𝓷𝓰𝓮 𝓶𝔂 𝓫𝓸𝓸𝓴𝓲𝓷𝓰 𝓽𝓸 𝓜𝓸𝓷𝓭𝓪𝔂?")


def test_your_domain_expiring_with_a_link_to_pay_is_the_renewal_scam() -> None:
    scam = (
        "Estimado cliente: su dominio floresmar.es caduca el 12/05. Para no perder su web, "
        "renueve en 48 horas en https://renovacion-dominios.com/pago. Coste: 79 €/año."
    )
    assert demands_payment(scam, scam.lower())
    assert verdict(chat(scam)).status == "Spam"
    own = "My domain expires next month, can you renew it for me? What does it cost?"
    assert not demands_payment(own, own.lower())
    assert_not_hidden(verdict(chat(own, "you can call me on 0612 345 678")))


def test_a_form_address_entered_wrong_is_replaced() -> None:
    conv = chat(
        "Hola, quería presupuesto para pintar un piso de 70 m2.",
        ("agent", "¡Claro! ¿Te lo mandamos al correo del formulario?"),
        "Sí, pero lo puse mal, es marta.gil@gmail.com",
    )
    conv["contact"] = {"email": "marta.gil@gmial.com"}
    assert extract(conv).emails == ["marta.gil@gmail.com"]


def test_a_question_whose_only_no_is_a_symptom_is_no_refusal() -> None:
    conv = chat(
        "Buenas, ¿atienden urgencias el domingo? Mi perro tiene fiebre y no come desde ayer.",
        contact=WA,
    )
    assert verdict(conv).status not in ("Not Interested", "Spam")
    assert "no come" not in without_faults("mi perro tiene fiebre y no come desde ayer")


def test_a_swiss_no_is_noch_and_asks_a_price() -> None:
    conv = chat(
        "Grüezi, was choschtet bi öich e Gelnagel-Uffüllig?",
        ("agent", "Grüezi! CHF 75. Wänd Sie en Termin?"),
        "Merci! Muess no luege wänn ich Ziit ha, ich mäld mi.",
        contact={"name": "Corinne", "phone": "+41791234567"},
    )
    assert_not_hidden(verdict(conv))
