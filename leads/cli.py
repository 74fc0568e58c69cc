"""Parse the `leads` command line and hand over to one command module."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from jobs.collector import freeze_long_lived
from leads.commands import HELPS
from leads.settings import SettingsError, load
from storage.errors import DatabaseError

# Global options that take a value: the command word is the first token after them.
_VALUED_OPTIONS = frozenset({"--config", "--db"})


def _takes_value(token: str) -> bool:
    """Return True for --config/--db or an abbreviation argparse would accept (--conf)."""
    return len(token) > 2 and any(o.startswith(token) for o in _VALUED_OPTIONS)


def chosen_command(argv: Sequence[str]) -> str | None:
    """Return the command word in `argv`, or None when there is none (or it is unknown)."""
    tokens = iter(argv)
    for token in tokens:
        if "=" not in token and _takes_value(token):
            next(tokens, None)
        elif not token.startswith("-"):
            return token if token in HELPS else None
    return None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Return the parser; only the command `only` (or every one when None) gets its options.

    Importing a command's module pulls in what its work needs (SQLAlchemy, Slack, the
    model), so `leads --help` imports none and `leads list` imports only `list`.
    """
    parser = argparse.ArgumentParser(
        prog="leads",
        description="Turn customer chats into scored sales leads, worked from Slack.",
    )
    parser.add_argument("--config", metavar="FILE", help="TOML settings (see config.example.toml)")
    parser.add_argument("--db", metavar="URL", help="database URL (or LEADS_DATABASE_URL)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, summary in HELPS.items():
        if only is not None and name != only:
            # Listed in `leads --help`, never parsed: argv names another command.
            sub.add_parser(name, help=summary, description=summary)
            continue
        module = importlib.import_module(f"leads.commands.{name}")
        p = sub.add_parser(name, help=summary, description=summary)
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `leads` command line; return the process exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # With no known command word argparse only prints usage or an error, so none is imported.
    args = build_parser(only=chosen_command(argv) or "").parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    from leads.context import Context  # after parsing: --help never opens a console

    freeze_long_lived()
    ctx: Context | None = None
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
    finally:
        if ctx is not None:
            ctx.close()


if __name__ == "__main__":
    sys.exit(main())
