"""Share the list/export filter options and turn them into a storage filter."""

from __future__ import annotations

import argparse
import os

from sqlalchemy.orm import Session

from bot.owners import OwnerError, owner_of, unescape
from storage.matching import match_one
from storage.queries import SORTS, SOURCES, LeadFilter, distinct_agents
from storage.statuses import resolve_status


def add_filter_arguments(p: argparse.ArgumentParser) -> None:
    """Add --status, --agent, --source, --min-score, --max-score and --sort to `p`."""
    p.add_argument("--status", help="a status; short forms work (quote, spam, follow)")
    p.add_argument("--agent", help="the agent (bot) that had the conversation")
    p.add_argument("--source", choices=SOURCES)
    p.add_argument("--min-score", type=_score, metavar="N")
    p.add_argument("--max-score", type=_score, metavar="N")
    p.add_argument(
        "--owner",
        metavar="USER",
        help="a Slack user id (U012ABCDEF), me (LEADS_SLACK_USER) or none (nobody owns it)",
    )
    p.add_argument("--sort", choices=SORTS, default="created", help="newest/best first")


def _score(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a score is a whole number 0-100, not {text!r}") from None
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(f"a score is from 0 to 100, not {value}")
    return value


def filter_from_args(args: argparse.Namespace, session: Session) -> LeadFilter:
    """Return the storage filter the options describe; raise ValueError on unknown values."""
    if (
        args.min_score is not None
        and args.max_score is not None
        and args.min_score > args.max_score
    ):
        raise ValueError(f"--min-score {args.min_score} is above --max-score {args.max_score}")
    status = resolve_status(args.status) if args.status else None
    agent = match_one(args.agent, distinct_agents(session), what="agent") if args.agent else None
    owner = cli_owner(args.owner) if args.owner is not None else None
    return LeadFilter(
        owner=owner,
        status=status,
        agent=agent,
        source=args.source,
        min_score=args.min_score,
        max_score=args.max_score,
    )


def cli_owner(text: str) -> str:
    """Return the owner a command line names: a Slack user id, me or none (NO_OWNER).

    `me` is the Slack user id in LEADS_SLACK_USER: the command line has no Slack login.
    Raises ValueError saying what to write instead.
    """
    try:
        return owner_of(unescape(text), os.environ.get("LEADS_SLACK_USER") or None)
    except OwnerError as exc:
        if text.strip().lower() == "me":
            raise ValueError("set LEADS_SLACK_USER to your Slack user id to use 'me'") from None
        raise ValueError(f"'{text}' is not a Slack user id such as U012ABCDEF, me or none") from exc
