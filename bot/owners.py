"""Read who a command names as a lead's owner: `me`, a picked @-mention, or nobody."""

from __future__ import annotations

import re

from storage.queries import NO_OWNER
from storage.statuses import fold

_NOBODY = frozenset({"none", "nobody", "no one", "noone", "unassigned", "free"})
_USER_ID = re.compile(r"^@?([UW][A-Z0-9]{2,})$")
# Slack escapes a picked mention as <@U123|name> and &, <, > as entities.
_MENTION = re.compile(r"<@([UW][A-Z0-9]{2,})(?:\|[^>]*)?>")


class OwnerError(ValueError):
    """Say that a word names nobody the bot can tell."""


def unescape(text: str) -> str:
    """Return command text with Slack's escaping undone: mentions as @U123, entities as text."""
    plain = _MENTION.sub(r"@\1", text)
    return plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def owner_of(word: str, user: str | None) -> str:
    """Return the owner `word` names: `me` (the asker), `@someone` (a picked mention) or none.

    Returns NO_OWNER for none; raises OwnerError for a name Slack did not turn into an id.
    """
    folded = fold(word)
    if folded == "me":
        if not user:
            raise OwnerError("I can't tell who you are here; name the person instead.")
        return user
    if folded in _NOBODY:
        return NO_OWNER
    if m := _USER_ID.match(word.strip()):
        return m.group(1)
    raise OwnerError(
        f"I can't tell who '{word}' is. Pick the person from Slack's @-suggestions "
        "(or write `me` or `none`)."
    )
