"""Kinds read on outside set AH, tested in words of our own.

A proposal asked for in Portuguese or Spanish is a quote request; being unhappy with
the present supplier is a reason to change, no refusal; "somos clientes vossos" and
"mamy u was zamówione" are existing customers, a contract running out with the present
supplier is a buyer; "your account will be blocked, verify it here" is phishing; a loan
offered with no credit checks is a pitch; keeping the work in-house, choosing another
party and "no need to call" decline, and the other firm's lower price named after a
decline does not reopen it.
"""

from __future__ import annotations

from model.account_phish import threatens_account
from model.concepts import declines
from model.existing_customer import asks_as_customer
from model.faults import without_faults
from model.quote_words import asks_for_quote
from model.vendor_voice import speaks_as_vendor
from tests.model.chats import assert_not_hidden, chat, verdict


def test_a_proposal_asked_for_is_a_quote_request() -> None:
    assert asks_for_quote("Precisaríamos de uma proposta para limpeza diária de 2 lojas.", "pt")
    assert asks_for_quote("Nos gustaría recibir una propuesta para el mantenimiento.", "es")
    assert not asks_for_quote("Quero fazer-lhe uma proposta de parceria.", "pt")


def test_unhappy_with_the_present_supplier_is_no_refusal() -> None:
    text = "we're not happy with CleanCo at all. Can we book a call to talk it through?"
    assert "not" not in without_faults(text)
    assert "not happy" in without_faults("we're not happy with your quote")
    conv = chat(text, "Tue 10am suits, ring me on 07700 912345")
    assert_not_hidden(verdict(conv))


def test_customers_who_say_so_ask_as_customers() -> None:
    assert asks_as_customer("Somos clientes vossos, a equipa pode vir mais cedo na sexta?")
    assert asks_as_customer("mamy u was zamówione sprzątanie na piątek, czy można przesunąć?")
    assert not asks_as_customer(
        "Ons contract met de huidige schoonmaker loopt in juni af, kunnen we kennismaken?"
    )


def test_your_account_blocked_unless_verified_through_a_link_is_phishing() -> None:
    notice = (
        "Estimado usuario: su cuenta de empresa será bloqueada en 24 horas. Verifique su "
        "cuenta en https://verificacion-cuentas.net/es para evitarlo."
    )
    assert threatens_account(notice, notice.lower())
    assert verdict(chat(notice)).status == "Spam"
    own = "My account is blocked since this morning, can you help me verify it?"
    assert not threatens_account(own, own.lower())


def test_loans_offered_with_no_credit_checks_are_a_pitch() -> None:
    assert speaks_as_vendor("we're offering fast business loans, no credit checks")


def test_kept_in_house_another_party_and_no_need_to_call_decline() -> None:
    assert declines("La direction a décidé de garder l'équipe de ménage en interne.")
    assert declines("We hebben toch voor een andere partij gekozen.")
    assert declines("Bedankt, maar bellen hoeft niet meer.")


def test_the_other_firms_lower_price_does_not_reopen_a_decline() -> None:
    conv = chat(
        "Goedemiddag, bedankt voor de offerte voor de glazenwasser. We hebben voor een andere "
        "partij gekozen.",
        ("agent", "Jammer! Mag ik vragen waarom?"),
        "De prijs vooral, die zaten 10% lager. Groet, Anouk",
    )
    assert verdict(conv).status == "Not Interested"
