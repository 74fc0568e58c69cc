"""Retrain the scoring model on the statuses the sales team set (`run_once() -> bool`).

Gathers every human-set status (storage), hands it to `model.retrain.retrain_with_feedback`,
which publishes a new version in `model_dir` only when it agrees better with the team's
held-out labels and the base figures drop by `base_margin` at most (setting
`scoring.retrain_base_margin`, default `model.retrain.BASE_MARGIN`). Skips the work when
the labels have not changed since the last attempt.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from model.retrain import BASE_MARGIN, RetrainResult, feedback_fingerprint, retrain_with_feedback
from model.train import FEEDBACK_WEIGHT
from storage.queries import labelled_conversations

log = logging.getLogger(__name__)

ATTEMPT_FILE = "last_attempt.json"


@dataclass(frozen=True, slots=True)
class RetrainConfig:
    """Say where versions live, how much the team's labels weigh and the base margin.

    `model_path`, when set, pins scoring to one bundle: retraining still publishes into
    `model_dir`, but scoring keeps using the pinned file.
    """

    model_dir: str = "models"
    model_path: str = ""
    default_region: str = "US"
    min_labels: int = 1
    feedback_weight: float = FEEDBACK_WEIGHT
    base_margin: float = BASE_MARGIN


def gather_feedback(engine: Engine) -> list[tuple[dict, str]]:
    """Return (conversation, status) for every conversation of a lead a person labelled."""
    with Session(engine) as session:
        return list(labelled_conversations(session))


def _last_attempt(model_dir: Path) -> str | None:
    try:
        return json.loads((model_dir / ATTEMPT_FILE).read_text()).get("feedback_hash")
    except (OSError, ValueError):
        return None


def _record_attempt(model_dir: Path, fingerprint: str, result: RetrainResult) -> None:
    model_dir.mkdir(parents=True, exist_ok=True)
    record = {
        "feedback_hash": fingerprint,
        "accepted": result.accepted,
        "version": result.version,
        "reason": result.reason,
    }
    (model_dir / ATTEMPT_FILE).write_text(json.dumps(record, indent=1) + "\n")


def retrain(engine: Engine, config: RetrainConfig, *, force: bool = False) -> RetrainResult | None:
    """Retrain from the database's labels; None when there was nothing new to learn."""
    model_dir = Path(config.model_dir)
    feedback = gather_feedback(engine)
    fingerprint = feedback_fingerprint(feedback)
    if not force and (len(feedback) < config.min_labels or _last_attempt(model_dir) == fingerprint):
        return None
    result = retrain_with_feedback(
        feedback,
        model_dir,
        feedback_weight=config.feedback_weight,
        default_region=config.default_region,
        base_margin=config.base_margin,
    )
    _record_attempt(model_dir, fingerprint, result)
    log.info("retrain: %s", result.reason)
    return result


def run_once(
    engine: Engine, config: RetrainConfig | str | Path | None = None, *, force: bool = False
) -> bool:
    """Retrain when the team's labels changed; return True when a new model was published.

    `config` may also be just the model directory.
    """
    if config is None:
        config = RetrainConfig()
    elif not isinstance(config, RetrainConfig):
        config = RetrainConfig(model_dir=str(config))
    result = retrain(engine, config, force=force)
    return bool(result and result.accepted)
