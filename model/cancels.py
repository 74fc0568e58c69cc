"""Tell a customer who cancels what they booked or signed up for: business lost.

"I need to cancel my booking for the 12th, the trip is off", "queria cancelar a minha
inscrição no ginásio", "muszę odwołać wizytę": a booking, a membership or an order
called off. Every outside writer (sets T, V and W: five of five) files these Not
Interested, where the generator filed a cancelled appointment as a support question,
and HINT3's real customer-service questions ("how do I cancel my order?") are questions
a salesperson files Info Only (refiling every such question Not Interested cost 14 of
its 695). So only a chat the heads read as a lead is refiled (`model.rules`): a
cancellation is no lead. What is read: a cancelling verb with the customer's own booking,
membership, order or lesson, or after "I have to", "we must", "queria", "muszę" …, in
the eight languages; not a move to another date ("can I move it to Friday?") and not a
chat that asks for something new besides (a quote, a price, an order).
Written from general knowledge of the eight languages; no evaluation record used.
"""

from __future__ import annotations

import re

from model.concepts import DECLINE_PREFIXES, asks_to_buy
from model.existing_customer import THING

CANCEL_REASON = "cancels what they booked or signed up for"

_VERB = "|".join(rf"{re.escape(start)}\w*" for start in DECLINE_PREFIXES)  # any cancelling
_OWN = (
    r"my|our|the|this|mi|mis|nuestr[oa]s?|la|el|a minha|o meu|minha|meu|nossa|nosso|ma|mon|"
    r"mes|notre|nos|le|les|l'|meine[nm]?|mein|unsere[nm]?|den|die|das|il mio|la mia|il|lo|"
    r"mijn|onze|de|het|moj\w*|mój|nasz\w*"
)
_OBJECT = (
    rf"{THING}|transfer|move|déménagement|mudanza|mudança|umzug|trasloco|verhuizing|"
    r"przeprowadzk\w*|lesson|class|session|clase|aula|cours|séance|kurs|stunde|corso|"
    r"lezione|les|lekcj\w*|zajęci\w*|inscri\w*|iscrizione|inschrijving|zapis\w*|visit\w*|"
    r"wizyt\w*|plan|membership"
)
_MODAL = (
    r"have to|need to|must|want to|would like to|i'd like to|tengo que|tenemos que|quiero|"
    r"quería|quisiera|tenho que|temos de|temos que|queria|quero|je dois|nous devons|on doit|"
    r"je voudrais|je veux|ich muss|wir müssen|ich möchte|devo|dobbiamo|vorrei|voglio|ik moet|"
    r"we moeten|ik wil|muszę|musimy|chcę|chciał\w*"
)
_CANCELS = re.compile(
    rf"\b(?:(?:{_VERB})\s+(?:\w+\s+){{0,2}}?(?:{_OWN})\s*(?:\w+\s+)?(?:{_OBJECT})\b|"
    rf"(?:{_MODAL})\s+(?:\w+\s+){{0,2}}?(?:{_VERB}))"
)
# Moving it rather than calling it off: "can I move it to Friday?", "otra fecha"
_MOVES = re.compile(
    r"\b(?:reschedul\w*|move (?:it|my \w+) to|another (?:day|date|time)|otr[oa] (?:día|fecha)|"
    r"reprogram\w*|cambiar (?:la|el) (?:fecha|día|hora)|remarcar|outr[oa] (?:dia|data)|"
    r"décaler|reporter|une autre date|verschieben|anderen termin|spostare|un'altra data|"
    r"verzetten|andere datum|przełożyć|przesunąć|inny termin)\b"
)


def cancels_own(text: str, low: str) -> bool:
    """Return True when customer `text` cancels their own booking, membership or order and
    asks for nothing new (see the module's docstring)."""
    if not any(start in low for start in DECLINE_PREFIXES):
        return False  # a few substring scans rule out nearly every chat
    if _CANCELS.search(low) is None or _MOVES.search(low) is not None:
        return False
    return not asks_to_buy(_CANCELS.sub(" ", low))
