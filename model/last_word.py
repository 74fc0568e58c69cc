"""Let a customer's last word stand: a decline at the end of a chat files it Not Interested.

A chat is read as one text, so "could you quote 20 chairs? … thanks, but we went with
another supplier" reads as a quote request with a refusal in it, and the request wins:
the lead is alerted as hot. A salesperson reads the ending (issue 11: the lead follows
the customer's latest word). So when the heads file a chat of several customer messages
as a lead, and its last customer message declines in more words than a bare no
(bought, elsewhere, another firm, a competitor, cancel, or a price turned down without
a question: "too expensive for us, we'll pass"; `concepts.declines`), that message
is read on its own by the same heads, in the chat's language and channel; if they file
it Not Interested, that reading is the chat's, with the reason said first. A buyer who
ends "no, that's all, thanks" is untouched: no decline word, and the heads decide.
A single message that answers a quote received and declines after the thanks ("thanks
for the quote. It's too expensive for us, we'll leave it.") is re-read the same way,
from its last declining sentence on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from model.concepts import declines, lead_concept
from model.policy import LEAD_INTENTS, N_FACTORS
from model.text import openings
from model.types import Extraction, Prediction

LAST_WORD_REASON = "declined in their last message"

Scorer = Callable[[Sequence[dict], Sequence[Extraction]], list[Prediction]]


# A message this short that asks nothing is a sign-off, not the last word: "Mia x",
# "thanks!", "ok cheers" after "we went with another photographer".
SIGN_OFF_WORDS = 3
SIGN_OFF_CHARS = 40  # three words are never longer: the word count is not taken for more


def _signs_off(text: str) -> bool:
    """Return True for a few words that ask, count and decline nothing ("Mia x")."""
    return (
        len(text) <= SIGN_OFF_CHARS
        and len(text.split()) <= SIGN_OFF_WORDS
        and "?" not in text
        and not any(c.isdigit() for c in text)
        and lead_concept(text) is None
        and not declines(text)
    )


# A message that answers a quote the customer received ("thanks for the quote", "merci
# pour le devis", "danke für das Angebot", "dziękujemy za ofertę"), in eight languages.
_REPLY_START = openings("thank|the quote|gracias|merci|suite|dank|grazie|obrigad|bedankt|dzięk")
_REPLY_TO_QUOTE = re.compile(
    rf"\b{_REPLY_START}"
    r"(?:thanks?(?: you)? for (?:the|your) (?:quote|quotation|offer|proposal|estimate)|"
    r"the quote you sent|gracias por (?:el|su|tu|la|vuestro|vuestra) (?:presupuesto|oferta|"
    r"propuesta|cotizaci[oó]n)|merci pour (?:le|votre|ton|la|l'|l’) ?(?:devis|offre|"
    r"proposition)|suite à votre (?:devis|offre)|dank(?:e)? für (?:das|ihr|dein|euer|den|"
    r"ihren) (?:angebot|kostenvoranschlag)|grazie (?:per|del|della) (?:il |la |l'|l’|vostro "
    r"|vostra )?(?:preventivo|offerta|proposta)|obrigad[oa] pel[oa] (?:orçamento|proposta|"
    r"cotação)|bedankt voor (?:de|uw|je|jullie) (?:offerte|prijsopgave)|"
    r"dzięk\w* za (?:ofert\w*|wycen\w*|propozycj\w*))"
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!])\s+|\n+")


def _declining_tail(message: str) -> str | None:
    """Return the end of a reply to a quote from its last declining sentence on, else None.

    "Thanks for the quote. It's too expensive for us, we got a cheaper offer. We'll leave
    it." in one message: the thanks reads as a quote request. A message that asks
    anything ("?") is left whole: a buyer asks, and "could you also quote the fence? we
    had another firm do the gate" is one.
    """
    if "?" in message or _REPLY_TO_QUOTE.search(message.lower()) is None:
        return None
    sentences = [s for s in _SENTENCE_BREAK.split(message.strip()) if s]
    for i in range(len(sentences) - 1, 0, -1):
        if declines(sentences[i]):
            before = " ".join(sentences[:i])
            return " ".join(sentences[i:]) if _REPLY_TO_QUOTE.search(before.lower()) else None
    return None


def last_decline(conversation: dict) -> str | None:
    """Return what to re-read when a chat ends declining, else None: the last customer
    message when it declines after earlier ones, or the declining end of a reply to a
    quote (`_declining_tail`).

    Short sign-offs after it ("Mia x") are passed over.
    """
    last, earlier = None, False
    for m in reversed(conversation.get("messages", ())):
        text = (m.get("text") or "").strip() if m.get("role") == "customer" else ""
        if text:
            if last is not None:
                earlier = True
                break
            if not _signs_off(text):
                last = text
    if last is None:
        return None
    if earlier and declines(last):
        return last
    return _declining_tail(last)


def follow_last_word(
    conversations: Sequence[dict],
    extractions: Sequence[Extraction],
    predictions: list[Prediction],
    score: Scorer,
) -> list[Prediction]:
    """Return `predictions` with each lead that ends declining re-read from its last word.

    `score` is the predict call that made `predictions`; it reads the last messages
    (one batch, only for the chats that end with a decline word, so nearly free).
    """
    todo: list[tuple[int, str]] = []
    for i, (conversation, p) in enumerate(zip(conversations, predictions, strict=True)):
        if p.intent in LEAD_INTENTS and (last := last_decline(conversation)) is not None:
            todo.append((i, last))
    if not todo:
        return predictions
    alone = score(
        [
            {
                "source": conversations[i].get("source"),
                "messages": [{"role": "customer", "text": text}],
            }
            for i, text in todo
        ],
        [Extraction(language=extractions[i].language) for i, _ in todo],
    )
    for (i, _), reading in zip(todo, alone, strict=True):
        if reading.intent == "not_interested":
            reading.factors_against = [LAST_WORD_REASON, *reading.factors_against][:N_FACTORS]
            predictions[i] = reading
    return predictions
