"""Match what a person typed against known names forgivingly (case, accents, typos)."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz, process

from storage.statuses import fold


class NoMatch(ValueError):
    """Say that a typed value matched nothing, with the closest known names."""

    def __init__(self, message: str, suggestions: list[str]) -> None:
        super().__init__(message)
        self.suggestions = suggestions


def match_one(text: str, choices: Iterable[str], *, what: str) -> str:
    """Return the choice `text` means: exact or folded match, a unique prefix, else fuzzy.

    Raises NoMatch with up to three suggestions ("did you mean") when nothing fits well.
    """
    options = list(dict.fromkeys(choices))
    if text in options:
        return text
    folded = {fold(c): c for c in options}
    wanted = fold(text)
    if wanted in folded:
        return folded[wanted]
    prefixed = [c for f, c in folded.items() if f.startswith(wanted)]
    if len(prefixed) == 1 and wanted:
        return prefixed[0]
    scored = process.extract(wanted, list(folded), scorer=fuzz.WRatio, limit=3)
    if scored and scored[0][1] >= 88 and (len(scored) == 1 or scored[0][1] - scored[1][1] >= 5):
        return folded[scored[0][0]]
    suggestions = [folded[m] for m, score, _ in scored if score >= 50]
    hint = f" Did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
    known = "" if suggestions else f" Known {what}s: {', '.join(options[:10]) or '(none yet)'}."
    raise NoMatch(f"No {what} matches '{text}'.{hint}{known}", suggestions)
