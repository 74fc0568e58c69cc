"""Print how good the scoring model is on held-out data and on the SMS spam set."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from leads.commands import HELPS
from leads.context import Context

NAME = "evaluate"
HELP = HELPS[NAME]


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add --model and --format."""
    p.add_argument("--model", default=None, help="bundle directory (default: the current model)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--no-sms", action="store_true", help="skip the SMS Spam Collection")


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Load the model in use, evaluate it and print the report."""
    from model.artifacts import ModelError, current_bundle_path
    from model.evaluate import evaluate, render
    from model.predict import load_bundle

    path = args.model or ctx.settings["scoring.model_path"] or None
    if path is None:
        path = current_bundle_path(Path(ctx.settings["scoring.model_dir"]))
    try:
        bundle = load_bundle(path)
    except ModelError as exc:
        ctx.err.print(f"leads evaluate: {exc}")
        return 1
    report = evaluate(bundle, with_sms=not args.no_sms)
    if args.format == "json":
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        ctx.console.print(f"Model {bundle.version} ({bundle.path})", markup=False)
        ctx.console.print(render(report), markup=False, highlight=False)
    return 0
