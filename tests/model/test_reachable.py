"""A buyer who asked for something and can be reached is a strong lead: 80 or more."""

from __future__ import annotations

import numpy as np
import pytest

from model.reachable import (
    REACHABLE_MAX_CHARS,
    REACHABLE_REASON,
    REACHABLE_SCORE,
    reachable_buyers,
)
from model.types import Extraction
from tests.model.chats import chat, verdict

REACHED = Extraction(phones=["+447700900123"])


def _lifted(
    text: str,
    x: Extraction = REACHED,
    intent: str = "quote_request",
    score: int = 70,
    read_as_lead: bool = True,
    service: bool = False,
) -> bool:
    return bool(
        reachable_buyers(
            np.array([intent]),
            np.array([score]),
            np.array([read_as_lead]),
            np.array([service]),
            [text],
            [x],
        )[0]
    )  # fmt: skip


def test_a_reachable_buyer_is_lifted() -> None:
    assert _lifted("Hi, we need a quote for 40 embroidered polo shirts, Sam 07700 900123")


@pytest.mark.parametrize(
    ("text", "kwargs"),
    [
        ("we need a quote for 40 polo shirts", {"x": Extraction()}),  # no way to reach them
        ("we need a quote for 40 polo shirts", {"intent": "info_only"}),
        ("we need a quote for 40 polo shirts", {"read_as_lead": False}),  # spared from spam
        ("we need a quote for 40 polo shirts", {"service": True}),  # a premium-rate line
        ("we need a quote for 40 polo shirts", {"score": 55}),  # the heads' own low reading
        ("we need a quote for 40 polo shirts", {"score": 85}),  # high already
        ("hello there, nice to meet you", {}),  # names nothing a buyer asks for
        ("quote for 40 shirts, see https://bit.ly/x1 for our designs", {}),  # a link
        ("We help shops like yours sell more. Can I send you a quote?", {}),  # a vendor
        ("Thanks for the quote, we went with another supplier", {}),  # a firm decline
        ("we need a quote for 40 polo shirts " + "and more " * REACHABLE_MAX_CHARS, {}),
    ],
)
def test_what_keeps_a_chat_from_the_lift(text: str, kwargs: dict) -> None:
    assert not _lifted(text, **kwargs)


@pytest.mark.parametrize(
    "turns",
    [
        [("customer", "Sehr geehrte Damen und Herren,\n\nwir benötigen ein Angebot für "
                      "Fachbodenregale für unser Ersatzteillager:\n- ca. 60 Regalfelder\n"
                      "- Tragkraft 150 kg je Boden\n- inkl. Montage\n\nMit freundlichen Grüßen\n"
                      "Julia Brandt\nEinkauf\nTel.: 0511 123456")],
        [
            ("customer", "Hoi, wat kost het ongeveer om 30m2 tegels te laten leggen in de "
                         "badkamer? Oude tegels moeten eruit."),
            ("agent", "Zo'n €90 per m2 all-in. Zullen we komen meten?"),
            ("customer", "Ja graag, mijn nummer is 06 12 34 56 78"),
        ],
    ],
)  # fmt: skip
def test_buyers_with_contact_details_score_high(turns: list[tuple[str, str]]) -> None:
    # both score 60-79 by the weights alone (twenty-third session): the lift's own cases
    p = verdict(chat(*turns))
    assert p.status in ("Quote Request", "Opportunity"), (p.status, p.score, p.top_factors)
    assert p.score >= REACHABLE_SCORE, (p.score, p.top_factors)
    assert p.factors_for[0] == REACHABLE_REASON


def test_bought_is_no_decline_that_keeps_a_buyer_from_the_lift() -> None:
    assert _lifted("We bought a flat and need a quote for the wiring, 07700 900123")
    assert not _lifted("Thanks for the quote, but we bought one elsewhere last week")


def test_read_blind_a_buyer_is_lifted_from_40() -> None:
    dutch = Extraction(phones=["+31612345678"], language="nl")
    assert _lifted("graag een offerte voor 40 m2 tegels, 06 1234 5678", x=dutch, score=45)
    english = Extraction(phones=["+447700900123"], language="en")
    assert not _lifted("we need a quote for 40 polo shirts", x=english, score=45)
