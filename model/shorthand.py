"""Spell out chat shorthand the heads never saw ("a q hora cerrais?", "cmq ke orari avete?").

The heads hash words into columns; a word no training text holds lands on a column
another word trained, and takes its weight: Spanish "q" for "que" read as a refusal.
Only shorthand that no training text of its language holds, and that stands for one
word or phrase only, is spelled out, and only for hashing (the customer's words are
quoted as written). Written from general knowledge of chat in the six trained
languages; no evaluation record was used.
"""

from __future__ import annotations

import re

from model.text import openings

_SHORTHAND: dict[str, dict[str, str]] = {
    "es": {"q": "que", "k": "que", "xq": "porque", "pq": "porque", "tb": "también",
           "tmb": "también", "xfa": "por favor"},
    "pt": {"q": "que", "pq": "porque", "tb": "também", "mt": "muito", "mto": "muito",
           "td": "tudo", "blz": "beleza"},
    "it": {"cmq": "comunque", "ke": "che", "xke": "perché", "xché": "perché",
           "ki": "chi"},
    "fr": {"stp": "s'il te plaît", "pk": "pourquoi", "slt": "salut", "bjr": "bonjour"},
}  # fmt: skip


def _pattern(words: list[str]) -> re.Pattern[str]:
    """Return a whole-word, any-case pattern for `words` (the lookahead skips most word starts)."""
    alternation = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(rf"\b{openings(alternation)}({alternation})\b", re.I)


_PATTERNS = {language: _pattern(list(table)) for language, table in _SHORTHAND.items()}


# A Spanish imperative with its pronouns joined ("resérvamelo", "agendame", "cotízanos")
# is a word no training text holds; the infinitive is one the heads learnt. ("Resérvame"
# and "apúntame" are in the training chats: the heads read those themselves.)
_ES_ENCLITIC = re.compile(
    r"\b(?:(res[eé]rv|ap[uú]nt|an[oó]t)[aá](?:me|nos)(?:lo|la|los|las)|"
    r"(ag[eé]nd|cot[ií]z)[aá](?:me|nos)(?:lo|la|los|las)?)\b",
    re.I,
)
_UNACCENTED = str.maketrans("áéíóú", "aeiou")


def _infinitive(m: re.Match[str]) -> str:
    return (m.group(1) or m.group(2)).lower().translate(_UNACCENTED) + "ar"


# In Portuguese "no" is "in the" ("interesse no produto"), never a negator ("não").
_PT_NO = re.compile(r"\b[Nn]o\b")


def spell_out(text: str, language: str) -> str:
    """Return `text` with the chat shorthand of `language` spelled out (else unchanged), a
    Spanish imperative with joined pronouns as its infinitive and a Portuguese "no" read
    as "in the"."""
    pattern = _PATTERNS.get(language)
    if pattern is None:
        return text
    table = _SHORTHAND[language]
    text = pattern.sub(lambda m: table[m.group(1).lower()], text)
    if language == "es":
        return _ES_ENCLITIC.sub(_infinitive, text)
    return _PT_NO.sub("em_o", text) if language == "pt" else text
