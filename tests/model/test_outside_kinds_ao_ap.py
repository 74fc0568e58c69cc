"""Kinds read on outside sets AO and AP, tested in words of our own.

Cancellation cover is a product, no decline ("ubezpieczenie od rezygnacji"); "no" is no
refusal in Portuguese ("no telemóvel"), Polish or Dutch, nor "ne" (spoken "eine") in
German; not being at home with the medium ("não percebo muito disto") is no refusal;
booking through another agency, a relative who will do it and "but we've decided to go
with …" decline; a daily wage offered is a fake job; someone sent out, asked for
("vous pouvez envoyer un électricien ?"), is never Spam without evidence; an order
held ("mam zlecenie"), a warranty asked in Dutch ("onder de garantie") are a
customer's; Italian "sono a Roma" names a place.
"""

from __future__ import annotations

from model.concepts import declines
from model.easy_money import promises_return
from model.existing_customer import asks_as_customer
from model.extract import extract
from model.faults import asks_for_visit, without_faults
from tests.model.chats import assert_not_hidden, chat, verdict


def test_cancellation_cover_is_asked_about_not_declined() -> None:
    conv = chat(
        "Dzień dobry, szukam wyjazdu do Grecji w lipcu, 2 osoby, do 8 tys. zł.",
        ("agent", "Przygotuję propozycje."),
        "A ile kosztuje ubezpieczenie od kosztów rezygnacji?",
        "Dzięki. Marta Nowak",
        contact={"name": "Marta", "phone": "+48601234567"},
    )
    assert_not_hidden(verdict(conv))


def test_words_read_as_no_that_say_no_in_no_such_language() -> None:
    pt = chat(
        "Boa tarde, eu não percebo muito disto de escrever no telemóvel. Podiam ligar-me para "
        "marcar a visita? Estou em casa de manhã.",
        contact={"name": "Rosa", "phone": "+351912345678"},
    )
    assert "não percebo" not in without_faults(pt["messages"][0]["text"])
    assert verdict(pt).status not in ("Not Interested", "Spam")
    de = chat(
        "Moin, wir wollen ne Woche nach Kreta, 12 Leute. Könnten Sie mich anrufen? Gruß Jens",
        contact={"name": "Jens", "phone": "+4915112345678"},
    )
    assert verdict(de).status not in ("Not Interested", "Spam")


def test_booked_elsewhere_or_done_by_a_relative_declines() -> None:
    assert declines("Bedankt, maar we hebben via een ander reisbureau geboekt.")
    assert declines("Finalement mon frère qui est plombier va s'en occuper.")
    assert declines("Thanks for the quote, but we've decided to go with our insurer's engineer.")
    assert not declines("We've decided to go with your premium option, when can you start?")


def test_a_daily_wage_offered_is_a_fake_job() -> None:
    assert promises_return("praca zdalna, oceniasz hotele, wynagrodzenie 300-600 zł dziennie")


def test_someone_sent_out_is_asked_for_and_never_spam_without_evidence() -> None:
    text = "Le chauffe-eau fuit partout !! Vous pouvez envoyer un plombier maintenant ?"
    assert asks_for_visit(text)
    assert asks_for_visit("Can you get a plumber out today? The boiler's leaking")
    conv = chat(
        text,
        ("agent", "Oui, adresse ?"),
        "12 rue Nationale, je suis Paul Morel",
        contact={"name": "Paul", "phone": "+33612345678"},
    )
    assert_not_hidden(verdict(conv))


def test_an_order_held_and_a_warranty_asked_are_a_customer_s() -> None:
    assert asks_as_customer("Dzień dobry, mam zlecenie na jutro, czy technik przyjedzie rano?")
    assert asks_as_customer("De kraan lekt weer, valt dat onder de garantie?")


def test_sono_a_roma_names_a_place() -> None:
    conv = chat("Buonasera, quanto costa aprire una porta blindata? Sono a Roma, zona Prati")
    assert extract(conv).name is None
