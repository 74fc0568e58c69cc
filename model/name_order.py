"""Read a name given family name first: "Smith, John", "DUPUIS Marc", "Dupuis, Marc Dupuis".

Forms and paperwork list the family name first, after a comma in English and German
("Müller, Hans"), in capitals in French ("DUPUIS Marc"); customers answer an agent's
"your name?" the same way. Read as written, "Smith, John" gave "Smith" and the others
nothing. Only a whole reply is read so, and only when the word after the comma (or
after the capitals) is a known given name. After a comma the family name may be a
given name too ("Taylor, Emma", "Thomas, John"): the comma says the order, and read as
written the reply gave the family name alone as the person's name. In capitals it may
not: "MARIE Anne" is as likely a first name shouted.
"""

from __future__ import annotations

import re

from model.language import COMMON_WORDS
from model.name_words import ORG, STOP
from model.person_names import is_given_name

_WORD = r"[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*"
# "Smith, John", "García López, Ana", "Dupuis, Marc Dupuis"
_COMMA = re.compile(
    rf"[ \t]*(?P<family>{_WORD}(?:[ \t]+{_WORD})?)[ \t]*,[ \t]*"
    rf"(?P<given>{_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]*[.!]?[ \t]*"
)
# "DUPUIS Marc", "GARCÍA LÓPEZ Ana"
_CAPITALS = re.compile(
    r"[ \t]*(?P<family>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+)?)"
    r"[ \t]+(?P<given>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+)[ \t]*[.!]?[ \t]*"
)


def _family_word(word: str, given_too: bool = False) -> bool:
    """Return True when `word` can be a family name (`given_too`: even a given name)."""
    low = word.lower()
    return (
        (given_too or not is_given_name(word))
        and low not in STOP
        and low not in COMMON_WORDS
        and low not in ORG
        and word[0].isupper()
    )


def family_first(text: str, start: int = 0) -> tuple[str, int, int] | None:
    """Return (name given first, start, end) when `text[start:]` is a name family-first.

    The given names go before the family name ("Smith, John" gives "John Smith",
    "DUPUIS Marc" "Marc Dupuis"); a full name repeated after the comma is taken as
    written ("Dupuis, Marc Dupuis" gives "Marc Dupuis").
    """
    for pattern in (_COMMA, _CAPITALS):
        m = pattern.fullmatch(text, start)
        if m is None:
            continue
        family, given = m.group("family").split(), m.group("given").split()
        comma = pattern is _COMMA
        if not is_given_name(given[0]) or not all(_family_word(w, comma) for w in family):
            continue
        if not all(w[0].isupper() for w in given):
            continue
        if all(w in given for w in family):  # the full name again after the comma
            return " ".join(given), m.start("given"), m.end("given")
        surname = " ".join(w.title() if w.isupper() else w for w in family)
        return f"{' '.join(given)} {surname}", m.start("family"), m.end("given")
    return None
