"""Build the shipped model from the packaged corpus: train, evaluate, write model/artifacts/.

Run as `python -m model.build`; `make model` runs `python -m corpus.build`, which
generates the corpus (model/data/corpus.jsonl.gz) first. The same seed gives the same
bundle.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from collections.abc import Sequence
from pathlib import Path

from model.artifacts import (
    BLIND_DIR,
    META_FILE,
    load_bundle_from,
    read_meta,
    save_bundle,
    shipped_path,
)
from model.datasets import Example, corpus_meta, extract_all, load_corpus
from model.evaluate import evaluate, render
from model.train import train, train_blind

TRAIN_SEED = 0


def build(
    out: str | Path | None = None,
    *,
    examples: Sequence[Example] | None = None,
    seed: int = TRAIN_SEED,
    use_sms: bool = True,
    use_real: bool = False,
    with_report: bool = True,
):
    """Train and evaluate on `examples` (default: the packaged corpus); save to `out`."""
    started = time.perf_counter()
    corpus_seed = corpus_meta().get("seed") if examples is None else None
    if examples is None:
        examples = load_corpus()
    extractions = extract_all([e.conversation for e in examples])
    bundle = train(
        examples,
        seed=seed,
        extractions=extractions,
        use_sms=use_sms,
        use_real=use_real,
        corpus_seed=corpus_seed,
    )
    report = None
    if with_report:
        report = evaluate(bundle, examples, extractions=extractions, with_sms=use_sms)
        bundle.meta["metrics"] = report.as_dict()
    bundle.meta["version"] = "shipped"
    bundle.meta["build_seconds"] = round(time.perf_counter() - started, 2)
    save_bundle(bundle, out or shipped_path())
    return bundle, report


def build_blind(
    base: str | Path | None = None, out: str | Path | None = None, *, seed: int = TRAIN_SEED
):
    """Train the untrained-language heads on the packaged corpus and add them to a bundle.

    The main heads of `base` (default: the shipped bundle) are kept as they are; the new
    heads are written to `out`'s `blind/` folder (default: into `base`) and the
    evaluation to its meta.json. Returns (bundle, report).
    """
    started = time.perf_counter()
    base = Path(base) if base is not None else shipped_path()
    out = Path(out) if out is not None else base
    if out != base:
        shutil.copytree(base, out, dirs_exist_ok=True)
    bundle = load_bundle_from(out)
    examples = load_corpus()
    extractions = extract_all([e.conversation for e in examples])
    bundle.blind = train_blind(examples, extractions, seed=seed)
    report = evaluate(bundle, examples, extractions=extractions)
    save_bundle(bundle.blind, out / BLIND_DIR)
    meta = read_meta(out)
    meta["metrics"] = report.as_dict()
    meta.setdefault("real", {})["language_blind_rows"] = bundle.blind.meta["train_rows"]
    meta["blind_build_seconds"] = round(time.perf_counter() - started, 2)
    (out / META_FILE).write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n")
    return bundle, report


def main(argv: list[str] | None = None) -> None:
    """Build the model from the command line and print the evaluation."""
    parser = argparse.ArgumentParser(prog="python -m model.build", description=__doc__)
    parser.add_argument("--out", default=None, help="bundle directory (default: model/artifacts)")
    parser.add_argument("--seed", type=int, default=TRAIN_SEED)
    parser.add_argument("--no-sms", action="store_true", help="do not train on the SMS 80%% split")
    parser.add_argument(
        "--real",
        action="store_true",
        help="also train the main heads on SpamAssassin and CLINC (measured, not shipped)",
    )
    parser.add_argument(
        "--blind-only",
        action="store_true",
        help="keep the main heads of --base (default: the shipped bundle) and train only "
        "the heads for languages the model was not trained on",
    )
    parser.add_argument("--base", default=None, help="with --blind-only: the bundle to extend")
    args = parser.parse_args(argv)
    if args.blind_only:
        bundle, report = build_blind(args.base, args.out, seed=args.seed)
        print(f"Wrote the untrained-language heads into {bundle.path}")
        print(render(report))
        return
    bundle, report = build(
        args.out,
        seed=args.seed,
        use_sms=not args.no_sms,
        use_real=args.real,
    )
    print(f"Wrote {bundle.path} in {bundle.meta['build_seconds']} s")
    if report is not None:
        print(render(report))


if __name__ == "__main__":
    main()
