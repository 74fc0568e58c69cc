"""Measure `leads ingest` on 100,000 generated conversations into SQLite (and re-imports)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

N = 100_000
TARGET_PER_S = 5_000
TARGET_PEAK_MB = 300

_CUSTOMER = [
    "Hola, quería saber el precio del plan anual para 12 personas.",
    "Hi, can you send me a quote for 40 units? My email is buyer{n}@example.com",
    "Do you ship to Lisbon? We need it before the 15th.",
    "¿Tenéis descuento para ONG? Llamadme al +34 612 345 {n:03d}",
    "Thanks, that helps. What about installation?",
    "ok",
]
_AGENT = [
    "Of course! Could you tell me a bit more about your team?",
    "¡Claro! Te lo envío ahora mismo.",
    "Yes, we deliver to all of Portugal within 3 working days.",
    "Let me check with the team and come back to you today.",
]

# Runs in a fresh interpreter so its peak RSS is the import's alone.
_RUNNER = textwrap.dedent(
    """
    import json, sys, time
    from benchmarks.memory import peak_mb
    from jobs.ingest import ingest
    from storage.db import open_database
    engine = open_database(sys.argv[1])
    start = time.perf_counter()
    report = ingest(engine, [sys.argv[2]])
    elapsed = time.perf_counter() - start
    peak = peak_mb()
    print(json.dumps({"elapsed": elapsed, "peak_mb": peak, "imported": report.imported,
                      "updated": report.updated, "unchanged": report.unchanged,
                      "rejected": report.rejected}))
    """
)


def generate(path: Path, n: int = N, *, seed: int = 7) -> int:
    """Write `n` conversations (typically 6 messages) as JSON Lines; return the file size."""
    rng = random.Random(seed)
    t0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            start = t0 + timedelta(minutes=7 * i)
            count = max(1, min(12, int(rng.gauss(6, 2))))
            messages = []
            for j in range(count):
                role = "customer" if j % 2 == 0 else "agent"
                pool = _CUSTOMER if role == "customer" else _AGENT
                at = start + timedelta(seconds=40 * j)
                messages.append(
                    {
                        "role": role,
                        "text": rng.choice(pool).format(n=i % 1000),
                        "at": at.isoformat().replace("+00:00", "Z"),
                    }
                )
            record = {
                "id": f"bench-{i:06d}",
                "source": "whatsapp" if i % 3 else "widget",
                "agent": rng.choice(("Sales Assistant", "Ventas Bot", "Support Bot")),
                "started_at": messages[0]["at"],
                "contact": {"name": f"Customer {i}", "phone": f"+34 600 {i:06d}"},
                "messages": messages,
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path.stat().st_size


def _run(db_url: str, path: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _RUNNER, db_url, str(path)],
        check=True,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    """Print conversations/s and peak memory: first import, unchanged re-import, all changed."""
    with tempfile.TemporaryDirectory(prefix="leads-bench-import-") as tmp:
        path = Path(tmp) / "conversations.jsonl"
        size = generate(path)
        db_url = f"sqlite:///{Path(tmp) / 'leads.db'}"
        print(f"file: {N:,} conversations, {size / 1e6:.0f} MB (generated in a temp dir)")
        print(
            f"{'run':22} {'conv/s':>9} {'peak MB':>8}  targets: >= {TARGET_PER_S:,}/s, < {TARGET_PEAK_MB} MB"
        )
        changed = Path(tmp) / "changed.jsonl"
        generate(changed, seed=8)  # the same ids with other messages: every one is updated
        runs = [
            ("first import", path),
            ("re-import (unchanged)", path),
            ("changed (updated)", changed),
        ]
        for label, source in runs:
            r = _run(db_url, source)
            rate = N / r["elapsed"]
            ok = "ok" if rate >= TARGET_PER_S and r["peak_mb"] < TARGET_PEAK_MB else "MISSED"
            print(
                f"{label:22} {rate:9,.0f} {r['peak_mb']:8.0f}  {ok}  "
                f"({r['elapsed']:.1f} s; {r['imported']:,} imported, {r['updated']:,} updated, "
                f"{r['unchanged']:,} unchanged, {r['rejected']:,} rejected)"
            )
