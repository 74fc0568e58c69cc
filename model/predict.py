"""Score conversations: intent, initial status, calibrated quality score and its reasons.

`predict` is pure and batched: one sparse product serves both heads, and the
explanations are the model's own contributions (coefficient x feature value) summed per
named group, so the reasons always agree with the score.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from model.artifacts import Bundle, ModelError, load_bundle_from, shipped_path
from model.features import (
    STRUCT_GROUPS,
    TEXT_THEMES,
    featurise,
    struct_group_matrix,
    struct_key_columns,
)
from model.types import Extraction, Prediction, quality_band

__all__ = ["Bundle", "ModelError", "load_bundle", "predict"]

STATUS_FOR_INTENT = {
    "quote_request": "Quote Request",
    "opportunity": "Opportunity",
    "info_only": "Info Only",
    "support": "Info Only",
    "not_interested": "Not Interested",
    "spam": "Spam",
}
# A spam conversation never reaches "low" (40); a not-interested one never "high" (80).
SCORE_CAP = {"spam": 39, "not_interested": 59}
OPPORTUNITY_MIN_SCORE = 60
MIN_CONTRIBUTION = 0.05
N_FACTORS = 3

_GROUP_MATRIX = struct_group_matrix()
_KEY_COLUMNS = struct_key_columns()
_N_STRUCT_GROUPS = len(STRUCT_GROUPS)
_PRESENT = np.array([g.present or "" for g in STRUCT_GROUPS], dtype=object)
_ABSENT = np.array([g.absent or "" for g in STRUCT_GROUPS], dtype=object)
_THEME_LABELS = [label for _, label in TEXT_THEMES]
_VERDICT = {name: label for name, label in TEXT_THEMES if name in SCORE_CAP}


def load_bundle(path: str | Path | None = None) -> Bundle:
    """Load a bundle: the shipped one when `path` is None; raise ModelError if unusable."""
    if path is None:
        path = shipped_path()
    return load_bundle_from(path)


def _text_contributions(
    text_matrix, bundle: Bundle, scale: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return per-row theme sums and the strongest positive / negative column per (row, theme)."""
    n = text_matrix.shape[0]
    n_themes = len(TEXT_THEMES)
    indptr, cols = text_matrix.indptr, text_matrix.indices
    rows = np.repeat(np.arange(n), np.diff(indptr))
    contrib = text_matrix.data * bundle.w_text[cols, -1] * scale
    theme = bundle.text_theme[cols].astype(np.int64)
    keep = theme >= 0
    rows, cols, contrib, theme = rows[keep], cols[keep], contrib[keep], theme[keep]
    key = rows * n_themes + theme
    sums = np.bincount(key, weights=contrib, minlength=n * n_themes).reshape(n, n_themes)
    best_pos = np.full(n * n_themes, -1, dtype=np.int64)
    best_neg = np.full(n * n_themes, -1, dtype=np.int64)
    if key.size:
        order = np.lexsort((contrib, key))  # by key, then contribution ascending
        k_sorted = key[order]
        last = np.r_[k_sorted[1:] != k_sorted[:-1], True]
        first = np.r_[True, k_sorted[1:] != k_sorted[:-1]]
        best_pos[k_sorted[last]] = cols[order[last]]
        best_neg[k_sorted[first]] = cols[order[first]]
    return sums, best_pos.reshape(n, n_themes), best_neg.reshape(n, n_themes)


def _label(base: str, col: int, phrases: dict[int, str]) -> str:
    phrase = phrases.get(col) if col >= 0 else None
    return f'{base} ("{phrase}")' if phrase else base


def predict(
    conversations: Sequence[dict], extractions: Sequence[Extraction], bundle: Bundle
) -> list[Prediction]:
    """Return one Prediction per conversation (same order), scoring the batch at once."""
    if len(conversations) != len(extractions):
        raise ValueError("conversations and extractions must have the same length")
    if not conversations:
        return []
    text_matrix, struct = featurise(conversations, extractions)
    raw = text_matrix @ bundle.w_text + struct @ bundle.w_struct + bundle.bias
    classes = np.asarray(bundle.classes)
    intent_idx = np.argmax(raw[:, :-1], axis=1)
    intents = classes[intent_idx]
    a, b = float(bundle.platt[0]), float(bundle.platt[1])
    prob = 1.0 / (1.0 + np.exp(-(a * raw[:, -1] + b)))
    scores = np.rint(prob * 100).astype(np.int64)
    for intent, cap in SCORE_CAP.items():
        capped = intents == intent
        scores[capped] = np.minimum(scores[capped], cap)
        prob[capped] = np.minimum(prob[capped], cap / 100.0)

    # contributions on the calibrated log-odds scale, measured against the average
    # conversation and grouped into named factors; each group is worded by whether its
    # signal is present ("left a phone number") or absent ("no phone number")
    centred = (struct - bundle.struct_mean) * (bundle.w_struct[:, -1] * a)
    struct_groups = centred @ _GROUP_MATRIX
    present = struct[:, _KEY_COLUMNS] > bundle.struct_mean[_KEY_COLUMNS]
    struct_labels = np.where(present, _PRESENT, _ABSENT)
    struct_groups[struct_labels == ""] = 0.0
    theme_sums, best_pos, best_neg = _text_contributions(text_matrix, bundle, a)
    groups = np.hstack([struct_groups, theme_sums])
    order_for = np.argsort(-groups, axis=1)[:, :N_FACTORS]
    order_against = np.argsort(groups, axis=1)[:, :N_FACTORS]
    top_for = np.take_along_axis(groups, order_for, axis=1)
    top_against = np.take_along_axis(groups, order_against, axis=1)

    phrases = bundle.phrases
    out = []
    for i in range(len(conversations)):
        intent = str(intents[i])
        score = int(scores[i])
        status = STATUS_FOR_INTENT.get(intent, "Info Only")
        if intent == "opportunity" and score < OPPORTUNITY_MIN_SCORE:
            status = "Potential Customer"
        row_labels = struct_labels[i]
        reasons: list[list[str]] = [[], []]
        for side, (order, values, best) in enumerate(
            ((order_for, top_for, best_pos), (order_against, -top_against, best_neg))
        ):
            for g, value in zip(order[i], values[i], strict=True):
                if value < MIN_CONTRIBUTION:
                    break
                if g < _N_STRUCT_GROUPS:
                    reasons[side].append(row_labels[g])
                else:
                    theme = g - _N_STRUCT_GROUPS
                    col = int(best[i, theme])
                    reasons[side].append(_label(_THEME_LABELS[theme], col, phrases))
        # a capped verdict names its reason first: the intent head's call
        verdict = _VERDICT.get(intent)
        if verdict and not any(r.startswith(verdict) for r in reasons[1]):
            reasons[1] = [verdict, *reasons[1][: N_FACTORS - 1]]
        out.append(
            Prediction(
                intent=intent,
                status=status,
                score=score,
                quality=quality_band(score),
                probability=round(float(prob[i]), 4),
                factors_for=reasons[0],
                factors_against=reasons[1],
            )
        )
    return out
