"""Learn from the sales team: retrain on the corpus plus their statuses, keep only if not worse.

Every status a person sets is a label (`train.feedback_labels`). A candidate model is
judged against the current one on held-out data before it is published as the next
version in the model folder; `leads train --rollback` restores the previous one.
"""

from __future__ import annotations

import hashlib
import zlib
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


def _holdout(conversation: dict, fraction: float) -> bool:
    """Return True for the stable share of feedback kept aside to judge the new model."""
    key = f"{conversation.get('source', '')}/{conversation.get('id', '')}"
    return zlib.crc32(key.encode()) % 1000 < fraction * 1000


def _feedback_agreement(
    bundle: Bundle, rows: Sequence[tuple[dict, str]], xs: Sequence[Extraction]
) -> float | None:
    """Return how often the bundle agrees with the team's statuses (intent and good/bad)."""
    from model.predict import predict

    if not rows:
        return None
    preds = predict([c for c, _ in rows], xs, bundle)
    hits = total = 0
    for (_, status), p in zip(rows, preds, strict=True):
        intent, good = feedback_labels(status)
        if intent is not None:
            hits += p.intent == intent
            total += 1
        if good is not None:
            hits += (p.score >= 50) == bool(good)
            total += 1
    return hits / total if total else None


def held_out_score(
    bundle: Bundle,
    test: Sequence[Example],
    test_x: Sequence[Extraction],
    feedback_rows: Sequence[tuple[dict, str]] = (),
    feedback_x: Sequence[Extraction] = (),
) -> tuple[float, dict[str, float]]:
    """Return one comparable figure (higher is better) and its parts, on held-out data.

    The corpus part is the mean of intent macro-F1 and quality ROC AUC on the test
    families; with held-out feedback, agreement with the team counts for half.
    """
    from model.evaluate import intent_quality_metrics
    from model.predict import predict

    parts: dict[str, float] = {}
    preds = predict([e.conversation for e in test], test_x, bundle)
    f1, auc = intent_quality_metrics(test, preds)
    parts["intent_macro_f1"] = round(f1, 4)
    parts["quality_auc"] = round(auc, 4)
    score = (f1 + auc) / 2
    agreement = _feedback_agreement(bundle, feedback_rows, feedback_x)
    if agreement is not None:
        parts["feedback_agreement"] = round(agreement, 4)
        score = (score + agreement) / 2
    parts["score"] = round(score, 4)
    return score, parts


def retrain_with_feedback(
    feedback: list[tuple[dict, str]],
    model_dir: Path,
    *,
    examples: Sequence[Example] | None = None,
    seed: int = 0,
    feedback_weight: float = FEEDBACK_WEIGHT,
    holdout_fraction: float = 0.25,
    use_sms: bool = True,
    base: Bundle | None = None,
    default_region: str = "US",
) -> RetrainResult:
    """Retrain on the corpus plus the team's statuses; keep the new model only if not worse.

    `feedback` is (conversation, status) pairs. A stable quarter of it is held out, and
    old and new models are compared on the corpus test families plus that share. The
    new model is published as the next version in `model_dir` (the previous current
    model, or the shipped one, is kept as a version first so `rollback` can return).
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
    if base is None:
        fresh = train(
            examples,
            seed=seed,
            feedback=usable,
            feedback_weight=feedback_weight,
            use_sms=use_sms,
            extract_fn=extract_fn,
            corpus_seed=corpus_seed,
        )
        fresh.meta["feedback_hash"] = fingerprint
        version = artifacts.publish(fresh, model_dir)
        reason = f"published {version}, trained afresh: the current model was unusable ({unusable})"
        return RetrainResult(True, version, reason, 0.0, 0.0, {})
    if not usable:
        return RetrainResult(
            False, artifacts.current_version(model_dir), "no usable feedback", 0.0, 0.0
        )
    held = [(c, s) for c, s in usable if _holdout(c, holdout_fraction)]
    learn = [(c, s) for c, s in usable if not _holdout(c, holdout_fraction)]
    extractions = extract_all([e.conversation for e in examples], extract_fn)
    new = train(
        examples,
        seed=seed,
        feedback=learn,
        feedback_weight=feedback_weight,
        use_sms=use_sms,
        extract_fn=extract_fn,
        extractions=extractions,
        corpus_seed=corpus_seed,
    )
    new.meta["feedback_hash"] = fingerprint
    test = [(e, x) for e, x in zip(examples, extractions, strict=True) if e.split == "test"]
    test_ex, test_x = [e for e, _ in test], [x for _, x in test]
    held_x = extract_all([c for c, _ in held], extract_fn)
    old_score, old_parts = held_out_score(base, test_ex, test_x, held, held_x)
    new_score, new_parts = held_out_score(new, test_ex, test_x, held, held_x)
    metrics = {
        "old": old_parts,
        "new": new_parts,
        "feedback_learned": len(learn),
        "feedback_held_out": len(held),
    }
    new.meta["retrain"] = metrics
    if new_score + 1e-9 < old_score:
        reason = (
            f"kept the current model: the new one scores {new_score:.4f} on the held-out set, "
            f"below the current {old_score:.4f}"
        )
        return RetrainResult(
            False, artifacts.current_version(model_dir), reason, old_score, new_score, metrics
        )
    if artifacts.current_version(model_dir) is None:
        base.meta.setdefault("note", "baseline kept so that rollback can return to it")
        artifacts.publish(base, model_dir)
    version = artifacts.publish(new, model_dir)
    reason = f"published {version}: held-out score {new_score:.4f} >= current {old_score:.4f}"
    return RetrainResult(True, version, reason, old_score, new_score, metrics)
