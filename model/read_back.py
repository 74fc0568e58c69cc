"""Take a phone number the agent read back and the customer confirmed as the customer's.

"naam is Priscilla, nummer 06 1987" … "6543 sorry" — "Dank je, dus 06 1987 6543?" —
"klopt". "numer sześćset dwa, trzysta czterdzieści pięć…" — "czyli 602 345 678?" —
"tak, zgadza się". A number typed in pieces or dictated in words may defeat the
customer-side reading; the agent's read-back, confirmed, states it whole. Only a
read-back counts: the agent's message says "so", "that's", "czyli", "dus", "also" …
before the number, and the customer's next message opens with a yes. The agent's own
numbers never say "so" before themselves and nobody confirms them; they are dropped
before this runs in any case (`agent_side.is_agent_phone` for numbers the agent wrote
first). Written from general knowledge of the eight languages; no evaluation record used.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

# "so that's …", "to confirm: …", "czyli …", "dus …", "also …", in the eight languages
_READ_BACK = re.compile(
    r"\b(?:so|that's|that is|to confirm|confirming|just to confirm|entonces|o sea|confirmo|"
    r"então|ou seja|confirmo|donc|c'est bien|je confirme|also|das ist|zur bestätigung|"
    r"quindi|cioè|confermo|dus|klopt het dat|ter bevestiging|czyli|potwierdzam|to jest)\b"
)
_CONFIRM = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|correct|that's right|exactly|right|sí|si|exacto|correcto|eso es|"
    r"sim|isso|exato|exatamente|certo|oui|exact|c'est ça|c'est bien ça|ja|genau|richtig|"
    r"stimmt|korrekt|esatto|giusto|corretto|klopt|juist|precies|tak|zgadza|dokładnie|"
    r"zgadza się|👍)\b|^\W*👍"
)
_PREFIX_CHARS = 30

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
    for index, message in messages:
        text = (message.get("text") or "").strip()
        if not text:
            continue
        if message.get("role") != "customer":
            low = text.lower()
            pending = (
                (index, text) if _READ_BACK.search(low) and any(c.isdigit() for c in text) else None
            )
            continue
        if pending is not None and _CONFIRM.search(text[:_PREFIX_CHARS].lower()):
            agent_index, agent_text = pending
            found.extend((v, agent_index, s, e, agent_text) for v, s, e in find(agent_text))
        pending = None
    return found
