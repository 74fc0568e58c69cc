"""Kinds read on fresh outside set Q, tested in words of our own.

A French "rdv" booked by a patient who says where to reach them if the number fails, a
reply to the agent's follow-up that thanks anyway (Québec's "soumission" is a quote),
buyers only comparing prices or writing back later, two numbers on a signature line,
a family-first answer under a given-name profile, handle profiles.
"""

from __future__ import annotations

import pytest

from model.concepts import lead_concept
from model.extract import extract
from model.hedge import ends_hedging
from model.name_questions import asks_for_name
from model.quote_words import asks_for_quote
from tests.model.chats import assert_not_hidden, chat, verdict

A = "agent"


def test_a_rdv_is_a_booking() -> None:
    assert lead_concept("bonjour, un rdv possible mardi pour une entorse ?") == "opportunity"


def test_a_patient_who_says_where_to_reach_them_is_no_refusal() -> None:
    turns = [
        "Bonjour, je voudrais un rdv pour une tendinite à l'épaule, j'ai une ordonnance",
        (A, "Bonjour, mardi 18h ou mercredi 9h ?"),
        "Mardi 18h. Si vous n'arrivez pas à me joindre, laissez un message au 04 78 12 34 56",
    ]
    assert_not_hidden(verdict(chat(*turns, contact={"name": "Léa", "phone": "+33612345678"})))


def test_a_reply_to_the_follow_up_that_thanks_anyway_is_not_interested() -> None:
    turns = [
        (A, "Bonjour M. Roy, je fais un suivi pour la soumission de votre clôture."),
        "Oui merci, finalement mon voisin va la faire avec nous. Merci quand même!",
    ]
    p = verdict(chat(*turns, contact={"name": "Luc Roy", "phone": "+15145551234"}))
    assert p.status == "Not Interested", (p.status, p.score, p.top_factors)


def test_a_soumission_is_a_quote_in_quebec() -> None:
    assert asks_for_quote("pouvez-vous m'envoyer une soumission pour le toit ?", "fr")


@pytest.mark.parametrize(
    "last",
    [
        "pero ahorita nomás estoy comparando precios",
        "thanks, just comparing prices for now",
        "ok merci, os escribo yo cuando sepamos la fecha",
        "muss ich mir noch überlegen, meld mich dann",
        "ok ik laat nog iets weten, eerst met mijn vriendin bespreken",
    ],
)
def test_comparing_prices_or_writing_back_later_puts_the_decision_off(last: str) -> None:
    assert ends_hedging(chat("How much for a kitchen fitting?", (A, "About 2,000."), last))


def test_two_numbers_on_a_labelled_signature_line_are_both_phones() -> None:
    text = "Please call me.\nKind regards,\nAnna Lee\nT: 0161 496 0732 | M: 07911 123456"
    assert extract(chat(text)).phones == ["+441614960732", "+447911123456"]


def test_a_family_first_answer_under_a_given_name_profile_is_turned() -> None:
    conv = chat(
        (A, "Pouvez-vous me confirmer vos nom et prénom ?"),
        "Moreau Sandrine",
        contact={"name": "Sandrine M.", "phone": "+33612345678"},
    )
    assert extract(conv).name == "Sandrine Moreau"


@pytest.mark.parametrize(
    ("profile", "expected"), [("🌙 moonchild 🌙", None), ("Lena 💎 Crypto", None)]
)
def test_a_handle_or_a_trade_profile_names_no_one(profile: str, expected: str | None) -> None:
    conv = chat("Are you open on Sunday?", contact={"name": profile, "phone": "+15125550123"})
    assert extract(conv).name == expected


def test_asking_for_the_name_for_a_booking_in_polish() -> None:
    assert asks_for_name("Zapisane. Poproszę jeszcze imię do rezerwacji.")


def test_a_portuguese_perdao_corrects_the_email() -> None:
    conv = chat("o meu email é rui.paz@gmial.com", "perdão, é rui.paz@gmail.com")
    assert extract(conv).emails == ["rui.paz@gmail.com"]
