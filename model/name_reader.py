"""Read a personal name at a place in chat text, and hold what was found and how sure.

Shared by model.names (introductions, answers) and model.signatures (signed names).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from model.language import COMMON_WORDS
from model.name_tails import STREET_NOUNS, ends_signature
from model.name_words import HONORIFICS, ORG, PARTICLES, STOP
from model.person_names import is_given_name, looks_like_person, particle_start, plain

_TOKEN = re.compile(r"[ \t]*([^\W\d_]+(?:['’\-][^\W\d_]+)*\.?)")
# Titles the word pattern splits: Italian feminine ones, German degrees with their school
_COMPOUND_TITLE = re.compile(
    r"[ \t]*(?:(?:Dott|Avv|Prof|Arch|Geom|Rag|Ing)\.ssa|Dipl\.-[A-Z][a-z]{1,5}\.|Dr\.-Ing\.|"
    r"Prof\.[ \t]*Dr\.|Dr\.[ \t]*med\.|Mag\.(?:a|\[FH\])?|Ing\.)(?:[ \t]*\((?:FH|TU|HTL|Univ\.?)\))?"
    r"(?=[ \t])"
)

STRONG, ANSWER, WEAK, SIGNATURE, PROFILE = 0.9, 0.85, 0.75, 0.7, 0.5
LOWER_WEAK = 0.6


@dataclass(slots=True)
class NameCandidate:
    """Hold one possible customer name with where it was found and how sure we are."""

    value: str
    confidence: float
    message: int
    start: int
    end: int


def _is_capitalised(word: str, first: bool = False) -> bool:
    """Return True for a word written like a name (first letter upper, not all upper).

    "d'Ávila" and "dell'Acqua" count: the elided particle is lower case by custom.
    """
    if not word[0].isupper():
        if first:
            return False  # "Sono l'Amministratore": a name does not start elided
        cut = max(word.find("'"), word.find("’"))
        return 0 < cut < len(word) - 1 and word[:cut].islower() and word[cut + 1].isupper()
    return len(word) <= 3 or not word.isupper()


# Particles that also mean "and" ("Silva e Sousa" is one surname, "Ana e Rui" two people).
_AND = frozenset({"e", "y"})
# Particles that are articles: a surname of their own only when written with a capital.
_ARTICLES = frozenset({"la", "las", "los", "le", "el", "lo", "der", "den", "das"})
_OF = frozenset({"de", "di", "da", "do", "du", "dal", "van", "von"})
# A company's legal form written with dots, which the word pattern reads as initials
_FIRM_SUFFIX = re.compile(
    r"[ \t]*(?:B\.[ \t]?V\.|N\.[ \t]?V\.|S\.[ \t]?A\.|S\.[ \t]?L\.|S\.p\.A\.|S\.r\.l\.|"
    r"S\.A\.S\.|Sp\.[ \t]z[ \t]o\.[ \t]?o\.|e\.[ \t]?V\.|L\.t\.d\.)"
)


def _untitled(low: str) -> str:
    """Return a lower-cased word without its final dot or an elided article ("l'avv.")."""
    return low.rstrip(".").removeprefix("l'").removeprefix("l’")


def read_name(
    text: str, pos: int, allow_lower: bool, whole: bool = False, initial: bool = False
) -> tuple[str, int, int] | None:
    """Read a personal name starting at `pos`; return (name, start, end) or None.

    Reads capitalised words (lower-case ones too with `allow_lower`), keeps particles
    such as "de la" only between two name words, and stops at punctuation, a line
    break or any common word, so "María José de la Fuente de la empresa X" gives
    "María José de la Fuente". With `whole`, the name must fill the rest of the line;
    with `initial`, it may open with an initial ("S. Krüger", as signed under "Gruß").
    """
    words: list[tuple[str, int, int]] = []
    pending: list[tuple[str, int, int]] = []
    lowered = None
    while len(words) < 5:
        if not words and (title := _COMPOUND_TITLE.match(text, pos)):
            pos = title.end()  # "Dott.ssa Elena Ferraris", "Dipl.-Ing. (FH) Thomas Berger"
        elif words and _FIRM_SUFFIX.match(text, pos):
            return None  # "op naam van Brightfield B.V.": a company, its initials no name
        m = _TOKEN.match(text, pos)
        if not m:
            break
        word, start, end = m.group(1), m.start(1), m.end(1)
        stop_after = False
        if word.endswith("."):
            if len(word) == 2 and words and (word[0].isupper() or lowered):
                pass  # a middle initial: "Chise T. Horiguchi"
            elif initial and len(word) == 2 and not words and word[0].isupper():
                pass  # an initial first: "S. Krüger"
            else:
                word, end, stop_after = word[:-1], end - 1, True
        low = word.lower()
        if low.endswith(("'s", "’s")):
            return None  # "I'm Jake's assistant": someone else's name
        # a title, also after an elided article: "sono l'Avv. Paola Conti"
        if not words and (low in HONORIFICS or _untitled(low) in HONORIFICS):
            pos = end + (1 if stop_after else 0)
            continue
        if words and low in PARTICLES and not stop_after:
            pending.append((word, start, end))
            pos = end
            continue
        if low in ORG:
            if words and not pending:
                cut = particle_start(words)
                if cut is None:
                    return None  # "this is Acme Corp": a business, not a person
                del words[cut:]  # "Carlos de Hierros SA": the company follows "de"
            break
        if low in STOP or (word.islower() and low in COMMON_WORDS):
            break
        if words and low.rstrip(".") in STREET_NOUNS:
            words.pop()  # "auf den Namen Becker Venloer Straße": the street's first word
            break
        if _is_capitalised(word, first=not words):
            if lowered is True:
                break
            # "Chiara Moretti e Tommaso Galli": "and" before another given name, two people
            if pending and pending[-1][0] in _AND and is_given_name(word):
                break
            lowered = False
        elif allow_lower and (word.islower() or word.isupper()) and lowered is not False:
            # lower case shows no capital "La" surname: an article after the name without
            # "de" starts the next clause ("… ortiz la direccion es", "… y la calle")
            if (
                pending
                and pending[-1][0].lower() in _ARTICLES
                and not any(w.lower() in _OF for w, _, _ in pending[:-1])
            ):
                break
            lowered = True  # "maria lopez" or "MARIA LOPEZ" after a strong cue
        else:
            break
        words.extend(pending)
        pending.clear()
        words.append((word, start, end))
        pos = end
        if stop_after:
            break
    if not words:
        return None
    start, end = words[0][1], words[-1][2]
    # a signed name may be followed by its owner's title, numbers or address only
    if whole and not ends_signature(text[end:].split("\n", 1)[0]):
        return None
    parts = [w for w, _, _ in words]
    if lowered:
        parts = [
            p.lower() if p.lower() in PARTICLES else p[:1].upper() + p[1:].lower() for p in parts
        ]
    if len(parts) == 1 and len(parts[0]) < 2:
        return None
    return " ".join(parts), start, end


def full_name_after(given: str, texts: Sequence[str]) -> str | None:
    """Return the full name a customer wrote after the given name their profile shows
    ("Camille" and "oui stp, Camille Robert."), or None.

    The profile vouches for the given name, so the capitalised words read after it in
    the customer's own text (`read_name`: no common word, no business word), if the
    whole still looks like a person's name, are taken as the rest of the name.
    """
    pattern = re.compile(rf"(?<!\w){re.escape(given)}(?=\s+[^\W\d_])")
    for text in texts:
        for m in pattern.finditer(text):
            got = read_name(text, m.start(), allow_lower=False)
            if got and got[0].startswith(given + " ") and looks_like_person(got[0]):
                return got[0]  # not "Emma van TalentLink Recruitment": a firm after "van"
    return None


_INITIAL = re.compile(r"([^\W\d_])\.?")


def complete_profile(profile: str, texts: Sequence[str], raw: str = "") -> str | None:
    """Return the full name a customer wrote that completes a partial profile name, or None.

    A given name alone is completed by the words after it ("Camille" and "oui stp,
    Camille Robert": `full_name_after`); a surname alone, or an initial and a surname
    ("Ndiaye" from "Mme Ndiaye", "K. Weber"), by a given name written just before
    the surname ("c'est pour Aminata Ndiaye", "Klaus Weber, Tel. …"), whose first letter
    is the initial's. `raw` is the profile as the channel gave it (its title).
    """
    words = profile.split()
    raw_words = raw.split()
    titled = bool(raw_words) and raw_words[0].casefold().rstrip(".") in HONORIFICS
    if len(words) == 1:
        given = is_given_name(profile)
        if given and (full := full_name_after(profile, texts)):
            return full  # "Dona Lúcia" … "Lúcia Ferraz"
        # "Mme Diallo": a surname after a title, whatever the gazetteer says of it
        return _given_before(profile, texts, None) if titled or not given else None
    initial = _INITIAL.fullmatch(words[0])
    if len(words) == 2 and initial:
        return _given_before(words[1], texts, initial.group(1))
    last = _INITIAL.fullmatch(words[-1])
    if len(words) == 2 and last and is_given_name(words[0]):  # "Dawn M" … "Dawn Mitchell"
        full = full_name_after(words[0], texts)
        if full and full.split()[-1][0].casefold() == last.group(1).casefold():
            return full
    return None


def _given_before(surname: str, texts: Sequence[str], initial: str | None) -> str | None:
    """Return "Given Surname" for a given name written before `surname`, or None."""
    pattern = re.compile(rf"(?<![\w.])([^\W\d_][^\W\d_'’-]+)[ \t]+{re.escape(surname)}(?!\w)")
    for text in texts:
        for m in pattern.finditer(text):
            given = m.group(1)
            # the profile vouches for the surname: a given name the list lacks will do
            # ("Aminata"), but no common word or title ("pour Madame Ndiaye")
            known = is_given_name(given) or (
                given.casefold() not in COMMON_WORDS and given.casefold() not in HONORIFICS
            )
            if (
                given[0].isupper()
                and known
                and (initial is None or given[0].casefold() == initial.casefold())
                and looks_like_person(f"{given} {surname}")
            ):
                return f"{given} {surname}"
    return None


def given_first(name: str, profile: str) -> str | None:
    """Return `name` turned given name first when the profile shows its second word as the
    given name ("Girard Nathalie" under "Nathalie G."), else None."""
    words, shown = name.split(), profile.split()
    if len(words) != 2 or not shown or words[1].casefold() != shown[0].casefold():
        return None
    # the profile shows a given name first, the chat a surname first ("Lefèvre C." under
    # "Claire Lefèvre" is the profile turned, not the chat)
    if not is_given_name(shown[0]) or is_given_name(words[0]):
        return None
    initial = _INITIAL.fullmatch(shown[-1]) if len(shown) == 2 else None
    if initial and words[0][0].casefold() != initial.group(1).casefold():
        return None
    return f"{words[1]} {words[0]}"


def adds_surname(stated: str, profile: str) -> bool:
    """Return True when the customer stated only a surname ("a nome Bianchi", "Name
    Baumann") and the profile or form holds only a given name ("Marta"): one person,
    the profile's given name and the stated surname."""
    return (
        " " not in stated
        and stated.casefold() != profile.casefold()
        and all(is_given_name(w) for w in profile.split())  # "Anna Maria" … "a nome Gallo"
        and not is_given_name(stated)
    )


def spells_initial(stated: str, profile: str) -> str | None:
    """Return the profile's given name and the stated surname when the customer stated only
    a surname that the profile's initial begins ("Rochat" under "Nathalie R.")."""
    words = profile.split()
    if len(words) != 2 or " " in stated or len(words[1].rstrip(".")) != 1:
        return None
    if not is_given_name(words[0]) or is_given_name(stated):
        return None
    return f"{words[0]} {stated}" if stated[0].casefold() == words[1][0].casefold() else None


def respelled(stated: str, profile: str) -> str | None:
    """Return `stated` with the profile's spelling of its given name when the customer typed
    it without the accents the profile or form has ("Pawel Kowalczyk" under "Paweł")."""
    said, shown = stated.split(), profile.split()
    if len(said) < 2 or len(shown) != 1 or said[0] == shown[0]:
        return None
    if plain(said[0]) != plain(shown[0]):
        return None
    return " ".join([shown[0], *said[1:]])


def profile_turned(stated: str, profile: str) -> str | None:
    """Return the profile's name given name first when the profile shows the surname first
    and the customer stated that surname ("au nom de Lemaire" under "Lemaire Philippe")."""
    shown = profile.split()
    if len(shown) != 2 or stated.casefold() != shown[0].casefold():
        return None
    if not is_given_name(shown[1]) or is_given_name(shown[0]):
        return None
    return f"{shown[1]} {shown[0]}"
