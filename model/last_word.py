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
from its last declining sentence on. Closing messages after the decline (a sign-off, a
short thanks, "thanks anyway", a short "no, not now") are read with it, not instead of
it; and where the heads still read no refusal, thanks given anyway, or a firm decline
in a language they read only through concept words (`concepts.declines_firmly`),
settles it. A question about a price the heads filed Info Only is weighed the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from model.concepts import (
    PRICE_OBJECTION,
    asks_to_buy,
    concept_tokens,
    declines,
    declines_firmly,
    lead_concept,
    may_decline,
    objects,
    refuses,
)
from model.language import is_trained_language
from model.next_step import sends_material
from model.policy import LEAD_INTENTS, N_FACTORS, SCORE_CAP, refile
from model.small_talk import says_nothing
from model.text import openings
from model.types import Extraction, Prediction
from model.yes_words import agrees_with_contact

LAST_WORD_REASON = "declined in their last message"

Scorer = Callable[[Sequence[dict], Sequence[Extraction]], list[Prediction]]


# A message this short that asks nothing is a sign-off, not the last word: "Mia x",
# "thanks!", "ok cheers" after "we went with another photographer".
SIGN_OFF_WORDS = 3
SIGN_OFF_CHARS = 40  # three words are never longer: the word count is not taken for more
# A thanks this short closes too, whatever follows it ("Thank you, will do 🙂").
THANKS_WORDS = 6
_THANKS = re.compile(
    r"\W*(?:(?:ok(?:ay)?|top|super|great|perfect|parfait|perfecto|perfeito|perfetto|prima|"
    r"genial|ótimo|fijn|toll|świetnie)\W+)?(?:thanks?|thank you|cheers|ta|gracias|muchas gracias|obrigad[oa]|"
    r"merci|danke|vielen dank|grazie|bedankt|dank (?:je|u)|dzięk\w*|dziek\w*)\b"
)


def signs_off(text: str) -> bool:
    """Return True for a few words that ask, count and decline nothing ("Mia x"), or a
    short thanks ("Thank you, will do 🙂", "merci beaucoup, bonne journée")."""
    short = len(text) <= SIGN_OFF_CHARS and len(text.split()) <= SIGN_OFF_WORDS
    thanks = len(text.split()) <= THANKS_WORDS and _THANKS.match(text.lower()) is not None
    return (
        (short or thanks)
        and "?" not in text
        and not any(c.isdigit() for c in text)
        and lead_concept(text) is None
        and not declines(text)
    )


# A message that answers a quote the customer received ("thanks for the quote", "thanks
# for coming out and for the quote", "merci pour le devis", "dziękuję za przesłaną
# ofertę"), in eight languages: thanks, then within the sentence the quote.
_REPLY_START = openings(
    "thank|the quote|gracias|merci|suite|dank|grazie|obrigad|bedankt|dzięk|agrade"
)
_THANKS_FOR = (
    r"thanks?(?: you)? for|gracias por|merci pour|suite à|dank(?:e)? für|danke schön für|"
    r"merci (?:vielmal|vielmals|viumau) für|agrade(?:ço|cemos|zco) (?:muito )?(?:por )?|"
    r"grazie (?:per|del|della|dello)|obrigad[oa] (?:pel[oa]|por)|bedankt voor|"
    r"dank (?:u|je) (?:wel )?voor|dzięk\w* za"
)
_QUOTE_NOUNS = (
    r"quote|quotation|offer|proposal|estimate|presupuesto|oferta|propuesta|cotizaci[oó]n|"
    r"devis|offre|proposition|angebot|kostenvoranschlag|preventivo|offerta|proposta|"
    r"orçamento|orcamento|cotação|offerte|prijsopgave|ofert\w*|wycen\w*|propozycj\w*|soumission|"
    r"kosztorys\w*"
)
_QUOTE_NOUN = re.compile(rf"\b(?:{_QUOTE_NOUNS})\b")
_REPLY_TO_QUOTE = re.compile(
    rf"\b(?:{_REPLY_START}(?:(?:{_THANKS_FOR})\b[^.!?\n]{{0,60}}?\b(?:{_QUOTE_NOUNS})\b|"
    r"the quote you sent)|"
    # ... or names the quote the business made: "you quoted us for the gutters (quote
    # #4471)", "votre devis", "Ihr Angebot", "jullie offerte"
    r"quoted (?:us|me)|your (?:quote|quotation|estimate|proposal)|"
    r"you sent (?:us|me) (?:a|the|your) (?:quote|quotation|estimate|proposal)|"
    r"(?:su|vuestro|tu) presupuesto|(?:o vosso|o seu|o teu) orçamento|votre devis|"
    r"(?:ihr|euer|dein) (?:angebot|kostenvoranschlag)|(?:il vostro|il suo|il tuo) preventivo|"
    r"(?:jullie|uw|je) offerte|(?:waszą|wasza|pana|pani|państwa) ofert\w*|"
    # ... or the quote the customer asked for: "we hadden een offerte aangevraagd"
    r"(?:we|i) (?:had )?(?:asked (?:you )?for|requested) (?:a |the )?(?:quote|quotation|estimate)|"
    r"(?:pedimos|solicitamos|hab[ií]amos pedido|había pedido) (?:un |el )?presupuesto|"
    r"(?:pedimos|pedi|tínhamos pedido|tinha pedido) (?:um |o )?orçamento|"
    r"(?:nous avions|j'avais|on avait) demandé (?:un|le) devis|"
    r"(?:hatten|hatte) (?:\w+ ){0,2}?(?:ein|das) angebot (?:angefragt|angefordert)|"
    r"(?:avevamo|avevo) chiesto (?:un|il) preventivo|"
    r"(?:hadden|had) (?:\w+ ){0,3}?(?:een|de) offerte (?:aangevraagd|gevraagd)|"
    r"(?:prosiliśmy|prosiłem|prosiłam) o (?:wycenę|ofertę))\b"
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
    for i in range(len(sentences) - 1, -1, -1):
        if declines(sentences[i]):
            while i > 1 and declines(sentences[i - 1]):  # the whole run of declining
                i -= 1  # sentences: "too dear for us. We'll leave it."
            # "thanks for the quote, but we went for a heat pump": one sentence does both;
            # "we'll leave it this year … thanks for the quote!": the thanks come after
            return " ".join(sentences[i:])
    return None


# Thanks given anyway close a chat the customer walks away from: "cheers anyway", "merci
# quand même", "trotzdem danke", in eight languages. ("gracias, igualmente" is "likewise".)
_THANKS_ANYWAY_WORDS = (
    r"(?:thanks?(?: you)?|cheers|ta)\s+(?:anyway|all the same|nonetheless|nevertheless)|"
    r"appreciate (?:it|your (?:time|help|effort|quote))\s+(?:though|anyway|all the same)|"
    r"thanks? (?:you )?(?:so much |very much |a lot )?for (?:your|the) (?:time|help|effort|quote)"
    r"\s+(?:though|anyway|all the same)|"
    r"gracias\s+(?:de todos modos|de todas formas|de todas maneras|igual)|"
    r"(?:obrigad[oa]|valeu)\s+(?:mesmo assim|na mesma|de qualquer forma|assim mesmo)|"
    r"merci\s+(?:quand m[eê]me|tout de m[eê]me|malgr[eé] tout|n[ée]anmoins)|"
    r"(?:danke|vielen dank|dankesch[oö]n)\s+(?:trotzdem|dennoch)|trotzdem\s+danke|"
    r"grazie\s+(?:lo stesso|comunque)|"
    r"(?:toch|alsnog)\s+bedankt|bedankt\s+(?:toch|alsnog)|"
    r"(?:dzięki|dziękuję|dziekuje|dzieki)\s+(?:mimo to|mimo wszystko|i tak)|"
    r"i tak dzi[eę]kuj[eę]"
)
_THANKS_ANYWAY = re.compile(rf"\b{openings(_THANKS_ANYWAY_WORDS)}(?:{_THANKS_ANYWAY_WORDS})\b")
# Thanks or a refusal this short that asks and requests nothing closes the chat ("nu echt
# even niet, misschien later"); what the customer declined is said before it.
CLOSING_WORDS = 12


def _closes(text: str) -> bool:
    """Return True for a message after the customer's real last word: a sign-off, or a
    short message asking and requesting nothing that gives thanks anyway or refuses
    without a reason ("no, not now, maybe later")."""
    if declines(text):  # "too dear for us, thanks anyway" is the last word itself
        return False
    if signs_off(text) or says_nothing(text):  # "Mia x", "Thank you 😊"
        return True
    return (
        len(text.split()) <= CLOSING_WORDS
        and "?" not in text
        and lead_concept(text) is None
        and (_THANKS_ANYWAY.search(text.lower()) is not None or refuses(text))
    )


def customer_said(conversation: dict) -> list[str]:
    """Return the customer's non-empty messages, stripped, in order."""
    return [
        text
        for m in conversation.get("messages", ())
        if m.get("role") == "customer" and (text := (m.get("text") or "").strip())
    ]


def last_decline(conversation: dict) -> str | None:
    """Return what to re-read when a chat ends declining, else None.

    The customer's last word is their last message that is not a sign-off ("Mia x"),
    thanks given anyway or a short refusal (`_closes`). It is re-read, with the thanks
    and refusals after it, when it declines after earlier messages, before such a
    closing, or in reply to the agent's follow-up (the agent wrote first); when it is a
    reply to a quote declining at its end, from there on (`_declining_tail`); and when the
    customer closes with thanks given anyway ("got it done near work in the end, was
    cheaper" then "cheers anyway", or in the last word itself after a decline), as it is.
    """
    texts = customer_said(conversation)
    # Most chats decline nothing and thank nobody anyway: one look at the whole text
    # rules them out before each message is weighed (every way below needs one of them).
    low = "\n".join(texts).lower()
    if not may_decline(low, low) and _THANKS_ANYWAY.search(low) is None:
        return None
    end = len(texts)
    while end and _closes(texts[end - 1]):
        end -= 1
    if not end:
        return None
    last = texts[end - 1]
    if sends_material(last):  # "je vous envoie les photos … un devis d'un autre, mais …"
        return None
    if _BEATS_PRICE.search(last.lower()):  # "the other practice quoted £650 … come in under"
        return None
    anyway = [bool(_THANKS_ANYWAY.search(t.lower())) for t in texts[end:]]
    said = [t for t, a in zip(texts[end:], anyway, strict=True) if a or not signs_off(t)]
    tail = _declining_tail(last)
    # the agent wrote first ("did you get a chance to look at our quote?"): the
    # customer's one reply answers a follow-up, as a later message would
    follow_up = _agent_first(conversation)
    # ... or one the customer closed after the agent's reply ("doen we, groetjes")
    if declines(last) and (end > 1 or said or follow_up or len(texts) > end):
        return " ".join([tail or last, *said])
    if tail is not None or any(anyway):
        return " ".join([tail or last, *said])
    # a reply to the agent's follow-up that thanks anyway ("finalement on fait affaire
    # avec mon beau-frère … merci quand même"): turned down, whatever else it says
    if follow_up and _THANKS_ANYWAY.search(last.lower()):
        return last
    # a reply to a quote that thanks anyway asks for nothing more: "thanks for the quote …
    # we've decided to go with a tutor a friend recommended. Appreciate your help though!"
    if (
        "?" not in last
        and _REPLY_TO_QUOTE.search(last.lower())
        and _THANKS_ANYWAY.search(last.lower())
    ):
        return last
    # thanks given anyway in the last word itself, after a decline before it ("we've made
    # up our minds, but thanks for the trouble anyway"): settled as it is
    if _THANKS_ANYWAY.search(last.lower()) and any(declines(t) for t in texts[: end - 1]):
        return last
    held = _held_decline(texts[:end])
    return None if held is None else " ".join([held, *said])


# Another's price given for ours to match or beat: a buyer bargaining, no decline
_BEATS_PRICE = re.compile(
    r"\b(?:match (?:it|that|their|the)|beat (?:it|that|their|the)|come in (?:a bit |slightly |a little )?"
    r"(?:under|lower|below|cheaper)|do (?:it |better )?(?:cheaper|for less)|"
    r"(?:igualar|mejorar)(?:lo|la)? (?:el |ese |su |este )?(?:precio|presupuesto|oferta)|"
    r"(?:igualar|cobrir|bater|melhorar) (?:o |esse |este )?(?:preço|orçamento|valor)|"
    r"(?:vous )?aligner sur|faire (?:un peu )?mieux que|unterbieten|(?:mit)?halten (?:können|könnt)|"
    r"(?:fare|farmi|farci) (?:di )?meglio|(?:pareggiare|battere) (?:il |quel |quello )?(?:prezzo|"
    r"preventivo)|scherper (?:zijn|maken|prijzen)|onder (?:die|dat|deze|hun) prijs|"
    r"(?:przebić|wyrównać|dać taniej)|(?:zejść|zejdziecie) z ceny)"
)


# Money back after a cancellation: a question about it asks for nothing new.
_REFUND = re.compile(
    r"\b(?:refund\w*|deposit|reembols\w*|rembours\w*|acompte|anticipo|sinal|se[ñn]a|"
    r"r[üu]ckerstatt\w*|erstatt\w*|anzahlung|rimbors\w*|caparra|acconto|terugbeta\w*|"
    r"aanbetaling|zwrot\w*|zaliczk\w*|zadat\w*)\b"
)


# The price named as the reason the other firm won: "vooral de prijs, ze zaten 15% lager"
_CHEAPER = re.compile(
    r"\b(?:cheaper|lower|less|más barat[oa]s?|más económic[oa]s?|mais barat[oa]s?|moins cher|"
    r"plus bas|günstiger|billiger|niedriger|più economic[oi]|meno car[oi]|goedkoper|lager|"
    r"taniej|tańsz\w*|niższ\w*|diferencia|difference|différence|unterschied|differenza|verschil|"
    r"różnic\w*)\b"
)


_ASKED_AGAIN = frozenset({"zzcquote", "zzcbuy", "zzcorder"})


def _reopens(text: str) -> bool:
    """Return True when a message after a decline names a request again: a quote, a purchase,
    an order, a call, a visit or a booking. The price alone ("ceny i tak się zmienią") or
    the other firm's lower price is a reason, no request."""
    if _CHEAPER.search(text.lower()):
        return False
    return lead_concept(text) == "opportunity" or not _ASKED_AGAIN.isdisjoint(concept_tokens(text))


def _held_decline(texts: list[str]) -> str | None:
    """Return the customer's messages from their last decline on, when they asked nothing
    after it, else None.

    A customer writes back about a quote to decline ("we've decided to stay with our
    current supplier"), the agent tries to save the sale, and the customer holds ("not
    really, it's just price. keep us on your list"): the last word declines nothing
    itself, the chat does. A message after the decline that asks ("?"), names a request
    or a purchase reopens it, unless it names the price as the other firm's edge
    ("vooral de prijs, ze zaten 15% lager"). The decline must be firm
    (`concepts.declines_firmly`, not "bought"): another firm, elsewhere, a competitor,
    cancel, a decline phrase.
    """
    for i in range(len(texts) - 2, -1, -1):
        # firmly: "el otro ya no lo uso" (an email corrected) and "we just bought a house"
        # hold a decline word and decline nothing
        if declines_firmly(texts[i], bought=False):
            after = texts[i + 1 :]
            if any(
                ("?" in t and not _REFUND.search(t.lower()))  # "is the deposit refundable?"
                or _reopens(t)
                or sends_material(t)
                or agrees_with_contact(t)  # a story, then a yes
                for t in after
            ):
                return None
            return " ".join(texts[i:])
    return None


def _agent_first(conversation: dict) -> bool:
    """Return True when the agent wrote before the customer (a follow-up, an outreach)."""
    for m in conversation.get("messages", ()):
        if (m.get("text") or "").strip():
            return m.get("role") == "agent"
    return False


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
        if (
            (p.intent in LEAD_INTENTS or p.intent in ("info_only", "support"))
            and (last := last_decline(conversation)) is not None
            and _may_decline(conversation, p)
        ):
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
    for (i, text), reading in zip(todo, alone, strict=True):
        if reading.intent == "not_interested":
            reading.factors_against = [LAST_WORD_REASON, *reading.factors_against][:N_FACTORS]
            predictions[i] = reading
        elif _settles(text, extractions[i].language) or (
            # a reply to the agent's follow-up, declined plainly: re-read alone it is
            # the whole chat again, so the heads' reading cannot change
            _agent_first(conversations[i]) and declines_firmly(text)
        ):
            refile(
                predictions[i], "not_interested", (0, SCORE_CAP["not_interested"]), LAST_WORD_REASON
            )
    return predictions


# "… zu teuer, lass mal. Aber die Karten nehm ich!": a part turned down, the rest bought
_BUT = re.compile(r"\b(?:but|aber|mais|pero|mas|ma|maar|ale)\b")


def _turns_down(low: str) -> bool:
    """Return True when lower-cased `low` turns something down in a phrase (`objects`) and
    asks for or takes nothing after it: "too dear, but I'll take the cards" takes, "over
    our budget, please quote the basic version" asks."""
    if not objects(low):
        return False
    rest = low[max(m.end() for m in PRICE_OBJECTION.finditer(low)) :]
    return not _BUT.search(rest) and lead_concept(rest) is None and not asks_to_buy(rest)


def _may_decline(conversation: dict, p: Prediction) -> bool:
    """Return True for a lead, or a question about a price, a quote or a purchase: a would-be
    buyer who turns it down ("how much to service the boiler?" … "thanks anyway"); or a
    reply to the agent's follow-up of a quote ("¿pudiste ver el presupuesto?" … "lo hemos
    cogido con otra compañía"), whose customer never named the purchase themselves; or an
    existing customer who leaves in a decline phrase ("za dużo … decyzja już zapadła")."""
    if p.intent in LEAD_INTENTS:
        return True
    messages = conversation.get("messages", ())
    if p.intent == "support":  # a customer who leaves says so in a phrase: "Rezygnujemy …"
        return any(
            m.get("role") == "customer" and objects((m.get("text") or "").lower()) for m in messages
        )
    if p.intent != "info_only":
        return False
    if any(
        m.get("role") == "customer"
        and (asks_to_buy(m.get("text") or "") or objects((m.get("text") or "").lower()))
        for m in messages
    ):
        return True  # "grazie per le informazioni … i costi sono troppo alti per noi"
    first = next((m for m in messages if (m.get("text") or "").strip()), None)
    return (
        first is not None
        and first.get("role") == "agent"
        and _QUOTE_NOUN.search(first["text"].lower()) is not None
    )


def _settles(text: str, language: str) -> bool:
    """Return True when the last word declines whatever the heads read in it: the customer
    closed with thanks given anyway, turned the price or the need down in a phrase and
    took nothing after it ("per ora lasciamo perdere, i costi sono troppo alti per noi";
    `concepts.objects`), or declined in a language the heads read only through concept
    words that decline plainly (`concepts.declines_firmly`: bought, elsewhere, another
    firm)."""
    low = text.lower()
    if _THANKS_ANYWAY.search(low) or _turns_down(low):
        return True
    return not is_trained_language(language) and declines_firmly(text)
