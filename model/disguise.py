"""Tell a message whose words hide letters of another alphabet ("мaлο", with a Latin a),
or are spelled in styled copies of the Latin letters ("𝓬𝓵𝓲𝓬𝓴 𝓱𝓮𝓻𝓮").

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

from model.concepts import has_link

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


# Words spelled in styled letters ("𝓬𝓵𝓲𝓬𝓴 𝓱𝓮𝓻𝓮", "𝐅𝐑𝐄𝐄", "ｆｒｅｅ", "Ⓦⓘⓝ"): Unicode's
# mathematical, full-width and circled copies of the Latin letters, which a keyword
# filter does not read as letters either. A keyboard types none of them; they are
# pasted from a "fancy text" generator. Customers paste them too ("𝓘 𝔀𝓪𝓷𝓽 𝓬𝓪𝓷𝓬𝓵𝓮 𝓸𝓻𝓭𝓮𝓻" in a
# shop's chatbot log), so styled words file a chat only beside a link, where they hide
# what the link is sold with.
_STYLED_WORD = re.compile(
    "[\U0001d400-\U0001d6a5\uff21-\uff3a\uff41-\uff5a\u24b6-\u24e9\U0001f130-\U0001f189]{2,}"
)


def hides_letters(text: str) -> bool:
    """Return True when at least two words of `text` hide look-alike letters of another
    alphabet, or are spelled in styled copies of the Latin letters beside a link."""
    if text.isascii():
        return False
    if len(_STYLED_WORD.findall(text)) >= MIN_WORDS and has_link(text.lower()):
        return True
    if _GREEK_OR_CYRILLIC.search(text) is None:
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
