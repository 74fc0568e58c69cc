"""Tell a person's name from a business, a role or a nickname: given names and business words.

The one test of business words for channel profile names and names read from text alike,
backed by the shipped given-names gazetteer (model/data/given_names.txt).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib.resources import files

from rapidfuzz import fuzz

from model.language import COMMON_WORDS
from model.name_words import (
    DOCTOR_TITLES,
    FAMILY_TITLES,
    HONORIFICS,
    HYPOCORISTICS,
    ORG,
    ORG_STEMS,
    ORG_WORDS,
    PARTICLES,
    STOP,
    WEAK_ORG_WORDS,
)

# Emoji, pictographs and decorative symbols around a profile name (not letters, not
# the separators a shop name would use such as "|", "-", "&" or "@").
_DECORATION = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u2728\u2764*~·•]+"
)


# "Kristof | Van Damme Bouw", "Ana - Ventas": a person, then their firm or team.
_PERSON_THEN_FIRM = re.compile(r"\s+(?:\||-|–|—|@|/)\s+")
# A team after a person's name in a profile ("Andrea RRHH", "Tom Sales"): not a surname.
# Not "Support" ("Meta Support" is a business) nor "Sales" (a surname too).
_TEAM_WORD_LIST = """rrhh hr rh ventas vendas compras marketing admin einkauf vertrieb
    buchhaltung acquisti commerciale amministrazione inkoop verkoop sprzedaż kadry
    recepción recepção réception"""
_TEAM_WORDS = frozenset(_TEAM_WORD_LIST.split())


def profile_name(name: str) -> str | None:
    """Return a channel profile name cleaned of emoji, or None unless it looks like a person.

    "Lucía 🌻" gives "Lucía", "ANNA" gives "Anna" and "Dr. Ana Ruiz" gives "Ana Ruiz";
    "🔥🔥", "Promo", "Tienda Sol", "Büroservice Nord" and "Ana 1990" give None;
    "Kristof | Van Damme Bouw" and "Andrea RRHH" give the person, "Kristof", "Andrea".
    """
    person, *firm = _PERSON_THEN_FIRM.split(name.strip(), maxsplit=1)
    if firm and is_given_name(person.split()[0] if person.split() else ""):
        name = person
    words_in = name.split()
    while len(words_in) > 1 and words_in[-1].casefold() in _TEAM_WORDS:
        words_in.pop()
    name = " ".join(words_in)
    core = _DECORATION.sub(" ", name).strip()
    if any(c.isdigit() for c in name) or not core:
        return None
    person, *firm = _FROM_FIRM.split(core, maxsplit=1)  # "Anna Kowalska z Agencji"
    if firm and is_given_name(person.split()[0]):
        core = person
    words = person_words(core)
    if words is None:
        return _first_person(core)
    core = " ".join(words)
    if len(words) == 1 and core.islower() and not is_given_name(core):
        return None  # a handle ("sunnydays"), not a name
    if core.islower() or core.isupper():
        return " ".join(
            w.lower() if 0 < i < len(words) - 1 and w.lower() in PARTICLES else w.title()
            for i, w in enumerate(words)
        )
    return core


# "Ciara & Sean", "Ola i Kuba": a couple's profile; "Michał z Agencji", "Anna from
# Brightline": a person "from" their firm.
_JOINED = frozenset(["&", "and", "y", "e", "i", "et", "und", "en", "+"])
_FROM_FIRM = re.compile(r"\s+(?:z|from|aus)\s+(?=\S)")


def _first_person(core: str) -> str | None:
    """Return the given name that opens a couple's profile ("Ciara & Sean"), else None.

    A bare business word after a name is the business's own ("Meta Support"): None.
    """
    words = core.split()
    if len(words) < 3 or not is_given_name(words[0]) or is_nickname(words[0]):
        return None
    couple = words[1].lower() in _JOINED and is_given_name(words[2])
    return words[0] if couple else None


def is_nickname(name: str) -> bool:
    """Return True when a cleaned profile name is only a pet or short form ("Pepe", "Kathi").

    English short forms ("Dave", "Mike") are working names, not nicknames (see
    name_words.HYPOCORISTICS).
    """
    return " " not in name and name.lower() in HYPOCORISTICS


def looks_like_person(name: str) -> bool:
    """Return True when a name looks like a person's, not a shop, a role or emoji."""
    return person_words(name) is not None


@cache
def given_names() -> tuple[frozenset[str], frozenset[str]]:
    """Return the given-name gazetteer, as written and without accents; read once.

    The list ships as package data (model/data/given_names.txt, built by
    corpus/make_given_names.py), so it is found in an installed wheel as well.
    """
    text = files("model").joinpath("data/given_names.txt").read_text(encoding="utf-8")
    names = frozenset(text.split())
    return names, frozenset(plain(n) for n in names)


def is_given_name(word: str) -> bool:
    """Return True when `word` is a known given name ("Javi", "zoe", "JEAN-LUC")."""
    low = unicodedata.normalize("NFC", word.lower().replace("’", "'"))
    names, bare_names = given_names()
    if low in names or plain(low) in bare_names:
        return True
    parts = low.split("-")  # "Anna-Lena": each part a given name
    return len(parts) > 1 and all(p in names or plain(p) in bare_names for p in parts)


def plain(word: str) -> str:
    """Return a lower-case word without accents: "Prémios" gives "premios"."""
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(_UNDOTTED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Letters that lose their accent in capitals or have no decomposition: "AYDIN", "WEISS".
_UNDOTTED = str.maketrans({"ı": "i", "ß": "ss", "ł": "l", "ø": "o", "đ": "d"})


_PIECE = re.compile(r"[A-ZÀ-ÖØ-Þ]?[^A-ZÀ-ÖØ-Þ'’-]+|[A-ZÀ-ÖØ-Þ]+(?![^A-ZÀ-ÖØ-Þ'’-])")
# What may come before a capital inside a name: "McDonald", "DeAndre", "LaToya".
_NAME_PREFIXES = frozenset(
    {"mc", "mac", "de", "di", "da", "del", "della", "la", "le", "lo", "van", "von", "fitz", "st"}
)


def _pieces(word: str) -> list[str]:
    """Split a word at hyphens, apostrophes and inner capitals: "WebAgency" -> web, agency."""
    if word.isupper() or word.islower():
        return [p for p in re.split(r"['’-]", word.lower()) if p]
    return [p.lower() for p in _PIECE.findall(word)]


def _camel(word: str) -> bool:
    """Return True for a word with a capital inside that no name would have ("LeadGen")."""
    for part in re.split(r"['’-]", word):
        inner = [i for i, c in enumerate(part) if i and c.isupper()]
        if inner and not part.isupper() and part[: inner[0]].lower() not in _NAME_PREFIXES:
            return True
    return False


# Cached: the same words come back in every conversation, and text candidates are
# checked as well as profile names.
@lru_cache(maxsize=16384)
def org_word(word: str, known: bool) -> bool:
    """Return True when a word is, or contains, a business, role or promotion word.

    Whole words and their pieces are looked up ("Prémios", "WebAgency"); stems of five
    letters or more are looked for inside the word ("Büroservice", "Gewinnspiel"), but
    not in a known given name ("Markéta"). Short words match exactly, so "Sá" is not
    "SA" and "Bar" inside "Barbara" or "Gen" inside "Genevieve" never count.
    """
    low = word.lower()
    bare = plain(low)
    if low in ORG or low in ORG_WORDS or (len(bare) > 3 and bare in ORG_WORDS):
        return True
    # Pieces of three letters or fewer are often syllables of a name ("Mei-Ling").
    pieces = [plain(p) for p in _pieces(word)]
    if len(pieces) > 1 and any(len(p) > 3 and (p in ORG or p in ORG_WORDS) for p in pieces):
        return True
    if known:
        return False
    joined = fold_letters(word)
    return any(stem in joined for stem in ORG_STEMS)


def person_words(name: str) -> list[str] | None:
    """Return the words of a profile name that looks like a person's, else None.

    A leading title is dropped ("Sra. Ruiz" -> "Ruiz"); a doctor's title must be
    followed by a known given name, since "Dr. Smile" is usually a clinic. A business,
    role or promotion word anywhere rejects the name. Then either the first word is a
    known given name (up to four name words, with particles such as "de la" between
    them, in any case: "JOSE LUIS", "Jean DUPONT"), or the name has one to three words,
    each capitalised or all lower case, none of them a common word, a direction or a
    place word ("Nguyen Van An", "giulia").
    """
    parts = name.split()
    if not parts:
        return None
    title = parts[0].rstrip(".").lower()
    # a family title before a given name is one too: "Oma Joke", "Nonna Pina"
    family = title in FAMILY_TITLES and len(parts) > 1 and is_given_name(parts[1])
    if title in DOCTOR_TITLES or family or (title in HONORIFICS and not is_given_name(title)):
        if len(parts) > 1:
            if title in DOCTOR_TITLES and not is_given_name(parts[1]):
                return None
            parts = parts[1:]
        else:
            return None  # "Doctor", "Madame" ("Don" is also a name, and kept)
    words = [p.rstrip(".") for p in parts]
    if len(words) > 6 or not any(len(w) >= 2 for w in words):
        return None
    if any(not w or not all(c.isalpha() or c in "'’-" for c in w) for w in words):
        return None
    if not is_person_name(" ".join(words)):
        return None
    known = [is_given_name(w) for w in words]
    last = len(words) - 1
    particle = [0 < i < last and w.lower() in PARTICLES for i, w in enumerate(words)]
    if known[0]:
        if len(words) - sum(particle) > 4:
            return None
        for i in range(1, len(words)):
            low = words[i].lower()
            if particle[i] or known[i]:
                continue
            if low in STOP or low in COMMON_WORDS or _camel(words[i]):
                return None
        return parts
    if len(words) > 3:
        return None
    for i, word in enumerate(words):
        low = word.lower()
        if len(word) > 3 and word.isupper():
            return None
        if particle[i] or known[i]:
            continue
        if low in STOP or low in COMMON_WORDS or _camel(word):
            return None
        if not (word[0].isupper() or word.islower()):
            return None
    return parts


def fold_letters(text: str) -> str:
    """Return `text` lower-cased without accents or non-letters, for fuzzy comparison."""
    return "".join(c for c in plain(text) if c.isalpha())


def matches_email(name: str, emails: list[str]) -> bool:
    """Return True when some email's local part fuzzily spells out `name`."""
    folded = fold_letters(name)
    if len(folded) < 3:
        return False
    for email in emails:
        local = fold_letters(email.split("@", 1)[0])
        if len(local) >= 3 and fuzz.partial_ratio(folded, local) >= 85:
            return True
    return False


@lru_cache(maxsize=16384)
def is_person_name(name: str) -> bool:
    """Return False when a name holds a business, job or role word; cached by name.

    The one test of business words for profile names (`person_words`) and names read
    from text alike: "Asesora Financiera", "Investmentberaterin", "Llama al Fijo".
    """
    words = [w.rstrip(".") for w in name.split()]
    known = [is_given_name(w) for w in words]
    if any(org_word(w, k) for w, k in zip(words, known, strict=True)):
        return False
    # "Casa Bella", "Nord": a place word counts only when no given name opens the name.
    return known[0] or not any(plain(w) in WEAK_ORG_WORDS for w in words)


_FROM_PARTICLES = frozenset({"de", "di", "von"})


_FROM_WORD = re.compile(r"[ \t]+(?:de|di|da|du|von|van|z)[ \t]+", re.IGNORECASE)


def before_company(text: str, got: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """Return a name read from `text` cut before "di", "de", "von" … when a business follows.

    "sono Paolo di Edilizia Ferri", "aquí Laura Méndez de Reformas Sur", "ik ben Emma van
    TalentLink": the whole is no person's name (a business word, or a brand's inner
    capital after the particle), the words before it are (a known given name first).
    """
    if got is None:
        return got
    cut = _FROM_WORD.search(text, got[1], got[2])
    # "Emma van TalentLink": a brand's inner capital after the particle is a business too
    branded = cut is not None and any(_camel(w) for w in text[cut.end() : got[2]].split())
    if is_person_name(got[0]) and not branded:
        return got
    n = len(text[got[1] : cut.start()].split()) if cut else 0
    head = " ".join(got[0].split()[:n])
    if n and is_given_name(head.split()[0]) and is_person_name(head):
        return head, got[1], cut.start()
    return got


def particle_start(words: list[tuple[str, int, int]]) -> int | None:
    """Return where the last particle group of a read name starts, if it has one."""
    for i in range(len(words) - 1, 0, -1):
        if words[i][0].lower() in PARTICLES and words[i - 1][0].lower() not in PARTICLES:
            return i
    return None


def strip_company(name: str, emails: list[str]) -> str:
    """Return `name` without a trailing "de <Company>" that matches an email's domain.

    "Ana de Textilsur" with ana@textilsur.es is Ana from Textilsur, while "Pedro da
    Silva" with pedro@gmail.com keeps its surname.
    """
    parts = name.split()
    for i in range(len(parts) - 1, 0, -1):
        if parts[i].lower() in PARTICLES and parts[i - 1].lower() not in PARTICLES:
            # Only a bare "de X" / "di X" / "von X": "de la Fuente", "da Silva" and
            # "della Rovere" are surnames even when they are also a domain.
            if parts[i].lower() not in _FROM_PARTICLES or i + 2 != len(parts):
                break
            tail = fold_letters(parts[i + 1])
            if len(tail) >= 3 and any(
                fuzz.partial_ratio(tail, fold_letters(e.split("@", 1)[1].rsplit(".", 1)[0])) >= 90
                for e in emails
            ):
                return " ".join(parts[:i])
            break
    return name
