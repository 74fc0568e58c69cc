"""Register the jobs in the database job store, run them recorded, once a day across replicas."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import Engine, func, inspect, select, text
from sqlmodel import Session

from jobs import scheduler
from jobs.scheduler import Runtime, ScheduleConfig, execute, parse_cron
from storage.db import open_database
from storage.models import JobRun, Lead
from tests.jobs.outbox_helpers import RecordingNotifier, add_lead, items, queue_alerts

CFG = ScheduleConfig(
    timezone="Europe/Madrid", process_every_minutes=7, digest_cron="30 8 * * *",
    retrain_cron="0 3 * * 0",
)  # fmt: skip


def _runtime(engine: Engine, notifier: RecordingNotifier | None = None) -> Runtime:
    return Runtime(engine=engine, notifier=notifier or RecordingNotifier(), schedule=CFG)


def _runs(engine: Engine, job: str) -> list[JobRun]:
    with Session(engine) as s:
        return list(s.exec(select(JobRun).where(JobRun.job == job).order_by(JobRun.id)).scalars())


def test_parse_cron_rejects_bad_expressions() -> None:
    assert isinstance(parse_cron("0 8 * * *", "UTC"), CronTrigger)
    for bad in ("0 8 * *", "61 8 * * *", "every day"):
        with pytest.raises(ValueError):
            parse_cron(bad, "UTC")


def test_registers_jobs_in_the_database_store(engine: Engine) -> None:
    sched = scheduler.start(_runtime(engine), blocking=False)
    try:
        sched.pause()
        jobs = {j.id: j for j in sched.get_jobs()}
        assert set(jobs) == {"process", "deliver", "digest", "retrain", "remind"}
        assert jobs["remind"].trigger.interval == timedelta(minutes=CFG.remind_every_minutes)
        for job in jobs.values():
            assert job.coalesce is True and job.max_instances == 1
            assert job.misfire_grace_time and job.misfire_grace_time > 0
            assert job.func_ref == "jobs.scheduler:run_job" and job.args == (job.id,)
        assert isinstance(jobs["process"].trigger, IntervalTrigger)
        assert jobs["process"].trigger.interval == timedelta(minutes=7)
        assert jobs["digest"].misfire_grace_time == CFG.digest_misfire_seconds
        digest = jobs["digest"].trigger
        assert isinstance(digest, CronTrigger) and str(digest.timezone) == "Europe/Madrid"
        # 08:30 in Madrid is 07:30 UTC in winter.
        fire = digest.get_next_fire_time(None, datetime(2026, 11, 20, 0, 0, tzinfo=UTC))
        assert fire.astimezone(UTC) == datetime(2026, 11, 20, 7, 30, tzinfo=UTC)
        assert fire.astimezone(ZoneInfo("Europe/Madrid")).hour == 8
        assert "apscheduler_jobs" in inspect(engine).get_table_names()
    finally:
        sched.shutdown(wait=False)
        scheduler.install(None)


def test_restart_keeps_the_stored_next_run_and_applies_changed_triggers(engine: Engine) -> None:
    first = scheduler.start(_runtime(engine), blocking=False)
    first.pause()
    digest_next = first.get_job("digest").next_run_time
    first.shutdown(wait=False)
    changed = ScheduleConfig(timezone="Europe/Madrid", process_every_minutes=3,
                             digest_cron="30 8 * * *")  # fmt: skip
    second = scheduler.start(Runtime(engine, RecordingNotifier(), changed), blocking=False)
    try:
        second.pause()
        assert second.get_job("digest").next_run_time == digest_next
        assert second.get_job("process").trigger.interval == timedelta(minutes=3)
        assert len(second.get_jobs()) == 5
    finally:
        second.shutdown(wait=False)
        scheduler.install(None)


def test_a_due_job_runs_through_the_store_and_is_recorded(engine: Engine) -> None:
    queue_alerts(engine, 2, at=datetime.now(UTC) - timedelta(minutes=1))
    notifier = RecordingNotifier()
    sched = scheduler.start(_runtime(engine, notifier), blocking=False)
    try:
        sched.modify_job("deliver", next_run_time=datetime.now(UTC))
        deadline = time.monotonic() + 10
        while len(notifier.alerts) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(notifier.alerts) == 2
        while not _runs(engine, "deliver") or _runs(engine, "deliver")[0].finished_at is None:
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        sched.shutdown(wait=True)
        scheduler.install(None)
    run = _runs(engine, "deliver")[0]
    assert run.ok and run.found_work and run.host


def test_execute_records_errors_without_raising(engine: Engine) -> None:
    rt = _runtime(engine)
    rt.schedule = ScheduleConfig()
    scheduler.TASKS["boom"] = lambda _rt: 1 / 0  # type: ignore[assignment,return-value]
    try:
        assert execute(rt, "boom") is False
    finally:
        del scheduler.TASKS["boom"]
    (run,) = _runs(engine, "boom")
    assert run.ok is False and "ZeroDivisionError" in (run.detail or "")


def test_digest_job_runs_once_a_day(engine: Engine) -> None:
    with Session(engine) as s:
        add_lead(s, score=90, created_at=datetime.now(UTC) - timedelta(hours=1))
        s.commit()
    notifier = RecordingNotifier()
    rt = _runtime(engine, notifier)
    assert execute(rt, "digest") is True
    assert execute(rt, "digest") is False  # a second replica, later the same morning
    assert len(notifier.digests) == 1
    first, second = _runs(engine, "digest")
    assert first.ok and first.found_work and first.detail is None
    assert second.ok and (second.detail or "").startswith("skipped: already ran")


def test_digest_job_skips_while_another_replica_holds_the_lock(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("advisory locks: PostgreSQL only")
    notifier = RecordingNotifier()
    with engine.connect() as other:
        assert other.execute(
            text("SELECT pg_try_advisory_lock(:k)"), {"k": scheduler.lock_key("digest")}
        ).scalar()
        assert execute(_runtime(engine, notifier), "digest") is False
        other.execute(text("SELECT pg_advisory_unlock_all()"))
    assert notifier.digests == []
    assert not [k for k in items(engine) if k.startswith("digest:")]
    (run,) = _runs(engine, "digest")
    assert "another replica holds" in (run.detail or "")
    # Released: the next replica's run sends it.
    assert execute(_runtime(engine, notifier), "digest") is True
    assert len(notifier.digests) == 1


def test_retrain_job_without_team_labels_keeps_the_model(engine: Engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from jobs.retrain import RetrainConfig

    rt = _runtime(engine)
    rt.retrain_config = RetrainConfig(model_dir=str(tmp_path / "models"))
    # Nobody has set a status yet: nothing to learn, no model written, the run recorded.
    assert execute(rt, "retrain") is False
    assert not (tmp_path / "models").exists() or not any((tmp_path / "models").iterdir())
    (run,) = _runs(engine, "retrain")
    assert run.ok and not run.found_work


def test_process_job_scores_then_delivers(engine: Engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from importlib import resources

    from jobs.ingest import ingest
    from jobs.process import ProcessConfig

    sample = resources.files("leads").joinpath("samples", "conversations.jsonl")
    lines = sample.read_text(encoding="utf-8").splitlines()[:40]
    path = tmp_path / "some.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert ingest(engine, [str(path)]).imported == 40
    notifier = RecordingNotifier()
    rt = Runtime(engine, notifier, CFG, process_config=ProcessConfig())
    assert execute(rt, "process") is True
    with Session(engine) as s:
        high = s.scalar(select(func.count()).select_from(Lead).where(Lead.score >= 80))
    assert high and len(notifier.alerts) == high  # queued and delivered in the same tick
    assert all(i.sent_at is not None for i in items(engine).values())
    scorer = rt.scorer
    assert scorer is not None
    assert execute(rt, "process") is False  # nothing new: no work, no second alert
    assert rt.scorer is scorer and len(notifier.alerts) == high
    runs = _runs(engine, "process")
    assert [r.found_work for r in runs] == [True, False] and all(r.ok for r in runs)


def test_deliver_job_drains_more_than_one_batch(engine: Engine) -> None:
    queue_alerts(engine, 120, at=datetime.now(UTC) - timedelta(minutes=1))
    notifier = RecordingNotifier()
    assert execute(_runtime(engine, notifier), "deliver") is True
    assert len(notifier.alerts) == 120


def test_two_replicas_at_once_send_one_digest(db_url: str) -> None:
    engines = [open_database(db_url), open_database(db_url)]
    try:
        with Session(engines[0]) as s:
            add_lead(s, score=90, created_at=datetime.now(UTC) - timedelta(hours=1))
            s.commit()
        notifier = RecordingNotifier(delay=0.5)  # the first replica is still sending
        results: list[bool] = []
        threads = [
            threading.Thread(
                target=lambda e=e: results.append(execute(_runtime(e, notifier), "digest"))
            )
            for e in engines
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(results) == [False, True]
        assert len(notifier.digests) == 1
        details = sorted(r.detail or "" for r in _runs(engines[0], "digest"))
        if engines[0].dialect.name == "postgresql":
            # The advisory lock stopped the second replica before it built anything.
            assert details[0] == "" and details[1].startswith("skipped: another replica")
        else:
            # One machine: the unique outbox key alone keeps it to one digest.
            assert details == ["", ""]
    finally:
        for e in engines:
            e.dispose()
