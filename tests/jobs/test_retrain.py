"""The retrain job: labels from the database, retrain once per change, a new version."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import Session

from jobs.retrain import RetrainConfig, gather_feedback, run_once
from model import artifacts
from storage.models import Lead
from storage.queries import set_status
from tests.jobs.process_helpers import conv, ingest, process


def test_retrain_job_learns_from_labels_once(engine, tmp_path: Path, monkeypatch):
    ingest(
        engine,
        [
            conv(f"w-{i}", [f"Do you run first aid workshops for {10 + i} staff?"])
            for i in range(12)
        ],
    )
    process(engine)
    with Session(engine) as session:
        ids = session.scalars(select(Lead.id).order_by(Lead.id)).all()
        for lead_id in ids:
            set_status(session, lead_id, "Quote Request", who="ann", via="cli")
        session.commit()
    feedback = gather_feedback(engine)
    assert len(feedback) == 12 and {s for _, s in feedback} == {"Quote Request"}

    calls = []

    def fake_retrain(fb, model_dir, **kw):  # the model side is tested in tests/model
        from model.retrain import RetrainResult

        calls.append((len(fb), kw))
        return RetrainResult(True, "v0002", "published v0002", 0.9, 0.91)

    monkeypatch.setattr("jobs.retrain.retrain_with_feedback", fake_retrain)
    config = RetrainConfig(model_dir=str(tmp_path / "models"), default_region="ES")
    assert run_once(engine, config) is True
    assert calls == [
        (
            12,
            {
                "feedback_weight": config.feedback_weight,
                "default_region": "ES",
                "base_margin": config.base_margin,
            },
        )
    ]
    # the same labels again: nothing new to learn, no second training
    assert run_once(engine, config) is False
    assert len(calls) == 1
    assert artifacts.current_bundle_path(tmp_path / "models") is None


def test_a_published_model_that_cannot_load_falls_back_to_the_shipped_one(
    engine, tmp_path: Path, caplog
):
    # e.g. a team version trained before an upgrade added a structured column
    models = tmp_path / "models"
    (models / "v0001").mkdir(parents=True)
    (models / "v0001" / "meta.json").write_text("{not json")
    (models / "current").write_text("v0001\n")
    assert artifacts.current_bundle_path(models) == models / "v0001"
    ingest(engine, [conv("fb-1", ["Please quote 20 office chairs, call me on 07911 123456"])])
    with caplog.at_level("WARNING", logger="jobs.steps.score"):
        stats = process(engine, model_dir=str(models), model_path="")
    assert stats.processed == 1
    assert "cannot be used" in caplog.text and "leads train" in caplog.text
    assert "07911" not in caplog.text  # no personal data in the log


def test_a_model_named_by_hand_that_cannot_load_is_an_error(engine, tmp_path: Path):
    from model.artifacts import ModelError

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "meta.json").write_text("{not json")
    ingest(engine, [conv("fb-2", ["Please quote 20 office chairs"])])
    with pytest.raises(ModelError, match="leads train"):
        process(engine, model_path=str(bad))
