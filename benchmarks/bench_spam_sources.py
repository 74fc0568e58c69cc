"""Leave one spam source out: train without it, score it, next to the model trained on all.

For each real spam source the model trains on (the SMS Spam Collection's 80% and the
sets in model/data/real/), a model is trained without that source and scored on the
source's test rows (its fixed 20%): spam precision (where the source has non-spam rows),
recall and the share of its spam scored 60 or more (spam that would still reach the team
as a lead). Spam that is caught only when its own source is trained on is a style learnt
by heart, not spam recognised in general. The held-out source (`real_text.HELD_OUT`,
never trained on) is scored whole by the full model, as `leads evaluate` does.

Run: `python -m benchmarks spam_sources` (about a minute per model).
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from model.datasets import Example, extract_all, load_corpus, load_sms
from model.evaluate import spam_figures
from model.real_text import SOURCES, load_source
from model.train import train

TARGET_RECALL = 0.80
TARGET_PRECISION = 0.90
TARGET_HIGH = 0.01


def spam_sources() -> dict[str, list[Example]]:
    """Return the test rows of every trained real spam source present, by source name."""
    out: dict[str, list[Example]] = {}
    sms = load_sms("test")
    if sms:
        out["sms"] = sms
    for source in SOURCES:
        if source.trained and source.spam_weight > 0:
            rows = [e for e in load_source(source) or () if e.split == "test"]
            if any(e.intent == "spam" for e in rows):
                out[source.name] = rows
    return out


def _fmt(value: float | None) -> str:
    return f"{value:7.3f}" if value is not None else "      -"


def _row(name: str, model: str, m: dict) -> str:
    has_ham = m["n"] > m["spam"]
    return f"  {name:<14} {model:<10} {m['n']:>5} {m['spam']:>5}  " + "  ".join(
        _fmt(v)
        for v in (
            m["precision"] if has_ham else None,
            m["recall"],
            m["high_share"],
            m["non_spam_called_spam"],
        )
    )


def leave_one_out(
    examples: Sequence[Example], extractions: Sequence, seed: int = 0
) -> list[tuple[str, dict, dict]]:
    """Return (source, figures with it trained on, figures with it left out) per spam source."""
    sources = spam_sources()
    full = train(examples, seed=seed, extractions=extractions, use_real=True)
    out = []
    for name, rows in sources.items():
        left_out = train(
            examples, seed=seed, extractions=extractions, use_real=True, leave_out={name}
        )
        out.append((name, spam_figures(full, rows), spam_figures(left_out, rows)))
    return out


def main() -> None:
    """Print each trained spam source's figures with and without it in training."""
    started = time.perf_counter()
    examples = load_corpus()
    extractions = extract_all([e.conversation for e in examples])
    results = leave_one_out(examples, extractions)
    print("Leave one spam source out (each source's test 20%; precision only where it has ham)")
    print("  source         model          n  spam  precision  recall  spam>=60  other->spam")
    for name, full, left in results:
        print(_row(name, "trained", full))
        print(_row(name, "LEFT OUT", left))
    for name, _, left in results:
        ok = (left["recall"] or 0) >= TARGET_RECALL and (left["high_share"] or 0) <= TARGET_HIGH
        if left["n"] > left["spam"]:
            ok = ok and left["precision"] >= TARGET_PRECISION
        print(
            f"  {name} left out: recall {left['recall']:.3f} (target >= {TARGET_RECALL}),"
            f" spam >= 60 {left['high_share']:.3f} (<= {TARGET_HIGH}): {'ok' if ok else 'MISSED'}"
        )
    print(f"  ({len(results) + 1} models trained in {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
