"""A quote request whose customer also enrols, books or asks for a trial is an Opportunity."""

from __future__ import annotations

import pytest

from model.signup import enrols
from tests.model.chats import chat, verdict

A = "agent"


@pytest.mark.parametrize(
    "text",
    [
        "quiero inscribirme al curso de inglés intensivo, cuánto cuesta?",
        "ich würde mich gern für den Yogakurs anmelden, was kostet das?",
        "vorrei iscrivermi al corso di pasticceria, quanto costa?",
        "ik wil me inschrijven voor de zwemles, wat kost een pakket?",
        "chciałabym się zapisać na kurs tańca, ile to kosztuje?",
        "je voudrais m'inscrire au cours de poterie, c'est combien ?",
        "can you sign me up for the spring course? how much is it?",
    ],
)
def test_enrolling_with_a_price_asked_enrols(text: str) -> None:
    assert enrols(text, text.lower())


def test_a_price_alone_does_not() -> None:
    text = "how much for 500 flyers A5, double sided?"
    assert not enrols(text, text.lower())


def test_a_priced_enrolment_is_an_opportunity() -> None:
    conv = chat(
        "hej, ile kosztuje kurs na prawo jazdy kat. B?",
        (A, "Cześć! 3400 zł, można w ratach."),
        "ok to zapisuję się na grudzień, co mam przysłać?",
    )
    assert verdict(conv).intent == "opportunity"  # "Potential Customer" without contact


def test_asking_whether_an_appointment_is_needed_does_not_enrol() -> None:
    text = "wat kost een APK en moet ik een afspraak maken of kan ik zo langskomen?"
    assert not enrols(text, text.lower())
