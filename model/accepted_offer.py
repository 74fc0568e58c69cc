"""Tell a customer who said yes to what the agent offered: a quote, a visit, a meeting.

"Souhaitez-vous prendre rendez-vous ?" — "Oui svp"; "Zullen we een inmeetafspraak
maken?" — "Ja graag!"; "¿Querés hacer la prueba de nivel?" — "dale". A customer who
accepts the agent's offer of a quote, a call, a demo, a visit or a booking is a buyer
whatever the words of their own messages look like (issue 11: a Québec start-up owner
and an Argentinian student were filed Spam by their words). A spammer pushes their own
offer; they seldom say yes to the business's. Read by the spam guard only
(`model.spared.spare_buyers`), beside the evidence of spam it still requires to be
absent. Written from general knowledge of the eight languages; no evaluation record used.
"""

from __future__ import annotations

import re

from model.concepts import declines, lead_concept
from model.yes_words import YES, opening

_YES = opening(YES)  # a reply that opens with yes, please, fine or a thumbs-up
_PREFIX_CHARS = 40
# An agent's question that offers something ("would you like …?", "¿querés hacer la
# prueba?", "souhaitez-vous …?", "zullen we …?"), whatever it offers.
_OFFER = re.compile(
    r"\b(?:would you like|do you want|shall (?:i|we)|should (?:i|we)|want me to|"
    r"quieres|querés|quiere|quieren|desea|desean|le gustaría|te gustaría|"
    r"quer|queres|gostaria|deseja|souhaitez|voulez|veux-tu|"
    r"möchten sie|möchtest du|wollen sie|willst du|sollen wir|soll ich|"
    r"vuole|vuoi|volete|desidera|wilt u|wil je|willen jullie|zullen we|zal ik|"
    r"czy chce|chciałby|chciałaby|chcieliby|czy mam)\b"
)


def accepts_offer(conversation: dict) -> bool:
    """Return True when the customer says yes to an agent's question that offers something
    ("would you like …?") or names what a buyer asks for, without declining in the same
    message."""
    asked = False
    for m in conversation.get("messages", ()):
        text = (m.get("text") or "").strip()
        if not text:
            continue
        if m.get("role") == "agent":
            asked = "?" in text and (
                lead_concept(text) is not None or _OFFER.search(text.lower()) is not None
            )
        elif asked:
            if _YES.search(text[:_PREFIX_CHARS].lower()) and not declines(text):
                return True
            asked = False
    return False
