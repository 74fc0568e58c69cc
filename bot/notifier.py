"""Deliver alerts and the digest to Slack: the Slack destination of jobs.notify.Notifier."""

from __future__ import annotations

import logging
import re
from typing import Any
from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.alerts import alert_blocks, alert_text
from bot.chart import daily_chart_png
from bot.reminders import reminder_blocks, reminder_text
from bot.render import mrkdwn_escape, render_json, render_text, truncate
from jobs.digest_data import Digest
from jobs.notify import DeliveryError

log = logging.getLogger(__name__)

# Errors no retry can fix: the channel, the membership or the token must change first.
PERMANENT_ERRORS: dict[str, str] = {
    "channel_not_found": "the channel does not exist or the bot cannot see it",
    "not_in_channel": "the bot is not a member: /invite the app to the channel",
    "is_archived": "the channel is archived",
    "invalid_auth": "SLACK_BOT_TOKEN is not valid",
    "not_authed": "no token was sent",
    "account_inactive": "the bot's token belongs to a deactivated app or workspace",
    "token_revoked": "SLACK_BOT_TOKEN was revoked",
    "token_expired": "SLACK_BOT_TOKEN expired",
    "missing_scope": "the app lacks a scope (chat:write, files:write): reinstall it",
    "no_permission": "the app may not post there",
    "restricted_action": "a workspace setting forbids this post",
    "invalid_blocks": "Slack rejected the message layout",
    "msg_too_long": "the message is too long",
    "team_access_not_granted": "the app is not installed in that workspace",
    "user_not_found": "the lead's owner is not a user of this workspace",
    "user_disabled": "the lead's owner was deactivated",
    "cannot_dm_bot": "the lead's owner is a bot",
}
_QUALITY = (("high", "High (80+)"), ("medium", "Medium (60-79)"), ("low", "Low (40-59)"),
            ("very_low", "Very low"))  # fmt: skip


def _retry_after(exc: SlackApiError) -> float | None:
    headers = getattr(exc.response, "headers", None) or {}
    for name in ("Retry-After", "retry-after"):
        value = headers.get(name)
        if isinstance(value, list):
            value = value[0] if value else None
        if value is not None:
            try:
                return float(value)
            except (TypeError, ValueError):
                return None
    return None


def delivery_error(exc: Exception, what: str, ref: dict[str, Any] | None = None) -> DeliveryError:
    """Return the DeliveryError for a Slack failure, saying whether a retry can help."""
    if isinstance(exc, SlackApiError):
        status = getattr(exc.response, "status_code", 200)
        error = str(exc.response.get("error") or f"http_{status}")
        if status == 429 or error == "ratelimited":
            return DeliveryError(
                f"{what}: rate limited by Slack", permanent=False,
                retry_after=_retry_after(exc), ref=ref,
            )  # fmt: skip
        if error in PERMANENT_ERRORS:
            return DeliveryError(
                f"{what}: {error} ({PERMANENT_ERRORS[error]})", permanent=True, ref=ref
            )
        # 5xx, internal_error, fatal_error, request_timeout...: Slack's side, try later.
        return DeliveryError(f"{what}: {error} (HTTP {status})", permanent=False, ref=ref)
    # Connection refused or reset, timeouts, a failed file upload step.
    return DeliveryError(f"{what}: {type(exc).__name__}", permanent=False, ref=ref)


METADATA_EVENT = "leads_outbox"
HISTORY_LOOKBACK = 200  # messages searched for an earlier post of an uncertain item
# Public, private and direct-message channel ids; anything else is a channel name.
_CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]{2,}$")
_LIST_PAGE = 1000


def post_failure(exc: Exception, what: str, ref: dict[str, Any] | None = None) -> DeliveryError:
    """Return the DeliveryError of a failed post, uncertain when Slack may have posted it."""
    if isinstance(exc, SlackApiError):
        return delivery_error(exc, what, ref)
    reason = exc.reason if isinstance(exc, URLError) else exc
    if isinstance(reason, ConnectionRefusedError):
        # Nothing reached Slack: trying again cannot post twice.
        return DeliveryError(f"{what}: connection refused", permanent=False, ref=ref)
    return DeliveryError(
        f"{what}: {type(exc).__name__} after sending; Slack may have posted it",
        permanent=False, ref=ref, uncertain=True,
    )  # fmt: skip


def outbox_metadata(key: str | None) -> dict[str, Any] | None:
    """Return the Slack message metadata carrying the outbox key, or None without a key."""
    if not key:
        return None
    return {"event_type": METADATA_EVENT, "event_payload": {"outbox_key": key}}


def _signed(n: int | float) -> str:
    return f"+{n}" if n > 0 else str(n)


def digest_context(digest: Digest) -> dict[str, Any]:
    """Return the template context of the digest message (escaped, cut to limits)."""
    avg = "-" if digest.average_score is None else f"{digest.average_score:.1f}"
    change_avg = digest.change_average
    figures = [
        (
            "New leads",
            f"{digest.total} ({_signed(digest.change_total)} vs previous {digest.hours} h)",
        ),
        ("Average score", avg + ("" if change_avg is None else f" ({_signed(change_avg)})")),
    ]
    figures += [(label, str(digest.by_quality.get(key, 0))) for key, label in _QUALITY]
    by_status = " · ".join(f"{mrkdwn_escape(k)}: {v}" for k, v in digest.by_status.items())
    top = []
    for rec in digest.top:
        name = mrkdwn_escape(rec.get("name") or rec.get("email") or rec.get("phone") or "-")
        line = f"*{rec.get('score')}* · {name} · {mrkdwn_escape(rec.get('status') or '-')}"
        line += f" · lead {rec.get('id')}"
        request = " ".join(str(rec.get("request") or "").split())
        if request:
            line += f"\n> {mrkdwn_escape(truncate(request, 300))}"
        top.append(line)
    overdue = []
    for rec in digest.overdue_top:
        owner = f"<@{rec['owner']}>" if rec.get("owner") else "no owner"
        overdue.append(
            f"lead {rec.get('id')} · {mrkdwn_escape(rec.get('name') or '-')} · "
            f"{mrkdwn_escape(rec.get('status'))} due {mrkdwn_escape(rec.get('due'))} · {owner}"
        )
    if digest.overdue > len(overdue):
        overdue.append(
            f"+{digest.overdue - len(overdue)} more: `/leads list owner:…` or `leads stats`"
        )
    window = (
        f"{digest.hours} hours to {digest.end_label} ({mrkdwn_escape(digest.timezone)}). "
        "The CSV of these leads and a chart of the last 14 days follow."
    )
    return {"day": digest.day, "figures": figures, "by_status": by_status, "top": top,
            "window": window, "overdue_count": digest.overdue,
            "overdue": "\n".join(overdue)}  # fmt: skip


def digest_blocks(digest: Digest) -> list[dict[str, Any]]:
    """Return the Block Kit blocks of the digest summary message."""
    return render_json("digest_blocks.j2", **digest_context(digest))


def digest_text(digest: Digest) -> str:
    """Return the plain notification text of the digest."""
    return render_text(
        "digest_text.j2",
        day=digest.day,
        total=digest.total,
        change=_signed(digest.change_total),
        hours=digest.hours,
        high=digest.by_quality.get("high", 0),
        medium=digest.by_quality.get("medium", 0),
        average="-" if digest.average_score is None else f"{digest.average_score:.1f}",
        overdue=digest.overdue,
    )


class SlackNotifier:
    """Post alerts to the alerts channel and the digest (with CSV and chart) to its channel."""

    name = "slack"
    is_destination = True

    def __init__(self, client: WebClient, alerts_channel: str, digest_channel: str) -> None:
        self.client = client
        self.alerts_channel = alerts_channel
        self.digest_channel = digest_channel
        # Channel name (no "#") -> id, from chat.postMessage answers and conversations.list.
        self._ids: dict[str, str] = {}

    def channel_id(self, channel: str, what: str) -> str:
        """Return the id of `channel`, looking a name ("#leads-alerts") up once.

        conversations.history and files.list take ids only. A post to the channel in
        this process already gave its id; else conversations.list is paged through.
        Raises an uncertain DeliveryError when the name cannot be resolved.
        """
        if _CHANNEL_ID.match(channel):
            return channel
        name = channel.lstrip("#")
        if name not in self._ids:
            self._list_channels(name, what)
        if name in self._ids:
            return self._ids[name]
        raise DeliveryError(
            f"{what}: could not check the channel for it: the bot cannot see a channel "
            f"named {channel} (conversations.list); set the channel's id (C…) in the "
            "settings, then requeue it",
            permanent=True, uncertain=True,
        )  # fmt: skip

    def _list_channels(self, name: str, what: str) -> None:
        types = "public_channel,private_channel"
        cursor: str | None = None
        try:
            while name not in self._ids:
                try:
                    answer = self.client.conversations_list(
                        types=types, exclude_archived=True, limit=_LIST_PAGE, cursor=cursor
                    )
                except SlackApiError as exc:
                    # Without groups:read the app may still list the public channels.
                    if exc.response.get("error") != "missing_scope" or "private" not in types:
                        raise
                    types, cursor = "public_channel", None
                    continue
                for c in answer.get("channels") or []:
                    if c.get("name") and c.get("id"):
                        self._ids.setdefault(str(c["name"]), str(c["id"]))
                cursor = (answer.get("response_metadata") or {}).get("next_cursor") or None
                if cursor is None:
                    return
        except (SlackClientError, OSError) as exc:
            error = delivery_error(exc, f"{what}: could not look up the channel's id")
            error.uncertain = True
            raise error from exc

    def _history(self, channel_id: str) -> Any:
        try:
            return self.client.conversations_history(
                channel=channel_id, include_all_metadata=True, limit=HISTORY_LOOKBACK
            )
        except SlackApiError as exc:
            # chat:write.public posts without joining; reading the history needs a member.
            if exc.response.get("error") != "not_in_channel":
                raise
        self.client.conversations_join(channel=channel_id)
        return self.client.conversations_history(
            channel=channel_id, include_all_metadata=True, limit=HISTORY_LOOKBACK
        )

    def find_post(self, channel: str, key: str, what: str) -> dict[str, Any] | None:
        """Return {"channel", "ts"} of the recent post tagged with `key`, or None if none.

        `channel` may be a name: it is resolved to the id the history needs. Raises an
        uncertain DeliveryError when the channel cannot be read: without looking,
        nobody may post again.
        """
        channel = self.channel_id(channel, what)
        try:
            answer = self._history(channel)
        except (SlackClientError, OSError) as exc:
            error = delivery_error(exc, f"{what}: could not check the channel for it")
            error.uncertain = True
            raise error from exc
        for message in answer.get("messages") or []:
            meta = message.get("metadata") or {}
            payload = meta.get("event_payload") or {}
            if meta.get("event_type") == METADATA_EVENT and payload.get("outbox_key") == key:
                return {"channel": channel, "ts": message.get("ts")}
        return None

    def _post(
        self, channel: str, what: str, key: str | None, check: bool, **fields: Any
    ) -> dict[str, Any]:
        if check and key:
            found = self.find_post(channel, key, what)
            if found is not None:
                log.info("%s had landed already; not posted again", what)
                return found
        try:
            answer = self.client.chat_postMessage(
                channel=channel, metadata=outbox_metadata(key), **fields
            )
        except (SlackClientError, OSError) as exc:
            raise post_failure(exc, what) from exc
        if not _CHANNEL_ID.match(channel) and answer.get("channel"):
            self._ids[channel.lstrip("#")] = str(answer["channel"])
        return {"channel": answer["channel"], "ts": answer["ts"]}

    def send_alert(
        self, alert: dict[str, Any], *, key: str | None = None, check: bool = False
    ) -> dict[str, Any]:
        """Post the alert; return {"channel", "ts"} so a status change can update it.

        With `check` (an earlier attempt may have landed) the channel is searched for
        the outbox key first and the alert is posted only when it is not there.
        """
        return self._post(
            self.alerts_channel, f"alert for lead {alert.get('id')}", key, check,
            text=alert_text(alert), blocks=alert_blocks(alert),
            unfurl_links=False, unfurl_media=False,
        )  # fmt: skip

    def send_reminder(
        self, reminder: dict[str, Any], *, key: str | None = None, check: bool = False
    ) -> dict[str, Any]:
        """Send a reminder to its owner's DMs (the alerts channel without one); return where.

        A nudge about a hot lead nobody took goes to the alerts channel, in the alert's
        thread and shown in the channel too. With `check` the destination is searched
        for the outbox key first, as for alerts.
        """
        what = f"reminder for lead {reminder['lead'].get('id')}"
        fields: dict[str, Any] = {
            "text": reminder_text(reminder),
            "blocks": reminder_blocks(reminder),
            "unfurl_links": False,
            "unfurl_media": False,
        }
        owner = reminder.get("owner")
        channel = self.alerts_channel
        if reminder.get("kind") == "due" and owner:
            channel = self._direct(str(owner), what)
        alert = reminder.get("alert") or {}
        if reminder.get("kind") == "first_touch" and alert.get("ts") and alert.get("channel"):
            channel = alert["channel"]
            fields.update(thread_ts=alert["ts"], reply_broadcast=True)
        return self._post(channel, what, key, check, **fields)

    def _direct(self, user: str, what: str) -> str:
        """Return the id of the bot's direct-message channel with `user` (opened if need be)."""
        try:
            answer = self.client.conversations_open(users=user)
        except (SlackClientError, OSError) as exc:
            # Opening a DM posts nothing: a retry cannot post twice.
            raise delivery_error(exc, f"{what}: could not open a direct message") from exc
        return str(answer["channel"]["id"])

    def _files_landed(self, ref: dict[str, Any], filename: str, what: str) -> list[str] | None:
        try:
            answer = self.client.files_list(channel=ref["channel"], count=100)
        except (SlackClientError, OSError) as exc:
            error = delivery_error(exc, f"{what}: could not check the channel for them", ref)
            error.uncertain = True
            raise error from exc
        found = [f for f in answer.get("files") or [] if f.get("name") == filename]
        return [str(f.get("id")) for f in found] or None

    def send_digest(
        self,
        digest: Digest,
        csv_text: str,
        *,
        done: dict[str, Any] | None = None,
        key: str | None = None,
        check: bool = False,
    ) -> dict[str, Any]:
        """Post the summary, then upload the CSV and the 14-day chart to the same channel.

        When an earlier attempt posted the summary (`done` has its ts) only the files are
        uploaded, so a failed upload never repeats the summary; with `check` what may
        have landed (summary or files) is looked for first.
        """
        ref = dict(done or {})
        what = f"digest {digest.day}"
        if not ref.get("ts"):
            ref = self._post(
                self.digest_channel, what, key, check,
                text=digest_text(digest), blocks=digest_blocks(digest), unfurl_links=False,
            )  # fmt: skip
            check = False  # the summary was just posted: its files cannot have been
        csv_name = f"leads-{digest.day}.csv"
        if check:
            files = self._files_landed(ref, csv_name, f"{what} files")
            if files is not None:
                return {**ref, "files": files}
        try:
            # Files are shared by channel id; chat.postMessage answered with it.
            upload = self.client.files_upload_v2(
                channel=ref["channel"],
                file_uploads=[
                    {"content": csv_text.encode("utf-8"), "filename": csv_name,
                     "title": f"Leads of the last {digest.hours} hours ({digest.total})"},
                    {"content": daily_chart_png(digest.daily), "filename":
                     f"leads-14-days-{digest.day}.png", "title": "New leads per day, last 14 days",
                     "alt_txt": "Bar chart of new leads per day by quality band"},
                ],
            )  # fmt: skip
        except (SlackClientError, OSError) as exc:
            raise post_failure(exc, f"{what} files", ref=ref) from exc
        files = [f.get("id") for f in upload.get("files") or []]
        return {**ref, "files": files}
