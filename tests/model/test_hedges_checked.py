"""Checking with someone first, or still looking around, puts the decision off (medium)."""

from __future__ import annotations

import pytest

from model.hedge import ends_hedging
from tests.model.chats import chat

A = "agent"


@pytest.mark.parametrize(
    "last",
    [
        "ok déjame checarlo con mi esposa y ahorita te escribo",
        "vou conversar com minha sócia e te falo amanhã",
        "ich muss erst mit meinem Mann reden, melde mich",
        "ok ci sentiamo in serata che chiedo agli altri",
        "eerst nog even rondkijken, bedankt",
        "dziękuję, przemyślę to",
        "thanks, still looking around at a couple of places",
    ],
)
def test_checking_with_someone_or_looking_around_hedges(last: str) -> None:
    conv = chat("How much for a 3-day rental of a 12-seat van?", (A, "€420 all in."), last)
    assert ends_hedging(conv)


def test_a_yes_with_a_time_does_not() -> None:
    conv = chat("How much for a 3-day rental?", (A, "€420 all in."), "great, book it for Friday")
    assert not ends_hedging(conv)
