"""Measure `leads process` on public text nobody here wrote, beside the reference parts.

Load: the UCI SMS Spam Collection and Presidio's synthetic sentences from
../shared/benchmarks/data (or LEADS_BENCH_DATA), one customer message per conversation
(about 7,000). Short messages are where start-up and per-conversation overhead show
most, so besides the whole command this prints `leads process` of 10 conversations
(start-up and loading the model) and the work alone (the difference). Each `process`
run is a fresh `leads` process on a copy of one ingested SQLite file; three runs.
Nothing is read from the public files but their text; nothing is tuned to them.

Target (issue 13): `leads process` <= 2x the reference parts.
Run: `python -m benchmarks public_process`.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.bench_extract import data_dir
from benchmarks.bench_process import TARGET_RATIO, run_leads
from benchmarks.reference import run_parts

RUNS = 3


def public_conversations(folder: Path) -> list[dict[str, Any]]:
    """Return one widget conversation per SMS message and per Presidio sentence."""
    docs: list[dict[str, Any]] = []
    sms = folder / "sms_spam_collection.tsv"
    for n, line in enumerate(sms.read_text(encoding="utf-8").splitlines()[1:]):
        _, _, text = line.partition("\t")
        if text.strip():
            docs.append(_one(f"sms-{n}", text))
    sentences = json.loads((folder / "presidio_synth_v2.json").read_text(encoding="utf-8"))
    for n, row in enumerate(sentences):
        text = row.get("full_text") or ""
        if text.strip():
            docs.append(_one(f"presidio-{n}", text))
    return docs


def _one(conv_id: str, text: str) -> dict[str, Any]:
    at = "2026-11-20T09:00:00Z"
    return {
        "id": conv_id,
        "source": "widget",
        "started_at": at,
        "messages": [{"role": "customer", "text": text, "at": at}],
    }


def _write(path: Path, docs: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def main() -> None:
    """Print ingest and process times on the public load, and their ratio to the parts."""
    folder = data_dir()
    if not (folder / "sms_spam_collection.tsv").exists():
        print(f"skipped: no public data in {folder} (set LEADS_BENCH_DATA)")
        return
    docs = public_conversations(folder)
    with tempfile.TemporaryDirectory(prefix="bench_public_") as tmp_name:
        tmp = Path(tmp_name)
        ingested = tmp / "ingested.db"
        ingest = run_leads(["ingest", str(_write(tmp / "public.jsonl", docs))], ingested)
        small = tmp / "small.db"
        run_leads(["ingest", str(_write(tmp / "small.jsonl", docs[:10]))], small)
        walls, starts = [], []
        for run in range(RUNS):
            copy = tmp / f"run{run}.db"
            shutil.copy(ingested, copy)
            walls.append(run_leads(["process", "--no-deliver"], copy)["wall"])
            copy = tmp / f"small{run}.db"
            shutil.copy(small, copy)
            starts.append(run_leads(["process", "--no-deliver"], copy)["wall"])
        parts = run_parts(docs, tmp / "reference.db")
    parts_s = sum(parts.values())
    best, start = min(walls), min(starts)
    print(f"{len(docs):,} one-message conversations (SMS Spam Collection + Presidio sentences):")
    print(f"  leads ingest    {ingest['wall']:5.2f} s  ({len(docs) / ingest['wall']:,.0f} conv/s)")
    print(
        f"  leads process   {min(walls):5.2f}–{max(walls):.2f} s over {RUNS} runs; "
        f"10 conversations {min(starts):.2f}–{max(starts):.2f} s (start-up, loading the model)"
    )
    print(
        f"  reference parts: extraction {parts['extract']:.2f} s + TF-IDF/LR "
        f"{parts['predict']:.2f} s + bulk insert {parts['insert']:.2f} s = {parts_s:.2f} s"
    )
    ratio = best / parts_s
    print(
        f"  process / reference parts  {ratio:.2f}x (target <= {TARGET_RATIO})  "
        f"{'ok' if ratio <= TARGET_RATIO else 'MISSED'}; the work alone "
        f"(process minus the 10-conversation run) {(best - start) / parts_s:.2f}x"
    )
