"""Set a lead's status from a button or select (alerts, /leads show, App Home)."""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import answers
from bot.alerts import alert_blocks, alert_text
from bot.listeners.actions.clicks import clicked_in
from bot.permissions import may_change, refusal
from bot.services import Services, services_of
from storage.queries import LeadNotFound
from storage.statuses import STATUSES


def parse_status_value(value: str | None) -> tuple[int, str, int] | None:
    """Return (lead_id, status, version) from a button or option value, or None when malformed.

    A value rendered before versions existed has none: it saw version 0 (no decision).
    """
    try:
        data = json.loads(value or "")
        lead_id, status = int(data["lead_id"]), data["status"]
        version = int(data.get("version") or 0)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return (lead_id, status, version) if status in STATUSES else None


def change_status(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    client: WebClient,
    context: BoltContext,
    logger: logging.Logger,
) -> None:
    """Acknowledge, check who clicked where, set the status and update what was clicked."""
    ack()
    services = services_of(context)
    user, channel, container = clicked_in(body)
    surface = _Surface(body, container, respond, client, services, user)
    value = action.get("value") or (action.get("selected_option") or {}).get("value")
    parsed = parse_status_value(value)
    if parsed is None:
        surface.tell("That button is out of date. `/leads show ID` gives a fresh one.")
        return
    lead_id, status, version = parsed
    if not may_change(services.config, user, channel):
        logger.info("status change refused for %s", user)
        surface.tell(refusal("status"))
        return
    with services.write_lock, services.session() as session:
        try:
            done = answers.change_status(
                session,
                lead_id,
                status,
                user_id=user,
                rules=services.config.rules,
                expected_version=version,
            )
        except LeadNotFound as exc:
            surface.tell(answers.not_found_text(exc))
            return
        logger.info(
            "lead %s status set by %s (changed=%s, stale=%s)",
            lead_id, user, done.result.changed, done.result.stale,
        )  # fmt: skip
        surface.show_change(session, done)


class _Surface:
    """Update whatever held the clicked element: an alert, a /leads show answer, the Home tab."""

    def __init__(
        self,
        body: dict[str, Any],
        container: dict[str, Any],
        respond: Respond,
        client: WebClient,
        services: Services,
        user: str,
    ) -> None:
        self.body = body
        self.container = container
        self.respond = respond
        self.client = client
        self.services = services
        self.user = user

    @property
    def is_home(self) -> bool:
        return self.container.get("type") == "view"

    @property
    def is_card(self) -> bool:
        # A /leads show answer (ephemeral or shared) carries a "lead_show:<id>" block.
        blocks = (self.body.get("message") or {}).get("blocks") or []
        marked = any(str(b.get("block_id", "")).startswith("lead_show:") for b in blocks)
        return marked or bool(self.container.get("is_ephemeral"))

    def tell(self, text: str) -> None:
        """Say `text` to the clicker only (the Home tab shows it at the top)."""
        if self.is_home:
            self._publish_home(text)
        elif self.body.get("response_url"):
            self.respond(text=text, response_type="ephemeral", replace_original=False)
        else:
            channel = self.container.get("channel_id")
            self.client.chat_postEphemeral(channel=channel, user=self.user, text=text)

    def show_change(self, session: Any, done: answers.StatusAnswer) -> None:
        """Re-render the clicked surface with the lead's status now and who set it.

        After a refused (stale) click the surface is refreshed too: its buttons then
        carry the lead's current version, so pressing again applies.
        """
        if self.is_home:
            self._publish_home(done.text)
        elif self.is_card:
            message = answers.card(
                session,
                int(done.alert["id"]),
                notice=done.text,
                tz=self.services.config.rules.timezone,
            )
            self.respond(**message, replace_original=True)
        else:
            now = done.alert.get("status")
            try:
                self.client.chat_update(
                    channel=self.container.get("channel_id"),
                    ts=self.container.get("message_ts"),
                    blocks=alert_blocks(
                        done.alert,
                        changed_by=done.set_by,
                        status=now,
                        tz=self.services.config.rules.timezone,
                    ),
                    text=alert_text(done.alert, changed_by=done.set_by, status=now),
                )
            except SlackApiError as exc:
                # The status is saved; only the message is stale. Say so, not "failed".
                error = exc.response.get("error", "unknown_error")
                self.tell(f"{done.text} (I couldn't update the alert message: {error}.)")
                return
            if done.result.stale:
                self.tell(done.text)

    def _publish_home(self, notice: str) -> None:
        with self.services.session() as session:
            view = answers.home(
                session, notice=notice, user=self.user, rules=self.services.config.rules
            )
        self.client.views_publish(user_id=self.user, view=view)
