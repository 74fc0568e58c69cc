"""Define where alerts and digests go: one class per destination behind one interface."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Any, Protocol

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from jobs.digest_data import Digest


class DeliveryError(Exception):
    """Say that a delivery failed and whether trying again later can help.

    `permanent=True` (channel not found, not in channel, invalid auth) records the item
    as failed for good; otherwise it is retried with back-off, after `retry_after`
    seconds at the earliest when the destination said so. `ref` records what already
    landed before the failure (e.g. the digest message whose file upload failed), so a
    retry finishes the delivery instead of repeating it. `uncertain=True` says the
    destination may have acted (the connection dropped after the request was sent): the
    next attempt must look before it sends again.
    """

    def __init__(
        self,
        message: str,
        *,
        permanent: bool,
        retry_after: float | None = None,
        ref: dict[str, Any] | None = None,
        uncertain: bool = False,
    ) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.uncertain = uncertain
        self.retry_after = retry_after
        self.ref = ref


class Notifier(Protocol):
    """Deliver alerts and digests to one destination.

    `is_destination` False makes it a preview: `jobs.deliver` shows the due items
    through it and leaves them queued for the real destination (the console when Slack
    is not configured).
    """

    name: str
    is_destination: bool

    def send_alert(
        self, alert: dict[str, Any], *, key: str | None = None, check: bool = False
    ) -> dict[str, Any]:
        """Deliver one lead alert; return where it landed (e.g. channel and ts).

        `key` (the outbox key) tags the post so it can be found again; with `check`
        an earlier attempt's outcome is unknown: return where it landed if it did.
        """
        ...

    def send_digest(
        self,
        digest: Digest,
        csv_text: str,
        *,
        done: dict[str, Any] | None = None,
        key: str | None = None,
        check: bool = False,
    ) -> dict[str, Any]:
        """Deliver the digest with its CSV; return where it landed.

        `done` is the `ref` of an earlier attempt that failed half-way: what it names
        was delivered already and must not be sent again. `key`, `check`: as send_alert.
        """
        ...

    def send_reminder(
        self, reminder: dict[str, Any], *, key: str | None = None, check: bool = False
    ) -> dict[str, Any]:
        """Deliver one reminder (a lead overdue, or a hot lead nobody took); return where.

        `reminder["kind"]` is "due" (to its `owner`, or the team without one) or
        "first_touch"; `reminder["lead"]` is the lead's card data. `key`, `check`: as
        send_alert.
        """
        ...


QUALITY_STYLES = {"high": "bold green", "medium": "yellow", "low": "cyan", "very_low": "dim"}
QUALITY_LABELS = {"high": "high", "medium": "medium", "low": "low", "very_low": "very low"}
_SOURCES = {"widget": "website chat", "whatsapp": "WhatsApp"}


def _factor_lines(alert: dict[str, Any]) -> list[str]:
    pros = alert.get("factors_for")
    cons = alert.get("factors_against")
    if pros is None and cons is None:
        tops = alert.get("top_factors") or []
        pros = [f for f in tops if not f.startswith("- ")]
        cons = [f[2:] for f in tops if f.startswith("- ")]
    lines = [f"[green]+[/] {escape(f)}" for f in (pros or [])[:5]]
    lines += [f"[red]-[/] {escape(f)}" for f in (cons or [])[:3]]
    return lines


def alert_panel(alert: dict[str, Any]) -> Panel:
    """Return a rich panel showing a lead alert as the Slack message shows it."""
    quality = str(alert.get("quality") or "")
    style = QUALITY_STYLES.get(quality, "")
    who = alert.get("name") or alert.get("email") or alert.get("phone") or f"Lead {alert.get('id')}"
    title = (
        f"[{style}]{alert.get('score', 0)} · {QUALITY_LABELS.get(quality, quality)}[/] "
        f"[bold]{escape(str(who))}[/]"
    )
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim")
    grid.add_column()
    for label, key in (("Email", "email"), ("Phone", "phone"), ("Agent", "agent")):
        grid.add_row(label, escape(str(alert.get(key) or "-")))
    grid.add_row("Source", _SOURCES.get(alert.get("source") or "", alert.get("source") or "-"))
    grid.add_row("Created", escape(str(alert.get("created_at") or "-")))
    grid.add_row("Status", escape(str(alert.get("status") or "-")))
    parts: list[Any] = [grid]
    if alert.get("request"):
        request = " ".join(str(alert["request"]).split())
        parts.append(Text.assemble(("Asked for: ", "dim"), request[:400]))
    factors = _factor_lines(alert)
    if factors:
        parts.append("[dim]Why:[/] " + "  ".join(factors))
    parts.append(
        "[dim]\\[Contacted] \\[Quote Request] \\[Opportunity] \\[Not Interested] \\[Spam] "
        "\\[Set status…] \\[View conversation][/]"
    )
    return Panel(Group(*parts), title=title, title_align="left", border_style=style or "white")


def _bar(counts: dict[str, int], scale: float) -> Text:
    bar = Text()
    for band in ("high", "medium", "low", "very_low"):
        n = counts.get(band, 0)
        bar.append("█" * round(n * scale), style=QUALITY_STYLES[band])
    return bar


def digest_renderables(digest: Digest, *, rows_shown: int = 5) -> list[Any]:
    """Return rich renderables for the digest: headline, bands, statuses, top, 14 days."""
    avg = "-" if digest.average_score is None else f"{digest.average_score:.1f}"
    change = digest.change_total
    head = Table.grid(padding=(0, 4))
    head.add_row(
        f"[bold]{digest.total}[/]\nnew leads ({'+' if change >= 0 else ''}{change} vs before)",
        f"[bold green]{digest.by_quality.get('high', 0)}[/]\nhigh",
        f"[bold yellow]{digest.by_quality.get('medium', 0)}[/]\nmedium",
        f"[bold]{avg}[/]\naverage score",
    )
    out: list[Any] = [
        f"[bold]Digest[/] for the {digest.hours} hours to {digest.end_label} ({digest.timezone})",
        head,
    ]
    if digest.by_status:
        statuses = ", ".join(f"{escape(k)} {v}" for k, v in digest.by_status.items())
        out.append(f"[dim]By status:[/] {statuses}")
    if digest.overdue:
        late = ", ".join(
            f"{r.get('id')} {escape(str(r.get('name') or '-'))} ({escape(str(r.get('due')))})"
            for r in digest.overdue_top
        )
        more = (
            f" +{digest.overdue - len(digest.overdue_top)} more"
            if digest.overdue > len(digest.overdue_top)
            else ""
        )
        out.append(f"[bold red]Overdue: {digest.overdue}[/] {late}{more}")
    if digest.top:
        top = Table(title=f"Top {min(rows_shown, len(digest.top))}", title_justify="left")
        for col in ("id", "score", "name", "status", "source", "asked for"):
            top.add_column(col, overflow="fold")
        for rec in digest.top[:rows_shown]:
            top.add_row(
                str(rec.get("id")),
                str(rec.get("score")),
                escape(str(rec.get("name") or "-")),
                escape(str(rec.get("status") or "-")),
                escape(str(rec.get("source") or "-")),
                escape(_clip(rec.get("request"), 60)),
            )
        out.append(top)
    if digest.daily:
        peak = max(sum(d.get(b, 0) for b in QUALITY_STYLES) for d in digest.daily) or 1
        scale = min(1.0, 40 / peak)
        chart = Table.grid(padding=(0, 1))
        for day in digest.daily:
            total = sum(day.get(b, 0) for b in QUALITY_STYLES)
            chart.add_row(f"[dim]{day['day'][5:]}[/]", _bar(day, scale), str(total))
        legend = "  ".join(f"[{s}]█[/] {QUALITY_LABELS[b]}" for b, s in QUALITY_STYLES.items())
        out.append(Panel(chart, title=f"Last 14 days by quality  {legend}", title_align="left"))
    return out


class ConsoleNotifier:
    """Show alerts and digests in the terminal (used when SLACK_BOT_TOKEN is not set).

    By default it is a preview (`is_destination` False): what it shows stays queued for
    Slack, and each item is shown once per process however often a scheduler asks.
    `destination=True` (`delivery.console_is_destination`, the demo) makes printing count
    as delivering.
    """

    name = "console"

    def __init__(
        self,
        console: Console | None = None,
        *,
        compact_after: int | None = None,
        hide_after: int | None = None,
        destination: bool = False,
    ) -> None:
        self.console = console or Console()
        self.is_destination = destination
        self._shown: set[str] = set()
        # Past `compact_after` alerts one line each, past `hide_after` only counted
        # (`hidden`): a long run stays readable.
        self.compact_after = compact_after
        self.hide_after = hide_after
        self.alerts = 0
        self.hidden = 0
        self.digests = 0
        self.reminders = 0

    def send_alert(
        self, alert: dict[str, Any], *, key: str | None = None, check: bool = False
    ) -> dict[str, Any]:
        """Print the alert as a panel (or one line, or nothing: see __init__); return a ref."""
        if self._seen(key):
            return {"destination": self.name}
        self.alerts += 1
        if self.hide_after is not None and self.alerts > self.hide_after:
            self.hidden += 1
        elif self.compact_after is not None and self.alerts > self.compact_after:
            quality = str(alert.get("quality") or "")
            self.console.print(
                f"[{QUALITY_STYLES.get(quality, '')}]{alert.get('score', 0)}[/] "
                f"{escape(str(alert.get('name') or alert.get('email') or '-'))} · "
                f"{escape(str(alert.get('status') or '-'))} · "
                f"{escape(_clip(alert.get('request'), 70))}"
            )
        else:
            self.console.print(alert_panel(alert))
        return {"destination": self.name}

    def send_reminder(
        self, reminder: dict[str, Any], *, key: str | None = None, check: bool = False
    ) -> dict[str, Any]:
        """Print one line per reminder: the lead, why it is shown, and for whom."""
        lead = reminder.get("lead") or {}
        who = escape(str(lead.get("name") or lead.get("email") or f"Lead {lead.get('id')}"))
        if reminder.get("kind") == "first_touch":
            why = f"nobody has picked it up {reminder.get('minutes')} min after its alert"
        else:
            owner = reminder.get("owner")
            why = f"{escape(str(lead.get('status')))} due {escape(str(reminder.get('due_label')))}"
            why += f" · for {escape(owner)}" if owner else " · no owner"
        self.console.print(f"[bold]⏰ Lead {lead.get('id')}[/] {who}: {why}")
        self.reminders += 1
        return {"destination": self.name}

    def send_digest(
        self,
        digest: Digest,
        csv_text: str,
        *,
        done: dict[str, Any] | None = None,
        key: str | None = None,
        check: bool = False,
    ) -> dict[str, Any]:
        """Print the digest and say how many CSV rows Slack would get attached."""
        if self._seen(key):
            return {"destination": self.name}
        for renderable in digest_renderables(digest):
            self.console.print(renderable)
        # csv.reader, not splitlines: a quoted cell may hold a line break.
        rows = max(0, sum(1 for _ in csv.reader(io.StringIO(csv_text))) - 1)
        self.console.print(
            f"[dim]Attached in Slack: leads-{digest.day}.csv ({rows} leads, the export "
            "columns) and a chart of the last 14 days.[/]"
        )
        self.digests += 1
        return {"destination": self.name}

    def _seen(self, key: str | None) -> bool:
        """Return True when a preview showed the item `key` already (then show it no more)."""
        if self.is_destination or key is None:
            return False
        if key in self._shown:
            return True
        self._shown.add(key)
        return False


def _clip(text: object, limit: int) -> str:
    """Return `text` on one line, cut at a word boundary to at most `limit` characters."""
    flat = " ".join(str(text or "").split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0] if " " in flat[: limit - 1] else flat[: limit - 1]
    return cut.rstrip(" ,;:(") + "…"
