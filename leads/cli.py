"""Parse the `leads` command line and hand over to one command module."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from leads.context import Context
from leads.settings import SettingsError, load
from storage.db import DatabaseError

# Each name is a module in leads/commands/ with NAME, HELP, add_arguments(p), run(args, ctx).
COMMANDS: tuple[str, ...] = (
    "ingest",
    "list",
    "show",
    "status",
    "stats",
    "export",
    "process",
    "unmerge",
    "digest",
    "train",
    "evaluate",
    "worker",
    "serve",
    "demo",
    "deliver",
)


def build_parser() -> argparse.ArgumentParser:
    """Return the parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="leads",
        description="Turn customer chats into scored sales leads, worked from Slack.",
    )
    parser.add_argument("--config", metavar="FILE", help="TOML settings (see config.example.toml)")
    parser.add_argument("--db", metavar="URL", help="database URL (or LEADS_DATABASE_URL)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        module = importlib.import_module(f"leads.commands.{name.replace('-', '_')}")
        p = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `leads` command line; return the process exit code."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        ctx = Context(load(args.config, db_url=args.db))
        return int(args._run(args, ctx) or 0)
    except (SettingsError, DatabaseError) as exc:
        print(f"leads: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("leads: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
