"""Build the digest from stored leads and queue/deliver it once per day (real DB)."""

from __future__ import annotations

import csv
import io
import threading
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine
from sqlmodel import Session

from jobs import digest as digest_job
from jobs.digest import Digest, build_digest, digest_key
from jobs.notify import ConsoleNotifier, DeliveryError
from storage.db import open_database
from storage.export import COLUMNS
from tests.jobs.outbox_helpers import RecordingNotifier, add_lead, items

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def _seed(engine: Engine) -> None:
    with Session(engine) as s:
        # In the window (the 24 hours before NOW).
        for score, hours_ago, status in [
            (95, 1, "Quote Request"), (88, 2, "Opportunity"), (82, 3, "Quote Request"),
            (70, 4, "Potential Customer"), (65, 5, "Info Only"), (61, 6, "Info Only"),
            (45, 7, "Info Only"), (10, 8, "Spam"),
        ]:  # fmt: skip
            add_lead(s, score=score, created_at=NOW - timedelta(hours=hours_ago),
                     status=status, name=f"W{score}")  # fmt: skip
        # The previous window: 3 leads averaging 50.
        for score in (30, 50, 70):
            add_lead(s, score=score, created_at=NOW - timedelta(hours=30))
        # Older: counted in the 14-day chart only; newer than NOW: nowhere.
        add_lead(s, score=90, created_at=NOW - timedelta(days=5))
        add_lead(s, score=90, created_at=NOW - timedelta(days=20))
        add_lead(s, score=90, created_at=NOW + timedelta(minutes=1))
        s.commit()


def test_build_digest_figures(engine: Engine) -> None:
    _seed(engine)
    with Session(engine) as s:
        d = build_digest(s, now=NOW, hours=24)
    assert d.total == 8
    assert d.by_quality == {"high": 3, "medium": 3, "low": 1, "very_low": 1}
    assert d.by_status == {"Info Only": 3, "Quote Request": 2, "Opportunity": 1,
                           "Potential Customer": 1, "Spam": 1}  # fmt: skip
    assert d.average_score == round((95 + 88 + 82 + 70 + 65 + 61 + 45 + 10) / 8, 1)
    assert d.previous_total == 3 and d.previous_average == 50.0
    assert d.change_total == 5
    assert [t["name"] for t in d.top] == ["W95", "W88", "W82", "W70", "W65"]
    assert d.top[0]["request"] == "price list"
    assert [r["score"] for r in d.records] == [95, 88, 82, 70, 65, 61, 45, 10]
    rows = list(csv.reader(io.StringIO(d.csv_text())))
    assert tuple(rows[0]) == COLUMNS and len(rows) == 9
    assert len(d.daily) == 14 and d.daily[-1]["day"] == "2026-11-20"
    by_day = {x["day"]: x for x in d.daily}
    assert by_day["2026-11-15"]["high"] == 1  # five days ago
    assert sum(sum(v for k, v in x.items() if k != "day") for x in d.daily) == 8 + 3 + 1
    assert d.day == "2026-11-20"


def test_daily_counts_use_the_local_day(engine: Engine) -> None:
    with Session(engine) as s:
        # 23:30 UTC on the 19th is 00:30 on the 20th in Madrid.
        add_lead(s, score=85, created_at=datetime(2026, 11, 19, 23, 30, tzinfo=UTC))
        s.commit()
        madrid = build_digest(s, now=NOW, hours=24, timezone="Europe/Madrid")
        utc = build_digest(s, now=NOW, hours=24, timezone="UTC")
    assert {x["day"]: x["high"] for x in madrid.daily}["2026-11-20"] == 1
    assert {x["day"]: x["high"] for x in utc.daily}["2026-11-19"] == 1
    assert digest_key(datetime(2026, 11, 19, 23, 30, tzinfo=UTC), "Europe/Madrid") == (
        "digest:2026-11-20"
    )


def test_digest_round_trips_through_the_outbox_payload(engine: Engine) -> None:
    _seed(engine)
    with Session(engine) as s:
        d = build_digest(s, now=NOW, hours=24, timezone="Europe/Madrid")
    back = Digest.from_dict(d.to_dict())
    assert back.to_dict() == d.to_dict() and back.records == []


def test_run_once_sends_one_digest_per_day(engine: Engine) -> None:
    _seed(engine)
    notifier = RecordingNotifier()
    assert digest_job.run_once(engine, notifier, now=NOW) is True
    assert digest_job.run_once(engine, notifier, now=NOW + timedelta(hours=3)) is False
    assert len(notifier.digests) == 1
    sent, csv_text, done = notifier.digests[0]
    assert sent.total == 8 and done is None
    assert len(list(csv.reader(io.StringIO(csv_text)))) == 9  # rebuilt from the window
    item = items(engine)["digest:2026-11-20"]
    assert item.kind == "digest" and item.sent_at is not None
    # The next day is a new digest.
    assert digest_job.run_once(engine, notifier, now=NOW + timedelta(days=1)) is True
    assert len(notifier.digests) == 2


def test_failed_digest_is_retried_by_delivery_not_rebuilt(engine: Engine) -> None:
    _seed(engine)
    failing = RecordingNotifier(fail=DeliveryError("down", permanent=False, ref={"ts": "1.2"}))
    assert digest_job.run_once(engine, failing, now=NOW) is True
    item = items(engine)["digest:2026-11-20"]
    assert item.sent_at is None and item.ref == {"ts": "1.2"}
    ok = RecordingNotifier()
    # A second run the same day does not queue another; the retry passes what landed.
    assert digest_job.run_once(engine, ok, now=NOW + timedelta(minutes=2)) is False
    assert len(ok.digests) == 1 and ok.digests[0][2] == {"ts": "1.2"}


def test_two_runners_same_day_send_one_digest(db_url: str) -> None:
    engines = [open_database(db_url) for _ in range(3)]
    try:
        with Session(engines[0]) as s:
            add_lead(s, score=90, created_at=NOW - timedelta(hours=1))
            s.commit()
        notifier = RecordingNotifier(delay=0.05)
        results: list[bool] = []
        threads = [
            threading.Thread(
                target=lambda e=e: results.append(digest_job.run_once(e, notifier, now=NOW))
            )
            for e in engines
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(results) == [False, False, True]
        assert len(notifier.digests) == 1
        assert [k for k in items(engines[0]) if k.startswith("digest:")] == ["digest:2026-11-20"]
    finally:
        for e in engines:
            e.dispose()


def test_console_notifier_prints_the_digest(engine: Engine) -> None:
    from rich.console import Console

    _seed(engine)
    console = Console(record=True, width=120)
    with Session(engine) as s:
        d = build_digest(s, now=NOW, hours=24)
    ConsoleNotifier(console).send_digest(d, d.csv_text())
    text = console.export_text()
    assert "8" in text and "W95" in text and "Last 14 days" in text
    assert "leads-2026-11-20.csv (8 leads" in text
