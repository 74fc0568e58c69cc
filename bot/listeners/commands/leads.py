"""Answer `/leads ...`: ack at once, then answer through the command's response_url."""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import answers
from bot.alerts import alert_blocks, alert_text
from bot.filters import Command, CommandError, describe, parse_command
from bot.permissions import may_change, refusal
from bot.services import Services, services_of
from bot.views import help_message
from storage.due import DueError
from storage.queries import NO_OWNER, LeadNotFound, count_leads, posted_alert

# What Slack says when the bot may not post a file to the channel, and what helps.
_UPLOAD_HINTS = {
    "not_in_channel": "Invite me to this channel (`/invite @Leads`) and try again.",
    "channel_not_found": "I can't see this channel. Invite me (`/invite @Leads`) and try again.",
    "is_archived": "This channel is archived.",
    "restricted_action": "This workspace does not let apps post files here.",
}


@dataclass(slots=True)
class Asked:
    """Carry one command's asker, place and ways to answer."""

    user: str
    channel: str
    respond: Respond
    client: WebClient
    services: Services
    logger: logging.Logger

    def answer(self, message: dict[str, Any] | str, *, share: bool = False) -> None:
        """Send `message` (text or text+blocks): only to the asker unless shared."""
        body = {"text": message} if isinstance(message, str) else dict(message)
        self.respond(**body, response_type="in_channel" if share else "ephemeral")


def handle_leads(
    ack: Ack,
    command: dict[str, Any],
    respond: Respond,
    client: WebClient,
    context: BoltContext,
    logger: logging.Logger,
) -> None:
    """Acknowledge, parse the text and answer the command it names."""
    ack()
    asked = Asked(
        user=command.get("user_id") or "",
        channel=command.get("channel_id") or "",
        respond=respond,
        client=client,
        services=services_of(context),
        logger=logger,
    )
    try:
        cmd = parse_command(command.get("text") or "", asked.services.agents, asked.user)
    except CommandError as exc:
        asked.answer(f"{exc}")
        return
    # The subcommand and the user id only: filters and statuses are fine, names are not.
    logger.info("/leads %s by %s", cmd.name, asked.user)
    ANSWERS[cmd.name](cmd, asked)


def _top(cmd: Command, asked: Asked) -> None:
    with asked.services.session() as session:
        message = answers.top_page(session, cmd.flt, cmd.limit or 10, note=cmd.note)
    asked.answer(message, share=cmd.share)


def _list(cmd: Command, asked: Asked) -> None:
    size = asked.services.config.page_size
    with asked.services.session() as session:
        message = answers.list_page(session, cmd.flt, cmd.sort, 0, size, share=cmd.share)
    asked.answer(message, share=cmd.share)


def _show(cmd: Command, asked: Asked) -> None:
    assert cmd.lead_id is not None
    with asked.services.session() as session:
        try:
            message = answers.card(session, cmd.lead_id, tz=asked.services.config.rules.timezone)
        except LeadNotFound as exc:
            asked.answer(answers.not_found_text(exc))
            return
    asked.answer(message, share=cmd.share)


def _status(cmd: Command, asked: Asked) -> None:
    assert cmd.lead_id is not None and cmd.status is not None
    if not may_change(asked.services.config, asked.user, asked.channel):
        asked.logger.info("status change refused for %s", asked.user)
        asked.answer(refusal("status"))
        return
    rules = asked.services.config.rules
    with asked.services.write_lock, asked.services.session() as session:
        try:
            due = rules.parse(cmd.due, datetime.now(UTC)) if cmd.due else None
            done = answers.change_status(
                session, cmd.lead_id, cmd.status, user_id=asked.user, rules=rules, due=due
            )
        except DueError as exc:
            session.rollback()
            asked.answer(str(exc))
            return
        except LeadNotFound as exc:
            hint = f" Set it there: `/leads status {exc.merged_into} …`" if exc.merged_into else ""
            asked.answer(answers.not_found_text(exc) + hint)
            return
        posted = posted_alert(session, cmd.lead_id) if done.result.changed else None
    note = _update_alert(asked, posted, done.alert, done.set_by, done.result.new)
    asked.answer(done.text + note)


def _update_alert(
    asked: Asked, posted: dict[str, Any] | None, alert: dict[str, Any], by: str | None, status: str
) -> str:
    """Re-render the lead's alert in its channel; return a note for the asker when it failed."""
    if not (posted and posted.get("channel") and posted.get("ts")):
        return ""
    # The alert in the channel would otherwise keep offering the old status or owner.
    try:
        asked.client.chat_update(
            channel=posted["channel"],
            ts=posted["ts"],
            blocks=alert_blocks(
                alert, changed_by=by, status=status, tz=asked.services.config.rules.timezone
            ),
            text=alert_text(alert, changed_by=by, status=status),
        )
    except SlackApiError as exc:
        return f" (I couldn't update the alert message: {exc.response.get('error')}.)"
    return ""


def _assign(cmd: Command, asked: Asked) -> None:
    assert cmd.lead_id is not None and cmd.owner is not None
    if not may_change(asked.services.config, asked.user, asked.channel):
        asked.logger.info("assignment refused for %s", asked.user)
        asked.answer(refusal("assign"))
        return
    owner = None if cmd.owner == NO_OWNER else cmd.owner
    with asked.services.write_lock, asked.services.session() as session:
        try:
            done = answers.assign(session, cmd.lead_id, owner, user_id=asked.user)
        except LeadNotFound as exc:
            hint = (
                f" Assign that one: `/leads assign {exc.merged_into} …`" if exc.merged_into else ""
            )
            asked.answer(answers.not_found_text(exc) + hint)
            return
        posted = posted_alert(session, cmd.lead_id) if done.result.changed else None
    note = _update_alert(asked, posted, done.alert, done.set_by, done.alert["status"])
    asked.answer(done.text + note)


def _mine(cmd: Command, asked: Asked) -> None:
    with asked.services.session() as session:
        message = answers.mine(session, asked.user, asked.services.config.rules)
    asked.answer(message, share=cmd.share)


def _stats(cmd: Command, asked: Asked) -> None:
    with asked.services.session() as session:
        message = answers.stats_answer(session, cmd.flt, asked.services.config.rules)
    asked.answer(message, share=cmd.share)


def _help(cmd: Command, asked: Asked) -> None:
    asked.answer(help_message(cmd.note))


def _export(cmd: Command, asked: Asked) -> None:
    if not may_change(asked.services.config, asked.user, asked.channel):
        asked.logger.info("export refused for %s", asked.user)
        asked.answer(refusal("export"))
        return
    with asked.services.session() as session:
        n = count_leads(session, cmd.flt)
        if n == 0:
            asked.answer(f"No leads match ({describe(cmd.flt)}); there is nothing to export.")
            return
        asked.answer(f"Exporting {n:,} leads ({describe(cmd.flt)}); the CSV will appear here.")
        stamp = datetime.now(UTC).strftime("%Y-%m-%d-%H%M")
        # A file on disk, not memory: an export of every lead can be hundreds of megabytes.
        fd, path = tempfile.mkstemp(prefix="leads-export-", suffix=".csv")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
                written = answers.export_csv(session, cmd.flt, cmd.sort, out)
            session.rollback()  # end the read transaction before the slow upload
            _upload(asked, path, f"leads-{stamp}.csv", written, describe(cmd.flt))
        finally:
            os.unlink(path)


def _upload(asked: Asked, path: str, filename: str, n: int, scope: str) -> None:
    try:
        asked.client.files_upload_v2(
            channel=asked.channel,
            file=path,
            filename=filename,
            title=f"Leads export · {scope}",
            initial_comment=f"<@{asked.user}> exported {n:,} leads ({scope}).",
        )
    except SlackApiError as exc:
        error = str(exc.response.get("error") or "unknown_error")
        asked.logger.warning("export upload failed: %s", error)
        hint = _UPLOAD_HINTS.get(error, "Please try again in a minute.")
        asked.answer(f"I couldn't upload the export here ({error}). {hint}")
        return
    asked.logger.info("export of %d leads uploaded for %s", n, asked.user)


ANSWERS: dict[str, Callable[[Command, Asked], None]] = {
    "top": _top,
    "list": _list,
    "show": _show,
    "status": _status,
    "stats": _stats,
    "export": _export,
    "assign": _assign,
    "mine": _mine,
    "help": _help,
}
