"""Keep buyers from being hidden: spam or a refusal must clearly beat a lead undone.

The heads read a chat by its words; words common in SMS spam or in refusals ("buy", a
number, "grátis", "número") also come from buyers (issue 11). These guards, run by
`model.predict` after the heads, move a chat that names what a buyer asks for and shows
no evidence of spam or refusal to its likelier lead intent, and let the quality head
read that chat as the buyer it was kept as.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from model.accepted_offer import accepts_offer
from model.artifacts import Bundle
from model.concepts import (
    asks_for_more,
    chose_another,
    concept_tokens,
    declines,
    declines_firmly,
    has_link,
    lead_concept,
    refuses,
    refuses_outright,
    spam_evidence,
)
from model.faults import asks_for_visit, without_faults
from model.features import NO_CONTACT_COLUMN, STRUCT_INDEX, intent_mix
from model.language import is_trained_language
from model.phone_kind import is_mobile
from model.policy import LEAD_INTENTS
from model.quote_words import asks_for_offer, asks_for_quote
from model.types import Extraction
from model.vendor_voice import speaks_as_vendor
from model.work_request import asks_for_work
from model.yes_words import agrees_with_contact

_PHONE_COLUMN = STRUCT_INDEX["has_phone"]
_SERVICE_COLUMN = STRUCT_INDEX["service_number"]

# Calling a buyer spam hides them (no alert, score capped) while calling a spammer a
# lead costs a glance, so spam must be at least this many times as likely as the
# likelier lead intent; otherwise the lead intent stands.
SPAM_MIN_ODDS = 2.0
SPAM_MIN_ODDS_ASKING = 8.0
# ... and of one that also leaves a phone and no premium-rate or toll-free number: SMS
# scams give service numbers, a buyer their own (model/phone_kind.py; 64 keeps every
# SMS test spam, DATA_CARD.md "A person's number and a service number")
SPAM_MIN_ODDS_REACHABLE = 64.0
# ... and of one whose customer typed a mobile number of their own (`asking_odds`): the
# smallest power of two above every buyer with a product link and a mobile written for
# tests/model/test_shared_links.py (343 at most); the SMS scams that give a person's
# number give a landline (DATA_CARD.md, "A buyer's own mobile")
SPAM_MIN_ODDS_MOBILE = 512.0


def best_lead(logits: np.ndarray, classes: np.ndarray) -> np.ndarray | None:
    """Return each row's likelier lead-intent column, or None if the model has no lead intents."""
    names = classes.tolist()
    if not all(name in names for name in LEAD_INTENTS):
        return None
    cols = np.array([names.index(name) for name in LEAD_INTENTS])
    return cols[np.argmax(logits[:, cols], axis=1)]


def spare_buyers(
    logits: np.ndarray,
    classes: np.ndarray,
    intent_idx: np.ndarray,
    texts: Sequence[str] = (),
    asking_odds: np.ndarray | None = None,
    conversations: Sequence[dict] = (),
) -> np.ndarray:
    """Return the intent indices with spam that is not clearly likelier than a lead undone.

    A chat that names what a buyer asks for (a quote, a price, a purchase, a call, a
    demo, a visit, a booking, a number of something: "I'd like 2 of these", or a job:
    "can you build us a site like …?", `work_request`) and
    shows none of the evidence of spam a reader sees in any language (a suspicious
    link, a prize or pitch word: `concepts.spam_evidence`) must be
    SPAM_MIN_ODDS_ASKING times likelier spam than a lead, not SPAM_MIN_ODDS: "I want
    to buy 3 today, can I pay by card?" read by its words ("buy" and a number are
    common in SMS spam) is a buyer (issue 11). `asking_odds`, when given, are the odds
    asked of each such chat instead (`asking_odds`). Given the `conversations`, a customer
    who said yes to the agent's offer of a quote, a visit or a meeting asks as a buyer
    too (`accepted_offer`).
    """
    best = best_lead(logits, classes)
    if best is None or "spam" not in classes.tolist():
        return intent_idx
    spam = classes.tolist().index("spam")
    margin = logits[:, spam] - logits[np.arange(len(best)), best]
    odds = np.full(len(best), np.log(SPAM_MIN_ODDS))
    # only a margin between the two odds depends on the words: read just those chats
    between = (intent_idx == spam) & (margin >= np.log(SPAM_MIN_ODDS))
    top = np.log(np.full(len(best), SPAM_MIN_ODDS_ASKING) if asking_odds is None else asking_odds)
    between &= margin < top
    for i in np.flatnonzero(between).tolist() if len(texts) else ():
        text = texts[i]
        asks = (
            lead_concept(text)
            or asks_for_offer(text.lower())  # "ci servirebbe un'offerta per …"
            or ((asks_for_more(text) or asks_for_work(text)) and not refuses(text))
            or (len(conversations) > 0 and accepts_offer(conversations[i]))
        )
        # a vendor offering the reader their services asks as a buyer would ("can I
        # send you a sample?"); their voice is evidence enough (model.vendor_voice)
        if asks and not spam_evidence(text) and not speaks_as_vendor(text.lower()):
            odds[i] = top[i]
    spared = (intent_idx == spam) & (margin < odds)
    # beyond any bar: a customer who said yes to the business's own offer of a call, a
    # quote or a visit and asks for something, with no evidence of spam at all (no link
    # either): spammers push their offer, they do not take the business's
    for i in np.flatnonzero((intent_idx == spam) & ~spared).tolist() if len(conversations) else ():
        text = texts[i]
        low = text.lower()
        spared[i] = (
            # "vous pouvez envoyer un électricien maintenant ?": someone sent out, asked
            (
                (accepts_offer(conversations[i]) and lead_concept(text) is not None)
                or asks_for_visit(text)
            )
            and not has_link(low)
            and not spam_evidence(text)
            and not speaks_as_vendor(low)
        )
    return np.where(spared, best, intent_idx)


def asking_odds(struct: np.ndarray, extractions: Sequence[Extraction]) -> np.ndarray:
    """Return how many times likelier than a lead spam must be to file an asking chat Spam.

    SPAM_MIN_ODDS_ASKING; SPAM_MIN_ODDS_REACHABLE where the chat leaves a phone and no
    service number (`phone_kind`: SMS scams give premium-rate and toll-free lines);
    SPAM_MIN_ODDS_MOBILE where the customer typed a mobile number of their own (the
    scams that give a person's number give a landline: a chat line, a "new message").
    """
    odds = np.full(len(extractions), SPAM_MIN_ODDS_ASKING)
    reachable = (struct[:, _PHONE_COLUMN] > 0) & (struct[:, _SERVICE_COLUMN] == 0)
    odds[reachable] = SPAM_MIN_ODDS_REACHABLE
    for i in np.flatnonzero(reachable).tolist():
        x = extractions[i]
        # a number the customer typed has evidence; a WhatsApp sender's came with the channel
        if any(p in x.evidence and is_mobile(p) for p in x.phones):
            odds[i] = SPAM_MIN_ODDS_MOBILE
    return odds


# Words the concept table reads as "no" that say no in these languages: a German "no" is
# the Swiss and Bavarian "noch" ("i muess no luege"), "ne" the spoken "eine" ("ne Woche");
# a Portuguese "no" is "in the" ("no telemóvel"), a Polish one "well" ("no dobrze"), a
# Dutch one English.
_NOT_A_NO = {
    "de": re.compile(r"\b(?:no|ne)\b"),
    **dict.fromkeys(("pt", "pl", "nl"), re.compile(r"\bno\b")),
}


# "¿ya están los resultados?", "ist mein Rad schon fertig?": "already" asks after something
_ALREADY = re.compile(r"\b(?:already|ya|já|déjà|schon|bereits|già|reeds|już)\b")


def spare_askers(
    logits: np.ndarray,
    classes: np.ndarray,
    intent_idx: np.ndarray,
    texts: Sequence[str],
    languages: Sequence[str] = (),
) -> np.ndarray:
    """Return the intent indices with refusals that name a request but say no refusal word
    moved to the likelier lead intent.

    "Podem me ligar? Meu número é …" asks for a call; read by its words alone ("número",
    as in "take my number off your list") it was filed Not Interested. A refusal says
    no, not, stop, already, bought, other or cancel in one of the eight languages
    (`concepts.refuses`), or different or else ("we went with a different supplier,
    thanks for the quote": `concepts.chose_another`); a chat that names a call, a
    quote, a price, a demo, a visit, an order or a job ("can you redesign it?",
    `work_request`) and says none of them is a buyer's, not a refusal (issue 11). Nor
    is a chat that needs a number or more of something and says "bought" but no no,
    not, elsewhere, cancel or stop: "we bought 50 last year and need 50 more" reorders.
    Nor, given the chats' `languages`, one that asks for a quote in so many words
    (`quote_words.asks_for_quote`) and declines in none (`concepts.declines`, no
    interest word): its "not" describes what is wanted ("il soffitto non è in bolla,
    niente modello standard"); a refusal after a quote thanks for it, which is no ask.
    And a question that refuses in no word but a fault's ("estão abertos amanhã? o gato
    não come") is a question: filed the likelier of Info Only and Support.
    """
    names = classes.tolist()
    best = best_lead(logits, classes)
    if best is None or "not_interested" not in names:
        return intent_idx
    refusal = names.index("not_interested")
    questions = [names.index(n) for n in ("info_only", "support") if n in names]
    out = intent_idx.copy()
    for i in np.flatnonzero(intent_idx == refusal).tolist():
        text = texts[i]
        # "ne chauffe rien", "if I don't answer": a fault or a condition, no refusal
        rest = without_faults(text)
        if languages and languages[i] in _NOT_A_NO:  # "muess no luege", "no telemóvel"
            rest = _NOT_A_NO[languages[i]].sub(" ", rest)
        if (
            (
                (lead_concept(text) or asks_for_visit(text) or asks_for_work(text))
                and not refuses(rest)
                and not chose_another(text)
            )
            or (asks_for_more(text) and not refuses_outright(text))
            or (languages and _asks_for_a_quote_outright(text, languages[i]))
        ):
            out[i] = best[i]
        elif questions and "?" in text and not (refuses(_ALREADY.sub(" ", rest)) or declines(text)):
            out[i] = questions[int(np.argmax(logits[i, questions]))]
    return out


def spare_quote_askers(
    logits: np.ndarray,
    classes: np.ndarray,
    intent_idx: np.ndarray,
    texts: Sequence[str],
    languages: Sequence[str],
) -> np.ndarray:
    """Return the intent indices with spam that asks for an offer in Italian or Polish, or
    for a presupuesto, an orçamento or a proposal (`quote_words.asks_for_offer`), and
    shows no evidence of spam, moved to the likelier lead intent.

    Issue 11's rule: a customer who asks for a quote is never filed Spam without strong
    evidence of it. The generator's Italian offers are vendors' ("offerta speciale"), so
    the heads learnt a formal purchase request ("ci servirebbe un'offerta per: …",
    "Ufficio Acquisti", "condizioni di pagamento") as a pitch beyond every odds bar.
    Only the offer asked for: English "quote" words alone are in every "get a free
    quote" spam (32 of SpamAssassin's 1,500 moved when they counted; DATA_CARD.md).
    """
    best = best_lead(logits, classes)
    if best is None or "spam" not in classes.tolist():
        return intent_idx
    out = intent_idx.copy()
    for i in np.flatnonzero(intent_idx == classes.tolist().index("spam")).tolist():
        text = texts[i]
        low = text.lower()
        if (
            asks_for_offer(low, languages[i])
            and _asks_for_a_quote_outright(text, languages[i])
            and not has_link(low)
            and not spam_evidence(text)
            and not speaks_as_vendor(low)
        ):
            out[i] = best[i]
    return out


def _asks_for_a_quote_outright(text: str, language: str) -> bool:
    """Return True when `text` asks for a quote in so many words and declines in none.

    Only in a trained language: read blind, a quote asked for last week and a firm found
    since ("offerte aangevraagd … al een installateur gevonden") say no decline word.
    """
    return (
        is_trained_language(language)
        and asks_for_quote(text, language)
        and (not declines(text) or _declines_beside_the_ask(text, language) or _agrees_last(text))
        and ("zzcinterest" not in concept_tokens(text) or not _not_interested(text.lower()))
    )


# "Non ci interessa l'acquisto, solo noleggio": what is not wanted, then what is
_ONLY = re.compile(
    r"[^.!?\n]{0,40}?\b(?:only|just|but|solo|sólo|solamente|pero|apenas|só|mas|seulement|"
    r"uniquement|mais|nur|sondern|soltanto|ma|alleen|maar|tylko|ale)\b"
)


def _not_interested(low: str) -> bool:
    """Return True when `low` says no interest, not as a specification of what is wanted."""
    return any(not _ONLY.match(low, m.end()) for m in _NOT_INTERESTED.finditer(low))


# An interest word said with a no before it ("no me interesa", "not interested", "kein
# Interesse", "nie jestem zainteresowany"); "sí nos interesa tener la información" asks.
_NOT_INTERESTED = re.compile(
    r"\b(?:not|n't|no|non|nicht|kein\w*|pas|niet|geen|nie|não|nao|ni|never|nunca|jamais)\b"
    r"(?:\W+\w+){0,3}?\W+(?:interest\w*|interes\w*|intéress\w*|geïnteresseerd|zainteresowan\w*)"
)


def _agrees_last(text: str) -> bool:
    """Return True when the customer's last message agrees, leaves a way to reach them
    and declines nothing (`yes_words.agrees_with_contact`): the decline word came
    earlier, in a story ("l'anno scorso un'altra ditta ci ha lasciato il lavoro a metà"
    … "Va bene, giovedì sono a casa, il mio cellulare è …"). A bare "ok, danke" after a
    decline thanks for the reply."""
    return agrees_with_contact(text.rsplit("\n", 1)[-1])


def _declines_beside_the_ask(text: str, language: str) -> bool:
    """Return True when each message of `text` that holds a decline word asks for the quote
    itself and declines nothing firmly: "brauch ein Angebot für Fliesen legen,
    Feinsteinzeug haben wir schon gekauft" says what the customer bought for the job
    ("bought" beside the request, not after it), "a quote for another 50 chairs" what
    they want. A decline in a message of its own ("we bought one already") still counts.
    """
    for line in text.split("\n"):
        if declines(line) and (
            declines_firmly(line, bought=False) or not asks_for_quote(line, language)
        ):
            return False
    return True


def requalify_spared(
    raw: np.ndarray,
    mix: np.ndarray,
    probs: np.ndarray,
    struct: np.ndarray,
    classes: np.ndarray,
    intent_idx: np.ndarray,
    bundle: Bundle,
) -> None:
    """Re-read the quality of chats that left contact details and that `spare_buyers` moved
    off Spam, or `spare_askers` off Not Interested, in place.

    Such a chat is a buyer's by the guard's reading; the quality head still read the
    spam or refusal share of the intent mix, so it was scored at the lead's floor. It
    reads the mix again with that share given to the lead intents (in proportion).
    """
    names = classes.tolist()
    head = np.argmax(raw[:, :-1], axis=1)
    for away in ("spam", "not_interested"):
        if away in names:
            _give_share(raw, mix, probs, struct, names, head, intent_idx, names.index(away), bundle)


def _give_share(
    raw: np.ndarray,
    mix: np.ndarray,
    probs: np.ndarray,
    struct: np.ndarray,
    names: list[str],
    head: np.ndarray,
    intent_idx: np.ndarray,
    away: int,
    bundle: Bundle,
) -> None:
    """Give the `away` intent's share of the mix to the lead intents, for the chats a guard
    moved off it that left contact details (see `requalify_spared`)."""
    moved = np.flatnonzero(
        (head == away) & (intent_idx != away) & (struct[:, NO_CONTACT_COLUMN] == 0)
    )
    if not len(moved):
        return
    lead_cols = [names.index(n) for n in LEAD_INTENTS if n in names]
    new = probs[moved].copy()
    share = new[:, away].copy()
    new[:, away] = 0.0
    leads = new[:, lead_cols]
    total = leads.sum(axis=1, keepdims=True)
    weights = np.where(total > 0, leads / np.where(total > 0, total, 1.0), 1 / len(lead_cols))
    new[:, lead_cols] += share[:, None] * weights
    raw[moved, -1] += (intent_mix(new, struct[moved]) - mix[moved]) @ bundle.w_mix
