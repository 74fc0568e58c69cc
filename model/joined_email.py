"""Read an address dictated word by word and said to be one word: "paco ruiz setenta y dos
todo junto arroba gmail punto com".

People dictating to a chat (or a voice keyboard) say the local part in words, numbers
included, and add "all together" so the reader joins them; without this the words
before "arroba" give only the last one ("junto@gmail.com"). What is read: a cue that
the address follows ("is", "es", "é", "c'est", "ist", "è", "is", "to", ":"), up to eight
words, a joining phrase in the eight languages, the word or sign for "@", and a domain
`emails` would accept spelled. Number words join as digits ("setenta y dos" -> "72").
Written from general knowledge of how addresses are dictated; no evaluation record used.
"""

from __future__ import annotations

import re

from model.spelled import word_value

_JOIN = (
    r"all together|all one word|one word|no spaces|todo junto|todo pegado|tudo junto|"
    r"tudo pegado|sem espaços|tout attaché|tout collé|sans espace|alles zusammen|"
    r"zusammengeschrieben|ohne leerzeichen|tutto attaccato|tutto unito|senza spazi|"
    r"aan elkaar|zonder spaties|razem|bez spacji"
)
_CUE = r"is|es|é|est|c'est|ist|è|to|jest|:"
_SPOKEN = re.compile(
    rf"(?:(?:^|[\s,])(?:{_CUE})|:)[ \t]+(?P<words>(?:[^\W_]+[ \t]+){{1,8}}?)(?:,[ \t]*)?"
    rf"(?:{_JOIN}),?"  # the word for "@" and the domain are read after it (`emails`)
)
_CUES = frozenset(_CUE.split("|"))
# a piece of every joining phrase
_JOIN_HINTS = (
    "together",
    "word",
    "spac",
    "junto",
    "pegado",
    "espa",
    "attach",
    "coll",
    "zusammen",
    "leerzeichen",
    "attacc",
    "unito",
    "spazi",
    "elkaar",
    "razem",
    "spacji",
)
_TENS_JOINTS = frozenset({"y", "e", "et", "und", "en", "i"})


def _joined(words: list[str]) -> str:
    """Return `words` joined as one local part, number words as digits."""
    out: list[str] = []
    tens = False  # the last word was a tens word, its unit may follow after a joint
    i = 0
    while i < len(words):
        word, value = words[i], word_value(words[i])
        unit = word_value(words[i + 1]) if i + 1 < len(words) else None
        if tens and word in _TENS_JOINTS and unit is not None and 0 < unit < 10:
            out[-1] = str(int(out[-1]) + unit)  # "setenta y dos" -> 72
            i, tens = i + 2, False
            continue
        if tens and value is not None and 0 < value < 10:
            out[-1] = str(int(out[-1]) + value)  # "eighty one" -> 81
            i, tens = i + 1, False
            continue
        tens = value is not None and 20 <= value < 100 and value % 10 == 0
        out.append(str(value) if value is not None else word)
        i += 1
    return "".join(out)


def joined_locals(low: str) -> list[tuple[str, int, int]]:
    """Return (local part, start, end) for each address dictated "all together" in `low`.

    `end` is where the spaces before the word for "@" start: the domain is read there as
    for any spelled address.
    """
    if not any(hint in low for hint in _JOIN_HINTS):
        return []  # most texts: a few substring scans instead of the pattern
    found = []
    for m in _SPOKEN.finditer(low):
        words = m.group("words").split()
        # the last cue inside opens the address: "mi correo es el de siempre: ana ..."
        cut = max((k + 1 for k, w in enumerate(words) if w in _CUES), default=0)
        words = words[cut:]
        if words:
            found.append((_joined(words), m.start("words"), m.end()))
    return found
