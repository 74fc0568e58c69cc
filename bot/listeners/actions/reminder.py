"""Answer a reminder's buttons: Done (Contacted), Snooze 1 or 3 days, Change status."""

from __future__ import annotations

import contextlib
import json
import logging
from typing import Any

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import answers
from bot.alerts import alert_blocks, alert_text
from bot.listeners.actions.clicks import clicked_in, tell
from bot.listeners.actions.status import parse_status_value
from bot.permissions import may_change, refusal
from bot.reminders import DONE_STATUS, reminder_blocks
from bot.services import Services, services_of
from storage import followup
from storage.due import DueError
from storage.lead_view import load_lead_card
from storage.queries import LeadNotFound, posted_alert


def _lead_id(action: dict[str, Any]) -> tuple[int, int] | None:
    try:
        data = json.loads(action.get("value") or "")
        return int(data["lead_id"]), int(data.get("version") or 0)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def reminder_action(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    client: WebClient,
    context: BoltContext,
    logger: logging.Logger,
) -> None:
    """Acknowledge, check who clicked where, do what the button says and update the reminder."""
    ack()
    services = services_of(context)
    user, channel, _ = clicked_in(body)
    action_id = str(action.get("action_id") or "")
    if action_id == "reminder_status":
        parsed = parse_status_value((action.get("selected_option") or {}).get("value"))
        lead_id, status, version = parsed if parsed else (None, DONE_STATUS, 0)
    else:
        lead_id, version = _lead_id(action) or (None, 0)
        status = DONE_STATUS
    if lead_id is None:
        tell(body, respond, client, user, "That button is out of date. `/leads mine` lists yours.")
        return
    snooze = int(action_id.split(":")[1]) if action_id.startswith("reminder_snooze:") else None
    if not may_change(services.config, user, channel):
        logger.info("reminder action refused for %s", user)
        tell(body, respond, client, user, refusal("snooze" if snooze else "status"))
        return
    with services.write_lock, services.session() as session:
        try:
            if snooze is not None:
                lead = followup.snooze(session, lead_id, snooze)
                session.commit()
                outcome = (
                    f"💤 Snoozed by <@{user}> until {services.config.rules.label(lead.due_at)}; "
                    "I'll remind again then."
                )
            else:
                outcome = _set_status(services, client, session, lead_id, status, user, version)
        except (LeadNotFound, DueError) as exc:
            session.rollback()
            text = answers.not_found_text(exc) if isinstance(exc, LeadNotFound) else str(exc)
            tell(body, respond, client, user, text)
            return
        card = load_lead_card(session, lead_id)
    logger.info("reminder of lead %s answered by %s (%s)", lead_id, user, action_id)
    _close(body, respond, client, user, {"kind": "due", "lead": card.alert}, outcome)


def _set_status(
    services: Services,
    client: WebClient,
    session: Any,
    lead_id: int,
    status: str,
    user: str,
    version: int,
) -> str:
    done = answers.change_status(
        session, lead_id, status, user_id=user, rules=services.config.rules,
        expected_version=version,
    )  # fmt: skip
    if done.result.stale:
        return done.text
    posted = posted_alert(session, lead_id) if done.result.changed else None
    if posted and posted.get("channel") and posted.get("ts"):
        # The alert in the channel would otherwise keep offering the old status.
        tz = services.config.rules.timezone
        # The status is saved either way; the reminder below says what happened.
        with contextlib.suppress(SlackApiError):
            client.chat_update(
                channel=posted["channel"], ts=posted["ts"],
                blocks=alert_blocks(done.alert, changed_by=user, status=status, tz=tz),
                text=alert_text(done.alert, changed_by=user, status=status),
            )  # fmt: skip
    return f"{done.text} (by <@{user}>)"


def _close(
    body: dict[str, Any],
    respond: Respond,
    client: WebClient,
    user: str,
    reminder: dict[str, Any],
    outcome: str,
) -> None:
    """Replace the reminder's buttons with what was done, so nobody clicks it twice."""
    _, _, container = clicked_in(body)
    try:
        client.chat_update(
            channel=container.get("channel_id"),
            ts=container.get("message_ts"),
            blocks=reminder_blocks(reminder, outcome=outcome),
            text=outcome,
        )
    except SlackApiError as exc:
        error = exc.response.get("error", "unknown_error")
        tell(body, respond, client, user, f"{outcome} (I couldn't update the reminder: {error}.)")
