"""Kinds read on outside set AA, tested in words of our own.

Asking for an appointment in so many words books one (not asking whether one is
needed); deciding not to go further and "no more calls" in Dutch decline; a guided
tour is a visit; reviews for sale are spam; compound titles ("Dott.ssa", "Dipl.-Ing.
(FH)") open a signed name; a neighbourhood closes a message, no name; a surname stated
under a profile's initial completes it; a number retyped with a slip mended is the same
number, read in the first one's country.
"""

from __future__ import annotations

import pytest

from model.audience import sells_reviews
from model.concepts import concept_of, declines
from model.extract import extract
from model.said_mobile import retyped
from model.signup import signs_up
from tests.model.chats import chat, verdict

A = "agent"


@pytest.mark.parametrize(
    "text",
    [
        "me torcí la muñeca ayer, quería pedir cita para que me la vean",
        "je voudrais prendre rendez-vous pour un détartrage, plutôt le matin",
        "ich möchte gern einen Termin vereinbaren, am liebsten nachmittags",
        "vorrei prenotare una visita per mia figlia",
    ],
)
def test_asking_for_an_appointment_signs_up(text: str) -> None:
    assert signs_up(text, text.lower())


def test_asking_whether_an_appointment_is_needed_does_not() -> None:
    text = "moet ik een afspraak maken of kan ik zo langskomen met mijn fiets?"
    assert not signs_up(text, text.lower())


def test_an_appointment_asked_for_with_contact_is_an_opportunity() -> None:
    conv = chat(
        "Hola, tengo molestias en la rodilla desde hace un mes al correr. Quería pedir "
        "cita para una valoración, por las tardes si puede ser",
        (A, "¡Hola! Tenemos el miércoles a las 18:00, ¿te va bien?"),
        "Perfecto. Mi móvil es 611 204 378",
    )
    assert verdict(conv).status == "Opportunity"


@pytest.mark.parametrize(
    "text",
    [
        "Na veel wikken en wegen hebben we besloten om niet verder te gaan.",
        "We zien ervan af. Graag ook niet meer nabellen.",
    ],
)
def test_dutch_decisions_against_decline(text: str) -> None:
    assert declines(text)


def test_a_guided_tour_is_a_visit() -> None:
    assert concept_of("rondleiding") == "visit"


def test_reviews_for_sale_are_spam_and_a_buyer_citing_reviews_is_not() -> None:
    assert sells_reviews("wir liefern echte 5-sterne bewertungen ab 3,90 € pro bewertung")
    assert sells_reviews("we provide 5 star google reviews, free trial pack of 10")
    assert not sells_reviews("saw your 5-star reviews, could you quote 30 chairs? budget €900")
    conv = chat(
        "Goedemiddag! Wij leveren echte 5-sterren reviews van Belgische accounts, al vanaf "
        "€ 3,50 per review. Zin in een gratis proefpakket?",
        contact={"name": "StarLift BE", "phone": "+32470112233"},
    )
    assert verdict(conv).status == "Spam"


@pytest.mark.parametrize(
    ("signature", "name"),
    [
        ("Distinti saluti\nDott.ssa Giulia Marchetti\nUfficio Tecnico", "Giulia Marchetti"),
        ("Mit freundlichen Grüßen\nDipl.-Ing. (FH) Jan Vogel\nEinkauf", "Jan Vogel"),
    ],
)
def test_compound_titles_open_a_signed_name(signature: str, name: str) -> None:
    assert extract(chat(f"Bitte um Angebot für 40 Lager.\n\n{signature}")).name == name


def test_a_neighbourhood_closing_a_message_is_no_name() -> None:
    conv = chat(
        "quanto costa tinteggiare un bilocale di 55 mq? Zona Navigli",
        contact={"name": "Marta", "phone": "+393401122334"},
    )
    assert extract(conv).name == "Marta"


def test_a_surname_stated_under_a_profiles_initial_completes_it() -> None:
    conv = chat(
        "Bonjour, c'est Mme Favre pour le vélo déposé lundi, il est prêt ?",
        contact={"name": "Sophie F.", "phone": "+41791234567"},
    )
    assert extract(conv).name == "Sophie Favre"


def test_a_number_retyped_with_a_slip_mended_is_read_as_the_first() -> None:
    text = "perdón, es 11 4962-3017"
    assert retyped(text, [], ["+5491149623071"]) == [("+5491149623017", 11, 23)]
    assert retyped(text, [], ["+34611204378"]) == []  # nothing like it before
