"""Score a batch with one `predict` call, together with the context a rescored lead needs."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jobs.steps.batch import Batch, Item, ProcessConfig, Scorer, conversations_of
from model.types import Extraction, Prediction
from storage.claims import load_conversations
from storage.queries import conversation_dicts

log = logging.getLogger(__name__)

# Other conversations of a lead scored with a batch to find its best one (newest first).
CONTEXT_CONVERSATIONS = 20

_SCORERS: dict[tuple[str, float], Scorer] = {}


def bundle_path(config: ProcessConfig) -> Path | None:
    """Return the model bundle to score with (None: the shipped one)."""
    if config.model_path:
        return Path(config.model_path)
    from model.artifacts import current_bundle_path

    return current_bundle_path(Path(config.model_dir))


def load_scorer(config: ProcessConfig) -> Scorer:
    """Return `predict` bound to the configured bundle, loaded once per process and file.

    Raises model.artifacts.ModelError with a message for the user when the bundle named
    by `model_path`, or the shipped one, is unusable; a published version that is not
    usable falls back to the shipped model with a warning.
    """
    from model.artifacts import ModelError
    from model.predict import load_bundle, predict

    path = bundle_path(config)
    key = (str(path or ""), path.stat().st_mtime if path is not None and path.exists() else 0.0)
    if key not in _SCORERS:
        try:
            bundle = load_bundle(path)
        except ModelError as exc:
            if config.model_path or path is None:
                raise  # a model named by hand, or the shipped one: the user must act
            # A version `leads train` published may predate this release (other
            # columns) or be damaged: leads keep flowing on the shipped model, and the
            # next retrain publishes a usable one (it rebuilds from scratch then).
            log.warning(
                "The published model %s cannot be used (%s); scoring with the shipped "
                "model until `leads train` publishes a new one.",
                path,
                exc,
            )
            bundle = load_bundle(None)

        def scorer(convs: Sequence[dict], extractions: Sequence[Extraction]) -> list[Prediction]:
            return predict(convs, extractions, bundle)

        _SCORERS.clear()
        _SCORERS[key] = scorer
    return _SCORERS[key]


def score(batch: Batch, items: list[Item]) -> None:
    """Set each unscored item's prediction with one scorer call; cache the outcomes.

    When the batch call raises, the items are scored one by one so only the rows that
    make the model raise fail.
    """
    todo = [it for it in items if it.prediction is None]
    if not todo:
        return
    try:
        predictions = batch.scorer([it.doc for it in todo], [it.extraction for it in todo])
        if len(predictions) != len(todo):
            raise ValueError("the scorer returned a different number of predictions")
        for it, p in zip(todo, predictions, strict=True):
            it.prediction = p
    except Exception:
        for it in todo:
            try:
                it.prediction = batch.scorer([it.doc], [it.extraction])[0]
            except Exception as exc:
                if not it.context:
                    batch.fail(it.row, f"scoring failed ({type(exc).__name__})", exc)
    for it in todo:
        if it.context:
            key: Any = ("context", it.row.id, it.row.content_hash)
            batch.cache[key] = (it.extraction if it.prediction else None, it.prediction, None)
        else:
            key = (it.row.id, it.row.content_hash)
            batch.cache[key] = (it.extraction, it.prediction, batch.failed.get(it.row.id))


def gather_context(batch: Batch, items: list[Item]) -> dict[int, list[Item]]:
    """Return, per lead that is rescored, its other conversations (newest first, capped).

    A lead's stored score is the best of its conversations, so a new conversation only
    has to beat it. A conversation processed before may have been that best one,
    though, so its lead's other conversations are extracted and scored with the batch:
    no score needs to be stored per conversation. Needs `batch.links` set.
    """
    in_batch = {it.row.id for it in items}
    rescored = batch.rescored = {batch.links[i] for i in in_batch if i in batch.links}
    refs = conversations_of(batch.conn, sorted(rescored))
    wanted: dict[int, list[int]] = {}
    for lead_id in rescored:
        newest = sorted(refs[lead_id], reverse=True)
        ids = [ref[1] for ref in newest if ref[1] not in in_batch][:CONTEXT_CONVERSATIONS]
        if ids:
            wanted[lead_id] = ids
    out: dict[int, list[Item]] = {}
    if not wanted:
        return out
    rows = {
        row.id: row
        for row in load_conversations(
            batch.conn, sorted({i for ids in wanted.values() for i in ids})
        )
    }
    docs = dict(
        zip(rows, conversation_dicts(batch.conn, list(rows.values()), times=False), strict=True)
    )
    for lead_id, ids in wanted.items():
        for conv_id in ids:
            row = rows.get(conv_id)
            if row is None:
                continue
            key = ("context", row.id, row.content_hash)
            cached = batch.cache.get(key)
            if cached is not None:
                if cached[0] is not None:
                    out.setdefault(lead_id, []).append(
                        Item(row, docs[conv_id], cached[0], cached[1])
                    )
                continue
            try:
                extraction = batch.extractor(docs[conv_id], batch.config.default_region)
            except Exception:  # scored earlier; the lead keeps its other conversations
                batch.cache[key] = (None, None, "extraction failed")
                continue
            out.setdefault(lead_id, []).append(Item(row, docs[conv_id], extraction, context=True))
    return out
