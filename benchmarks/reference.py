"""A plain reference pipeline: the same steps with the same libraries, nothing else.

Issue 13 compares `leads process` with it: regex + phonenumbers extraction, TF-IDF +
logistic regression, and a SQLite bulk insert of one row per conversation. Its parts
are timed one by one (training the reference model is not counted), so the ratio says
how much `process` spends beyond the work itself.
"""

from __future__ import annotations

import gzip
import json
import re
import sqlite3
import time
from pathlib import Path
from typing import Any

import phonenumbers

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
ROOT = Path(__file__).resolve().parents[1]


def _customer(doc: dict[str, Any]) -> str:
    return "\n".join(m["text"] for m in doc["messages"] if m["role"] == "customer")


def _train() -> Any:
    """Fit TF-IDF + logistic regression on the project's corpus (intent labels)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    rows = []
    with gzip.open(ROOT / "model" / "data" / "corpus.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            rows.append((_customer(row["conversation"]), row["intent"]))
            if len(rows) >= 20_000:
                break
    pipe = make_pipeline(
        TfidfVectorizer(min_df=2, ngram_range=(1, 2)), LogisticRegression(max_iter=300)
    )
    pipe.fit([t for t, _ in rows], [y for _, y in rows])
    return pipe


def run_parts(docs: list[dict[str, Any]], db_path: Path) -> dict[str, float]:
    """Time each reference step over `docs`; return seconds per step."""
    model = _train()
    texts = [_customer(d) for d in docs]
    t = time.perf_counter()
    found = []
    for doc, text in zip(docs, texts, strict=True):
        emails = EMAIL.findall(text)
        region = "US"
        phones = [
            phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
            for m in phonenumbers.PhoneNumberMatcher(text, region)
        ]
        contact = doc.get("contact") or {}
        found.append((contact.get("name"), emails[:1], phones[:1]))
    extract_s = time.perf_counter() - t
    t = time.perf_counter()
    probs = []
    for start in range(0, len(texts), 500):
        probs.extend(model.predict_proba(texts[start : start + 500]).max(axis=1).tolist())
    predict_s = time.perf_counter() - t
    t = time.perf_counter()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(
        "CREATE TABLE lead (id INTEGER PRIMARY KEY, conversation TEXT, name TEXT, email TEXT,"
        " phone TEXT, score INTEGER)"
    )
    with conn:
        conn.executemany(
            "INSERT INTO lead (conversation, name, email, phone, score) VALUES (?, ?, ?, ?, ?)",
            [
                (d["id"], n, (e or [None])[0], (p or [None])[0], round(s * 100))
                for d, (n, e, p), s in zip(docs, found, probs, strict=True)
            ],
        )
    conn.close()
    insert_s = time.perf_counter() - t
    return {"extract": extract_s, "predict": predict_s, "insert": insert_s}
