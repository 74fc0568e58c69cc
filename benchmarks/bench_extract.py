"""Measure the entity rules (model.extract): Presidio spans, isemail table, speed.

Reads the public data from ../shared/benchmarks/data (or LEADS_BENCH_DATA); prints a
"skipped" line for a missing file. Nothing here tunes the rules: it only measures.
"""

from __future__ import annotations

import json
import os
import random
import re
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

import phonenumbers

from model.emails import normalize_email
from model.extract import extract

EMAIL_F1_TARGET = 0.97
PHONE_F1_TARGET = 0.90
SPEED_TARGET = 2000.0
_DIGITS = re.compile(r"\d")
_EXTENSION = re.compile(r"\s*(?:x|ext\.?|extension|#)\s*\d+\s*$", re.IGNORECASE)
_TOKEN = re.compile(r"\w+")
_VALID = phonenumbers.Leniency.VALID


def data_dir() -> Path:
    """Return the directory holding the public benchmark files."""
    env = os.environ.get("LEADS_BENCH_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[1].parent / "shared/benchmarks/data"


def _widget(text: str, n: int) -> dict[str, Any]:
    """Return `text` wrapped as the single customer message of a widget conversation."""
    at = "2026-11-20T09:00:00Z"
    return {
        "id": f"bench-{n}",
        "source": "widget",
        "agent": "Benchmark",
        "started_at": at,
        "messages": [{"role": "customer", "text": text, "at": at}],
    }


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Return precision, recall and F1 from counts."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _phone_matches(predicted: str, gold: str) -> bool:
    """Return True when an E.164 prediction is the gold number, as written in the text.

    Gold values are as written ("+41 (0)96 471 07 95", "0490 75 40 81"); both sides are
    reduced to digits, the extension is dropped, and the prediction's national number
    must end the gold digits (which may carry a country code or a trunk 0).
    """
    number = phonenumbers.parse(predicted)
    national = str(number.national_number)
    digits = "".join(_DIGITS.findall(_EXTENSION.sub("", gold)))
    return len(national) >= 6 and digits.endswith(national)


def _valid_for_us(value: str) -> bool:
    """Return True when phonenumbers' matcher accepts `value` alone at VALID for US."""
    return any(True for _ in phonenumbers.PhoneNumberMatcher(value, "US", leniency=_VALID))


def bench_presidio(path: Path) -> None:
    """Print P/R/F1 for EMAIL_ADDRESS, PHONE_NUMBER and PERSON on the Presidio set."""
    if not path.exists():
        print(f"presidio: skipped: data not found at {path}")
        return
    records = json.loads(path.read_text(encoding="utf-8"))
    counts = {k: [0, 0, 0] for k in ("EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON")}
    # Gold numbers that phonenumbers itself calls valid for region US, and how many of
    # those were found: separates the rules' misses from numbers no valid-only rule takes.
    valid_gold = valid_found = 0
    for n, record in enumerate(records):
        result = extract(_widget(record["full_text"], n), default_region="US")
        gold: dict[str, list[str]] = {k: [] for k in counts}
        for span in record.get("spans", []):
            if span["entity_type"] in gold:
                gold[span["entity_type"]].append(span["entity_value"])

        gold_emails = {normalize_email(g) or g.strip().lower() for g in gold["EMAIL_ADDRESS"]}
        predicted = set(result.emails)
        c = counts["EMAIL_ADDRESS"]
        c[0] += len(predicted & gold_emails)
        c[1] += len(predicted - gold_emails)
        c[2] += len(gold_emails - predicted)

        for g in gold["PHONE_NUMBER"]:
            if _valid_for_us(g):
                valid_gold += 1
                valid_found += any(_phone_matches(p, g) for p in result.phones)
        remaining = list(gold["PHONE_NUMBER"])
        c = counts["PHONE_NUMBER"]
        for phone in result.phones:
            hit = next((g for g in remaining if _phone_matches(phone, g)), None)
            if hit is None:
                c[1] += 1
            else:
                remaining.remove(hit)
                c[0] += 1
        c[2] += len(remaining)

        gold_tokens = Counter(t.lower() for g in gold["PERSON"] for t in _TOKEN.findall(g))
        name_tokens = Counter(t.lower() for t in _TOKEN.findall(result.name or ""))
        overlap = sum((gold_tokens & name_tokens).values())
        c = counts["PERSON"]
        c[0] += overlap
        c[1] += sum(name_tokens.values()) - overlap
        c[2] += sum(gold_tokens.values()) - overlap

    print(f"presidio_synth_v2: {len(records)} texts, each one widget customer message, region US")
    targets = {"EMAIL_ADDRESS": EMAIL_F1_TARGET, "PHONE_NUMBER": PHONE_F1_TARGET, "PERSON": None}
    for kind, (tp, fp, fn) in counts.items():
        p, r, f = _prf(tp, fp, fn)
        target = targets[kind]
        if target is None:
            note = "(token overlap; one name per conversation; no target: rules, not NER)"
        else:
            note = f"target F1 >= {target:.2f}: {'met' if f >= target else 'NOT met'}"
        print(f"  {kind:<14} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, fp {fp}, fn {fn})  {note}")
        if kind == "PHONE_NUMBER":
            print(
                f"  {'':<14} {valid_gold} of {tp + fn} gold numbers are valid for region US "
                f"(phonenumbers, leniency VALID); recall on those "
                f"{valid_found / valid_gold if valid_gold else 0:.3f}"
            )


def _isemail_address(text: str) -> str:
    """Return an isemail test address with its control-picture characters decoded."""
    return "".join(chr(ord(c) - 0x2400) if 0x2400 <= ord(c) < 0x2420 else c for c in text)


def bench_isemail(path: Path) -> None:
    """Print the accept/reject table per isemail category; list wrongly accepted ERR ones."""
    if not path.exists():
        print(f"isemail: skipped: data not found at {path}")
        return
    root = ET.parse(path).getroot()
    table: dict[str, list[int]] = {}
    wrongly: list[str] = []
    for test in root.iter("test"):
        address = _isemail_address(test.findtext("address") or "")
        category = test.findtext("category") or "?"
        accepted = normalize_email(address) is not None
        row = table.setdefault(category, [0, 0])
        row[0 if accepted else 1] += 1
        if accepted and category == "ISEMAIL_ERR":
            wrongly.append(address)
    print("isemail_tests.xml: accepted / rejected per category")
    for category in sorted(table):
        accepted, rejected = table[category]
        print(f"  {category:<24} accepted {accepted:>3}  rejected {rejected:>3}")
    verdict = "met" if not wrongly else "NOT met"
    print(f"  ISEMAIL_ERR accepted: {len(wrongly)} (target 0: {verdict})")
    for address in wrongly:
        print(f"    wrongly accepted: {address!r}")


_FIRST = ["Ana", "John", "Marco", "Claire", "Thomas", "João", "María José", "Lena", "Pierre"]
_LAST = ["Ruiz", "Smith", "Rossi", "Martin", "Müller", "Silva", "de la Fuente", "Weber"]
_OPENERS = [
    "Hi, my name is {name} and I need a quote for {n} licenses by Friday",
    "Hola, me llamo {name}, quiero un presupuesto para {n} unidades, presupuesto 3.000 €",
    "Ciao, sono {name} della ditta Rossi, vorrei un preventivo per {n} pezzi",
    "Bonjour, je m'appelle {name}, je voudrais un devis pour {n} postes avant le 15 mars",
    "Hallo, ich bin {name} und wir brauchen {n} Lizenzen bis Ende des Monats",
    "Olá, meu nome é {name}, preciso de um orçamento para {n} unidades até sexta-feira",
]
_AGENT = [
    "Thanks for reaching out! Could I get your email and phone number?",
    "Great, our sales line is +1 415 555 0100 and sales@vendor-example.com if needed.",
    "Perfect, anything else we should know about your timeline or budget?",
]
_CUSTOMER = [
    "Sure, it's {local}{k}@example.com and my phone is (212) 555-{k:04d}",
    "Our budget is around $5,000 and order #48213 was the last one we placed",
    "No, that's all. Thanks!",
]


def typical_conversations(count: int, seed: int = 7) -> list[dict[str, Any]]:
    """Return `count` generated 6-message conversations (3 customer, 3 agent)."""
    rng = random.Random(seed)
    conversations = []
    for k in range(count):
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        local = name.split()[0].lower().replace("é", "e").replace("ã", "a").replace("í", "i")
        texts = [
            rng.choice(_OPENERS).format(name=name, n=rng.randint(2, 500)),
            _AGENT[0],
            _CUSTOMER[0].format(local=local, k=k % 10000),
            _AGENT[1],
            _CUSTOMER[1],
            _AGENT[2],
        ]
        messages = [
            {"role": "customer" if i % 2 == 0 else "agent", "text": t, "at": "2026-11-20T09:00Z"}
            for i, t in enumerate(texts)
        ]
        conversations.append(
            {
                "id": f"gen-{k}",
                "source": "widget",
                "agent": "Sales Assistant",
                "started_at": "2026-11-20T09:00:00Z",
                "messages": messages,
            }
        )
    return conversations


def bench_speed(count: int = 4000) -> None:
    """Print extraction speed on generated typical conversations, one core."""
    conversations = typical_conversations(count)
    normalize_email.cache_clear()
    # CPU time of this process: the figure for one core, whatever else the machine runs.
    start, wall = time.process_time(), time.perf_counter()
    for conversation in conversations:
        extract(conversation)
    elapsed = time.process_time() - start
    wall = time.perf_counter() - wall
    rate = count / elapsed
    verdict = "met" if rate >= SPEED_TARGET else "NOT met"
    print(
        f"speed: {rate:,.0f} conversations/s (CPU time; {count / wall:,.0f}/s wall clock) over "
        f"{count} typical 6-message conversations, one core (target >= {SPEED_TARGET:,.0f}: "
        f"{verdict})"
    )


def main() -> None:
    """Print every extraction figure with its target."""
    data = data_dir()
    bench_presidio(data / "presidio_synth_v2.json")
    bench_isemail(data / "isemail_tests.xml")
    bench_speed()
