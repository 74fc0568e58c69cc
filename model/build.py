"""Build the shipped model from the packaged corpus: train, evaluate, write model/artifacts/.

Run as `python -m model.build`; `make model` runs `python -m corpus.build`, which
generates the corpus (model/data/corpus.jsonl.gz) first. The same seed gives the same
bundle.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path

from model.artifacts import save_bundle, shipped_path
from model.datasets import Example, corpus_meta, extract_all, load_corpus
from model.evaluate import evaluate, render
from model.train import train

TRAIN_SEED = 0


def build(
    out: str | Path | None = None,
    *,
    examples: Sequence[Example] | None = None,
    seed: int = TRAIN_SEED,
    use_sms: bool = True,
    with_report: bool = True,
):
    """Train and evaluate on `examples` (default: the packaged corpus); save to `out`."""
    started = time.perf_counter()
    corpus_seed = corpus_meta().get("seed") if examples is None else None
    if examples is None:
        examples = load_corpus()
    extractions = extract_all([e.conversation for e in examples])
    bundle = train(
        examples, seed=seed, extractions=extractions, use_sms=use_sms, corpus_seed=corpus_seed
    )
    report = None
    if with_report:
        report = evaluate(bundle, examples, extractions=extractions, with_sms=use_sms)
        bundle.meta["metrics"] = report.as_dict()
    bundle.meta["version"] = "shipped"
    bundle.meta["build_seconds"] = round(time.perf_counter() - started, 2)
    save_bundle(bundle, out or shipped_path())
    return bundle, report


def main(argv: list[str] | None = None) -> None:
    """Build the model from the command line and print the evaluation."""
    parser = argparse.ArgumentParser(prog="python -m model.build", description=__doc__)
    parser.add_argument("--out", default=None, help="bundle directory (default: model/artifacts)")
    parser.add_argument("--seed", type=int, default=TRAIN_SEED)
    parser.add_argument("--no-sms", action="store_true", help="do not train on the SMS 80% split")
    args = parser.parse_args(argv)
    bundle, report = build(
        args.out,
        seed=args.seed,
        use_sms=not args.no_sms,
    )
    print(f"Wrote {bundle.path} in {bundle.meta['build_seconds']} s")
    if report is not None:
        print(render(report))


if __name__ == "__main__":
    main()
