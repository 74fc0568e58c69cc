"""Read due times as people write them, in the schedule's time zone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storage.due import DueError, DueRules

MADRID = DueRules(timezone="Europe/Madrid")
FRIDAY_4PM = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)  # 16:00 in Madrid


@pytest.mark.parametrize(
    ("text", "local"),
    [
        ("1bd", "2026-12-07 09:00"),  # Friday + 1 business day: Monday
        ("3bd", "2026-12-09 09:00"),
        ("3d", "2026-12-07 09:00"),  # calendar days land on Monday too
        ("2d", "2026-12-06 09:00"),  # Sunday: plain days do not skip weekends
        ("1w", "2026-12-11 09:00"),
        ("4h", "2026-12-04 20:00"),
        ("tomorrow", "2026-12-05 09:00"),
        ("friday", "2026-12-11 09:00"),  # on a Friday, "friday" is next week's
        ("mon", "2026-12-07 09:00"),
        ("Tuesday", "2026-12-08 09:00"),
        ("2026-12-08", "2026-12-08 09:00"),
        ("2026-12-08T15:30", "2026-12-08 15:30"),
        ("today", "2026-12-04 16:00"),  # 09:00 has passed: due now
    ],
)
def test_forms_people_write(text: str, local: str) -> None:
    when = MADRID.parse(text, FRIDAY_4PM)
    assert when.tzinfo is not None
    assert when.astimezone(MADRID.tz).strftime("%Y-%m-%d %H:%M") == local


def test_defaults_per_status() -> None:
    rules = DueRules()
    assert rules.default_due("Quote Request", FRIDAY_4PM) == datetime(2026, 12, 7, 9, tzinfo=UTC)
    assert rules.default_due("Follow-up", FRIDAY_4PM) == datetime(2026, 12, 7, 9, tzinfo=UTC)
    assert rules.default_due("Waiting Response", FRIDAY_4PM) == datetime(2026, 12, 6, 9, tzinfo=UTC)
    assert rules.default_due("Contacted", FRIDAY_4PM) is None


def test_summer_time_keeps_the_local_hour() -> None:
    before_switch = datetime(2027, 3, 26, 12, tzinfo=UTC)  # a Friday; Spain moves on the 28th
    when = MADRID.parse("1bd", before_switch)
    assert when == datetime(2027, 3, 29, 7, tzinfo=UTC)  # 09:00 CEST
    assert MADRID.label(when) == "Mon 29 Mar 2027 09:00 CEST"


@pytest.mark.parametrize(("text", "message"), [
    ("someday", "I can't read the due time"),
    ("2026-12-01", "has passed"),
    ("2026-13-01", "I can't read the due time"),
])  # fmt: skip
def test_unreadable_or_past_times_are_refused(text: str, message: str) -> None:
    with pytest.raises(DueError, match=message):
        MADRID.parse(text, FRIDAY_4PM)


def test_day_end_is_local_midnight() -> None:
    assert MADRID.day_end(FRIDAY_4PM) == datetime(2026, 12, 4, 23, tzinfo=UTC)
