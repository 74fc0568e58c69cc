"""Generate the training corpus into the model package, then build the shipped model.

Run as `python -m corpus.build` (`make model`); `--corpus-only` writes only
model/data/corpus.jsonl.gz and its meta. The same seeds give the same files.
`--social --out DIR` trains an experimental bundle with the social block
(`generate(social=True)`, model/DATA_CARD.md) into DIR, leaving the packaged corpus and
the shipped bundle as they are.
"""

from __future__ import annotations

import argparse

from corpus.generate import DEFAULT_SEED, DEFAULT_SIZE, SOCIAL_BASE, generate, write_packaged


def main(argv: list[str] | None = None) -> None:
    """Write the corpus and, unless --corpus-only, train and evaluate the shipped model."""
    parser = argparse.ArgumentParser(prog="python -m corpus.build", description=__doc__)
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE)
    parser.add_argument("--corpus-seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--corpus-only", action="store_true", help="do not train")
    parser.add_argument("--out", default=None, help="bundle directory (default: model/artifacts)")
    parser.add_argument("--no-sms", action="store_true", help="do not train on the SMS 80%% split")
    parser.add_argument(
        "--social",
        action="store_true",
        help="train on the corpus with the social block into --out (an experiment)",
    )
    args = parser.parse_args(argv)
    if args.social:
        _build_social(parser, args)
        return
    path = write_packaged(args.size, args.corpus_seed)
    print(f"Wrote {path} ({path.stat().st_size:,} bytes)")
    if not args.corpus_only:
        from model.build import main as build_model

        build_model(
            [*(["--out", args.out] if args.out else []), *(["--no-sms"] if args.no_sms else [])]
        )


def _build_social(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Train a bundle on the main corpus plus the social block; print its evaluation.

    The block takes a fixed share of the size, so the main rows are the packaged ones.
    """
    from model.build import build
    from model.evaluate import render

    if not args.out:
        parser.error("--social needs --out: the shipped bundle is never replaced by it")
    size = args.size * SOCIAL_BASE // DEFAULT_SIZE
    examples = generate(size, args.corpus_seed, social=True)
    bundle, report = build(args.out, examples=examples, use_sms=not args.no_sms)
    print(f"Wrote {bundle.path} ({len(examples):,} conversations with the social block)")
    if report is not None:
        print(render(report))


if __name__ == "__main__":
    main()
