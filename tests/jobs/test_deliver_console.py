"""Deliver alerts to the terminal (ConsoleNotifier): readable panels, then one line, then a count."""

from __future__ import annotations

from rich.console import Console
from sqlalchemy import Engine

from jobs import deliver
from jobs.notify import ConsoleNotifier
from tests.jobs.outbox_helpers import T0, alert_payload, items, queue_alerts


def test_console_alert_shows_the_lead() -> None:
    console = Console(record=True, width=120)
    alert = {**alert_payload(3), "name": "Ana [bold]Ruiz[/]", "request": "need 12 panels"}
    ref = ConsoleNotifier(console).send_alert(alert)
    text = console.export_text()
    assert ref == {"destination": "console"}
    for part in ("90 · high", "Ana [bold]Ruiz[/]", "p3@example.com", "+34612345678", "Sales Bot",
                 "website chat", "need 12 panels", "asked for a quote", "[View conversation]"):  # fmt: skip
        assert part in text, part


def test_console_delivery_compacts_and_counts(engine: Engine) -> None:
    queue_alerts(engine, 6)
    console = Console(record=True, width=120)
    notifier = ConsoleNotifier(console, compact_after=2, hide_after=4, destination=True)
    assert deliver.run_once(engine, notifier, now=T0) is True
    text = console.export_text()
    assert text.count("[View conversation]") == 2  # two panels
    assert "Person 3 · Quote Request · a quote for 3 units" in text
    assert "Person 4 ·" in text and "Person 5" not in text and "Person 6" not in text
    assert notifier.alerts == 6 and notifier.hidden == 2
    assert all(i.sent_at is not None for i in items(engine).values())


def test_console_preview_shows_each_item_once_and_consumes_none(engine: Engine) -> None:
    queue_alerts(engine, 3)
    console = Console(record=True, width=120)
    notifier = ConsoleNotifier(console)  # no token, no setting: a preview
    for _ in range(3):  # a scheduler asks every minute
        assert deliver.run_once(engine, notifier, now=T0) is False
    text = console.export_text()
    assert text.count("[View conversation]") == 3  # each alert shown once
    assert all(i.sent_at is None and not i.failed and i.attempts == 0
               for i in items(engine).values())  # fmt: skip
