"""Name the nine lead statuses and resolve what a person typed into one of them."""

from __future__ import annotations

import unicodedata

from rapidfuzz import fuzz, process

STATUSES: tuple[str, ...] = (
    "Contacted",
    "Waiting Response",
    "Follow-up",
    "Opportunity",
    "Potential Customer",
    "Info Only",
    "Quote Request",
    "Not Interested",
    "Spam",
)

QUALITY_BANDS: tuple[str, ...] = ("high", "medium", "low", "very_low")


class StatusError(ValueError):
    """Say why a typed status matches none or several statuses."""


def fold(text: str) -> str:
    """Return text lowercased, without accents and with runs of separators as one space."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(bare.replace("-", " ").replace("_", " ").split())


_FOLDED = {fold(s): s for s in STATUSES}


def resolve_status(text: str) -> str:
    """Return the status a person meant by `text` ("quote" means Quote Request).

    Raises StatusError naming the valid statuses when `text` matches none, or several
    equally well.
    """
    wanted = fold(text)
    if not wanted:
        raise StatusError(f"Give a status. Valid statuses: {', '.join(STATUSES)}.")
    if wanted in _FOLDED:
        return _FOLDED[wanted]
    # A word prefix ("quote", "not int", "waiting") is the common short form.
    prefixed = [
        s
        for f, s in _FOLDED.items()
        if f.startswith(wanted) or any(w.startswith(wanted) for w in f.split())
    ]
    if len(prefixed) == 1:
        return prefixed[0]
    if len(prefixed) > 1:
        raise StatusError(f"'{text}' could be {', '.join(prefixed)}. Type more of the name.")
    scored = process.extract(wanted, list(_FOLDED), scorer=fuzz.WRatio, limit=2)
    if scored and scored[0][1] >= 80 and (len(scored) < 2 or scored[0][1] - scored[1][1] >= 5):
        return _FOLDED[scored[0][0]]
    if scored and scored[0][1] >= 80:
        options = ", ".join(_FOLDED[m] for m, _, _ in scored)
        raise StatusError(f"'{text}' could be {options}. Type more of the name.")
    raise StatusError(f"Unknown status '{text}'. Valid statuses: {', '.join(STATUSES)}.")


def quality_of(score: int) -> str:
    """Return the quality band of a 0-100 score (high 80+, medium 60+, low 40+, else very_low).

    model.types.quality_band says the same; storage and model import nothing of ours,
    so each layer keeps its copy, and tests/test_bands.py holds the two to one table.
    """
    if score >= 80:
        return "high"
    if score >= 60:
        return "medium"
    if score >= 40:
        return "low"
    return "very_low"
