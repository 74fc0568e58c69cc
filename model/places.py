"""Find the countries a customer names: a country, a demonym, a region or a larger city.

A place the customer names ("we're in Lisbon", "desde Madrid", "w Krakowie") says in
which country their national phone numbers are read when the channel gives no sender
number (the order of precedence is in `model.extract`). The names ship as package data,
`model/data/places.tsv` (about 90 countries in eight languages, their larger cities and
regions, Polish inflected forms; provenance in `model/DATA_CARD.md`), read once, on
first use. A text is looked up word by word: one set test per word, and a dictionary
lookup of one to five words only at a word that starts some name.

A name two countries share (Valencia, Córdoba, London, Paris) never sets a country by
itself: naming the country does. Nor does a place right after a word meaning "to"
("shipping to Madrid", "nach Wien", "do Krakowa"): that is where goods or a trip go,
not where the customer is. A city that is also a common surname where another
country's numbers look the same ("Ana Lima") counts only after "in" or "from".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from phonenumbers import SUPPORTED_REGIONS

_WORD = re.compile(r"[^\W\d_]+")
# Letters without a decomposition into a base letter and an accent.
_UNACCENTED = str.maketrans({"ł": "l", "ß": "ss", "ı": "i", "ø": "o", "đ": "d", "æ": "ae"})
# Words meaning "to" before a place: the place is a destination. Per language where the
# word also means "in" or "the" elsewhere (Italian "a Milano" is in Milan). Compared
# with the folded word before a place, so written here as `fold` gives them.
_DESTINATION = frozenset(
    {"to", "into", "towards", "toward", "hacia", "hasta", "para", "pra", "ate", "nach", "naar"}
    | {"vers", "verso"}
)
_DESTINATION_IN: dict[str, frozenset[str]] = {
    "es": frozenset(("a", "al")),
    "pt": frozenset(("a", "ao", "aos", "as")),
    "pl": frozenset(("do",)),
    "it": frozenset(("per",)),
}
# Words meaning "in" or "from" that leave no doubt ("de" and "da" also join surnames).
_LOCATION = frozenset(
    {"in", "from", "at", "en", "desde", "em", "aus", "uit", "te", "w", "we", "z", "ze"}
)


@dataclass(frozen=True)
class _Name:
    """One place name: its region (None when two regions share it) and required case."""

    region: str | None
    case: str = ""  # "" any case; "title": capitalised; "upper": in capitals
    demonym: bool = False  # "brasileira", "Swiss": also said of goods and food
    located: bool = False  # counts only after "in" or "from": also a common surname


@dataclass(frozen=True)
class _Table:
    """The place names, indexed for a word-by-word lookup."""

    names: dict[str, _Name]  # folded words joined by one space -> name
    first_words: frozenset[str]
    # The longest word of each name, folded and as spelt in the file: a text with none
    # of them names no place ("Den Haag" has "haag", not the everyday "den").
    telling_words: frozenset[str]
    longest: int  # words in the longest name


@lru_cache(maxsize=8192)
def fold(word: str) -> str:
    """Return a word lower-cased and without accents: "Kraków" gives "krakow"."""
    low = word.lower().translate(_UNACCENTED)
    if low.isascii():
        return low
    decomposed = unicodedata.normalize("NFKD", low)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _key(name: str) -> str:
    """Return the lookup key of a name as written in the data file."""
    return " ".join(fold(w) for w in _WORD.findall(name))


def _case_of(name: str) -> str:
    """Return the case a "="-marked name must be written in."""
    letters = "".join(_WORD.findall(name))
    return "upper" if letters.isupper() and len(letters) > 1 else "title"


def _merge(old: _Name | None, new: _Name) -> _Name:
    """Return the entry for a key listed twice: two regions make it ambiguous."""
    if old is None:
        return new
    region = old.region if old.region == new.region else None
    return _Name(
        region,
        max(old.case, new.case, key=len),
        old.demonym and new.demonym,
        old.located or new.located,
    )


def _telling(key: str, name: str) -> set[str]:
    """Return the longest word of a name, folded and as spelt (lower case)."""
    folded, spelt = key.split(" "), _WORD.findall(name.lower())
    at = max(range(len(folded)), key=lambda j: (len(folded[j]), j))
    # "İzmir" lower-cases to two words: the folded form alone then.
    return {folded[at], spelt[at]} if len(spelt) == len(folded) else {folded[at]}


@cache
def table() -> _Table:
    """Return the place table read from model/data/places.tsv (once per process)."""
    text = files("model").joinpath("data/places.tsv").read_text(encoding="utf-8")
    names: dict[str, _Name] = {}
    ambiguous: set[str] = set()
    telling: set[str] = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        region, kind, listed = line.split("\t")
        for raw in listed.split("|"):
            case = _case_of(raw[1:]) if raw.startswith("=") else ""
            key = _key(raw.lstrip("="))
            if not key:
                continue
            if kind != "ambiguous":  # those never name a region
                telling.update(_telling(key, raw.lstrip("=")))
            if kind == "ambiguous":
                ambiguous.add(key)
            entry = _Name(region, case, kind == "demonym", kind == "located")
            names[key] = _merge(names.get(key), entry)
    for key in ambiguous:
        names[key] = _Name(None)
    return _Table(
        names,
        frozenset(key.split(" ", 1)[0] for key in names),
        frozenset(telling),
        max(key.count(" ") + 1 for key in names),
    )


def _written_as(word: str, case: str) -> bool:
    """Return True when `word` is written in the case a name requires."""
    if case == "upper":
        return word.isupper()
    if case == "title":
        return word[:1].isupper() and not (len(word) > 1 and word.isupper())
    return True


def named_regions(text: str, language: str = "", demonyms: bool = True) -> tuple[str, ...]:
    """Return the regions of the places named in `text`, in the order first named.

    Each word that starts a name is tried with the longest name first ("Porto
    Alegre" before "Porto"); a name two countries share and a destination ("to
    Madrid") name none. Without `demonyms`, only names of places count ("Lisboa",
    not "brasileira").
    """
    data = table()
    # Most texts name no place: one set test over their lower-case words says so.
    if data.telling_words.isdisjoint(_WORD.findall(text.lower())):
        return ()
    words = _WORD.findall(text)
    folded = [fold(w) for w in words]
    destination = _DESTINATION | _DESTINATION_IN.get(language, frozenset())
    regions: list[str] = []
    i = 0
    while i < len(folded):
        if folded[i] not in data.first_words:
            i += 1
            continue
        for size in range(min(data.longest, len(folded) - i), 0, -1):
            name = data.names.get(" ".join(folded[i : i + size]))
            if name is not None:
                break
        else:
            i += 1
            continue
        if (
            name.region is not None
            and (demonyms or not name.demonym)
            and _written_as(words[i], name.case)
            and (i == 0 or folded[i - 1] not in destination)
            and (not name.located or (i > 0 and folded[i - 1] in _LOCATION))
            and name.region not in regions
        ):
            regions.append(name.region)
        i += size
    return tuple(regions)


_COUNTRY_DOMAIN = re.compile(r"@[\w.-]+\.([a-z]{2})\b(?![.@-])")
# two-letter domains sold to anyone ("rankrise.co", "app.io"): they place nobody
_OPEN_DOMAINS = frozenset(
    ("co", "io", "ai", "me", "tv", "cc", "ly", "to", "fm", "gg", "ws", "la", "nu", "tk", "eu", "is")
)


def domain_regions(text: str) -> tuple[str, ...]:
    """Return the regions of the country domains of the email addresses in `text`."""
    if "@" not in text:
        return ()
    found: list[str] = []
    for m in _COUNTRY_DOMAIN.finditer(text.lower()):
        code = m.group(1)
        region = "GB" if code == "uk" else code.upper()
        if code not in _OPEN_DOMAINS and region not in found and region in SUPPORTED_REGIONS:
            found.append(region)
    return tuple(found)
