"""Define where alerts and digests go: one class per destination behind one interface."""

from __future__ import annotations

from typing import Any, Protocol


class DeliveryError(Exception):
    """Say that a delivery failed and whether trying again later can help.

    `permanent=True` (channel not found, not in channel, invalid auth) records the item
    as failed for good; otherwise it is retried with back-off, after `retry_after`
    seconds at the earliest when the destination said so.
    """

    def __init__(self, message: str, *, permanent: bool, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.retry_after = retry_after


class Notifier(Protocol):
    """Deliver alerts and digests to one destination."""

    name: str

    def send_alert(self, alert: dict[str, Any]) -> dict[str, Any]:
        """Deliver one lead alert; return where it landed (e.g. channel and ts)."""
        ...

    def send_digest(self, digest: Any, csv_text: str) -> dict[str, Any]:
        """Deliver the digest (a jobs.digest.Digest) with its CSV; return where it landed."""
        ...
