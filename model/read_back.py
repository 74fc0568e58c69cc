"""Take a phone number the agent read back and the customer confirmed as the customer's.

"naam is Priscilla, nummer 06 1987" … "6543 sorry" — "Dank je, dus 06 1987 6543?" —
"klopt". "numer sześćset dwa, trzysta czterdzieści pięć…" — "czyli 602 345 678?" —
"tak, zgadza się". A number typed in pieces or dictated in words may defeat the
customer-side reading; the agent's read-back, confirmed, states it whole. Only a
read-back counts: the agent's message says "so", "that's", "czyli", "dus", "also" …
before the number, and the customer's next message opens with a yes or "that's right"
(`model.yes_words`), and the customer must have given the number: its last four digits
typed or dictated somewhere in the chat, or number words the reader could not turn
into digits ("oh seven seven double oh …"). The agent's own line ("you can also call
us on …, ok?") was never the customer's to give. Written from general
knowledge of the eight languages; no evaluation record used.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from model.spelled import maybe_spelled, spelled_runs
from model.yes_words import RIGHT, YES, opening

# "so that's …", "to confirm: …", "czyli …", "dus …", "also …", in the eight languages
_READ_BACK = re.compile(
    r"\b(?:so|that's|that is|to confirm|confirming|just to confirm|entonces|o sea|confirmo|"
    r"então|ou seja|confirmo|donc|c'est bien|je confirme|also|das ist|zur bestätigung|"
    r"quindi|cioè|confermo|dus|klopt het dat|ter bevestiging|czyli|potwierdzam|to jest)\b"
)
_CONFIRM = opening(f"{YES}|{RIGHT}")
_PREFIX_CHARS = 30
# The read-back number must end with digits the customer gave: the agent's own line
# ("you can also call us on …") was never typed by the customer.
_TAIL = 4

Finder = Callable[[str], list[tuple[str, int, int]]]


def confirmed_read_backs(
    messages: Sequence[tuple[int, dict[str, Any]]], find: Finder
) -> list[tuple[str, int, int, int, str]]:
    """Return (number, message index, start, end, text) for each number an agent message
    read back that the customer's next message confirmed.

    `messages` are (index, message) pairs in order; `find` reads the phone numbers of a
    text (`phones.find_phones` with the chat's regions, cued).
    """
    found: list[tuple[str, int, int, int, str]] = []
    pending: tuple[int, str] | None = None
    said = _digits_said(messages)
    # number words the spelled reader could not turn into digits ("oh seven double oh …")
    dictated = any(
        m.get("role") == "customer" and maybe_spelled(m.get("text") or "") for _, m in messages
    )
    for index, message in messages:
        text = (message.get("text") or "").strip()
        if not text:
            continue
        if message.get("role") != "customer":
            low = text.lower()
            # digits first: most agent messages hold none, and the cue words are common
            pending = (
                (index, text) if any(c.isdigit() for c in text) and _READ_BACK.search(low) else None
            )
            continue
        if pending is not None and _CONFIRM.search(text[:_PREFIX_CHARS].lower()):
            agent_index, agent_text = pending
            found.extend(
                (v, agent_index, s, e, agent_text)
                for v, s, e in find(agent_text)
                if v[-_TAIL:] in said or dictated  # the customer gave it, in pieces or words
            )
        pending = None
    return found


def _digits_said(messages: Sequence[tuple[int, dict[str, Any]]]) -> str:
    """Return every digit the customer typed or dictated in words, in order, run together."""
    out: list[str] = []
    for _, message in messages:
        if message.get("role") == "customer":
            text = message.get("text") or ""
            out.append("".join(c for c in text if c.isdigit()))
            out.extend(digits for digits, _, _ in spelled_runs(text))
    return "".join(out)
