"""A number the agent read back and the customer confirmed is the customer's."""

from __future__ import annotations

import pytest

from model.extract import extract
from tests.model.chats import chat

A, C = "agent", "customer"


@pytest.mark.parametrize(
    ("turns", "phone"),
    [
        (
            [(C, "ja graag, bel me maar op 06 1234"), (C, "5678 sorry, te snel verstuurd"),
             (A, "Dank je, dus 06 1234 5678?"), (C, "klopt!")],
            "+31612345678",
        ),
        (
            [(C, "proszę o telefon, numer pięćset dwanaście, trzysta czterdzieści, sto"),
             (A, "Dziękuję, czyli 512 340 100?"), (C, "tak, zgadza się")],
            "+48512340100",
        ),
        (
            [(C, "call me on oh seven seven double oh nine hundred, one two three"),
             (A, "Thanks! So that's 07700 900123?"), (C, "yes that's right")],
            "+447700900123",
        ),
    ],
)  # fmt: skip
def test_a_confirmed_read_back_is_the_customers_number(
    turns: list[tuple[str, str]], phone: str
) -> None:
    assert phone in extract(chat(*turns)).phones


@pytest.mark.parametrize(
    "turns",
    [
        # the agent gives the business's number: no read-back cue, nothing confirmed
        [(C, "how do I reach your workshop?"), (A, "Call us on 020 7946 0123, ok?"), (C, "yes thanks")],
        # a cue word and a yes, but the number is the business's: the customer never gave it
        [(C, "when do you close?"), (A, "6pm. You can also call us on 020 7946 0123"),
         (C, "yes, thanks")],
        # read back, but corrected rather than confirmed
        [(C, "my number is 06 1234 5678"), (A, "So 06 1234 5687?"), (C, "no, 5678 at the end")],
    ],
)  # fmt: skip
def test_no_read_back_without_a_cue_and_a_yes(turns: list[tuple[str, str]]) -> None:
    phones = extract(chat(*turns)).phones
    assert "+442079460123" not in phones and "+31612345687" not in phones
