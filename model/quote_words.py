"""Tell a chat that asks for a quote in so many words, in the language it is written in.

The issue's convention, and every outside labeller's: a customer who asks for a quote
("prosimy o wycenę 500 kartonów", "queria pedir presupuesto para una comunión") is a
Quote Request, even where the heads read an opportunity (the generator's opportunities
state a budget, "Presupuesto: 500 €", with the same word). So the words are the
language's own: Dutch "offerte" is a quote, Italian "offerte" are offers; Spanish
"presupuesto" and Portuguese "orçamento" are a budget too, so they count only asked for
("pedir presupuesto", "me passa um orçamento"), never stated ("presupuesto: 500 €",
"nosso orçamento é de 5000"). A quote thanked for or received ("thanks for the quote")
is no request. Written from general knowledge of the eight languages; no evaluation
record used.
"""

from __future__ import annotations

import re

# "how much", not of time or room nor of money made ("how much are we making?"): a
# price asked in two words
HOW_MUCH = re.compile(
    r"\bhow much\b(?! (?:time|longer|notice|space|room)\b)"
    r"(?!(?:\W+\w+){0,3}?\W+(?:mak\w*|earn\w*|money|profit\w*|income)\b)"
)

_WORDS = {
    "en": r"quote|quotes|quotation|estimate",
    "es": r"cotización|cotizacion|cotizar|cotizarme|cotizarnos",
    "pt": r"cotação|cotacao|cotar",
    "fr": r"devis|cotation|soumission",  # Québec's word for a quote
    "de": r"angebot|kostenvoranschlag",
    "it": r"preventivo|preventivi",
    "nl": r"offerte|offertes|prijsopgave|prijsofferte",
    "pl": r"wycen[aęyi]|wyceną|kosztorys\w*",
}
# Spanish and Portuguese budget-or-quote words, asked for: a request verb or an article
# before, no amount after.
_ASKED_BUDGET_WORD = re.compile(
    r"\b(?:pedir|pido|solicitar|solicito|quisiera|quiero|quería|queria|queríamos|queriamos|"
    r"queremos|necesito|necesitamos|"
    r"hacer(?:me|nos)?|enviar(?:me|nos)?|mandar(?:me|nos)?|pasar(?:me|nos)?|dar(?:me|nos)?|"
    r"peço|pedindo|quero|gostaria de|preciso de|precisamos de|fazer|enviar|mandar|passar|"
    r"receber|recibir|solicitamos|pedimos|"
    r"me manda|me passa|me envia|sin compromiso|sem compromisso)"
    r"\s+(?:(?:un|um|uma|o|el|los|os)\s+)?(?:presupuestos?|orçamentos?|orcamentos?)\b"
    r"(?!\s*(?:[:=]|(?:de|é|e|es)\s+(?:unos?|uns|aprox\w*)?\s*[\d€$]))"
)
# ... and a proposal asked for ("precisaria de uma proposta com 6 auxiliares", "nos
# gustaría recibir una propuesta"); one made ("quero fazer-lhe uma proposta") is a pitch
_ASKED_PROPOSAL = re.compile(
    r"\b(?:precisaria|precisaríamos|precisariamos|precisamos|preciso|gostaria|gostaríamos|gostariamos|queria|quero|"
    r"solicito|solicitamos|aguardo|aguardamos|necesito|necesitamos|quisiera|quisiéramos|"
    r"nos gustaría|me gustaría|me manda|me envia|enviem|mandem|envíen|envíenos|mándenos|"
    r"mándenme|envíenme)\s+(?:de\s+)?(?:receber\s+|recibir\s+)?(?:(?:uma|una|a|la|vossa|"
    r"vuestra|sua|su)\s+)?(?:proposta|propuesta)\b"
)
# Italian and Polish offers asked for ("ci servirebbe un'offerta per", "richiesta
# offerta", "prosimy o ofertę"): a quote; an offer made ("offerta speciale") is none.
_ASKED_OFFER = re.compile(
    r"\b(?:servirebbe|serve|servono|vorrei|vorremmo|chiedo|chiediamo|richiedo|richiediamo|"
    r"richiesta(?: di)?|gradirei|gradiremmo|(?:mi|ci) (?:fate|mandate|inviate|potete fare|"
    r"potreste fare|potete mandare|potreste mandare|potete inviare|potreste inviare)|"
    r"fateci|fatemi|mandateci|mandatemi|inviateci|inviatemi)\s+(?:(?:un|una)\s+|un['’])?"
    r"(?:vostra\s+)?(?:migliore\s+)?offerta\b|"
    r"\b(?:prosz[eę]|prosimy|poprosz[eę]|poprosimy|czekam na|czekamy na)\s+(?:o\s+)?"
    r"(?:przesłanie\s+|przeslanie\s+)?(?:ofert[eęy]|wycen[eęy])\b"
)
_THANKED = re.compile(
    r"(?:for|por|pour|für|per|voor|za|pel[oa]|the|your|el|le|das)\s+"
    r"(?:(?:the|your|il|el|la|le|votre|vostro|vs|das|ihr|ihre|de|uw|het|su|o|a|seu|sua|tu)\s+)?$"
)
# "thanks for the quote", "vi ringrazio per il preventivo": how far back the thanks can sit
_THANKED_REACH = 14
_PATTERNS = {lang: re.compile(rf"\b(?:{words})\b") for lang, words in _WORDS.items()}


def asks_for_quote(text: str, language: str) -> bool:
    """Return True when `text`, in `language`, asks for a quote in words of its own."""
    low = text.lower()
    if language in ("es", "pt") and _ASKED_BUDGET_WORD.search(low):
        return True
    if language in ("it", "pl", "es", "pt") and asks_for_offer(low, language):
        return True  # an offer, a proposal asked for
    pattern = _PATTERNS.get(language)
    if pattern is None:
        return False
    return any(
        not _THANKED.search(low, max(0, m.start() - _THANKED_REACH), m.start())
        for m in pattern.finditer(low)
    )


def asks_for_offer(low: str, language: str = "") -> bool:
    """Return True when lower-cased `low` asks for an offer in Italian or Polish, or, given
    the chat's `language`, for a presupuesto, an orçamento or a proposal in Spanish or
    Portuguese."""
    if language in ("es", "pt") and ("presupuesto" in low or "orçamento" in low):
        return _ASKED_BUDGET_WORD.search(low) is not None
    if language in ("es", "pt") and ("proposta" in low or "propuesta" in low):
        return _ASKED_PROPOSAL.search(low) is not None
    return ("offert" in low or "ofert" in low or "wycen" in low) and _ASKED_OFFER.search(
        low
    ) is not None
