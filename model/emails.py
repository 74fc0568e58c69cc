"""Find email addresses in chat text, plain, bracketed, mailto or spelled out.

Every candidate is checked with email-validator (no DNS look-up) exactly as written;
an invalid address is dropped, never repaired. Addresses are returned in lower case:
domains are case-insensitive and, in practice, so are the local parts of every large
mail provider, and one spelling per address keeps leads from splitting on case.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

from email_validator import SPECIAL_USE_DOMAIN_NAMES, EmailNotValidError, validate_email
from email_validator.rfc_constants import (
    DNS_LABEL_LENGTH_LIMIT,
    EMAIL_MAX_LENGTH,
    LOCAL_PART_MAX_LENGTH,
)
from rapidfuzz.distance import OSA

from model.joined_email import joined_locals
from model.text import lower

# Characters that cannot be part of an address in running text; anything else
# around an "@" is taken as written, so that "a@@b..com" reaches the validator whole.
_PLAIN = re.compile(r"[^\s<>()\[\]{}\",;:«»“”‘’—–¿¡…]*@[^\s<>()\[\]{}\"',;:«»“”‘’—–¿¡…]*")
# Two addresses joined by a slash or a bar ("a@x.com/b@x.com") are two candidates.
_JOINED = re.compile(r"[/|]")
_TRAILING = ".!?…'"
_LEADING = "'`*_"

_AT_NAMES = r"at|arroba|chiocciola|arobase|ät|małpa|malpa|apenstaartje"
_AT_WORDS = rf"{_AT_NAMES}|@"
_DOT_WORDS = r"dot|punto|point|punkt|ponto|kropka|punt"
# "john (at) acme [dot] com", "john at acme dot com", "juan arroba acme punto es".
_AT = rf"(?:\s*[(\[{{<]\s*(?:{_AT_WORDS})\s*[)\]}}>]\s*|\s+(?:{_AT_WORDS})\s+|\s*@\s*)"
_DOT = rf"(?:\s*[(\[{{<]\s*(?:{_DOT_WORDS}|\.)\s*[)\]}}>]\s*|\s+(?:{_DOT_WORDS}|\.)\s+|\.)"
_ATOM = r"[a-z0-9_%+\-]+"
_LABEL = r"[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?"
# Spelled-out addresses are only believed with a common top-level domain: "at" and
# "point" are ordinary words, and a known TLD is what makes the phrase an address.
_TLDS = (
    "com|net|org|info|biz|io|co|me|app|dev|ai|eu|es|it|pt|br|fr|de|at|ch|be|nl|uk|us|"
    "ca|mx|ar|cl|pe|uy|ve|ec|bo|py|cr|gt|lu|ie|dk|se|no|fi|pl|cz|ru|in|au|nz|jp|cn|edu|gov|"
    "mil|email|online|shop|store|tech|pro|ao|mz|cv|"
    # more country codes, and the generic domains small businesses register
    "gr|ro|hu|sk|si|hr|bg|lt|lv|ee|is|mt|cy|tr|il|ae|za|ng|ke|sg|hk|tw|kr|ph|my|id|th|"
    "vn|do|pr|hn|ni|sv|pa|cat|gal|eus|tv|fm|ly|"
    "events|agency|studio|design|site|xyz|club|life|media|solutions|services|group|"
    "consulting|travel|cloud|digital|network|company|art|photo|photography|health|care|"
    "law|legal|team|works|space|live|news|blog|world|today|systems|global|center|"
    "marketing|academy|school|restaurant|cafe|fitness|beauty|salon|realty|properties|"
    "house|homes|energy|solar|build|construction|repair|auto|cars|insurance|finance|"
    "capital|ventures|partners|tours|wedding"
)
# "@" and a domain, where a dictated local part ends (`joined_email`)
_AT_DOMAIN = re.compile(rf"{_AT}(?P<domain>(?:{_LABEL}{_DOT})+(?:{_TLDS}))(?![\w@])")
_SPELLED = re.compile(
    # a dictated local part may end in a number said apart: "jean point moreau 13 arobase"
    rf"(?<![\w.@])(?P<local>{_ATOM}(?:{_DOT}{_ATOM})+(?:[ \t]\d{{1,4}})?|{_ATOM}(?:{_DOT}{_ATOM})*)"
    rf"{_AT}"
    rf"(?P<domain>(?:{_LABEL}{_DOT})+(?:{_TLDS}))(?![\w@])",
)
# The words for "@" without their word boundary: the engine then skips straight to
# their first letters; may_hold_email checks the boundary before them.
_AT_WORD = re.compile(rf"(?:{_AT_NAMES})\b")
# "I was looking at bytefixit.com": a verb in -ing after "was", "I'm", no mailbox
_BE_BEFORE = re.compile(r"(?:\b(?:was|am|are|is|were|been|be)|['’](?:m|re|s))\s+$")
_WORD_CHAR = re.compile(r"\w")
_SEP = re.compile(_DOT)
# "write me at acme dot com" names a mailbox nobody has; these are not local parts.
_NOT_LOCAL = frozenset(
    [
        "me",
        "us",
        "him",
        "her",
        "you",
        "them",
        "email",
        "mail",
        "e-mail",
        "contact",
        "write",
        "reach",
        "find",
        "here",
        "there",
        "is",
        "it",
        # "I work at acme dot com", "we are at ...": where someone is, not a mailbox
        "are",
        "am",
        "be",
        "was",
        "were",
        "work",
        "works",
        "working",
        "live",
        "living",
        "based",
        "meet",
        "stay",
        "staying",
        "look",
        "available",
        "reachable",
    ]
)


# The everyday shape of an address: letters and digits joined by single . _ + -, then
# hyphenated labels and a letter TLD. Every such address (within the length limits)
# is valid to email-validator and normalises to itself in lower case, so it is
# accepted without the validator's Unicode and IDNA passes (a tenth of a millisecond
# each); tests/model/test_emails_fast_path.py holds the two to each other.
_EVERYDAY = re.compile(
    r"(?P<local>[a-z0-9]+(?:[._+-][a-z0-9]+)*)@(?P<domain>(?:[a-z0-9]+(?:-[a-z0-9]+)*\.)+[a-z]{2,63})",
    re.ASCII,
)


def _everyday(address: str) -> str | None:
    """Return `address` lower-cased when it has the everyday shape and is valid, else None."""
    if not address.isascii() or len(address) > EMAIL_MAX_LENGTH:
        return None
    low = address.lower()
    m = _EVERYDAY.fullmatch(low)
    if m is None or len(m["local"]) > LOCAL_PART_MAX_LENGTH:
        return None
    domain = m["domain"]
    if any(len(label) > DNS_LABEL_LENGTH_LIMIT for label in domain.split(".")):
        return None
    if any(domain == d or domain.endswith("." + d) for d in SPECIAL_USE_DOMAIN_NAMES):
        return None
    return low


@lru_cache(maxsize=4096)
def normalize_email(address: str) -> str | None:
    """Return `address` checked and lower-cased, or None when it is not a valid address."""
    everyday = _everyday(address)
    if everyday is not None:
        return everyday
    try:
        result = validate_email(address, check_deliverability=False)
    except EmailNotValidError:
        return None
    return result.normalized.lower()


def may_hold_email(low: str) -> bool:
    """Return True when lower-cased text has an "@" or a word for it ("at", "arroba").

    The answer of one regex for "@" or a whole word for it, at a third of its cost
    in chat text. A word rejected for a letter before it hides no other: it is all
    letters, so no word can start inside it.
    """
    if "@" in low:
        return True
    return any(
        not m.start() or not _WORD_CHAR.match(low, m.start() - 1) for m in _AT_WORD.finditer(low)
    )


def form_email(value: Any) -> str | None:
    """Return the address a channel captured (a widget's pre-chat form), if it is one.

    Read as a written address is: lower-cased and checked the same way, so "n/a", a
    name typed in the wrong field or two addresses give none.
    """
    if not isinstance(value, str):
        return None
    found = find_emails(value.strip())
    return found[0][0] if len(found) == 1 else None


def find_emails(text: str) -> list[tuple[str, int, int]]:
    """Return (address, start, end) for every valid address in `text`, in order."""
    found: list[tuple[str, int, int]] = []
    rejected: list[tuple[int, int]] = []
    if "@" in text:
        for m in _PLAIN.finditer(text):
            start, end = m.span()
            raw = m.group()
            if raw.lower().startswith("mailto:"):
                raw, start = raw[7:], start + 7
            stripped = raw.rstrip(_TRAILING)
            end -= len(raw) - len(stripped)
            raw = stripped.lstrip(_LEADING)
            start += len(stripped) - len(raw)
            if raw.count("@") > 1 and _JOINED.search(raw):
                offset = start
                for part in _JOINED.split(raw):
                    value = normalize_email(part) if "@" in part else None
                    if value:
                        found.append((value, offset, offset + len(part)))
                    offset += len(part) + 1
                continue
            if raw.count("@") and raw[0] != "@" and raw[-1] != "@":
                value = normalize_email(raw)
                if value:
                    found.append((value, start, end))
                    continue
            rejected.append((start, end))
    low = lower(text)
    if may_hold_email(low):
        for local, start, at in joined_locals(low):
            domain = _AT_DOMAIN.match(low, at)
            value = domain and normalize_email(f"{local}@{_SEP.sub('.', domain.group('domain'))}")
            if value:
                found.append((value, start, domain.end()))
        taken = [(s, e) for _, s, e in found]
        for m in _SPELLED.finditer(low):
            start, end = m.span()
            if any(s < end and start < e for s, e in taken):
                continue
            # A spelled match inside a token written with "@" would be a repair of it.
            if any(s <= start and end <= e for s, e in rejected):
                continue
            local = _SEP.sub(".", m.group("local")).replace(" ", "").replace("\t", "")
            # "I was looking at bytefixit.com": a verb before "at", no mailbox
            if local.lower() in _NOT_LOCAL or (
                local.endswith("ing") and _BE_BEFORE.search(low, max(0, start - 8), start)
            ):
                continue
            domain = _SEP.sub(".", m.group("domain"))
            value = normalize_email(f"{local}@{domain}")
            if value:
                found.append((value, start, end))
        found.sort(key=lambda item: item[1])
    return found


# Words with which a customer corrects an address they gave before ("sorry, it's ...",
# "correction: ...", "I mistyped, it's ..."), in the eight languages. Unlike
# "use X instead" (both kept, X first), a correction means the earlier one was wrong.
_CORRECTION = re.compile(
    r"\b(?:sorry|correction|corrected|mistyped|typo|i meant|my mistake|my bad|wrong (?:e-?mail|address)|"
    r"perd[oó]n|perdona|disculpa|disculpe|correcci[oó]n|me equivoqu[eé]|lo escrib[ií] mal|"
    r"quise decir|est[aá] mal|pardon|d[ée]sol[ée]e?|correction|je me suis tromp[ée]e?|"
    r"faute de frappe|je voulais dire|c'est faux|entschuldigung|korrektur|vertippt|"
    r"tippfehler|ich meinte|falsch geschrieben|scusa|scusi|scusate|correzione|ho sbagliato|"
    r"refuso|intendevo|desculpa|desculpe|perd[aã]o|corre[cç][aã]o|errei|me enganei|digitei errado|"
    r"quis dizer|escrevi errado|j'ai fait une (?:faute|erreur)|erreur de frappe|richtig ist|"
    r"oeps|foutje|verkeerd getypt|pomyłka|pomylka|poprawka|przepraszam|pomylił\w*|pomylil\w*|"
    r"sorki|ma być|ma byc|"
    # entered it wrong: "lo puse mal", "je l'ai mal tapé", "falsch eingegeben", "źle wpisałam"
    r"(?:put|entered|typed|wrote|spelt|spelled|got) it (?:in )?wrong|(?:lo )?(?:puse|he puesto) mal|"
    r"(?:coloquei|pus|escrevi|digitei) (?:\w+ )?(?:errado|mal)|(?:je )?l'ai mal (?:tapée?|écrite?|saisie?)|"
    r"mal (?:tapée?|saisie?|orthographiée?)|falsch (?:eingegeben|angegeben|eingetragen|eingetippt)|"
    r"(?:l'ho|ho) (?:scritto|messo|inserito) male|verkeerd (?:ingevuld|ingevoerd|ingetypt)|"
    r"fout (?:ingevuld|ingevoerd|getypt)|źle (?:wpisał\w*|podał\w*|napisał\w*)|"
    # "attention, mon adresse mail est …" (the form's was wrong)
    r"attention,? (?:mon|ma|notre) (?:adresse|mail|e-?mail|num[ée]ro)|"
    # the value named wrong: "Halt, Nummer falsch: 0664 …", "número equivocado, es el …"
    r"wrong number|(?:nummer|adresse|mail) (?:ist )?falsch|falsche (?:nummer|adresse)|"
    r"(?:e-?mail|address|number)(?: \w+){0,4}? (?:is|was) wrong|"
    r"(?:e-?mail|correo|endereço|adresse|mail)(?: \w+){0,4}? (?:está|esta|es|est|ist|è|is|jest) "
    r"(?:errad[oa]|equivocad[oa]|mal|incorrect[oa]?|faux|fausse|falsch|sbagliat[oa]|"
    r"verkeerd|fout|zły|błędny)|"
    r"n[uú]mero (?:equivocado|errado|sbagliato|incorrecto|errato)|mauvais num[ée]ro|"
    r"verkeerde? (?:nummer|adres)|(?:zły|błędny|zly|bledny) (?:numer|adres)|"
    # the address changed: "j'ai changé d'adresse e-mail", "my email has changed"
    r"changed my (?:e-?mail|address)|my (?:e-?mail|address) (?:has )?changed|"
    r"(?:cambi[eé]|he cambiado) (?:de |mi )?(?:correo|e-?mail|direcci[oó]n)|"
    r"mudei (?:de |o (?:meu )?)?(?:e-?mail|endere[cç]o)|j'ai chang[ée] d'(?:adresse|e-?mail)|"
    r"(?:meine|unsere) (?:e-?mail(?:-adresse)?|adresse) hat sich ge[äa]ndert|"
    r"ho cambiato (?:indirizzo|e-?mail|mail)|(?:mijn|ons) e-?mail(?:adres)? is veranderd|"
    r"zmieni(?:łem|łam|liśmy) (?:adres|maila|e-?mail))\b"
)
# A second value given, not a correction: "sorry, and my office line is …".
_ALSO = re.compile(
    r"\b(?:and|also|too|other|another|second|también|tambien|y|et|aussi|und|auch|anche|"
    r"ook|też|tez|e também)\b"
)
# A correction that says the earlier value was wrong, however unlike the new one it is
_NAMED_WRONG = re.compile(
    r"\b(?:wrong number|the right one is|correct one is|(?:me )?equivoqu[eé] de n[uú]mero|"
    r"el (?:correcto|bueno) es|enganei-me no n[uú]mero|(?:o )?correto [ée]|"
    r"(?:la )?bonne (?:adresse |num[ée]ro )?est|richtig ist|quello giusto [èe]|"
    r"(?:de )?juiste is|poprawny (?:numer )?to)"
)
# How far before an address a correction word may stand ("sorry, my email is actually").
_CORRECTION_REACH = 60

Found = tuple[str, int, int, int, str]  # (address, message index, start, end, message text)


def drop_corrected(
    found: list[Found],
    replaced: re.Pattern[str] | None = None,
    similar: Callable[[str, str], bool] | None = None,
) -> list[Found]:
    """Return the addresses found without the ones the customer corrected.

    An address preceded in its message by a correction word replaces the address given
    just before it (in an earlier message or earlier in the same one): only the
    corrected one is kept. A correction with no earlier address corrects nothing; an
    address said again is no correction, and one right after `replaced` words in a
    correction ("sorry, it's new@x.com, not old@x.com") is the wrong one, dropped.
    With `similar`, only an earlier value like the new one is corrected (phones: "sorry,
    also my office number" adds one, "sorry, it's …1075" corrects "…1057").
    """
    dropped: set[str] = set()
    seen: list[str] = []
    for value, _, start, _, text in found:
        earlier = [v for v in seen if v != value and v not in dropped]
        before = lower(text[max(0, start - _CORRECTION_REACH) : start])
        if value not in seen and _CORRECTION.search(before):
            if replaced and replaced.search(before[-25:]):
                dropped.add(value)  # "sorry, it's new@x.com, not old@x.com"
            elif earlier and (
                similar is None
                or (similar(earlier[-1], value) and not _ALSO.search(before))
                or _NAMED_WRONG.search(before)  # "enganei-me no número. O correto é …"
            ):
                dropped.add(earlier[-1])
        seen.append(value)
    return [f for f in found if f[0] not in dropped]


# Someone else's address given beside the customer's own: "cc my colleague Sam:
# sam@…", "mi compañera Ana (ana@…)", "in Kopie meine Kollegin …", in eight languages.
_SOMEONE_ELSE = re.compile(
    r"\b(?:colleague|co-?worker|my (?:boss|manager|assistant|wife|husband|partner)|"
    r"compañer[oa]|colega|mi (?:jef[ea]|socio|socia|mujer|marido)|meu chefe|minha chefe|"
    r"coll[eè]gue|mon (?:chef|associé)|ma (?:cheffe|collègue|associée)|"
    r"kolleg(?:e|in|en)|mein(?:e|en)? (?:chef|chefin|partner|partnerin)|"
    r"collega|il mio capo|la mia capa|mijn baas|kolega|koleżank\w*|kolegi|"
    r"m[oó]j szef|moja szefowa|cc(?!\s+(?:me|myself)\b)|in copy|in copia|en copie|"
    r"en copia|em cópia|in kopie|in de cc|w kopii|"
    # the people who work for the customer: "os arquivos estão com o nosso designer, o Felipe"
    r"designer|diseñador[a]?|graphiste|grafiker(?:in)?|grafic[oa]|ontwerper|grafik|"
    r"accountant|bookkeeper|contador[a]?|contabilista|comptable|buchhalter(?:in)?|"
    r"steuerberater(?:in)?|commercialista|boekhouder|księgow\w*|architect[e]?|"
    r"arquitect[oa]|arquitet[oa]|architekt(?:in)?|architett[oa]|assistente|assistant[e]?)\b"
)
# How far before an address such a mention counts (about a short sentence).
_SOMEONE_ELSE_REACH = 80


def drop_someone_elses(found: list[Found]) -> list[Found]:
    """Return the addresses found without those given as a colleague's or someone else's.

    Only while another address is left: a customer who gives only a colleague's address
    has given the way to reach the lead.
    """
    others = {
        value
        for value, _, start, _, text in found
        if _SOMEONE_ELSE.search(_sentence_before(lower(text), start))
    }
    mine = [f for f in found if f[0] not in others]
    return mine if mine else found


def _sentence_before(low: str, start: int) -> str:
    """Return the words before `start` back to the sentence's start, at most a short sentence."""
    before = low[max(0, start - _SOMEONE_ELSE_REACH) : start]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("! "), before.rfind("? "))
    return before[cut + 1 :]


@cache
def role_locals() -> frozenset[str]:
    """Return the local parts of role addresses (model/data/role_addresses.txt)."""
    text = files("model").joinpath("data/role_addresses.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if (w := line.split("#")[0].strip()))


def is_role_local(local: str) -> bool:
    """Return True when an address's local part names a team inbox (info, sales, hola)."""
    local = local.strip().lower().split("+", 1)[0]
    roles = role_locals()
    return local in roles or local.replace(".", "").replace("_", "").replace("-", "") in roles


_NAME_PARTS = re.compile(r"^([^\W\d_]{2,})[._-]([^\W\d_]{2,})$")


def name_from_email(address: str) -> str | None:
    """Return "Ana Ruiz" for ana.ruiz@acme.es when both parts look like name words, else None.

    The first part must be a known given name and the pair must read as a person's
    name to the gazetteer (no business, role or common word); a team inbox gives none.
    """
    from model.person_names import is_given_name, person_words

    local = address.rpartition("@")[0].split("+", 1)[0]
    m = _NAME_PARTS.match(local.rstrip("0123456789"))  # "mario.rossi77": a year or a count
    if m is None or is_role_local(local):
        return None
    first, last = (part.capitalize() for part in m.groups())
    if not is_given_name(first):
        return None
    name = f"{first} {last}"
    return name if person_words(name) == [first, last] else None


# A domain retyped alone to mend the address before it: "oeps, gmail.com natuurlijk",
# "perdón, es hotmail.com": a correction word and a domain within two letters of the old one
_BARE_DOMAIN = re.compile(r"(?<![@\w.-])((?:[a-z0-9-]+\.)+[a-z]{2,6})\b")
_OOPS = re.compile(r"\b(?:oops|oeps|ups|opa|sorry|pardon|perdón|perdon|desculpa|scusa|sorki)\b")


def respelled_domain(previous: str, text: str) -> str | None:
    """Return `previous` with the domain a later message retypes to mend it, else None."""
    low = lower(text)
    if "." not in low or not (_OOPS.search(low) or _CORRECTION.search(low)):
        return None
    local, _, domain = previous.partition("@")
    for m in _BARE_DOMAIN.finditer(low):
        new = m.group(1)
        if new != domain and OSA.distance(new, domain) <= 2:  # typed, left out, swapped
            return normalize_email(f"{local}@{new}")
    return None
