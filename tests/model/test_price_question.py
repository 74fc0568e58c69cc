"""A short question about a price, with no contact details yet, is a medium lead."""

from __future__ import annotations

import pytest

from model.rules import PRICE_QUESTION_REASON, PRICE_QUESTION_SCORE
from tests.model.chats import chat, verdict

QUESTIONS = [
    "how much for a 3-seater sofa in green velvet?",
    "cuánto cobráis por pintar una habitación de 12 m2?",
    "quanto custa a limpeza de um sofá de 3 lugares?",
    "combien pour une révision de vélo électrique ?",
    "was kostet ein Ölwechsel beim Golf 7?",
    "quanto costa una torta per 30 persone?",
    "wat kost het plaatsen van een dakraam?",
    "ile kosztuje przegląd klimatyzacji w aucie?",
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_a_price_question_without_contact_is_a_medium_lead(text: str) -> None:
    p = verdict(chat(text))
    assert p.status == "Quote Request", (p.status, p.score)
    assert 60 <= p.score < 80
    assert PRICE_QUESTION_REASON in p.factors_for or p.score > PRICE_QUESTION_SCORE


@pytest.mark.parametrize(
    "text",
    [
        # a link beside it, or a long text quoting prices: what adverts do
        "how much would you pay for followers? https://cheap-followers.example/buy",
        "Why pay more? " + "Our insurance plans start at $19 a month and cover everything. " * 8,
        # no price asked
        "how much time does delivery to Leeds take?",
    ],
)
def test_adverts_that_ask_about_prices_are_not_lifted(text: str) -> None:
    assert PRICE_QUESTION_REASON not in verdict(chat(text)).factors_for


def test_a_buyer_with_contact_details_is_scored_by_the_model() -> None:
    p = verdict(chat("how much for a 3-seater sofa? ana.ruiz@example.org"))
    assert PRICE_QUESTION_REASON not in p.factors_for
    assert p.score >= 60
