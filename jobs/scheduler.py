"""Run the jobs on a schedule with APScheduler (the only module that imports it).

Jobs live in APScheduler's SQLAlchemy job store, in the leads database, so a restart
keeps the schedule and a digest missed while the worker was down still goes out
within its misfire grace time. The store pickles each job's function reference and
arguments, so the stored callable is the module-level `run_job(name)`; the live
objects it needs (engine, notifier, configs) are installed per process by `start()`.

Several schedulers may share the store (several `leads worker`s on PostgreSQL). Each
then fires each job: processing and delivery are safe to run side by side (their
claims use SKIP LOCKED); the once-a-day jobs take a PostgreSQL advisory lock and skip
when another replica holds it or ran them in the last hours, and the digest's outbox
key is unique per day besides.
"""

from __future__ import annotations

import hashlib
import logging
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import Engine, or_, select, text, update

from jobs import deliver, digest
from jobs.notify import Notifier
from storage.db import is_sqlite, session_scope
from storage.models import JobRun, utcnow

log = logging.getLogger(__name__)

JOB_STORE_TABLE = "apscheduler_jobs"
# Stored reference of every job: a module-level function the job store can pickle.
JOB_FUNC = "jobs.scheduler:run_job"
ONCE_A_DAY = ("digest", "retrain")
# A once-a-day job that succeeded this recently is not run again by another replica.
ONCE_A_DAY_GAP = timedelta(hours=12)
SKIPPED = "skipped"
DELIVER_BATCHES = 10  # of deliver.run_once's 50 items each


def parse_cron(expr: str, timezone: str) -> CronTrigger:
    """Return the trigger for a 5-field cron expression; raise ValueError when it is not one."""
    if len(expr.split()) != 5:
        raise ValueError("expected 5 fields: minute hour day month weekday")
    return CronTrigger.from_crontab(expr, timezone=timezone)


@dataclass(frozen=True, slots=True)
class ScheduleConfig:
    """Say when each job runs and how long a missed run may still start late."""

    timezone: str = "UTC"
    process_every_minutes: int = 5
    deliver_every_seconds: int = 60
    digest_cron: str = "0 8 * * *"
    retrain_cron: str = "0 3 * * 0"
    remind_every_minutes: int = 15
    digest_hours: int = 24
    max_attempts: int = 8
    # A digest missed while every worker was down still goes out up to 6 hours late.
    digest_misfire_seconds: int = 6 * 3600
    retrain_misfire_seconds: int = 24 * 3600


@dataclass(slots=True)
class Runtime:
    """Hold the live objects the jobs of this process use (never stored or pickled)."""

    engine: Engine
    notifier: Notifier
    schedule: ScheduleConfig
    # Handed to jobs.process.run_once / jobs.retrain.run_once as their config.
    process_config: Any = None
    retrain_config: Any = None
    # jobs.remind.RemindConfig (None: its defaults).
    remind_config: Any = None
    # The loaded scoring model, kept between process runs; a retrain drops it.
    scorer: Any = None


_runtime: Runtime | None = None


def install(runtime: Runtime | None) -> None:
    """Make `runtime` the one `run_job` uses in this process (None removes it)."""
    global _runtime
    _runtime = runtime


# -- the jobs ------------------------------------------------------------------------


def _process(rt: Runtime) -> bool:
    from jobs import process  # written alongside; imported when the job first runs

    if rt.scorer is None:
        rt.scorer = process.load_scorer(rt.process_config)
    found = bool(process.run_once(rt.engine, rt.process_config, scorer=rt.scorer))
    # Alerts the batch queued go out in the same tick, not a minute later.
    return _deliver(rt) or found


def _deliver(rt: Runtime) -> bool:
    # Several outbox batches per tick drain a backlog; the bound keeps one tick short.
    found = False
    for _ in range(DELIVER_BATCHES):
        if not deliver.run_once(rt.engine, rt.notifier, max_attempts=rt.schedule.max_attempts):
            break
        found = True
    return found


def _digest(rt: Runtime) -> bool:
    return digest.run_once(
        rt.engine,
        rt.notifier,
        hours=rt.schedule.digest_hours,
        timezone=rt.schedule.timezone,
        max_attempts=rt.schedule.max_attempts,
    )


def _remind(rt: Runtime) -> bool:
    from jobs import remind

    return remind.run_once(rt.engine, rt.notifier, config=rt.remind_config)


def _retrain(rt: Runtime) -> bool:
    from jobs.retrain import run_once as retrain  # the training stack loads on first use

    found = bool(retrain(rt.engine, rt.retrain_config))
    rt.scorer = None  # the next process run loads the model the retrain accepted
    return found


TASKS: dict[str, Callable[[Runtime], bool]] = {
    "process": _process,
    "deliver": _deliver,
    "digest": _digest,
    "retrain": _retrain,
    "remind": _remind,
}


def lock_key(name: str) -> int:
    """Return the PostgreSQL advisory lock key (a signed 64-bit int) of a job."""
    digest_bytes = hashlib.sha256(f"leads:job:{name}".encode()).digest()
    return int.from_bytes(digest_bytes[:8], "big", signed=True)


@contextmanager
def advisory_lock(engine: Engine, name: str) -> Iterator[bool]:
    """Hold the job's PostgreSQL advisory lock while inside; yield False when taken.

    SQLite serves one machine, where APScheduler's max_instances already keeps one
    run at a time, so it always yields True.
    """
    if is_sqlite(engine):
        yield True
        return
    key = lock_key(name)
    with engine.connect() as conn:
        got = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar())
        conn.commit()
        try:
            yield got
        finally:
            if got:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                conn.commit()


def _ran_recently(engine: Engine, name: str, now: datetime) -> bool:
    with session_scope(engine) as session:
        stmt = select(JobRun.id).where(
            JobRun.job == name,
            JobRun.ok.is_(True),
            JobRun.finished_at.is_not(None),
            JobRun.started_at >= now - ONCE_A_DAY_GAP,
            or_(JobRun.detail.is_(None), ~JobRun.detail.startswith(SKIPPED)),
        )
        return session.scalar(stmt.limit(1)) is not None


def _record(engine: Engine, name: str, started: datetime) -> int:
    with session_scope(engine) as session:
        run = JobRun(job=name, started_at=started, host=socket.gethostname()[:200])
        session.add(run)
        session.flush()
        assert run.id is not None
        return run.id


def _finish(engine: Engine, run_id: int, *, found: bool, ok: bool, detail: str | None) -> None:
    with session_scope(engine) as session:
        session.execute(
            update(JobRun)
            .where(JobRun.id == run_id)
            .values(finished_at=utcnow(), found_work=found, ok=ok, detail=detail)
        )


def execute(rt: Runtime, name: str, *, now: datetime | None = None) -> bool:
    """Run one job now, recorded in JobRun; once-a-day jobs run on one replica only.

    Returns the job's "found work"; an error is logged and recorded, never raised, so
    the scheduler keeps going.
    """
    task = TASKS[name]
    now = now or utcnow()
    run_id = _record(rt.engine, name, now)
    found, ok, detail = False, True, None
    try:
        if name in ONCE_A_DAY:
            with advisory_lock(rt.engine, name) as got:
                if not got:
                    detail = f"{SKIPPED}: another replica holds the {name} lock"
                elif _ran_recently(rt.engine, name, now):
                    detail = f"{SKIPPED}: already ran in the last {ONCE_A_DAY_GAP}"
                else:
                    found = task(rt)
        else:
            found = task(rt)
    except Exception as exc:
        ok, detail = False, f"{type(exc).__name__}: {exc}"[:1000]
        # The type only at ERROR: messages of failed steps may quote customer text.
        log.error("job %s failed: %s", name, type(exc).__name__)
        log.debug("job %s failed", name, exc_info=True)
    if detail and detail.startswith(SKIPPED):
        log.info("job %s %s", name, detail)
    _finish(rt.engine, run_id, found=found, ok=ok, detail=detail)
    return found


def run_job(name: str) -> bool:
    """Run the job `name` with this process's runtime (the job store's stored callable)."""
    if _runtime is None:
        raise RuntimeError("jobs.scheduler.start() installs the runtime before jobs run")
    return execute(_runtime, name)


# -- the scheduler -------------------------------------------------------------------


def job_specs(cfg: ScheduleConfig) -> dict[str, tuple[BaseTrigger, int]]:
    """Return each job's trigger and misfire grace time (seconds) for `cfg`."""
    every = cfg.process_every_minutes * 60
    return {
        "process": (IntervalTrigger(minutes=cfg.process_every_minutes, timezone=cfg.timezone),
                    every),
        "deliver": (IntervalTrigger(seconds=cfg.deliver_every_seconds, timezone=cfg.timezone),
                    cfg.deliver_every_seconds),
        "digest": (parse_cron(cfg.digest_cron, cfg.timezone), cfg.digest_misfire_seconds),
        "retrain": (parse_cron(cfg.retrain_cron, cfg.timezone), cfg.retrain_misfire_seconds),
        "remind": (IntervalTrigger(minutes=cfg.remind_every_minutes, timezone=cfg.timezone),
                   cfg.remind_every_minutes * 60),
    }  # fmt: skip


def _same_trigger(a: BaseTrigger, b: BaseTrigger) -> bool:
    if isinstance(a, IntervalTrigger) and isinstance(b, IntervalTrigger):
        return a.interval == b.interval and str(a.timezone) == str(b.timezone)
    return repr(a) == repr(b)


def build_scheduler(rt: Runtime) -> BaseScheduler:
    """Return a background scheduler (not started) whose job store is the leads database."""
    return BackgroundScheduler(
        jobstores={"default": SQLAlchemyJobStore(engine=rt.engine, tablename=JOB_STORE_TABLE)},
        executors={"default": {"type": "threadpool", "max_workers": 4}},
        job_defaults={"coalesce": True, "max_instances": 1},
        timezone=rt.schedule.timezone,
    )


def register_jobs(scheduler: BaseScheduler, cfg: ScheduleConfig) -> None:
    """Add or update the jobs; a stored job whose trigger is unchanged keeps its next run.

    Keeping it is what lets a digest missed while every worker was down go out on the
    next start (within its misfire grace time) instead of being rescheduled past.
    """
    for name, (trigger, grace) in job_specs(cfg).items():
        options = {"coalesce": True, "max_instances": 1, "misfire_grace_time": grace}
        existing = scheduler.get_job(name)
        if existing is not None and _same_trigger(existing.trigger, trigger):
            existing.modify(name=name, **options)
            continue
        if isinstance(trigger, IntervalTrigger):
            # A new worker processes and delivers the backlog at once, not an interval later.
            options["next_run_time"] = datetime.now(trigger.timezone)
        scheduler.add_job(
            JOB_FUNC, trigger, args=[name], id=name, name=name, replace_existing=True, **options
        )


def start(rt: Runtime, *, blocking: bool, stop: threading.Event | None = None) -> BaseScheduler:
    """Install the runtime, register the jobs and start the scheduler.

    blocking=False returns the running scheduler. blocking=True returns only after
    `stop` is set (e.g. by a SIGTERM handler), once the running jobs have finished, so
    an alert being sent is recorded as sent rather than left in flight.
    """
    install(rt)
    scheduler = build_scheduler(rt)
    # Paused while registering: the stored jobs are read, none fires half-registered.
    scheduler.start(paused=True)
    register_jobs(scheduler, rt.schedule)
    scheduler.resume()
    if not blocking:
        return scheduler
    stop = stop or threading.Event()
    try:
        # A timed wait lets signal handlers run promptly on the main thread.
        while not stop.wait(1.0):
            pass
    finally:
        scheduler.shutdown(wait=True)
    return scheduler
