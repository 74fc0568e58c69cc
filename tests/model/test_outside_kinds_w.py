"""Kinds read on fresh outside set W, tested in words of our own.

A free first assessment books like a trial; "je vais y penser", "je vous reviens";
"j'ai passé commande" is an order already placed; a cancellation the heads read as a
lead; the fake registry's fee; a name asked for someone else; registers name no one.
"""

from __future__ import annotations

import pytest

from model.cancels import cancels_own
from model.existing_customer import asks_as_customer
from model.extract import extract
from model.hedge import ends_hedging
from model.payment_demand import demands_payment
from model.person_names import profile_name
from model.signup import asks_for_a_trial
from tests.model.chats import chat

A = "agent"


@pytest.mark.parametrize(
    "text",
    [
        "i'd like to book the free assessment for my daughter",
        "quiero agendar la valoración gratuita de ortodoncia",
        "je voudrais réserver le bilan gratuit",
    ],
)
def test_a_free_first_assessment_books_like_a_trial(text: str) -> None:
    assert asks_for_a_trial(text)


def test_quebec_hedges() -> None:
    last = "ok je vais y penser, je compare pis je vous reviens"
    assert ends_hedging(
        chat("C'est combien pour louer une remorque ?", (A, "45 $ par jour."), last)
    )


def test_an_order_already_placed_is_support() -> None:
    assert asks_as_customer(
        "j'ai passé commande mardi (commande n° 55-210), elle sera prête quand ?"
    )


@pytest.mark.parametrize(
    ("text", "cancels"),
    [
        ("we have to cancel the removal on the 30th, the sale fell through", True),
        ("muszę odwołać wizytę na czwartek", True),
        ("can I move my booking to Friday instead?", False),
        ("please cancel order 5521 and quote me for the blue one", False),
    ],
)
def test_cancelling_ones_own_booking(text: str, cancels: bool) -> None:
    assert cancels_own(text, text.lower()) is cancels


def test_a_cancellation_the_heads_read_as_a_lead_is_not_interested() -> None:
    from model.rules import apply_rules
    from model.types import Extraction, Prediction

    text = "Bonsoir, nous devons annuler le déménagement du 12 mai, la vente est tombée à l'eau."
    lead = Prediction("opportunity", "Opportunity", 75, "medium", 0.75, [], [])
    question = Prediction("info_only", "Info Only", 45, "low", 0.45, [], [])
    x = Extraction(language="fr")
    assert apply_rules([text], [x], [lead])[0].status == "Not Interested"
    assert apply_rules([text], [x], [question])[0].status == "Info Only"  # HINT3's way


def test_the_fake_registry_fee() -> None:
    text = (
        "Your company listing in the National Business Register expires. To avoid removal from "
        "the register, please pay the annual listing fee of 290 EUR within 7 days."
    )
    assert demands_payment(text, text.lower())


def test_a_name_asked_for_someone_else_is_not_the_customers() -> None:
    conv = chat(
        "hi, can I book the pottery class on Saturday? Jenny Cole",
        (A, "Sure! And your friend? What's her name?"),
        "Amy Stone",
    )
    assert extract(conv).name == "Jenny Cole"


def test_a_register_profile_names_no_one() -> None:
    assert profile_name("Centralny Rejestr Firm") is None


def test_someone_elses_booking_held_is_support() -> None:
    assert asks_as_customer(
        "my dad has a service booked with you for Monday, can it move to Friday?"
    )
