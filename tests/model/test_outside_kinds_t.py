"""Kinds read on fresh outside set T, tested in words of our own.

The overpayment scam; pay promised by the day; a single message that turns down the
quote the business made; Swiss German "z'tüür"; cancelling an appointment; "it works"
after a test; comparing with a quote in hand, checking with "him"; a name after thanks
that opens with two words; a name after the address; a surname restated in full; the
Polish and Dutch working names the gazetteer lacked.
"""

from __future__ import annotations

import pytest

from model.concepts import declines
from model.easy_money import offers_easy_money
from model.extract import extract
from model.hedge import ends_hedging
from model.junk import is_junk
from model.overpayment import overpays
from model.person_names import is_given_name
from tests.model.chats import chat, verdict

A = "agent"


@pytest.mark.parametrize(
    "text",
    [
        "We will mail you a check for $9,500. Deduct your fee and wire the balance to our mover.",
        "Le enviaremos un cheque por 6.000 €, quédese su parte y transfiera la diferencia a "
        "nuestro agente.",
        "Wir schicken Ihnen einen Scheck über 7.000 €, bitte überweisen Sie den Restbetrag an "
        "unseren Spediteur.",
    ],
)
def test_the_overpayment_scam(text: str) -> None:
    assert overpays(text.lower())
    assert verdict(chat(text)).status == "Spam"


def test_paying_by_cheque_is_no_scam() -> None:
    assert not overpays("can i pay the deposit by cheque and the rest by bank transfer?")


def test_pay_promised_by_the_day_is_easy_money() -> None:
    assert offers_easy_money("Vergütung von 150 € bis 400 € pro Tag, nur Videos bewerten!")
    assert offers_easy_money("remuneración de 90 € al día desde el móvil")


def test_a_single_message_turning_down_the_quote_made_is_not_interested() -> None:
    text = (
        "Hello, it's Tom Hale. You quoted us in May for the loft insulation. Just to let you "
        "know we decided to go with another company as they can start sooner. Thanks anyway."
    )
    assert verdict(chat(text)).status == "Not Interested"


def test_swiss_german_too_dear_and_cancelling_an_appointment_decline() -> None:
    assert declines("merci für d'Offerte, isch üs aber z'tüür")
    assert declines("muszę odwołać wizytę na piątek")
    assert declines("ich muss den Termin leider absagen")


def test_a_probe_that_says_it_works_is_junk() -> None:
    assert is_junk("test\nqwertyyy\nok works 👍")
    assert not is_junk("does the app work with xero?")


@pytest.mark.parametrize(
    "last",
    [
        "ok, I'll compare it with another quote I have",
        "grazie, la confronto con un altro preventivo",
        "blz, vou ver com ele e te falo",
    ],
)
def test_comparing_or_checking_with_him_puts_the_decision_off(last: str) -> None:
    assert ends_hedging(chat("How much for a glass shower door?", (A, "1,100 fitted."), last))


def test_names_after_two_word_thanks_after_the_address_and_restated() -> None:
    assert extract(chat("Un devis svp. Merci beaucoup, Paul Renard")).name == "Paul Renard"
    conv = chat("ile kosztuje catering na 40 osób?", (A, "Na jaki mail?"), "biuro@smaki.pl, Bartek")
    assert extract(conv).name == "Bartek"
    assert extract(chat("reserva a nombre de Soto, Marta Soto")).name == "Marta Soto"


@pytest.mark.parametrize("name", ["Kasia", "Kuba", "Tomek", "Ruud", "Kees"])
def test_working_names_are_given_names(name: str) -> None:
    assert is_given_name(name)
