"""Tell what may follow a signed name on its line: its owner's contact details, a title, an address.

"Kind regards, Jane Doe, 07700 900123", "Priya Shah, Operations Manager", "Cumprimentos,
Inês Carvalho 912 604 338", "Marek Zielinski, ul. Polna 54": the name is the signer's
only when nothing else follows it. Used by model.names for signatures and closings.
"""

from __future__ import annotations

import re

from model.name_cues import PHONE_LABELS

# Its owner's phone numbers and emails, after a joint, or a number after a space.
_CONTACT_ITEM = (
    rf"(?:(?:{PHONE_LABELS})[.:]?[ \t]*)?(?:\+?[\d(][\d \t().\-/]{{5,}}\d|[^\s@,;]+@[^\s@,;]+\.\w+)"
)
_NUMBER_AFTER_SPACE = r"[ \t]+(?=[+(]?\d[\d \t().\-/]{5,}\d[ \t.]*(?:$|[,;|/–—-]))"
_CONTACT_TAIL = (
    rf"(?:[ \t]*[,;|/–—-][ \t]*|{_NUMBER_AFTER_SPACE}){_CONTACT_ITEM}"
    rf"(?:[ \t]*[,;|/–—-]?[ \t]*{_CONTACT_ITEM})*[ \t.]*"
)
# A title or department: "Priya Shah, Operations Manager", "Jonas Weber, Einkauf", "Ana
# Ruiz | Head of Finance | Acme Iberia" (one or two parts of up to four words, no digits;
# contact details may follow).
_TITLE_TAIL = (
    rf"(?:[ \t]*[,|–—-][ \t]*[^\W\d_][^\W\d_&'’.-]*(?:[ \t]+[^\W\d_&][^\W\d_&'’.-]*){{0,3}}){{1,2}}"
    rf"(?:{_CONTACT_TAIL})?[ \t.]*"
)
# A street address, which people give with their name for a visit or a delivery: a
# street word first ("calle", "rua", "ul.", "via") or a German or Dutch street name
# ("Hauptstraße 5", "Dorpsstraat 12"), in the eight languages; to the end of the line.
_STREET = (
    r"(?:calle|c/|avda\.?|avenida|av\.|paseo|plaza|rua|r\.|travessa|largo|praça|rue|avenue|"
    r"bd|boulevard|chemin|impasse|allée|via|viale|piazza|corso|vicolo|ul\.|ulica|al\.|"
    r"aleja|os\.|osiedle|pl\.|"
    # or the neighbourhood: "Zona Monteverde", "Bairro Savassi", "Colonia Roma"
    r"zona|barrio|bairro|quartier|quartiere|stadtteil|wijk|dzielnica|colonia)"
)
_STREET_SUFFIXES = (
    "straße strasse str weg gasse platz allee ring damm straat laan gracht plein kade steeg dreef"
)
# "Hauptstr.": the short form with its dot
_SUFFIXES = "|".join(w + r"\." if w == "str" else w for w in _STREET_SUFFIXES.split())
_STREET_NAME = rf"[^\W\d_]+(?:{_SUFFIXES})"
# or the number first: "14 Mill Road", "4 rue des Lilas"
_ROAD = r"(?:road|street|st|avenue|ave|lane|drive|dr|way|close|court|boulevard|blvd|place|crescent)"
# the same nouns written apart from the street's name ("Venloer Straße", "Mill Road"): a
# name reader stops before the street (`model.name_reader`)
STREET_NOUNS = frozenset(
    (*_STREET_SUFFIXES.split(), "street", "road", "lane", "avenue", "drive", "boulevard")
)
_NUMBER_FIRST = rf"\d{{1,4}}[a-z]?,?[ \t]+(?:{_STREET}[ \t]|(?:[^\W\d_]+[ \t]+){{1,3}}{_ROAD}\b)"
_ADDRESS_TAIL = (
    rf"[ \t]*[,;|/–—-]?[ \t]*(?:{_STREET}[ \t]*[^\W\d_]|{_STREET_NAME}[ \t]+\d|{_NUMBER_FIRST})"
    r"[^\n]{0,80}"
)
# kisses after a signed first name: "Thanks, Laura x"
_KISSES = r"[ \t]+x{1,3}[ \t!.]*"
_TAIL = re.compile(rf"{_CONTACT_TAIL}|{_TITLE_TAIL}|{_ADDRESS_TAIL}|{_KISSES}", re.IGNORECASE)


_STREET_WORD = re.compile(rf"{_STREET}|{_STREET_NAME}", re.IGNORECASE)


def is_street_word(word: str) -> bool:
    """Return True when `word` opens or names a street ("Calle", "Rua", "Hauptstraße")."""
    return _STREET_WORD.fullmatch(word) is not None


def ends_signature(rest: str) -> bool:
    """Return True when `rest`, what follows a name on its line, leaves it the signer's."""
    return not rest.strip(" \t.,!") or _TAIL.fullmatch(rest) is not None
