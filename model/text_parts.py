"""Hold each themed text column's contribution to a batch's scores, to sum and to quote.

Part of explaining a score (model.predict): the word columns' contributions are summed
per theme ("asked for a quote") and the strongest one is quoted in the customer's own
words (model.surface).
"""

from __future__ import annotations

import numpy as np

from model.artifacts import Bundle
from model.features import TEXT_THEMES, is_stopword_phrase
from model.surface import Surface

# Function words model/data/function_words.txt lacks ("auch", "aussi", "também": 'only
# asked for information ("auch")' explained nothing). Adding them there would change
# the model's features, so until the next rebuild folds them in, only quotes skip them.
_UNQUOTED = frozenset(
    {"también", "tambien", "anche", "também", "tambem", "aussi", "auch"}
    | {"quello", "questo", "ceci", "dies", "qual"}
)


def _quotable(shown: str) -> bool:
    """Return True when a phrase holds a word worth quoting to a salesperson."""
    if is_stopword_phrase(shown):
        return False
    return any(w.lower().strip(".,;:!?¡¿\"'()") not in _UNQUOTED for w in shown.split())


class TextParts:
    """Hold each themed text column's contribution per row, to sum and to quote from."""

    def __init__(self, text_matrix, bundle: Bundle, scale: float) -> None:
        n = text_matrix.shape[0]
        n_themes = len(TEXT_THEMES)
        indptr, cols = text_matrix.indptr, text_matrix.indices
        rows = np.repeat(np.arange(n), np.diff(indptr))
        contrib = text_matrix.data * bundle.w_text[cols, -1] * scale
        theme = bundle.text_theme[cols].astype(np.int64)
        keep = theme >= 0
        key = rows[keep] * n_themes + theme[keep]
        contrib, cols = contrib[keep], cols[keep]
        self.sums = np.bincount(key, weights=contrib, minlength=n * n_themes).reshape(n, n_themes)
        # one sort for the whole batch: by (row, theme), strongest contribution first,
        # so quoting a group is a walk along a short slice of plain lists
        order = np.lexsort((-contrib, key))
        self.bounds = np.searchsorted(key[order], np.arange(n * n_themes + 1)).tolist()
        self.cols = cols[order].tolist()
        self.contrib = contrib[order].tolist()
        self.n_themes = n_themes

    def pushes(self, row: int, theme: int, sign: float, phrases: dict) -> bool:
        """Return True if a word column of (row, theme) with a known phrase pushes `sign`-wards.

        Checked before the customer's text is re-read for quoting, which is the costly
        part of explaining a row.
        """
        k = row * self.n_themes + theme
        span = range(self.bounds[k], self.bounds[k + 1])
        for j in span if sign > 0 else reversed(span):
            if self.contrib[j] * sign <= 0:
                return False
            if self.cols[j] in phrases:
                return True
        return False

    def quote(self, row: int, theme: int, sign: float, phrases: dict, surface: Surface) -> str:
        """Return the strongest content phrase of (row, theme) pushing the score `sign`-wards.

        The phrase is the customer's own words for that column's feature, as written;
        "" when none is found (a hash collision or a function-word-only phrase).
        """
        k = row * self.n_themes + theme
        span = range(self.bounds[k], self.bounds[k + 1])
        for j in span if sign > 0 else reversed(span):
            if self.contrib[j] * sign <= 0:
                break
            shown = surface.get(phrases.get(self.cols[j], ""))
            if shown and _quotable(shown):
                return " ".join(shown.split())
        return ""
