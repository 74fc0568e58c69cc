"""Generate the training corpus into the model package, then build the shipped model.

Run as `python -m corpus.build` (`make model`); `--corpus-only` writes only
model/data/corpus.jsonl.gz and its meta. The same seeds give the same files.
"""

from __future__ import annotations

import argparse

from corpus.generate import DEFAULT_SEED, DEFAULT_SIZE, write_packaged


def main(argv: list[str] | None = None) -> None:
    """Write the corpus and, unless --corpus-only, train and evaluate the shipped model."""
    parser = argparse.ArgumentParser(prog="python -m corpus.build", description=__doc__)
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE)
    parser.add_argument("--corpus-seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--corpus-only", action="store_true", help="do not train")
    parser.add_argument("--out", default=None, help="bundle directory (default: model/artifacts)")
    parser.add_argument("--no-sms", action="store_true", help="do not train on the SMS 80%% split")
    args = parser.parse_args(argv)
    path = write_packaged(args.size, args.corpus_seed)
    print(f"Wrote {path} ({path.stat().st_size:,} bytes)")
    if not args.corpus_only:
        from model.build import main as build_model

        build_model(
            [*(["--out", args.out] if args.out else []), *(["--no-sms"] if args.no_sms else [])]
        )


if __name__ == "__main__":
    main()
