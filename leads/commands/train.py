"""Retrain the scoring model on the team's decisions, or roll back to the previous one."""

from __future__ import annotations

import argparse
from pathlib import Path

from leads.commands import HELPS
from leads.context import Context
from leads.wiring import retrain_config

NAME = "train"
HELP = HELPS[NAME]


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add --rollback and --model-dir."""
    p.add_argument(
        "--rollback", action="store_true", help="make the previous model version current again"
    )
    p.add_argument("--model-dir", default=None, help="where versions live (scoring.model_dir)")


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Retrain (or roll back) and print what happened and why."""
    from jobs.retrain import RetrainConfig, retrain
    from model.artifacts import ModelError, rollback

    config = retrain_config(ctx.settings) or RetrainConfig()
    model_dir = Path(args.model_dir or config.model_dir)
    if args.rollback:
        try:
            version = rollback(model_dir)
        except ModelError as exc:
            ctx.err.print(f"leads train: {exc}")
            return 1
        ctx.console.print(f"Rolled back: {version} is the current model in {model_dir}.")
        return 0
    if args.model_dir:
        config = RetrainConfig(
            model_dir=str(model_dir),
            model_path=config.model_path,
            default_region=config.default_region,
            base_margin=config.base_margin,
        )
    ctx.console.print("Training on the built-in corpus plus the team's decisions…")
    try:
        result = retrain(ctx.engine, config, force=True)
    except ModelError as exc:
        ctx.err.print(f"leads train: {exc}")
        return 1
    if result is None:
        ctx.console.print("Nothing to learn from.")
        return 0
    metrics = result.metrics
    if metrics:
        ctx.console.print(
            f"Team labels: {metrics.get('feedback_learned', 0)} learned from; judged on "
            f"{metrics.get('judged_on', 'the team labels')}."
        )
        old, new = metrics.get("old", {}), metrics.get("new", {})
        ctx.console.print(
            f"  agreement with the team: current {_share(old.get('team_agreement'))}, "
            f"new {_share(new.get('team_agreement'))}"
        )
        ctx.console.print(
            f"  base figures (may drop by {metrics.get('base_margin', 0):g} at most): "
            f"macro-F1 {old.get('intent_macro_f1')} -> {new.get('intent_macro_f1')}, "
            f"AUC {old.get('quality_auc')} -> {new.get('quality_auc')}"
        )
    verb = "Accepted" if result.accepted else "Rejected" if metrics else "Not trained"
    ctx.console.print(f"{verb}: {result.reason}")
    if config.model_path:
        ctx.console.print(
            f"Note: scoring.model_path pins scoring to {config.model_path}; "
            "clear it to score with the current version."
        )
    return 0


def _share(value: float | None) -> str:
    """Return an agreement as a percentage ("-" when nothing could be judged)."""
    return "-" if value is None else f"{value:.0%}"
