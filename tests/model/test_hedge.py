"""A buyer who ends by putting the decision off is a medium lead, not an alert yet."""

from __future__ import annotations

import pytest

from model.hedge import HEDGE_REASON, HEDGE_SCORE, ends_hedging
from tests.model.chats import chat, verdict

A, C = "agent", "customer"


@pytest.mark.parametrize(
    "last",
    [
        "ok thanks, I'll check with my husband and get back to you",
        "vale, lo pienso y te digo algo",
        "merci, je vais réfléchir et je reviens vers vous",
        "danke, ich überlege es mir noch und melde mich",
        "grazie, ci penso e vi faccio sapere",
        "bedankt, ik denk er nog even over na",
        "dzięki, jeszcze się zastanowię i dam znać",
        "obrigada, vou pensar e depois te digo",
        "uh, es un poco caro, dejame pensarlo",
    ],
)
def test_putting_the_decision_off(last: str) -> None:
    assert ends_hedging(
        chat("how much for 20 chairs? anna@example.com", ("agent", "€40 each"), last)
    )


def test_a_hedge_settled_later_is_no_hedge() -> None:
    turns = ["I'll check with my boss and get back to you", (A, "Sure!"), "boss says yes",
             (A, "Great"), "please book it for Monday, 07700 900123"]  # fmt: skip
    assert not ends_hedging(chat(*turns))


def test_a_reachable_buyer_who_hedges_is_scored_medium() -> None:
    turns = [
        (C, "Hi, could you quote for a new boiler, combi, 3-bed semi in Leeds? Tom Ash, "
            "07700 900456, tom.ash@example.com"),
        (A, "Around £2,400 fitted. Shall I book a survey?"),
        (C, "thanks, I'll think about it and let you know"),
    ]  # fmt: skip
    p = verdict(chat(*turns))
    assert p.status in ("Quote Request", "Opportunity"), (p.status, p.score)
    assert 60 <= p.score <= HEDGE_SCORE
    assert HEDGE_REASON in p.factors_against
