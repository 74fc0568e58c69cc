"""Merge two leads from the "possible duplicate" line of a lead card (the Merge button)."""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt import Ack, BoltContext, Respond

from bot import answers
from bot.listeners.actions.clicks import clicked_in
from bot.permissions import may_change, refusal
from bot.services import services_of
from jobs.duplicates import MergeError
from storage.queries import LeadNotFound


def parse_merge_value(value: str | None) -> tuple[int, int] | None:
    """Return (lead_id, other lead id) from a Merge button's value, or None when malformed."""
    try:
        data = json.loads(value or "")
        return int(data["lead_id"]), int(data["other"])
    except (ValueError, KeyError, TypeError):
        return None


def merge_leads(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    context: BoltContext,
    logger: logging.Logger,
) -> None:
    """Acknowledge, check who clicked where, merge the two leads and show the kept one.

    The same rule as a status change decides who may; the answer replaces the card the
    button was on, with what happened and how to undo it.
    """
    ack()
    services = services_of(context)
    user, channel, _ = clicked_in(body)

    def tell(text: str) -> None:
        respond(text=text, response_type="ephemeral", replace_original=False)

    parsed = parse_merge_value(action.get("value"))
    if parsed is None:
        tell("That button is out of date. `/leads show ID` gives a fresh one.")
        return
    if not may_change(services.config, user, channel):
        logger.info("merge refused for %s", user)
        tell(refusal("merge"))
        return
    lead_id, other_id = parsed
    with services.write_lock:
        try:
            done = answers.merge_leads(services.engine, lead_id, other_id, user_id=user)
        except MergeError as exc:
            tell(str(exc))
            return
    logger.info(
        "lead %s merged into lead %s by %s (new merge: %s)",
        done.merged_id, done.kept_id, user, done.merge_id is not None,
    )  # fmt: skip
    with services.session() as session:
        try:
            message = answers.card(session, done.kept_id, notice=answers.merged_text(done))
        except LeadNotFound as exc:  # merged away meanwhile by someone else
            tell(answers.not_found_text(exc))
            return
    respond(**message, replace_original=True)
