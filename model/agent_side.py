"""Tell the business's own details from the customer's: what the agent wrote first is theirs.

A chat's agent gives the business's email, phone or their own name, and customers
repeat them ("so I write to info@…?"). Values are compared with the agent messages
written before the customer's, by digits and case-folded text, never by running the
phone matcher over agent messages.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from model.emails import find_emails, may_hold_email
from model.names import written_names
from model.phones import DIGIT_RUN
from model.text import lower

_NON_DIGIT = re.compile(r"\D")


def agent_emails(agent_texts: list[tuple[int, str]]) -> dict[str, int]:
    """Return each email written in agent messages with the first message it appears in."""
    emails: dict[str, int] = {}
    for index, text in agent_texts:
        if may_hold_email(lower(text)):
            for value, _, _ in find_emails(text):
                emails.setdefault(value, index)
    return emails


def agent_digit_runs(agent_texts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Return (message index, digits) for each digit run of the agent messages."""
    return [
        (index, _NON_DIGIT.sub("", run.group()))
        for index, text in agent_texts
        for run in DIGIT_RUN.finditer(text)
    ]


@lru_cache(maxsize=4096)
def _national_number(e164: str) -> str:
    """Return the national significant number of an E.164 number, as digits."""
    return str(phonenumbers.parse(e164).national_number)


def is_agent_phone(e164: str, runs: list[tuple[int, str]], before: int) -> bool:
    """Return True when an agent message before `before` holds this number.

    Comparing digits avoids running the phone matcher over agent messages.
    """
    national = _national_number(e164)
    return any(
        index < before and (run.endswith(national) or run.endswith(e164[1:])) for index, run in runs
    )


def names_of_agent(agent_texts: list[tuple[int, str]], agent: str) -> dict[str, int]:
    """Return the case-folded names the agent goes by, with the message first using them."""
    names = {agent.casefold(): -1} if agent else {}
    for index, text in agent_texts:
        for value in written_names(text):
            names.setdefault(value.casefold(), index)
            names.setdefault(value.split()[0].casefold(), index)
    return names
