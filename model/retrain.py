"""Learn from the sales team: retrain on the corpus plus their statuses, keep it if the team gains.

Every status a person sets is a label (`train.feedback_labels`). A candidate is judged
first on the team's own labels (the most recent HOLDOUT_FRACTION held out by time, or
cross-validated when there are fewer than TIME_HOLDOUT_MIN) and on the base evaluation
set (the corpus test split). It is published as the next version in the model folder
when agreement with the team rises and each base figure drops by BASE_MARGIN at most;
`leads train --rollback` restores the previous one.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from model import artifacts
from model.artifacts import Bundle, ModelError
from model.datasets import Example, default_extract, extract_all, load_corpus
from model.train import (
    FEEDBACK_WEIGHT,
    feedback_labels,
    packaged_corpus,
    train,
)
from model.types import Extraction

# The share of the team's labels, most recent first, held out to judge a candidate.
HOLDOUT_FRACTION = 0.2
# With fewer labels than this, the candidate is judged by cross-validation over all of
# them (CV_FOLDS trainings, each without one fold) instead of a time hold-out.
TIME_HOLDOUT_MIN = 20
CV_FOLDS = 3
# How far each base figure (intent macro-F1, quality AUC on the base evaluation set) may
# drop for a candidate that agrees better with the team to be accepted: one point.
BASE_MARGIN = 0.01


@dataclass(slots=True)
class RetrainResult:
    """Say what a retrain did: accepted or not, the version now current, and why."""

    accepted: bool
    version: str | None
    reason: str
    old_score: float
    new_score: float
    metrics: dict[str, Any] = field(default_factory=dict)


def feedback_fingerprint(feedback: Sequence[tuple[dict, str]]) -> str:
    """Return a hash of the labelled set, to tell whether anything changed since a retrain."""
    digest = hashlib.sha256()
    for conv, status in sorted(
        (f"{c.get('source', '')}/{c.get('id', '')}/{len(c.get('messages', ()))}", s)
        for c, s in feedback
    ):
        digest.update(f"{conv}\t{status}\n".encode())
    return digest.hexdigest()


def split_by_time(
    rows: Sequence[tuple[dict, str]], fraction: float = HOLDOUT_FRACTION
) -> tuple[list[tuple[dict, str]], list[tuple[dict, str]]]:
    """Return (learn, held out): the most recent `fraction` of the labels is held out.

    Conversations are ordered by their start ("started_at"; one without comes first,
    ties keep the given order), so the candidate is judged on the team's latest calls.
    """
    ordered = sorted(enumerate(rows), key=lambda r: (str(r[1][0].get("started_at") or ""), r[0]))
    n_held = max(1, math.ceil(len(rows) * fraction))
    cut = len(ordered) - n_held
    return [r for _, r in ordered[:cut]], [r for _, r in ordered[cut:]]


def cv_folds(rows: Sequence[tuple[dict, str]], k: int = CV_FOLDS) -> list[list[int]]:
    """Return k interleaved folds of row positions (at most one per row)."""
    k = max(1, min(k, len(rows)))
    return [list(range(i, len(rows), k)) for i in range(k)]


def feedback_agreement(
    bundle: Bundle, rows: Sequence[tuple[dict, str]], xs: Sequence[Extraction]
) -> float | None:
    """Return how often the bundle files a labelled chat as the team did.

    A chat counts as agreeing when its intent is the one the team's status teaches (or,
    for a status with no intent such as Contacted, when good/bad agrees).
    """
    return _agreement_hits(bundle, rows, xs)[0]


def _agreement_hits(
    bundle: Bundle, rows: Sequence[tuple[dict, str]], xs: Sequence[Extraction]
) -> tuple[float | None, int, int]:
    """Return (agreement, hits, judged) of the bundle on the labelled rows."""
    from model.predict import predict

    if not rows:
        return None, 0, 0
    preds = predict([c for c, _ in rows], xs, bundle)
    hits = total = 0
    for (_, status), p in zip(rows, preds, strict=True):
        intent, good = feedback_labels(status)
        if intent is not None:
            hits += p.intent == intent
        elif good is not None:
            hits += (p.score >= 50) == bool(good)
        else:
            continue
        total += 1
    return (hits / total if total else None), hits, total


def base_figures(
    bundle: Bundle, test: Sequence[Example], test_x: Sequence[Extraction]
) -> dict[str, float]:
    """Return the base evaluation figures: intent macro-F1 and quality ROC AUC on the test split."""
    from model.evaluate import intent_quality_metrics
    from model.predict import predict

    preds = predict([e.conversation for e in test], test_x, bundle)
    f1, auc = intent_quality_metrics(test, preds)
    return {"intent_macro_f1": round(f1, 4), "quality_auc": round(auc, 4)}


def retrain_with_feedback(
    feedback: list[tuple[dict, str]],
    model_dir: Path,
    *,
    examples: Sequence[Example] | None = None,
    seed: int = 0,
    feedback_weight: float = FEEDBACK_WEIGHT,
    use_sms: bool = True,
    use_real: bool = False,
    base: Bundle | None = None,
    default_region: str = "US",
    base_margin: float = BASE_MARGIN,
) -> RetrainResult:
    """Retrain on the corpus plus the team's statuses; publish it when the team gains.

    `feedback` is (conversation, status) pairs. The candidate is judged first on the
    team's own labels: with TIME_HOLDOUT_MIN or more, on the most recent
    HOLDOUT_FRACTION of them, learning from the rest; with fewer, cross-validated over
    all of them in CV_FOLDS folds. It is accepted when its agreement with the team rises
    and neither base figure (intent macro-F1, quality AUC on the corpus test split)
    drops by more than `base_margin`. The published model learns from every label; the
    previous current model, or the shipped one, is kept as a version first so
    `rollback` can return.
    """
    from model.predict import load_bundle

    model_dir = Path(model_dir)
    extract_fn = default_extract(default_region)
    unusable = ""
    if base is None:
        try:
            base = load_bundle(artifacts.current_bundle_path(model_dir))
        except ModelError as exc:
            unusable = str(exc)  # e.g. built by another scikit-learn: rebuild from scratch
    corpus_seed = packaged_corpus().get("seed")
    if examples is None:
        examples = load_corpus()
    usable = [(c, s) for c, s in feedback if feedback_labels(s) != (None, None)]
    fingerprint = feedback_fingerprint(usable)
    extractions = extract_all([e.conversation for e in examples], extract_fn)

    def fit(labels: Sequence[tuple[dict, str]]) -> Bundle:
        return train(
            examples,
            seed=seed,
            feedback=labels,
            feedback_weight=feedback_weight,
            use_sms=use_sms,
            use_real=use_real,
            extract_fn=extract_fn,
            extractions=extractions,
            corpus_seed=corpus_seed,
        )

    if base is None:
        fresh = fit(usable)
        fresh.meta["feedback_hash"] = fingerprint
        version = artifacts.publish(fresh, model_dir)
        reason = f"published {version}, trained afresh: the current model was unusable ({unusable})"
        return RetrainResult(True, version, reason, 0.0, 0.0, {})
    if not usable:
        return RetrainResult(
            False,
            artifacts.current_version(model_dir),
            "nothing to learn from yet: no conversation has a status a person set (each"
            " status set by hand or with a Slack button is a label); the current model stays",
            0.0,
            0.0,
        )
    usable_x = extract_all([c for c, _ in usable], extract_fn)
    x_of = {id(c): x for (c, _), x in zip(usable, usable_x, strict=True)}
    if len(usable) >= TIME_HOLDOUT_MIN:
        learn, held = split_by_time(usable)
        held_x = [x_of[id(c)] for c, _ in held]
        old_agree = feedback_agreement(base, held, held_x)
        new_agree = feedback_agreement(fit(learn), held, held_x)
        judged = f"the most recent {len(held)} of {len(usable)} labels, held out by time"
        n_learn, n_held = len(learn), len(held)
    else:
        old_agree = feedback_agreement(base, usable, usable_x)
        hits = total = 0
        for fold in cv_folds(usable):
            rows = [usable[i] for i in fold]
            rest = [r for i, r in enumerate(usable) if i not in set(fold)]
            _, h, t = _agreement_hits(fit(rest), rows, [usable_x[i] for i in fold])
            hits, total = hits + h, total + t
        new_agree = hits / total if total else None
        judged = f"all {len(usable)} labels, cross-validated in {len(cv_folds(usable))} folds"
        n_learn, n_held = len(usable), len(usable)
    new = fit(usable)
    new.meta["feedback_hash"] = fingerprint
    test = [(e, x) for e, x in zip(examples, extractions, strict=True) if e.split == "test"]
    test_ex, test_x = [e for e, _ in test], [x for _, x in test]
    old_parts = {**base_figures(base, test_ex, test_x), "team_agreement": old_agree}
    new_parts = {**base_figures(new, test_ex, test_x), "team_agreement": new_agree}
    metrics = {
        "old": old_parts,
        "new": new_parts,
        "feedback_learned": n_learn,
        "feedback_held_out": n_held,
        "judged_on": judged,
        "base_margin": base_margin,
    }
    new.meta["retrain"] = metrics
    old_score, new_score = old_agree or 0.0, new_agree or 0.0
    drops = [
        f"{k} {old_parts[k]:.4f} -> {new_parts[k]:.4f}"
        for k in ("intent_macro_f1", "quality_auc")
        if new_parts[k] < old_parts[k] - base_margin
    ]
    if drops or new_score <= old_score:
        why = (
            f"the base figures drop by more than {base_margin:g} ({'; '.join(drops)})"
            if drops
            else f"agreement with the team does not rise ({old_score:.2f} -> {new_score:.2f})"
        )
        reason = f"kept the current model: {why}; judged on {judged}"
        return RetrainResult(
            False, artifacts.current_version(model_dir), reason, old_score, new_score, metrics
        )
    if artifacts.current_version(model_dir) is None:
        base.meta.setdefault("note", "baseline kept so that rollback can return to it")
        artifacts.publish(base, model_dir)
    version = artifacts.publish(new, model_dir)
    reason = (
        f"published {version}: agreement with the team {old_score:.2f} -> {new_score:.2f} "
        f"on {judged}; base figures within {base_margin:g}"
    )
    return RetrainResult(True, version, reason, old_score, new_score, metrics)
