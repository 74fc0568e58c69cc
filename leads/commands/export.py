"""Export leads as CSV or JSON Lines, streamed so a million leads take constant memory."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlmodel import Session

from leads.commands import HELPS
from leads.commands._filters import add_filter_arguments, filter_from_args
from leads.context import Context
from storage.export import records, write_csv, write_jsonl

NAME = "export"
HELP = HELPS[NAME]


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add the filters, --format and --out."""
    add_filter_arguments(p)
    p.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    p.add_argument("--out", metavar="FILE", help="write here instead of standard output")


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Write the export; a file is written whole or not at all."""
    write = write_csv if args.format == "csv" else write_jsonl
    with Session(ctx.engine) as session:
        try:
            flt = filter_from_args(args, session)
        except ValueError as exc:
            ctx.err.print(f"leads export: {exc}")
            return 2
        rows = records(session, flt, sort=args.sort)
        if not args.out:
            write(rows, sys.stdout)
            sys.stdout.flush()
            return 0
        out = Path(args.out)
        if out.is_dir():
            ctx.err.print(f"leads export: --out {out} is a directory; name a file in it")
            return 2
        if not out.parent.is_dir():
            ctx.err.print(f"leads export: directory {out.parent} does not exist; create it first")
            return 2
        # Write beside the target, then rename: a failed export never leaves half a file.
        tmp = out.with_name(f".{out.name}.part")
        try:
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                n = write(rows, fh)
            tmp.replace(out)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            ctx.err.print(f"leads export: cannot write {out}: {exc.strerror or exc}")
            return 1
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    ctx.err.print(f"Exported {n} lead(s) to {out}")
    return 0
