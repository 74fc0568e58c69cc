"""Share the list/export filter options and turn them into a storage filter."""

from __future__ import annotations

import argparse

from sqlalchemy.orm import Session

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
    return LeadFilter(
        status=status,
        agent=agent,
        source=args.source,
        min_score=args.min_score,
        max_score=args.max_score,
    )
