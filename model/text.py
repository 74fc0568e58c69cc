"""Prepare chat text for matching: one lower-cased copy with the same character offsets."""

from __future__ import annotations


def lower(text: str) -> str:
    """Return `text` lower-cased with every character at its original offset.

    Matching literal cue words on a lower-cased copy is several times faster than
    case-insensitive regexes; the rare character whose lower case is longer ("İ")
    is kept as it is so that spans found in the copy still point into `text`.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
