"""Fill a database with many realistic-looking leads quickly, for the list/bot benchmarks."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlmodel import Session

from storage.db import open_database
from storage.models import Lead
from storage.statuses import STATUSES, quality_of

AGENTS = ("Sales Assistant", "Support Bot", "WhatsApp Sales", "Web Concierge", "Partner Desk")
FACTORS = ("asked for a quote", "left a phone number", "stated a budget", "one message only")


def seed_leads(url: str, n: int, *, seed: int = 0, chunk: int = 20_000) -> None:
    """Insert `n` leads into the database at `url` unless it already holds that many."""
    engine = open_database(url)
    with Session(engine) as s:
        have = s.scalar(select(func.count()).select_from(Lead)) or 0
    if have >= n:
        return
    rng = random.Random(seed + have)
    t0 = datetime(2025, 1, 1, tzinfo=UTC)
    with engine.begin() as conn:
        for start in range(have, n, chunk):
            rows = []
            for i in range(start, min(n, start + chunk)):
                score = int(rng.betavariate(2, 2.5) * 100)
                created = t0 + timedelta(seconds=rng.randrange(0, 700 * 86400))
                rows.append(
                    {
                        "name": f"Person {i}",
                        "email": f"person{i}@example.com",
                        "phone": f"+3461{i:07d}",
                        "alt_emails": [],
                        "alt_phones": [],
                        "agent": rng.choice(AGENTS),
                        "source": rng.choice(("widget", "whatsapp")),
                        "status": rng.choice(STATUSES),
                        "status_by_human": False,
                        "score": score,
                        "quality": quality_of(score),
                        "top_factors": [rng.choice(FACTORS)],
                        "created_at": created,
                        "updated_at": created + timedelta(hours=rng.randrange(0, 240)),
                    }
                )
            conn.execute(insert(Lead), rows)
    engine.dispose()


def default_path(n: int) -> Path:
    """Return where a cached benchmark database of `n` leads lives (reused between runs)."""
    root = Path(__file__).resolve().parent.parent / ".bench"
    root.mkdir(exist_ok=True)
    return root / f"leads-{n}.db"
