"""Tell a message whose words hide letters of another alphabet ("мaлο", with a Latin a).

A filter-dodging trick of spam in every medium: a word written in one alphabet gets
look-alike letters from another (Latin "a", "o", "c", "p" or Greek "α", "ο" inside a
Cyrillic word; Cyrillic "а", "о" inside a Latin one, as in a phishing "PаyPal"), so a
keyword filter no longer matches while a reader sees nothing odd. Nobody typing to a
business does that: a Russian customer who writes "iPhone" writes the whole word in
Latin letters, and a keyboard switched by mistake changes every letter after it, not
one letter between two of the other alphabet. Written from general knowledge of the
trick (spam filters have long had rules for mixed-alphabet words); two such words are
required, so one odd word (a pasted name, a typo) never files a chat.
"""

from __future__ import annotations

import re

# Letters of each alphabet that look like a letter of another (the ones the trick uses).
_LATIN_LOOKALIKES = "aceopxykmthbiABCEHKMOPTXY"
_GREEK_LOOKALIKES = "αοερκτινυΑΒΕΗΙΚΜΝΟΡΤΥΧ"
_CYRILLIC_LOOKALIKES = "аеорсухкмтвнАВЕКМНОРСТУХіїјѕԁ"
_CYRILLIC = "\u0400-\u04ff"
_LATIN = "A-Za-z"
# A run of look-alikes between two letters of the alphabet the word is written in.
_HIDDEN = re.compile(
    rf"[{_CYRILLIC}][{_LATIN_LOOKALIKES}{_GREEK_LOOKALIKES}]+(?=[{_CYRILLIC}])"
    rf"|[{_LATIN}][{_CYRILLIC_LOOKALIKES}{_GREEK_LOOKALIKES}]+(?=[{_LATIN}])"
)
MIN_WORDS = 2
# Every disguise holds a Greek or Cyrillic letter: most chats hold none, and this one
# character class is searched ten times faster than the pattern above.
_GREEK_OR_CYRILLIC = re.compile("[\u0370-\u052f]")


def hides_letters(text: str) -> bool:
    """Return True when at least two words of `text` hide look-alike letters of another alphabet."""
    if text.isascii() or _GREEK_OR_CYRILLIC.search(text) is None:
        return False
    words: set[int] = set()
    for m in _HIDDEN.finditer(text):
        start = m.start()
        while start and text[start - 1].isalpha():
            start -= 1
        words.add(start)  # one word may hide several letters: count it once
        if len(words) >= MIN_WORDS:
            return True
    return False
