"""A refusal that leaves the door open is scored low, one that closes it very low."""

from __future__ import annotations

import pytest

from model.door_open import OPEN_DOOR_SCORE, leaves_door_open
from tests.model.chats import chat, verdict

A = "agent"


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, but we'll leave it this year. Maybe next year for the back garden.",
        "Gracias, pero no lo vamos a hacer. Quizás más adelante.",
        "Obrigada, vamos deixar estar. Fica pra próxima!",
        "Merci, on ne donnera pas suite. On reviendra peut-être vers vous à la rentrée.",
        "Danke, wir machen das nicht. Vielleicht nächstes Jahr.",
        "Grazie, non procediamo. Magari più avanti.",
        "Bedankt, we doen het niet. Misschien volgend jaar.",
        "Dziękuję, rezygnujemy. Może kiedyś.",
    ],
)
def test_a_refusal_speaking_of_later_leaves_the_door_open(text: str) -> None:
    assert leaves_door_open(chat(text))


@pytest.mark.parametrize(
    "text",
    [
        "We went with another installer, they were cheaper. Thanks anyway.",
        "Grazie ma per ora non mi interessa.",  # a bare "for now" closes as often
    ],
)
def test_a_refusal_without_a_later_does_not(text: str) -> None:
    assert not leaves_door_open(chat(text))


def test_an_open_refusal_is_scored_low_and_a_closed_one_very_low() -> None:
    open_door = verdict(
        chat(
            (A, "Hi Sam, did you get a chance to look at our quote for the fence?"),
            "Hi, yes thanks, but we've decided not to go ahead this year. Maybe next spring.",
        )
    )
    closed = verdict(
        chat(
            (A, "Hi Sam, did you get a chance to look at our quote for the fence?"),
            "Hi, yes thanks, but we've decided to go with another company. Cheers.",
        )
    )
    assert open_door.status == closed.status == "Not Interested"
    assert open_door.score == OPEN_DOOR_SCORE and closed.score < 40
