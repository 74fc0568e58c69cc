"""Measure how fast the team loop learns a convention the shipped model does not share.

A simulated team files every demo request as Quote Request (the shipped model files
most of them as Opportunity). Its labels arrive one chat at a time; after 0, 10, 20, 40
and 80 labels `model.retrain.retrain_with_feedback` judges a candidate (team hold-out
by time, or cross-validation under 20 labels; base figures on the corpus test split)
and, when accepted, it becomes the model. After each step this prints how many of 40
new demo requests are filed the team's way, and the base figures. The chats are made
here from small phrase lists in the six trained languages, apart from any evaluation set.
Run: `python -m benchmarks learning_curve` (several trainings: minutes).
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

STEPS = (0, 10, 20, 40, 80)
FRESH = 40
TEAM_STATUS, TEAM_INTENT = "Quote Request", "quote_request"

PRODUCTS = ["our booking software", "the CRM", "the inventory app", "your POS system",
            "the scheduling tool", "your HR platform", "the invoicing software"]  # fmt: skip
ASKS = [
    "Hi, could we book a demo of {p}? We are a team of {n}.",
    "I'd like to see a demo of {p} for our {n} staff, when are you free?",
    "Can someone show us {p} in a short demo call? {n} users.",
    "Hola, ¿podemos agendar una demo de {p}? Somos {n} personas.",
    "Bonjour, pouvons-nous avoir une démo de {p} ? Nous sommes {n}.",
    "Hallo, können wir eine Demo von {p} vereinbaren? Wir sind {n} Leute.",
    "Ciao, possiamo prenotare una demo di {p}? Siamo in {n}.",
    "Olá, podemos marcar uma demonstração de {p}? Somos {n} pessoas.",
]


def demo_request(i: int) -> dict:
    """Return one demo-request chat (deterministic by `i`)."""
    rng = random.Random(i)
    text = rng.choice(ASKS).format(p=rng.choice(PRODUCTS), n=rng.randint(3, 120))
    return {
        "id": f"demo-{i}",
        "source": rng.choice(["widget", "whatsapp"]),
        "started_at": f"2026-11-{1 + i % 28:02d}T{8 + i % 10:02d}:00:00Z",
        "messages": [{"role": "customer", "text": text}],
    }


def team_way(bundle, chats: list[dict]) -> float:  # type: ignore[no-untyped-def]
    """Return the share of chats the bundle files as the team would."""
    from model.extract import extract
    from model.predict import predict

    preds = predict(chats, [extract(c) for c in chats], bundle)
    return sum(p.intent == TEAM_INTENT for p in preds) / len(chats)


def main() -> None:
    """Print agreement with the team and the base figures after each number of labels."""
    from model import artifacts
    from model.datasets import extract_all, load_corpus
    from model.predict import load_bundle
    from model.retrain import BASE_MARGIN, base_figures, retrain_with_feedback

    fresh = [demo_request(100_000 + i) for i in range(FRESH)]
    labels = [(demo_request(i), TEAM_STATUS) for i in range(max(STEPS))]
    print(f"team convention: demo requests are {TEAM_STATUS}; base margin {BASE_MARGIN:g}")
    with tempfile.TemporaryDirectory() as tmp:
        model_dir = Path(tmp) / "models"
        shipped = load_bundle(None)
        print(f"{'labels':>6}  {'team way':>8}  {'macro-F1':>8}  {'AUC':>6}  verdict")
        test = [e for e in load_corpus() if e.split == "test"]
        base = base_figures(shipped, test, extract_all([e.conversation for e in test]))
        print(
            f"{0:>6}  {team_way(shipped, fresh):>8.0%}  {base['intent_macro_f1']:>8.4f}  "
            f"{base['quality_auc']:>6.4f}  shipped model"
        )
        for n in STEPS[1:]:
            start = time.perf_counter()
            # Each step starts from the shipped model, as a team with n labels would.
            result = retrain_with_feedback(labels[:n], model_dir / f"n{n}", base=shipped)
            current = artifacts.current_bundle_path(model_dir / f"n{n}")
            bundle = load_bundle(current) if current else shipped
            new = result.metrics.get("new", {})
            print(
                f"{n:>6}  {team_way(bundle, fresh):>8.0%}  "
                f"{new.get('intent_macro_f1', float('nan')):>8.4f}  "
                f"{new.get('quality_auc', float('nan')):>6.4f}  "
                f"{'accepted' if result.accepted else 'rejected'} "
                f"({time.perf_counter() - start:.0f} s): {result.reason}",
                flush=True,
            )


if __name__ == "__main__":
    main()
