"""Benchmark the scoring model: held-out quality, SMS spam, throughput, size, training time."""

from __future__ import annotations

import gc
import tempfile
import time
from pathlib import Path

from threadpoolctl import threadpool_limits

from benchmarks.bench_extract import data_dir
from benchmarks.bench_public_process import public_conversations
from corpus.generate import DEFAULT_SEED, DEFAULT_SIZE, generate
from model.artifacts import MODEL_FILE, shipped_path
from model.datasets import extract_all, load_sms
from model.evaluate import evaluate
from model.predict import Bundle, load_bundle, predict
from model.train import train
from model.types import Extraction

BATCH = 20_000


def _line(name: str, value: str, target: str, ok: bool) -> None:
    print(f"  {name:<44} {value:>12}   target {target:<10} {'ok' if ok else 'MISSED'}")


def _rates(convs: list[dict], xs: list[Extraction], bundle: Bundle) -> tuple[float, float]:
    """Return predict's conversations per second of one core's CPU time, and by wall clock.

    Wall time on a shared machine includes time the core was given to others (steal);
    process CPU time is what one core spent, so the target is judged on it. What this
    process keeps alive (the corpus, its extractions, trained models) is frozen first,
    as `leads process` freezes what lives as long as it does: the collector does not
    walk it again on every pass predict's own garbage triggers. Best of 5.
    """
    gc.collect()
    gc.freeze()
    try:
        with threadpool_limits(limits=1):
            wall = cpu = float("inf")
            for _ in range(5):
                t0, c0 = time.perf_counter(), time.process_time()
                predict(convs, xs, bundle)
                wall = min(wall, time.perf_counter() - t0)
                cpu = min(cpu, time.process_time() - c0)
    finally:
        gc.unfreeze()
    return len(convs) / cpu, len(convs) / wall


def main() -> None:
    """Build a fresh model from the generator, measure it, and print figures next to targets."""
    started = time.perf_counter()
    examples = generate(DEFAULT_SIZE, DEFAULT_SEED)
    extractions = extract_all([e.conversation for e in examples])
    prepared = time.perf_counter() - started
    t0 = time.perf_counter()
    bundle = train(examples, seed=0, extractions=extractions)
    train_seconds = time.perf_counter() - t0
    report = evaluate(bundle, examples, extractions=extractions)
    print(
        f"Corpus: {len(examples)} generated conversations (seed {DEFAULT_SEED}); "
        f"test split = unseen template families ({report.n} conversations)"
    )
    _line(
        "intent macro-F1 (template-family test split)",
        f"{report.intent_macro_f1:.3f}",
        ">= 0.90",
        report.intent_macro_f1 >= 0.90,
    )
    _line(
        "quality ROC AUC (template-family test split)",
        f"{report.quality_auc:.3f}",
        ">= 0.90",
        (report.quality_auc or 0) >= 0.90,
    )
    print(f"  quality Brier score {report.brier:.4f}")
    print(f"  {report.sms_note}")
    if report.sms:
        _line(
            "SMS spam precision",
            f"{report.sms['precision']:.3f}",
            ">= 0.95",
            report.sms["precision"] >= 0.95,
        )
        _line(
            "SMS spam recall",
            f"{report.sms['recall']:.3f}",
            ">= 0.90",
            report.sms["recall"] >= 0.90,
        )

        # the other reading of the SMS benchmark: a model that never saw any SMS row,
        # scored on the whole collection (reported, no target)
        corpus_only = train(examples, seed=0, extractions=extractions, use_sms=False)
        rows = (load_sms("train") or []) + (load_sms("test") or [])
        preds = predict(
            [e.conversation for e in rows], extract_all([e.conversation for e in rows]), corpus_only
        )
        y = [e.intent == "spam" for e in rows]
        p = [x.intent == "spam" for x in preds]
        tp = sum(a and b for a, b in zip(y, p, strict=True))
        print(
            f"  corpus-only model (no SMS in training) on all {len(rows)} SMS: "
            f"spam precision {tp / max(1, sum(p)):.3f}, recall {tp / max(1, sum(y)):.3f} (no target)"
        )

    shipped = load_bundle()
    pool = [(e.conversation, x) for e, x in zip(examples, extractions, strict=True)]
    batch = (pool * (BATCH // len(pool) + 1))[:BATCH]
    convs, xs = [c for c, _ in batch], [x for _, x in batch]
    rate, wall_rate = _rates(convs, xs, shipped)
    _line(
        "predict() throughput, one core (conv/s, CPU)", f"{rate:,.0f}", ">= 10,000", rate >= 10_000
    )
    print(f"  (the same batch by wall clock: {wall_rate:,.0f} conv/s)")
    folder = data_dir()
    if (folder / "sms_spam_collection.tsv").exists():
        # the same on text this project did not write: one short message per chat
        public = public_conversations(folder)
        public_rate, _ = _rates(public, extract_all(public), shipped)
        _line(
            f"  the same on {len(public):,} SMS + Presidio messages",
            f"{public_rate:,.0f}",
            ">= 10,000",
            public_rate >= 10_000,
        )

    size_mb = (shipped_path() / MODEL_FILE).stat().st_size / 1e6
    _line("shipped model file size (MB)", f"{size_mb:.1f}", "< 20", size_mb < 20)
    total = prepared + train_seconds
    _line(
        "training time: train() incl. SMS rows (s)",
        f"{train_seconds:.1f}",
        "< 120",
        train_seconds < 120,
    )
    _line("full training: generate+extract+train (s)", f"{total:.1f}", "< 120", total < 120)
    with tempfile.TemporaryDirectory() as tmp:
        from model.artifacts import save_bundle

        save_bundle(bundle, Path(tmp) / "b")
        fresh = (Path(tmp) / "b" / MODEL_FILE).stat().st_size / 1e6
    print(f"  (freshly trained bundle: {fresh:.1f} MB; build command: make model)")


if __name__ == "__main__":
    main()
