"""Find the name a customer gives for themselves in chat text, in six languages."""

from __future__ import annotations

import re
from functools import lru_cache

from model.name_cues import (
    CAPITALS_ONLY,
    CONTACT_CUES,
    GREETINGS,
    LEAD_IN_WORDS,
    OPENING_CUES,
    STRONG_CUES,
    WEAK_CUES,
)
from model.name_order import family_first
from model.name_reader import (
    ANSWER,
    LOWER_WEAK,
    STRONG,
    WEAK,
    NameCandidate,
    read_name,
)
from model.name_tails import is_street_word
from model.name_words import STATES
from model.person_names import (
    before_company,
    is_given_name,
    is_person_name,
    looks_like_person,
)
from model.signatures import full_signed_name, signatures
from model.text import CACHED_TEXT_MAX, lower, openings

_CUES = (
    rf"(?P<strong>{STRONG_CUES})|(?P<weak>{WEAK_CUES})|"
    rf"(?P<opening>{OPENING_CUES})|(?P<contact>{CONTACT_CUES})"
)
# The lookahead on the cues' first two letters spares trying the hundred and more cues
# at every word start; it rules out only words no cue starts with.
_CUE = re.compile(
    rf"(?:^|(?<=[\s,.;:!¡¿?(\"'])){openings(_CUES)}(?:{_CUES})(?=[\s:,]|$)[\s:,-]*",
)
# "My contact person at your company is X" names the business's contact, not theirs.
_MY_CONTACT = re.compile(r"(?:^|\s)(?:my|mi|mio|mia|mon|ma|mein|meine|meu|minha)\s+$")
_ACK_WORDS = sorted(
    """sure thing|of course|yes sure|sure|yes|yeah|yep|ok|okay|absolutely|no problem|hi|hello|
    hey|it's|its|it is|claro que sí|claro|sí|si|por supuesto|vale|hola|es|soy|certo|certamente|
    sì|ciao|è|oui bien sûr|bien sûr|oui|d'accord|bonjour|salut|c'est|ja gerne|ja|klar|gerne|
    natürlich|hallo|sim|com certeza|olá|oi|é|sou|dale|bueno|listo|perfecto|genial|venga|
    perfeito|beleza|combinado|perfetto|va bene|parfait|très bien|super|prima|alles klar|
    goed|oké|jasne|dobrze|spoko|tak poproszę|tak poprosze|tak|poproszę|poprosze|proszę|prosze|
    ja graag|graag|ja hoor|yes please|sí por favor|sim por favor|oui merci|ja bitte|
    sì grazie|oui svp|svp|s'il vous plaît|please|por favor|per favore|bitte""".replace(
        "\n", ""
    ).split("|"),
    key=len,
    reverse=True,
)
_ACK = re.compile(
    r"^[\s,.!¡:;-]*(?:(?:"
    + "|".join(re.escape(w.strip()) for w in _ACK_WORDS)
    + r")(?=[\s,.!:;-]|$)[\s,.!:;-]*)*",
)
_BTW = r"btw|by the way|trouwens|übrigens|por cierto|au fait|en passant|comunque|aliás|przy okazji"
_HERE = re.compile(
    rf"^[\s,.!]*(?:(?:{GREETINGS})[\s,.!]+)?"
    r"(?P<name>[^\W\d_][^\s,.!]*(?:[ \t][^\W\d_][^\s,.!]*)?)[ \t]+"
    rf"(?:here|speaking|al habla|qui|ici|hier|aqui|(?P<btw>{_BTW}))\b",
)
# "... cette semaine. C'est Stéphanie Gagnon en passant": an opening later in a message,
# believed with a full name and a "by the way" after it.
_IN_PASSING = re.compile(
    r"(?:^|[.!?\n][ \t]*)(?:c'est|c’est|this is|it's|it’s|hier ist|aqui é|sono|soy|ich bin|"
    rf"ik ben|jestem)[ \t]+(?P<name>[^\W\d_][^\s,.!]*(?:[ \t][^\W\d_][^\s,.!]*){{1,2}})[ \t]+"
    rf"(?:{_BTW})\b"
)
# "Video geht. Bin Thomas Leitner, 0664 …", "ça marche. c Kevin Lemaire": the pronoun
# dropped, as people type in a hurry; believed only with a full name, a known given
# name first, at the start of a message or a sentence.
_DROPPED = re.compile(
    r"(?:^|[.!?,;][ \t]*|\n)(?:bin|c)[ \t]+(?P<name>[^\W\d_][^\s,.!]*(?:[ \t][^\W\d_][^\s,.!]*){1,2})"
)
# The opening cues of several words may also open a sentence after another one ("Olá
# empresário! Aqui é a Patrícia"); single words ("hier", "met", "tu"), "it's" and "hier
# ist" ("Danke. Hier ist Kopie der Rechnung") open other sentences too often.
_SENTENCE_OPENINGS = frozenset(
    ["this is", "c'est", "c’est", "aqui é", "aqui e", "aquí habla", "qui è", "qui parla",
     "hier spricht", "aqui fala"]
)  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?][\s]*$")

# A name given right before the phone number or the email, as one leaves details: "18th
# arvo is good. Sharon, 0413 552 907", "sanne de groot, 06 41 27 93 58", "passt 👍 Tobias
# Reinhardt, tobias@klarwerk.io"; at a message's or a sentence's start (after any mark
# or emoji), a full name (a known given name first) or one capitalised known given name,
# before nine digits at least ("Mrs. Jennifer Alcaraz Suite 541 6343" is an address).
_BEFORE_PHONE = re.compile(
    r"(?:^|[^\w\s,;:'’\-][ \t]+|\n)(?P<name>[^\W\d_]+(?:[ \t][^\W\d_]+){0,3}),?[ \t]+"
    # a label may stand between: "Paweł Zieliński, mail pawel@…", "Ana Ruiz tel. 612 …"
    r"(?:(?:e-?mail|mail|tel|phone|mobile|mob|cell|móvil|telefon|telefone|teléfono|téléphone|"
    r"gsm|tlf)\.?:?[ \t]+)?"
    r"(?:\+?\d(?:[ \t\-]?\d){8}|[\w.+\-]+@[\w\-]+\.)"
)

_GREETING_ONLY = re.compile(rf"^[\s,.!¡]*(?:{GREETINGS})(?:\s+there)?[\s,.!:-]+")
_FROM_COMPANY = re.compile(
    r"[ \t]+(?:here from|from|at|with|of|de la empresa|de la compañía|da empresa|della ditta|"
    r"dell'azienda|della società|de la société|de chez|chez|von der firma|von|vom|bei|"
    r"van|namens|z firmy)[ \t]+"
)
_LEAD_IN = re.compile(rf"[\s,.!¡:;-]*(?:(?:{GREETINGS}|{LEAD_IN_WORDS})(?:\s+there)?[\s,.!:;-]*)*")
_ARTICLE = re.compile(r"(?:der|die|el|la|il|lo|le|o|a)[ \t]+(?=[A-ZÀ-ÖØ-Þ])")
# "Sou a mãe, Inês Tavares", "I'm the father, Tom Price": a parent's role, then the name
_PARENT = re.compile(
    r"(?:(?:the|der|die|el|la|il|le|o|a|de|het)[ \t]+)?(?:mother|father|mum|mom|dad|mãe|pai|"
    r"madre|padre|mamá|papá|mère|père|maman|papa|mutter|vater|mama|moeder|vader|matka|"
    r"ojciec|tata)(?:[ \t]+(?:of|de|do|da|du|von|van|di|del)[ \t]+\w+)?[ \t]*,[ \t]*"
)
_AFTER_ANSWER = re.compile(
    r"[ \t]*(?:$|[,.;:!?\n()\-–—/+\d]|[^\w\s@]|\S+@|(?:and|y|e|et|und|here|from|de|da|di|von|aus|"
    r"della|dalla|de la|del|do|das|dos)\b)",
)

# Word endings of participles and adjectives in the six languages ("waiting",
# "confused", "interesado", "interessata", "intéressée", "interessiert").
_PAST = re.compile(r"[^emh]ed$")  # "confused", "worried"; not "Alfred", "Ahmed"
_LOWER_ARTICLE = re.compile(r"(?:der|die|el|la|il|lo|le|o|a)[ \t]+")
_ENGLISH_WEAK = frozenset({"i'm", "i’m", "i am", "im"})
_INDEFINITE = re.compile(r"an?[ \t]+")
_PARTICIPLE = re.compile(
    r"(?:ing|ado|ada|ados|adas|ido|idos|ato|ati|ata|ate|ito|iti|ée|és|ées|ant|iert|"
    r"ierte|lich|isch|ig|oso|osa|ivo|iva|ável|ível|able|ible|ful|less|ous|ive)$"
)


def find_in_message(
    text: str, index: int, answers_question: bool, language: str = "en"
) -> list[NameCandidate]:
    """Return the name candidates in one customer message."""
    read = _names_in if len(text) <= CACHED_TEXT_MAX else _names_in.__wrapped__
    return [
        NameCandidate(v, c, index, s, e) for v, c, s, e in read(text, answers_question, language)
    ]


# Cached: greetings, answers and sign-offs recur word for word across conversations
# (three in five customer messages); where the message sits only sets `message`.
@lru_cache(maxsize=16384)
def _names_in(
    text: str, answers_question: bool, language: str
) -> tuple[tuple[str, float, int, int], ...]:
    """Return (value, confidence, start, end) of each name candidate in a message."""
    index = 0
    low = lower(text)
    found = _cued(text, low, index, answers_question, language)
    here = _HERE.match(low)
    if here:
        got = read_name(text, here.start("name"), allow_lower=False)
        # The whole phrase before "here" must be the name: not "She moved here"; before
        # "btw" a full name ("Sien Peeters trouwens"), not "Sorry btw".
        if got and got[2] == here.end("name") and (not here["btw"] or full_signed_name(got[0])):
            found.append(NameCandidate(got[0], WEAK, index, *got[1:]))
    dropped = _DROPPED.search(low) if not found and ("bin" in low or "c " in low) else None
    got = read_name(text, dropped.start("name"), allow_lower=False) if dropped else None
    if got and got[2] == dropped.end("name") and full_signed_name(got[0]):
        found.append(NameCandidate(got[0], WEAK, index, *got[1:]))
    if not found and (any(c.isdigit() for c in low) or "@" in low):
        found.extend(_before_phone(text, low, index))
    passing = _IN_PASSING.search(low) if not found else None
    got = read_name(text, passing.start("name"), allow_lower=False) if passing else None
    if got and got[2] == passing.end("name") and full_signed_name(got[0]):
        found.append(NameCandidate(got[0], WEAK, index, *got[1:]))
    greeting = _GREETING_ONLY.match(low)
    if not any(is_person_name(c.value) for c in found):
        start = greeting.end() if greeting else len(text) - len(text.lstrip())
        got = read_name(text, start, allow_lower=False)
        # "Hi, Tom Hardy from Hardy Builders": a name, then where they are from; without
        # a greeting, only a full name that starts with a known given name.
        if (
            got
            and _FROM_COMPANY.match(low, got[2])
            and (greeting or (len(got[0].split()) > 1 and is_given_name(got[0].split()[0])))
        ):
            found.append(NameCandidate(got[0], WEAK, index, *got[1:]))
    found = [c for c in found if is_person_name(c.value)]  # not "Asesora Financiera", "Casa Bella"
    # Only when no cue gave a name, which once filtered drops "...aquí llama al fijo":
    # in "Laura, soy Pedro" the name first is the agent being addressed.
    if answers_question and not found:
        answer = _answer(text, low, index) or _answer_last(text, index)
        if answer and is_person_name(answer.value):
            found.append(answer)
    found.extend(c for c in signatures(text, low, index) if is_person_name(c.value))
    return tuple((c.value, c.confidence, c.start, c.end) for c in found)


# Cached: agents and bots send the same lines in every conversation, and only the
# names they give matter there (whose they are is decided by where they appear).
@lru_cache(maxsize=4096)
def written_names(text: str) -> tuple[str, ...]:
    """Return the names a message gives, read as in a message that answers no question."""
    return tuple(c.value for c in find_in_message(text, 0, answers_question=False))


def _cued(
    text: str, low: str, index: int, answers_question: bool, language: str
) -> list[NameCandidate]:
    """Return the names read after cues: "my name is", "I'm", "this is", "contact:"."""
    found: list[NameCandidate] = []
    for m in _CUE.finditer(low):
        strong = m.group("strong") is not None
        allow_lower = strong or answers_question
        if m.group("opening") is not None:
            line_start = text.rfind("\n", 0, m.start()) + 1
            if not _LEAD_IN.fullmatch(low, line_start, m.start()):
                opens_sentence = (
                    m.group("opening").strip() in _SENTENCE_OPENINGS
                    and _SENTENCE_END.search(low, line_start, m.start()) is not None
                )
                if not answers_question and not opens_sentence:
                    continue
                # Mid-sentence "aquí" / "ici" in an answer is a place far more often
                # than an introduction ("...aquí llama al fijo"): capitals only.
                allow_lower = False
        elif m.group("contact") is not None:
            if _MY_CONTACT.search(low, 0, m.start()):
                continue  # "my contact person at your company is ...": theirs
            allow_lower = False
        elif not strong and m.group().strip().lower() == "im" and language == "de":
            continue  # German "im Januar", "im Vertrieb"
        pos = m.end()
        if parent := _PARENT.match(low, pos):
            pos, allow_lower = parent.end(), False
        elif m.group("weak") in _ENGLISH_WEAK and _INDEFINITE.match(low, pos):
            continue  # English "I'm a plumber", "I am an Architect": what, not who
        article = _ARTICLE.match(text, pos)
        if article and not strong and language == "it" and text[pos] == "a":
            continue  # Italian "sono a Roma": a place, not "sou a Ana"
        if article and not strong:
            pos = article.end()  # "ich bin der Thomas", "sou a Ana"
        got = _restated(text, before_company(text, read_name(text, pos, allow_lower=allow_lower)))
        if got and m.group("contact") is not None and not _named_contact(got, pos):
            continue
        if got and not strong and text[got[1] : got[2]].islower() and _a_state(got[0]):
            continue  # "mi sono persa lol" in a reply to "come ti chiami?": a state
        if got:
            found.append(NameCandidate(got[0], STRONG if strong else WEAK, index, *got[1:]))
        elif m.group("weak") is not None and m.group("weak") not in CAPITALS_ONLY:
            got = _lowercase_name(text, low, pos, known=m.group("weak") != "call me")
            if got:
                found.append(NameCandidate(got[0], LOWER_WEAK, index, *got[1:]))
    return found


_COMMA = re.compile(r"[ \t]*,[ \t]*")


def _restated(text: str, got: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """Return the full name that restates a surname just read: "a nome Romano, Alessandro
    Romano" gives "Alessandro Romano"; anything else gives `got` back."""
    if got is None or " " in got[0] or (comma := _COMMA.match(text, got[2])) is None:
        return got
    full = read_name(text, comma.end(), allow_lower=False)
    if full and " " in full[0] and full[0].split()[-1].casefold() == got[0].casefold():
        return full
    return got


def _before_phone(text: str, low: str, index: int) -> list[NameCandidate]:
    """Return the name written just before a phone number ("Sharon, 0413 552 907")."""
    for m in _BEFORE_PHONE.finditer(low):
        got = read_name(text, m.start("name"), allow_lower=True)
        if not got or got[2] != m.end("name"):
            continue
        single = " " not in got[0] and text[got[1]].isupper() and is_given_name(got[0])
        if single or full_signed_name(got[0].title()):
            return [NameCandidate(got[0], WEAK, index, *got[1:])]
    return []


def _named_contact(got: tuple[str, int, int], pos: int) -> bool:
    """Return True when what follows "contact person:" names a person, not a department.

    A lone word must be a known given name or come after a title: "Ansprechpartner:
    Frau Weber" and "referente: Paolo", not "Ansprechpartner: Einkaufsabteilung".
    """
    name, start, _ = got
    return " " in name or start > pos or is_given_name(name)


def _answer(text: str, low: str, index: int) -> NameCandidate | None:
    """Return the name opening a reply to a name question: its first clause, or family-first."""
    ack = _ACK.match(low)
    begin = ack.end() if ack else 0
    inverted = family_first(text, begin)  # "Smith, John", "DUPUIS Marc"
    if inverted:
        return NameCandidate(inverted[0], ANSWER, index, *inverted[1:])
    got = read_name(text, begin, allow_lower=True)
    if got and is_street_word(got[0].split()[0]):
        return None  # "via tuscolana 612, citofono ferri": an address first
    # A bare answer is a name only if nothing but punctuation or a joint follows:
    # "Dave" or "Ana Ruiz, ana@x.com", not "Prefer not to say" or "john@x.com".
    lower_case = got is not None and text[got[1] : got[2]].islower()
    if (
        not got
        or not _AFTER_ANSWER.match(low, got[2])
        or (lower_case and not _plausible_lower(got[0]))
        # "mn moeder betaalt tho haha": words in lower case make a name only after a
        # known given name
        or (lower_case and " " in got[0] and not is_given_name(got[0].split()[0]))
    ):
        return None
    # One word before more text is as often a sentence's first word ("Urgente. Il
    # prima possibile"): then it must be a known given name.
    if " " not in got[0] and text[got[2] :].strip(" \t.,;:!?") and not is_given_name(got[0]):
        return None
    # After "perfeito, ..." or "dale! ..." the words may be the reply itself ("vou
    # pensar", "Valeu"): there the name must start with a known given name.
    if ack and ack.end() and not is_given_name(got[0].split()[0]):
        return None
    return NameCandidate(got[0], ANSWER, index, *got[1:])


# The last sentence of a reply: "sexta 10h!! Thayná Oliveira" answers two questions
_LAST_SENTENCE = re.compile(r"[.!?]+[ \t]+(?=[^.!?\n]+$)")


def _answer_last(text: str, index: int) -> NameCandidate | None:
    """Return a full name closing a reply that first answers another question.

    The agent asked for a slot and a name at once; the reply gives the slot, then the
    name as its last sentence. Only a full name with a known given name first counts.
    """
    body = text.rstrip(" \t.!")
    m = _LAST_SENTENCE.search(body)
    if m is None:
        return None
    got = read_name(text, m.end(), allow_lower=False)
    if got is None or got[2] != len(body) or " " not in got[0]:
        return None
    # a given name the gazetteer lacks ("Thayná") passes with a surname and no common word
    if not full_signed_name(got[0]) and (
        not looks_like_person(got[0]) or is_street_word(got[0].split()[0])
    ):
        return None
    return NameCandidate(got[0], ANSWER, index, *got[1:])


def _lowercase_name(text: str, low: str, pos: int, known: bool) -> tuple[str, int, int] | None:
    """Read "im sarah, ..." : a lower-case name after a weak cue, under stricter rules.

    Chat is often typed in lower case, but "i'm ..." is followed by states as often as
    by names, so the name must be one or two words that are neither common nor shaped
    like a participle ("waiting", "confused", "interesado"), and end the clause.
    """
    article = _LOWER_ARTICLE.match(low, pos)
    got = read_name(text, article.end() if article else pos, allow_lower=True)
    if not got or not text[got[1] : got[2]].islower():
        return None
    words = got[0].split()
    # "sono grafico freelance": a job, not a name; `known` (all cues but "call me", which
    # no job follows) asks for a known given name first
    if len(words) > 2 or (known and not is_given_name(words[0])) or not _plausible_lower(got[0]):
        return None
    if not _AFTER_ANSWER.match(low, got[2]):
        return None
    return got


def _a_state(name: str) -> bool:
    """Return True when a word of `name` is a state ("persa", "stanca"), no name's."""
    return any(w in STATES for w in name.lower().split())


def _plausible_lower(name: str) -> bool:
    """Return False when a lower-case candidate is a state or shaped like a participle."""
    return not any(
        w in STATES or _PARTICIPLE.search(w) or (len(w) >= 7 and _PAST.search(w))
        for w in name.lower().split()
    )
