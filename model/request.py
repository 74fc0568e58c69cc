"""Summarise what a customer asks for: a one-line summary, quantity, budget, deadline."""

from __future__ import annotations

import re
from functools import lru_cache

from model.name_cues import OPENING_CUES, STRONG_CUES, WEAK_CUES
from model.text import CACHED_TEXT_MAX, lower, openings
from model.types import Evidence, Request

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
# Clauses are where "not X, but Y" turns around, so each is judged on its own.
_CLAUSE = re.compile(
    r",|;|\s[-–]\s|\b(?:but|however|instead|rather|pero|sino|mas|ma|però|invece|mais|"
    r"plutôt|aber|sondern|sino que|em vez)\b",
)
# Cue words follow `openings`: the engine skips word starts no cue begins with.
_WANT_WORDS = (
    r"want|wants|need|needs|looking for|interested in|would like|'d like|quote|"
    r"pricing|price|prices|buy|purchase|order|request|demo|trial|subscribe|upgrade|"
    r"quiero|queremos|necesito|necesitamos|busco|buscamos|me interesa|nos interesa|"
    r"quisiera|me gustaría|presupuesto|cotización|precio|comprar|contratar|"
    r"vorrei|voglio|vogliamo|ho bisogno|abbiamo bisogno|cerco|cerchiamo|mi interessa|"
    r"preventivo|prezzo|comprare|acquistare|je voudrais|nous voudrions|je veux|"
    r"je cherche|nous cherchons|besoin|intéressé par|intéressée par|devis|prix|acheter|"
    r"commander|ich möchte|wir möchten|ich brauche|wir brauchen|ich suche|wir suchen|"
    r"interessiert an|angebot|preis|kaufen|bestellen|quero|queremos|preciso|precisamos|"
    r"procuro|gostaria|tenho interesse|orçamento|preço|cotação"
)
_WANT = re.compile(rf"\b{openings(_WANT_WORDS)}(?:{_WANT_WORDS})\b")
_NEGATED = re.compile(
    r"\b(?:not|don't|do not|doesn't|no longer|never|isn't|no|ni|non|ne|pas|nicht|kein|"
    r"keine|keinen|não|nao|nunca|jamais)\b|n't\b",
)
_GREETING = re.compile(
    r"^\s*(?:(?:hi|hello|hey|good (?:morning|afternoon|evening)|hola|buenos días|"
    r"buenas(?: tardes| noches)?|ciao|salve|buongiorno|buonasera|bonjour|bonsoir|salut|"
    r"hallo|guten (?:tag|morgen|abend)|olá|oi|bom dia|boa tarde|boa noite|there|team|"
    r"all)\b[\s,!.]*)+",
    re.IGNORECASE,
)
_NUMBER = r"\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_UNITS = (
    r"units?|licen[cs]es?|seats?|users?|pcs|pieces?|items?|boxes?|bottles?|kits?|"
    r"devices?|laptops?|accounts?|employees?|people|persons?|rooms?|tickets?|pallets?|"
    r"unidades|licencias|usuarios|piezas|cajas|equipos|personas|empleados|"
    r"pezzi|licenze|utenti|unità|scatole|persone|dipendenti|unités|licences|"
    r"utilisateurs|pièces|boîtes|personnes|employés|postes|stück|stk|lizenzen|nutzer|"
    r"benutzer|geräte|mitarbeiter|personen|kartons|licenças|usuários|peças|caixas|"
    r"pessoas|funcionários"
)
_QUANTITY = re.compile(rf"(?<![\w$€£.,])({_NUMBER})\s*(?:x\s*)?(?:{_UNITS})\b")
_CURRENCY_SIGNS = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "dólares": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "pounds": "GBP",
    "libras": "GBP",
    "chf": "CHF",
    "francs": "CHF",
    "franken": "CHF",
    "r$": "BRL",
    "brl": "BRL",
    "reais": "BRL",
    "mxn": "MXN",
    "pesos": "MXN",
}
_CUR = r"us\$|r\$|[$€£]|usd|eur|gbp|chf|brl|mxn"
_CUR_WORD = (
    r"us\$|r\$|[$€£]|usd|eur|gbp|chf|brl|mxn|dollars?|dólares|euros?|pounds|libras|"
    r"francs|franken|reais|pesos"
)
_MULT = r"k|mil|thousand|mille|tausend"
# At most this many characters of a currency come before a budget's first digit.
_CUR_BEFORE_DIGIT = 4
_DIGIT = re.compile(r"\d")
# A budget starts with a digit or a first letter of _CUR: the lookahead passes over
# every other position after one test instead of trying both alternatives there.
_BUDGET = re.compile(
    rf"(?=[\d$€£bcegmru])(?:(?P<c1>{_CUR})\s?(?P<n1>{_NUMBER})\s?(?P<m1>{_MULT})?\b|"
    rf"(?<![\w.,])(?P<n2>{_NUMBER})\s?(?P<m2>{_MULT})?\s?(?P<c2>{_CUR_WORD})(?!\w))",
)
_TIME_WORD = (
    r"\d{1,2}(?:[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?)?(?:st|nd|rd|th|er|º)?|today|tomorrow|tonight|next|this|end|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|week|weeks|month|months|day|days|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|q[1-4]|"
    r"hoy|mañana|próximo|próxima|fin|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"semana|semanas|mes|meses|días|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|octubre|noviembre|diciembre|oggi|domani|prossimo|prossima|fine|lunedì|"
    r"martedì|mercoledì|giovedì|venerdì|sabato|domenica|settimana|settimane|mese|mesi|"
    r"giorni|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"aujourd'hui|demain|prochain|prochaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|semaine|semaines|mois|jours|janvier|février|mars|avril|mai|juin|juillet|"
    r"août|septembre|octobre|novembre|décembre|heute|morgen|nächste|nächsten|ende|montag|"
    r"dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|woche|wochen|monat|monats|"
    r"monaten|tage|tagen|januar|februar|märz|juni|juli|oktober|dezember|hoje|amanhã|"
    r"fim|segunda|terça|quarta|quinta|sexta|sábado|semanas|dias|janeiro|fevereiro|março|"
    r"maio|junho|julho|setembro|outubro|novembro|dezembro"
)
_DEADLINE_CUES = (
    r"by|before|until|no later than|within|in the next|"
    r"para el|para la|para o|para a|antes del|antes de|a más tardar|en los próximos|"
    r"entro|prima di|prima del|entro il|"
    r"d'ici|avant le|avant|au plus tard|sous|dans les|"
    r"bis|bis zum|bis ende|spätestens|innerhalb|innerhalb von|"
    r"até|antes de|dentro de|no máximo até"
)
_DEADLINE = re.compile(
    rf"\b{openings(_DEADLINE_CUES)}(?P<cue>{_DEADLINE_CUES})\s+"
    rf"(?P<when>(?:(?:the|el|la|il|le|der|den|o|a|fin de|end of|fine|ende|fim do|fin|"
    rf"próximo|next|this)\s+)*(?:{_TIME_WORD})(?:-\w+)?\b(?:\s+(?:of the|of|de|del|di|du|des|"
    rf"do|da|della|dello)?\s*(?:{_TIME_WORD}|\d{{2,4}})\b){{0,2}})",
)
_URGENT_WORDS = (
    r"asap|as soon as possible|urgent|urgently|lo antes posible|cuanto antes|urgente|"
    r"il prima possibile|prima possibile|dès que possible|au plus vite|"
    r"so schnell wie möglich|schnellstmöglich|dringend|o mais rápido possível|"
    r"o quanto antes|o mais breve possível"
)
_URGENT = re.compile(rf"\b{openings(_URGENT_WORDS)}(?:{_URGENT_WORDS})\b")
_MAX_SUMMARY = 120
# A clause that only gives contact details is no summary of a request.
_CONTACT_ONLY = re.compile(
    r"@|\d[\d ().\-/]{5,}\d|^\W*(?:my name|i'm|i am|this is|me llamo|mi nombre|soy|"
    r"mi chiamo|sono|je m'appelle|je suis|ich bin|mein name|ich heiße|meu nome|me chamo|sou|"
    r"my (?:e-?mail|phone|number)|mi (?:correo|email|teléfono|número)|la mia email|"
    r"il mio (?:numero|telefono)|mon (?:mail|email|numéro)|meine (?:e-?mail|nummer)|"
    r"meu (?:e-?mail|telefone|número))\b"
)
# A clause that opens with an introduction ("ik ben Marieke de Vries van Bakkerij Zon",
# "nazywam się Tomasz Kowalski") names the writer, not what they want: the cue phrases
# the name finder knows, in the six languages, Dutch and Polish (`model.name_cues`).
# A weak or opening cue ("I'm", "ik ben", "jestem", "this is", "met", "tu") introduces
# only when a capitalised word follows: "I'm going to sleep now" says something.
# "Call me" asks for a call.
_STRONG_INTRODUCTION = re.compile(rf"^\W*(?:{STRONG_CUES})(?=\W|$)")
_WEAK_INTRODUCTION = re.compile(
    r"^\W*(?:"
    + "|".join(c for c in WEAK_CUES.split("|") if c != "call me")
    + "|"
    + OPENING_CUES
    + r")[ \t]+"
)


def _introduces(clause: str, original: str) -> bool:
    """Return whether the lower-case `clause` (`original` as written) opens with an introduction."""
    if _STRONG_INTRODUCTION.match(clause):
        return True
    weak = _WEAK_INTRODUCTION.match(clause)
    # (in text written all in capitals, a capital says nothing: "IM LATE")
    return (
        weak is not None
        and original[weak.end() : weak.end() + 1].isupper()
        and not original.isupper()
    )


# "Me llamo Ana y quiero X": the request starts at the joint before the wish.
_JOINT = re.compile(r"\b(?:and|so|y|e|et|und|also|então|quindi|donc|entonces)\s")
# A count written before a noun in the request itself ("20 chairs"), when no unit word
# made it explicit; times, money and percentages are not counts.
_BARE_COUNT = re.compile(
    rf"(?<![\w$€£.,/:-])(\d{{1,6}})\s+(?!(?:{_TIME_WORD}|{_CUR_WORD}|{_MULT}|%|am|pm|h|"
    r"hours?|horas?|ore|heures?|uhr|stunden|years?|años|anni|ans|jahre|anos|"
    # Dutch and Polish times: "om 9 uur", "o 9 rano", "za 2 tygodnie"
    r"uur|uren|minuten|dagen|weken|maanden|jaar|jaren|godz|godzin[aey]?|minut|dni|"
    r"tygodni[e]?|miesięcy|miesiące|lat|rano|wieczorem)\b)"
    r"[^\W\d_]{2,}",
)


def parse_amount(text: str) -> float | None:
    """Return the number in `text`, reading "5.000", "5,000" and "4.99" the usual way."""
    raw = text.replace(" ", "").replace("\u00a0", "")
    last = max(raw.rfind(","), raw.rfind("."))
    if last == -1:
        whole, frac = raw, ""
    elif len(raw) - last - 1 == 3 and raw.count(raw[last]) >= 1 and last > 0:
        # A separator followed by exactly three digits groups thousands.
        whole, frac = raw, ""
    else:
        whole, frac = raw[:last], raw[last + 1 :]
    whole = whole.replace(",", "").replace(".", "")
    try:
        return float(f"{whole}.{frac}" if frac else whole)
    except ValueError:
        return None


def _clauses(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) spans of the clauses of `text`."""
    spans: list[tuple[int, int]] = []
    for sentence in _SENTENCE.finditer(text):
        start = sentence.start()
        for cut in _CLAUSE.finditer(sentence.group()):
            spans.append((start, sentence.start() + cut.start()))
            start = sentence.start() + cut.end()
        spans.append((start, sentence.end()))
    return spans


def _clean(text: str) -> str:
    """Return a clause as a tidy one-line summary."""
    text = _GREETING.sub("", text).strip(" \t,.;:!?-")
    text = " ".join(text.split())
    if len(text) > _MAX_SUMMARY:
        text = text[: _MAX_SUMMARY - 1].rsplit(" ", 1)[0] + "…"
    return text[:1].upper() + text[1:]


def _summary(texts: list[tuple[int, str]]) -> tuple[str, Evidence | None]:
    """Return the first clause that asks for something (not negated), with its evidence.

    A wish of two words ("Quero sim") gives way to the first plain clause of three
    words or more ("Quanto fica o frete pra Curitiba"), which in turn is only used
    when nothing asks for anything.
    """
    short: tuple[str, Evidence | None] = ("", None)
    fallback: tuple[str, Evidence | None] = ("", None)
    for index, text in texts:
        read = _message_summary if len(text) <= CACHED_TEXT_MAX else _message_summary.__wrapped__
        wish, two_words, plain = read(text)
        if wish:
            return wish[0], Evidence(index, wish[1], wish[2])
        if two_words and not short[0]:
            short = (two_words[0], Evidence(index, two_words[1], two_words[2]))
        if plain and not fallback[0]:
            fallback = (plain[0], Evidence(index, plain[1], plain[2]))
    return fallback if fallback[0] else short


_Clause = tuple[str, int, int] | None


# Cached: customers send the same lines ("Hi", "How much is it?") in many conversations.
@lru_cache(maxsize=16384)
def _message_summary(text: str) -> tuple[_Clause, _Clause, _Clause]:
    """Return one message's first wish of three words or more, of two, and plain clause.

    Each is (summary, start, end) or None; only the first of each kind matters to
    `_summary`, and a wish of three words ends the reading of the message.
    """
    short: _Clause = None
    fallback: _Clause = None
    low = lower(text)
    for start, end in _clauses(low):
        clause = low[start:end]
        want = _WANT.search(clause)
        if want:
            if _NEGATED.search(clause):
                continue
            joints = list(_JOINT.finditer(clause, 0, want.start()))
            if joints:
                start += joints[-1].end()
            summary = _clean(text[start:end])
            words = len(summary.split())
            if words >= 3:
                return (summary, start, end), short, fallback
            if words == 2 and short is None:
                short = (summary, start, end)
        elif (
            fallback is None
            and not _CONTACT_ONLY.search(clause)
            and not _introduces(clause, text[start:end])
        ):
            summary = _clean(text[start:end])
            if len(summary.split()) >= 3 and not _NEGATED.search(clause):
                fallback = (summary, start, end)
    return None, short, fallback


def texts_by_index(texts: list[tuple[int, str]]) -> dict[int, str]:
    """Return the texts keyed by message index."""
    return dict(texts)


def extract_request(texts: list[tuple[int, str]]) -> Request:
    """Return what the customer asked for from their (message index, text) pairs."""
    summary, evidence = _summary(texts)
    request = Request(summary=summary, evidence=evidence)
    # One pass of each pattern over all messages, joined by a character no pattern
    # crosses (not a word, a space or a digit): the first match is the first message's.
    joined = "\x00".join(text for _, text in texts)
    low = lower(joined)
    # Quantities and budgets hold a digit: their search starts at the first one (a
    # budget up to four characters before it, "us$ 5"); lookbehinds still see behind.
    digit = _DIGIT.search(low)
    first = digit.start() if digit else len(low)
    for m in _QUANTITY.finditer(low, first):
        amount = parse_amount(m.group(1))
        if amount is not None and amount >= 1:
            request.quantity = int(amount)
            break
    for m in _BUDGET.finditer(low, max(0, first - _CUR_BEFORE_DIGIT)):
        number = m.group("n1") or m.group("n2")
        mult = m.group("m1") or m.group("m2")
        sign = m.group("c1") or m.group("c2")
        amount = parse_amount(number)
        if amount is not None:
            request.budget = amount * 1000 if mult else amount
            request.currency = _CURRENCY_SIGNS.get(sign) or _CURRENCY_SIGNS.get(sign.rstrip("s"))
            break
    deadline = _DEADLINE.search(low)
    urgent = _URGENT.search(low)
    # Within one message a stated deadline beats "urgent"; otherwise the earlier message.
    if deadline and (
        not urgent or low.count("\x00", 0, deadline.start()) <= low.count("\x00", 0, urgent.start())
    ):
        request.deadline = " ".join(joined[deadline.start() : deadline.end()].split())
    elif urgent:
        request.deadline = urgent.group()
    if request.quantity is None and evidence is not None:
        text = texts_by_index(texts)[evidence.message]
        m = _BARE_COUNT.search(lower(text[evidence.start : evidence.end]))
        if m:
            request.quantity = int(m.group(1))
    return request
