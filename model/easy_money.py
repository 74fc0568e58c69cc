"""Tell a chat that offers easy money: earnings from home, online, fast, so much a day.

The classic scam of every medium ("earn $300 a day from home, DM me"). The heads learnt
it in English from the SMS collection and file it Spam there; written in Spanish,
Portuguese, French, German or Italian it has no such teacher, and "gana dinero desde
casa, escríbeme" was filed Potential Customer. The phrases are narrow and written from
general knowledge of the eight languages the chats come in (no data set or evaluation
record used): money or earnings *together with* from home, online, fast, easily or a
sum a day. Not "passive income" or "guaranteed returns": a buyer of a flat or a fund
asks about those. A chat that also names a quote, a price, a purchase, a demo, a
call or a visit is left to the model: a buyer may want to earn more from their shop.
"""

from __future__ import annotations

import re

from model.text import openings

_GAP = r"(?:[^\W\d_]+ ){0,2}"  # up to two words between ("dinheiro trabalhando de casa")
_SUM = r"(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£]|eur|euros?|dollars?|usd|zł|zl|pln|reais))"
# a range up to another sum: "200 € à 800 €", "$100-$300"
_UP_TO = rf"(?:\s*(?:[-–]|à|a|to|bis|tot|do|até|al|fino a)\s*{_SUM})?\s*"
_PER_DAY = (
    r"(?:al d[ií]a|por d[ií]a|diarios|ao dia|por dia|par jour|pro tag|am tag|t[äa]glich|"
    r"al giorno|ogni giorno|per dag|dziennie|na dzie[nń]|za dzie[nń])\b"
)
# Offers speak to the reader ("earn", "gana", "gagnez", "verdienen Sie"); a buyer says what
# they want to do ("I want to make money online with a shop", "quiero ganar dinero"), so
# infinitives and "to", "I", "we" before the verb are no offer.
_EN_VERB = r"(?<!to )(?<!\bi )(?<!\bwe )(?<!i'm )(?<!we're )(?:earn|make)"
_WAGE_WORDS = (
    r"(?:rémunération|salaire|remuneración|sueldo|salário|remuneração|vergütung|verdienst|"
    r"gehalt|stipendio|retribuzione|compenso|salaris|verdienste|vergoeding|wynagrodzenie|pay|salary|"
    r"earnings|income)\b[^.!?\n]{0,20}?" + _SUM + _UP_TO + _PER_DAY
)
# a daily wage offered to the reader ("wynagrodzenie 300–800 zł dziennie"): a fake job
_WAGE = re.compile(rf"\b{_WAGE_WORDS}")
_WAGE_STEMS = (
    *("rémun", "salai", "remun", "sueldo", "salár", "vergüt", "verdienst", "gehalt", "stipend"),
    *("retribu", "compens", "salaris", "vergoed", "wynagr", "pay", "salary", "earning", "income"),
)
_MONEY_OFFERS = (
    # en: money made from home, online, fast or easily, or a sum a day
    _EN_VERB
    + r" (?:extra )?money (?:from home|online|fast|easily|every day|daily)|"
    + _EN_VERB
    + r" (?:\$\s?\d[\d,.]*|\d[\d,.]*\s?(?:\$|dollars|usd|euros?|€|£)) "
    r"(?:a day|per day|daily|from home)|work from home and earn|"
    # es
    r"gan(?:a|e|en|ad) (?:mucho )?dinero "
    + _GAP
    + r"(?:desde casa|en casa|fácil|facil|rápido|rapido|online|por internet|diario)|"
    # pt
    r"ganh(?:e|a|em) (?:muito )?dinheiro "
    + _GAP
    + r"(?:de casa|em casa|fácil|facil|rápido|rapido|online|pela internet)|"
    # fr
    r"gagnez de l'argent "
    + _GAP
    + r"(?:depuis chez|de chez|à la maison|facilement|rapidement|en ligne)|"
    # de
    r"(?:verdiene|verdient|verdienen sie) (?:viel )?geld (?:von zu hause|online|schnell|"
    r"im internet)|"
    # it
    r"guadagn(?:a|ate) (?:soldi|denaro) " + _GAP + r"(?:da casa|online|facilmente|velocemente)|"
    # nl
    r"verdien (?:snel )?geld (?:vanuit huis|thuis|online)|"
    # pl
    r"zarabiaj (?:w domu|online|przez internet)|"
    # a sum a day in the other seven languages: "verdient €150–€400 per dag"
    r"(?<!\bwe )(?<!\bwij )(?:gana|ganas|ganar|ganhe|ganha|ganhar|gagnez|gagner|verdien|"
    r"verdient|verdienen|"
    r"guadagna|guadagnate|guadagnare|zarabiaj|zarabiasz|zarobisz|zarabiać)\b"
    r"[^.!?\n]{0,30}?"
    + _SUM
    + _UP_TO
    + _PER_DAY
    + "|"
    # ... or as pay: "rémunération de 200 € à 800 € par jour", "Verdienst 150 € pro Tag"
    + _WAGE_WORDS
)
# A return promised by the month, week or day: "ganamos un 30% al mes con su plataforma",
# "earn 20% a week"; a buyer never earns a share of their money by the month.
_PER_PERIOD = (
    r"(?:a|per|every|al|por|ao|par|pro|im|am|each|cada|ogni|w|na)\s+"
    r"(?:month|week|day|mes|semana|d[ií]a|mês|mois|semaine|jour|monat|woche|tag|mese|"
    r"settimana|giorno|maand|dag|miesiąc|tydzień|dzień)\b|"
    r"mensual(?:es|mente)?|semanal(?:es|mente)?|diari[oa]s?|mensais|mensuel(?:s|lement)?|"
    r"monatlich|wöchentlich|täglich|mensil[ie]|settimanal[ie]|maandelijks|wekelijks|"
    r"miesięcznie|tygodniowo|dziennie"
)
_EARN_WORDS = (
    r"earn\w*|return\w*|profit\w*|gan(?:a|o|as|amos|an|ar|ancia\w*)|rendi\w*|rendement\w*|"
    r"rendit\w*|lucr\w*|ganh\w*|gagn\w*|verdien\w*|gewinn\w*|guadagn\w*|zarab\w*|zysk\w*|"
    r"zarobi\w*"
)
_EVERY_DAY = (
    r"every (?:day|week)|todos los días|cada día|todos os dias|tous les jours|chaque jour|"
    r"jeden tag|jede woche|ogni giorno|elke dag|codziennie|każdego dnia"
)
_RETURN = re.compile(
    rf"\b(?:{_EARN_WORDS})\b[^.!?\n]{{0,40}}?\d+(?:[.,]\d+)?\s?%\s*(?:{_PER_PERIOD})|"
    # ... or the other way round: "jeden Tag Signale mit 30% Gewinn"
    rf"\b(?:{_PER_PERIOD}|{_EVERY_DAY})\b[^.!?\n]{{0,40}}?\d+(?:[.,]\d+)?\s?%\s*(?:(?:de|di|of|an|z|em)\s+)?"
    rf"(?:{_EARN_WORDS})\b"
)
_OFFER = re.compile(rf"\b{openings(_MONEY_OFFERS)}(?:{_MONEY_OFFERS})")
# Earnings from crypto or trading told by the sum ("trabajo en inversión con criptomonedas
# … gano entre 800 y 1.500 € a la semana"): the "pig butchering" opener of messaging apps
_CRYPTO = re.compile(r"\b(?:cripto\w*|crypto\w*|krypto\w*|kryptowalut\w*|bitcoin|forex)\b")
_GAINS = re.compile(
    r"\b(?:gano|ganho|gagne|verdiene|guadagno|verdien|zarabiam|earn|make|made|ganamos|"
    r"ganhamos|gagnons|verdienen|guadagniamo|zarabiamy)\b[^.!?\n]{0,30}?" + _SUM
)
# Paid by the task, the "task scam" of messaging apps ("like videos, 50 zł za zadanie"): no
# shop pays its customers a sum per task or per like.
_PER_TASK = re.compile(
    _SUM + r"\s*(?:per|a|for each|each|za|por|par|pro|je|al|ogni|voor|elke|każde)\s+(?:task|like|"
    r"zadanie|polubienie|tarea|tarefa|tâche|aufgabe|compito|attività|taak|opdracht)\b"
)


# Every offer names money or a sum: a few substring tests rule out most chats before the
# long pattern is tried.
_MONEY_WORDS = ("money", "dinero", "dinheiro", "argent", "geld", "soldi", "denaro", "zarabiaj")
_SUMS = ("$", "€", "£", "dollar", "usd", "euro", "zł", "zl", "pln", "reais")
MAX_CHARS = 2_000  # an offer is a short message; a long chat is a conversation


def offers_easy_money(text: str, low: str | None = None) -> bool:
    """Return True when `text` offers money made from home, online, fast or so much a day.

    `low` is `text` lower-cased, when the caller has it.
    """
    if len(text) > MAX_CHARS:
        return False
    low = text.lower() if low is None else low
    if promises_return(low):
        return True
    if not any(word in low for word in _MONEY_WORDS) and not any(s in low for s in _SUMS):
        return False
    return _OFFER.search(low) is not None or _PER_TASK.search(low) is not None


def promises_return(low: str) -> bool:
    """Return True when lower-cased `low` promises a share of one's money back by the day,
    week or month ("zarabiania 30% tygodniowo"), offers a daily wage ("wynagrodzenie 300–800
    zł dziennie"), or tells the sums one earns with crypto
    ("gano entre 800 y 1.500 € a la semana"): no buyer says it, whatever else they ask."""
    if "%" in low and _RETURN.search(low) is not None:
        return True
    if any(w in low for w in _WAGE_STEMS) and any(s in low for s in _SUMS) and _WAGE.search(low):
        return True  # a daily wage offered: a fake job, whatever else it names
    if not any(word in low for word in ("cript", "crypt", "krypt", "bitcoin", "forex")):
        return False  # most chats name no crypto: no search
    return _CRYPTO.search(low) is not None and _GAINS.search(low) is not None
