"""Build an experimental bundle from the social block with the knobs model/DATA_CARD.md measured.

    python -m corpus.social_variants --out DIR [--spamassassin W] [--block-weight W]
        [--hint3 W] [--short-buyers N] [--short-weight W] [--no-link-lines]

The packaged corpus and the shipped bundle are left alone. Then measure the bundle:
`leads evaluate --model DIR`, and the buyers' behaviour tests with it in place of the
shipped one (`cp -r DIR/* model/artifacts/`, `pytest tests/model`, then
`git checkout model/artifacts`). The knobs set module state of the generator and the
trainer, so this runs once per process.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import corpus.generate as gen
from corpus import social
from model.datasets import Example
from model.policy import LEAD_INTENTS


def drop_link_lines() -> None:
    """Remove the block's spam lines that carry a link (and families left empty)."""
    for lang, families in social.SOCIAL_SPAM.items():
        kept = [[v for v in family if "{link}" not in v] for family in families]
        social.SOCIAL_SPAM[lang] = [family for family in kept if family]


def short_buyers(n: int, start: int, seed: int = gen.DEFAULT_SEED) -> list[Example]:
    """Return `n` one-line buyers, intent only, from the training families' own lines.

    They are shaped like the block's spam (one customer line, a WhatsApp sender's number
    on that channel, no other contact details), so a short chat is not spam by its length.
    Test and validation families are never drawn: their wording stays unseen.
    """
    splits = gen.family_splits(seed)
    rng = random.Random(seed * 17 + 9)
    out: list[Example] = []
    for i in range(n):
        lang = rng.choices(gen.LANGUAGES, weights=gen.LANGUAGE_WEIGHTS)[0]
        intent = LEAD_INTENTS[(i + 1) % 2]  # an opportunity first, as the rows measured
        families = [
            k
            for k in range(len(gen.FAMILIES[intent][lang]))
            if splits[f"{intent}/{lang}/{k}"] == "train"
        ]
        fam = rng.choice(families)
        variant = rng.choice(gen.FAMILIES[intent][lang][fam])
        slots = {
            "product": rng.choice(gen.PRODUCTS[lang]),
            "qty": str(rng.choice([5, 10, 20, 50, 100, 200, 500])),
            "order": "A-1001",
            "link": "",
            "company": "",
            "country": rng.choice(gen.COUNTRIES[lang]),
            "shortcode": "",
            "phone_spam": "",
        }
        line = variant.format(**slots)
        if rng.random() < 0.25:
            line = f"{rng.choice(gen.GREETINGS[lang])} {line}"
        line = gen._noisy(rng, line, 0.3)
        source = "whatsapp" if rng.random() < 0.35 else "widget"
        at = datetime(2026, 1, 5, 8, tzinfo=UTC) + timedelta(minutes=rng.randint(0, 60 * 24 * 300))
        message = {"role": "customer", "text": line, "at": at.strftime("%Y-%m-%dT%H:%M:%SZ")}
        conversation = gen._envelope(rng, source, start + i, [message])
        phones = []
        if source == "whatsapp":
            _, e164 = gen._phone(rng, rng.choice(gen.REGIONS[lang]))
            conversation["contact"] = {"phone": e164}
            phones = [e164]
        truth = gen.intent_only_truth(lang, phones, 0.5)
        out.append(
            Example(conversation, intent, 1, f"{intent}/{lang}/short{fam}", lang, "train", truth)
        )
    return out


def main(argv: Sequence[str] | None = None) -> None:
    """Set the knobs, generate the corpus with the block, train into --out, print the figures."""
    p = argparse.ArgumentParser(prog="python -m corpus.social_variants", description=__doc__)
    p.add_argument("--out", required=True, help="bundle folder (never the shipped one)")
    p.add_argument(
        "--spamassassin", type=float, default=0.0, help="train on its 80%% at this spam weight"
    )
    p.add_argument(
        "--block-weight", type=float, default=1.0, help="weight of the block's spam and remarks"
    )
    p.add_argument("--hint3", type=float, default=None, help="HINT3's weight (default: as shipped)")
    p.add_argument("--short-buyers", type=int, default=0, help="one-line buyers added, intent only")
    p.add_argument("--short-weight", type=float, default=0.3)
    p.add_argument(
        "--no-link-lines", action="store_true", help="drop the block's spam lines with a link"
    )
    args = p.parse_args(argv)

    import model.real_text as real_text
    import model.train as train
    from model.build import build
    from model.evaluate import render

    sources = []
    for source in real_text.SOURCES:
        if source.name == "spamassassin" and args.spamassassin > 0:
            source = dataclasses.replace(source, always=True, spam_weight=args.spamassassin)
        if source.name == "hint3" and args.hint3 is not None:
            source = dataclasses.replace(source, other_weight=args.hint3)
        sources.append(source)
    real_text.SOURCES = train.SOURCES = tuple(sources)  # the trainer's copy names them in meta
    train.INTENT_ONLY_WEIGHT = {
        "spam": args.block_weight,
        "info_only": args.block_weight,
        **dict.fromkeys(LEAD_INTENTS, args.short_weight),
    }
    if args.no_link_lines:
        drop_link_lines()
    examples = gen.generate(gen.SOCIAL_BASE, gen.DEFAULT_SEED, social=True)
    examples += short_buyers(args.short_buyers, len(examples))
    bundle, report = build(args.out, examples=examples)
    print(f"Wrote {bundle.path} ({len(examples):,} conversations)")
    if report is not None:
        print(render(report))


if __name__ == "__main__":
    main()
