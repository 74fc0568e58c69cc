"""Score 120 hand-labelled chats: status, score band, name, emails and phones.

The chats (benchmarks/data/hand_chats/, 20 per language) were written for this project
by someone who had not seen the generator or the rules, to measure generalisation to
wording the model was not built from. They are a development check: changes are made
for kinds of failures they show, never to fit one of their records.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from model.extract import extract
from model.predict import load_bundle, predict
from model.types import quality_band

DATA = Path(__file__).resolve().parent / "data" / "hand_chats"
OPPORTUNITY = {"Opportunity", "Potential Customer"}
# A buyer (the labeller filed a quote request or an opportunity) must never be hidden:
# filed Spam or Not Interested, or scored under 40 (issue 11).
BUYER = {"Quote Request", *OPPORTUNITY}


def _read(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]


def main() -> None:
    """Print status, band and name accuracy and email/phone precision and recall."""
    chats, labels = _read("chats.jsonl"), {row["id"]: row for row in _read("labels.jsonl")}
    extractions = [extract(c) for c in chats]
    predictions = predict(chats, extractions, load_bundle())
    hits: Counter[str] = Counter()
    per_lang: dict[str, Counter[str]] = defaultdict(Counter)
    counts: Counter[str] = Counter()
    for conv, x, p in zip(chats, extractions, predictions, strict=True):
        want = labels[conv["id"]]
        right = {
            "status": p.status == want["status"]
            or (p.status in OPPORTUNITY and want["status"] in OPPORTUNITY),
            "band": quality_band(p.score) == want["band"],
            "name": (x.name or None) == want["name"],
        }
        if want["status"] in BUYER:
            counts["buyers"] += 1
            counts["hidden"] += p.status in ("Spam", "Not Interested") or p.score < 40
        for key, ok in right.items():
            hits[key] += ok
            per_lang[want["lang"]][key] += ok
        per_lang[want["lang"]]["n"] += 1
        for kind, got, truth in (
            ("email", set(x.emails), set(want["emails"])),
            ("phone", set(x.phones), set(want["phones"])),  # the WhatsApp sender is one
        ):
            counts[f"{kind}_tp"] += len(got & truth)
            counts[f"{kind}_fp"] += len(got - truth)
            counts[f"{kind}_fn"] += len(truth - got)
    n = len(chats)
    print(f"{n} hand-labelled chats ({DATA.relative_to(DATA.parents[2])})")
    targets = {"status": 0.85, "band": 0.85, "name": 0.85}
    for key, target in targets.items():
        share = hits[key] / n
        verdict = "met" if share >= target else "NOT met"
        print(f"  {key:<7} right {share:.3f}   target >= {target:.2f}: {verdict}")
    for kind in ("email", "phone"):
        tp, fp, fn = (counts[f"{kind}_{k}"] for k in ("tp", "fp", "fn"))
        precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        print(f"  {kind:<7} P {precision:.3f}  R {recall:.3f}   target >= 0.95 each")
    print(
        f"  buyers hidden (filed Spam / Not Interested or scored < 40): "
        f"{counts['hidden']} of {counts['buyers']}   target 0"
    )
    for lang, c in sorted(per_lang.items()):
        print(f"  {lang}: " + "  ".join(f"{k} {c[k]}/{c['n']}" for k in targets))


if __name__ == "__main__":
    main()
