"""Measure `leads list` queries (filters + sorts) and stats over 1,000,000 leads in SQLite."""

from __future__ import annotations

import statistics
import time

from sqlmodel import Session

from benchmarks.memory import run_measured
from benchmarks.seed import default_path, seed_leads
from storage.db import open_database
from storage.queries import LeadFilter, list_leads, stats

N = 1_000_000
TARGET_P95_MS = 50.0

QUERIES: list[tuple[str, LeadFilter, str]] = [
    ("newest", LeadFilter(), "created"),
    ("best", LeadFilter(), "score"),
    ("recently updated", LeadFilter(), "updated"),
    ("status:quote sort:score", LeadFilter(status="Quote Request"), "score"),
    ("status:spam sort:created", LeadFilter(status="Spam"), "created"),
    ("status sort:updated", LeadFilter(status="Follow-up"), "updated"),
    ("agent sort:score", LeadFilter(agent="Support Bot"), "score"),
    ("agent sort:created", LeadFilter(agent="Web Concierge"), "created"),
    ("source:whatsapp sort:score", LeadFilter(source="whatsapp"), "score"),
    ("score:60-79 sort:created", LeadFilter(min_score=60, max_score=79), "created"),
    ("score:90- sort:score", LeadFilter(min_score=90), "score"),
    ("score:96-100 sort:created (narrow)", LeadFilter(min_score=96), "created"),
    (
        "status + source + score sort:score",
        LeadFilter(status="Opportunity", source="widget", min_score=70),
        "score",
    ),
    (
        "agent + score:40-60 sort:updated",
        LeadFilter(agent="Partner Desk", min_score=40, max_score=60),
        "updated",
    ),
]


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def main() -> None:
    """Print p50/p95 per list query (target p95 < 50 ms) and the stats query time."""
    path = default_path(N)
    url = f"sqlite:///{path}"
    t = time.perf_counter()
    seed_leads(url, N)
    print(f"database: {path} with {N:,} leads (ready in {time.perf_counter() - t:.1f} s)")
    engine = open_database(url)
    worst = 0.0
    print(f"{'query':40} {'p50 ms':>8} {'p95 ms':>8}  target p95 < {TARGET_P95_MS:.0f} ms")
    with Session(engine) as s:
        for label, flt, sort in QUERIES:
            samples = []
            for page in range(40):
                start = time.perf_counter()
                # Mostly the first pages, as people read them; every tenth a page 50 deep.
                offset = 1000 if page % 10 == 9 else (page % 5) * 20
                rows = list_leads(s, flt, sort=sort, limit=20, offset=offset)
                samples.append((time.perf_counter() - start) * 1000)
                if not rows and offset == 0:
                    raise RuntimeError(f"{label}: the seeded data has no match")
            p95 = _p95(samples)
            worst = max(worst, p95)
            ok = "ok" if p95 < TARGET_P95_MS else "MISSED"
            print(f"{label:40} {statistics.median(samples):8.2f} {p95:8.2f}  {ok}")
        times = []
        for _ in range(3):
            start = time.perf_counter()
            stats(s)
            times.append((time.perf_counter() - start) * 1000)
    print(
        f"worst p95: {worst:.2f} ms (target < {TARGET_P95_MS:.0f} ms, ratio {worst / TARGET_P95_MS:.2f})"
    )
    print(f"stats over {N:,} leads: {min(times):.0f} ms (dashboard, /leads stats)")
    engine.dispose()
    small = default_path(100_000)
    seed_leads(f"sqlite:///{small}", 100_000)
    export_memory(f"sqlite:///{small}", 100_000)
    export_memory(url, N)


def export_memory(url: str, n_leads: int) -> None:
    """Print time and peak memory of `leads export` (CSV) in a fresh process."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        peak_mb = run_measured(["-m", "leads", "--db", url, "export", "--out", f"{tmp}/leads.csv"])
        seconds = time.perf_counter() - start
    print(
        f"export {n_leads:,} leads as CSV: {seconds:.1f} s ({n_leads / seconds:,.0f} leads/s), "
        f"peak memory {peak_mb:.0f} MB (streamed: constant in the number of leads)"
    )
