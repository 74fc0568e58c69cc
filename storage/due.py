"""Read due times as people write them ("friday", "3d", "2026-12-08") and show them.

Three statuses are promises: Follow-up, Waiting Response and Quote Request. Setting one
sets a due time, either the one given or the status's default; any other status clears
it. Days are counted in the schedule's time zone and a day-based due time lands at the
same local hour (`DueRules.at`, 09:00 unless configured), so a reminder arrives in the
morning; a "business day" skips Saturday and Sunday.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

FOLLOWUP_STATUSES: tuple[str, ...] = ("Follow-up", "Waiting Response", "Quote Request")
# Statuses after which nobody works a lead any more: `/leads mine` leaves them out.
CLOSED_STATUSES: tuple[str, ...] = ("Not Interested", "Spam", "Info Only")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SPAN = re.compile(r"^(\d{1,3})\s*(h|hours?|d|days?|bd|business\s*days?|w|weeks?)$")
_HOUR = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class DueError(ValueError):
    """Say why a due time could not be read, with the forms that work."""


def _hint() -> str:
    return "Write it as friday, tomorrow, 3d (days), 2bd (business days), 4h or 2026-12-08."


def parse_hour(text: str) -> time:
    """Return the local time of day in "HH:MM"; raise DueError otherwise."""
    m = _HOUR.match(text.strip())
    if not m:
        raise DueError(f"'{text}' is not a time of day such as 09:00.")
    return time(int(m.group(1)), int(m.group(2)))


def add_business_days(day: date, n: int) -> date:
    """Return the date `n` weekdays after `day` (Saturday and Sunday are skipped)."""
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def check_span(text: str) -> str:
    """Return `text` when it is a span such as 3d, 1bd, 2w or 4h; raise DueError otherwise."""
    if not _SPAN.match(text.strip().lower()):
        raise DueError(f"'{text}' is not a span such as 3d, 1bd, 2w or 4h.")
    return text


@dataclass(frozen=True, slots=True)
class DueRules:
    """Hold the time zone, the local hour day-based due times land on, and the defaults."""

    timezone: str = "UTC"
    at: str = "09:00"
    quote_request: str = "1bd"
    follow_up: str = "3d"
    waiting_response: str = "2d"

    @property
    def tz(self) -> ZoneInfo:
        """Return the time zone due times are read and shown in."""
        return ZoneInfo(self.timezone)

    def default_span(self, status: str) -> str | None:
        """Return the default span of a status that has a due time, else None."""
        return {
            "Quote Request": self.quote_request,
            "Follow-up": self.follow_up,
            "Waiting Response": self.waiting_response,
        }.get(status)

    def default_due(self, status: str, now: datetime) -> datetime | None:
        """Return the due time a status gets when none is given (None: it has none)."""
        span = self.default_span(status)
        return None if span is None else self.parse(span, now)

    def _on(self, day: date) -> datetime:
        local = datetime.combine(day, parse_hour(self.at), tzinfo=self.tz)
        return local.astimezone(UTC)

    def parse(self, text: str, now: datetime) -> datetime:
        """Return the UTC due time `text` means at `now`; raise DueError when unreadable or past."""
        word = " ".join(text.strip().lower().split())
        today = now.astimezone(self.tz).date()
        if m := _SPAN.match(word):
            n, unit = int(m.group(1)), m.group(2)
            if unit.startswith("h"):
                return (now + timedelta(hours=n)).astimezone(UTC)
            if unit.startswith("b"):
                return self._on(add_business_days(today, n))
            days = n * 7 if unit.startswith("w") else n
            return self._on(today + timedelta(days=days))
        if word in ("today", "now"):
            return max(self._on(today), now.astimezone(UTC))
        if word == "tomorrow":
            return self._on(today + timedelta(days=1))
        for i, name in enumerate(_WEEKDAYS):
            if len(word) >= 3 and name.startswith(word):
                ahead = (
                    i - today.weekday() - 1
                ) % 7 + 1  # 1-7 days: "friday" on a Friday is next week
                return self._on(today + timedelta(days=ahead))
        return self._absolute(word, text, now)

    def _absolute(self, word: str, text: str, now: datetime) -> datetime:
        try:
            if len(word) == 10:
                when = self._on(date.fromisoformat(word))
            else:
                parsed = datetime.fromisoformat(word.upper().replace(" ", "T"))
                when = parsed if parsed.tzinfo else parsed.replace(tzinfo=self.tz)
                when = when.astimezone(UTC)
        except ValueError:
            raise DueError(f"I can't read the due time '{text}'. {_hint()}") from None
        if when <= now:
            raise DueError(f"The due time '{text}' has passed. {_hint()}")
        return when

    def label(self, when: datetime | None) -> str:
        """Return a due time as people read it in the configured zone: "Fri 4 Dec 09:00 CET"."""
        if when is None:
            return "-"
        local = when.astimezone(self.tz)
        return f"{local:%a} {local.day} {local:%b %Y %H:%M} {local.tzname()}"

    def day_end(self, now: datetime) -> datetime:
        """Return the end of the local day of `now` (what "due today" counts up to)."""
        tomorrow = now.astimezone(self.tz).date() + timedelta(days=1)
        return datetime.combine(tomorrow, time(), tzinfo=self.tz).astimezone(UTC)
