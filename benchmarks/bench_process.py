"""Measure `leads ingest` and `leads process` as a user runs them, beside a reference pipeline.

Load: benchmarks/load.py, written apart from the training corpus (many companies, one
big shared domain and a team inbox, six languages, both channels, a quarter of the
conversations by people who wrote before, a few runaway chats and pasted documents).
Each command runs as a fresh `leads` process on a fresh SQLite file, as a person would
run it; its wall time includes start-up and loading the model. Memory: the peak of the
`leads` process itself (VmHWM) and the peak of the whole process tree (it plus its
extraction helper), sampled every 50 ms.

Targets (issue 13): process >= 1,500 conversations/s and <= 2x the reference parts;
ingest >= 8,000 conversations/s; peak RSS < 300 MB at 100,000 conversations.
Run: `python -m benchmarks process` (LEADS_BENCH_SIZES=20000 for the small run only).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.load import conversations, write_jsonl
from benchmarks.reference import run_parts

SIZES = tuple(int(n) for n in os.environ.get("LEADS_BENCH_SIZES", "20000,100000").split(","))
TARGET_PROCESS = 1_500
TARGET_RATIO = 2.0
TARGET_INGEST = 8_000
TARGET_MB = 300


def _status_kb(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _tree(pid: int) -> list[int]:
    out = [pid]
    try:
        for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
            out += _tree(int(child))
    except OSError:
        pass
    return out


def run_leads(args: list[str], db: Path) -> dict[str, Any]:
    """Run `leads --db DB ARGS`; return wall seconds, own peak MB and process-tree peak MB."""
    leads = str(Path(sys.executable).with_name("leads"))
    env = {**os.environ, "COLUMNS": "120"}
    env.pop("SLACK_BOT_TOKEN", None)
    start = time.perf_counter()
    proc = subprocess.Popen(
        [leads, "--db", f"sqlite:///{db}", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    own = tree = 0
    while proc.poll() is None:
        own = max(own, _status_kb(proc.pid, "VmHWM:"))
        tree = max(tree, sum(_status_kb(p, "VmRSS:") for p in _tree(proc.pid)))
        time.sleep(0.05)
    wall = time.perf_counter() - start
    out = proc.stdout.read() if proc.stdout else ""
    if proc.returncode not in (0, 1):  # ingest exits 1 when it rejected lines
        raise RuntimeError(f"leads {' '.join(args)} failed ({proc.returncode}): {out[-500:]}")
    return {"wall": wall, "own_mb": own / 1024, "tree_mb": tree / 1024, "out": out}


def _mark(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def measure(n: int, tmp: Path) -> None:
    """Print ingest, process and reference figures for a load of n conversations."""
    jsonl = write_jsonl(tmp / f"load{n}.jsonl", n)
    db = tmp / f"leads{n}.db"
    ingest = run_leads(["ingest", str(jsonl)], db)
    proc = run_leads(["process", "--no-deliver"], db)
    docs = list(conversations(n))
    parts = run_parts(docs, tmp / f"reference{n}.db")
    parts_s = sum(parts.values())
    ingest_rate = n / ingest["wall"]
    rate = n / proc["wall"]
    ratio = proc["wall"] / parts_s
    summary = next((ln for ln in proc["out"].splitlines() if ln.startswith("Processed")), "")
    print(f"{n:,} conversations (benchmarks/load.py):")
    print(
        f"  leads ingest   {ingest['wall']:6.1f} s  {ingest_rate:7,.0f} conv/s "
        f"(target >= {TARGET_INGEST:,})  {_mark(ingest_rate >= TARGET_INGEST)}"
    )
    print(
        f"  leads process  {proc['wall']:6.1f} s  {rate:7,.0f} conv/s "
        f"(target >= {TARGET_PROCESS:,})  {_mark(rate >= TARGET_PROCESS)}   {summary}"
    )
    print(
        f"  reference parts: extraction {parts['extract']:.1f} s + TF-IDF/LR "
        f"{parts['predict']:.1f} s + bulk insert {parts['insert']:.1f} s = {parts_s:.1f} s"
    )
    print(
        f"  process / reference parts  {ratio:.2f}x (target <= {TARGET_RATIO})  "
        f"{_mark(ratio <= TARGET_RATIO)}"
    )
    print(
        f"  peak RSS: leads process {proc['own_mb']:.0f} MB (target < {TARGET_MB}) "
        f"{_mark(proc['own_mb'] < TARGET_MB)}; with its extraction helper "
        f"{proc['tree_mb']:.0f} MB"
    )
    print(json.dumps({"n": n, "ingest_s": ingest["wall"], "process_s": proc["wall"],
                      "parts": parts, "own_mb": proc["own_mb"], "tree_mb": proc["tree_mb"]}))  # fmt: skip


def main() -> None:
    """Run each load size in a fresh temporary directory."""
    print(f"({os.cpu_count()} cores; each command a fresh process on a fresh SQLite file)")
    for n in SIZES:
        with tempfile.TemporaryDirectory(prefix="bench_process_") as tmp:
            measure(n, Path(tmp))


if __name__ == "__main__":
    main()
