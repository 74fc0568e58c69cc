"""Read a text's features back to the words the customer actually wrote (explanations).

Kept apart from model/features.py, which computes the features; this module only re-reads
a text the way `analyse` tokenised it, with positions, for the rows being explained.
"""

from __future__ import annotations

import itertools

from model.features import (
    _HAS_NEGATOR,
    _KEEP_PUNCT,
    _SCOPE_END,
    _SCOPED_TOKEN,
    _fold,
    _negate,
    _prefix,
    _substitute,
)

# The parts English writes after an apostrophe: "don't", "I'd", "we'll", "they're".
_CONTRACTED = frozenset({"t", "d", "ll", "re", "ve", "m", "s"})


class Surface:
    """Read a text's features back to the words the customer actually wrote.

    Used only for rows being explained: it re-reads the text with positions, so a
    factor can quote "interessa" (as written) rather than the hashed prefix "~inter",
    and a negated word together with its negator ("non mi interessa").
    """

    __slots__ = ("_ends", "_kept", "_scan", "_starts", "_sub", "_tokens")

    def __init__(self, text: str, substituted: bool = False) -> None:
        self._sub = sub = text if substituted else _substitute(text)
        norm = _fold(sub)
        if len(norm) == len(sub):  # positions agree (a rare letter may lower to two)
            self._scan, self._tokens = norm, tokens = norm, _SCOPED_TOKEN.findall(norm)
            negated = _HAS_NEGATOR.search(norm) is not None
        else:
            self._scan, self._tokens = sub, _SCOPED_TOKEN.findall(sub)
            tokens = [_fold(t) for t in self._tokens]
            negated = True
        # kept words, built when first needed: with no negator, a single word is found
        # in the tokens themselves, which is what most quotes look for
        self._kept: list[tuple[str, int, int]] | None = _negate(tokens) if negated else None
        self._starts: list[int] = []
        self._ends: list[int] = []

    def _kept_words(self) -> list[tuple[str, int, int]]:
        """Return (word, token index, scope start) per kept token, as `_negate` gives them."""
        if self._kept is None:  # what _negate returns when no token is a negator
            self._kept = [
                (tok, i, i)
                for i, tok in enumerate(self._tokens)
                if tok not in _SCOPE_END or tok in _KEEP_PUNCT
            ]
        return self._kept

    def _locate(self, last: int) -> None:
        """Find where tokens start and end, up to token `last`, continuing a previous call.

        Tokens were found left to right with nothing a token could match between them,
        so each one is the first occurrence of its text after the previous one's end
        (a str.find per token costs a fraction of a regex match object per token). Most
        rows quote one phrase, so the scan stops at the last token a quote needs.
        """
        scan, tokens = self._scan, self._tokens
        starts, ends = self._starts, self._ends
        k = len(ends)
        pos = ends[-1] if ends else 0
        # quote "don't need" and "I'd like", not "t need" and "d like": an English
        # contraction's second part starts with the word before its apostrophe
        apostrophe = "'" in self._sub or "’" in self._sub
        while k <= last:
            tok = tokens[k]
            start = scan.find(tok, pos)
            pos = start + len(tok)
            if (
                apostrophe
                and k
                and tok.lower() in _CONTRACTED
                and self._sub[start - 1] in "'’"
                and starts[k - 1] + len(tokens[k - 1]) == start - 1
            ):
                start = starts[k - 1]
            starts.append(start)
            ends.append(pos)
            k += 1

    def _span(self, first: int, last: int) -> str:
        if len(self._ends) <= last:
            self._locate(last)
        return self._sub[self._starts[first] : self._ends[last]]

    def get(self, feature: str) -> str | None:
        """Return the words written for one feature (first occurrence), or None."""
        if self._kept is None and not feature.startswith("~") and " " not in feature:
            # no negator: a word's first kept occurrence is its first token (the only
            # tokens not kept are punctuation, which no word feature is)
            try:
                i = self._tokens.index(feature)
            except ValueError:
                return None
            return self._span(i, i)
        kept = self._kept_words()
        if feature.startswith("~"):
            stem = feature[1:]
            for word, i, first in kept:
                # startswith first: a C test that rules out nearly every word
                if word.startswith(stem) and _prefix(word) == feature:
                    return self._span(first, i)
        elif " " in feature:
            for (a, _, first), (b, j, _) in itertools.pairwise(kept):
                if f"{a} {b}" == feature:
                    return self._span(first, j)
        else:
            for word, i, first in kept:
                if word == feature:
                    return self._span(first, i)
        return None

    def all(self) -> dict[str, str]:
        """Return every feature of the text mapped to its written words."""
        out: dict[str, str] = {}
        for word, i, first in self._kept_words():
            shown = self._span(first, i)
            out.setdefault(word, shown)
            if prefix := _prefix(word):
                out.setdefault(prefix, shown)
        for (a, _, first), (b, j, _) in itertools.pairwise(self._kept_words()):
            out.setdefault(f"{a} {b}", self._span(first, j))
        return out


def surface_features(text: str) -> dict[str, str]:
    """Map each text feature of `text` to the words the customer actually wrote for it."""
    return Surface(text).all()
