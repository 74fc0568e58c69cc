"""Measure identity: pairwise precision and recall of merges, and cost as a lead's history grows.

A labelled set this project generates (names from lists, not from any evaluation set):
people at one company domain who share surnames, a team inbox, a switchboard, a family
phone, customers who come back on WhatsApp with their email, and email typos (a typo'd
address is another address: those people are expected to stay split, costing recall).
Every pair of conversations is labelled same person or not; a merge is right when the two
conversations of a pair share a lead. Run: `python -m benchmarks identity`.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from itertools import combinations
from pathlib import Path

from sqlalchemy import select

from jobs.process import ProcessConfig, ProcessStats, load_scorer, run_once
from storage.conversations import ConversationData, MessageData, upsert_conversations
from storage.db import open_database
from storage.models import Conversation, LeadConversation

T0 = datetime(2026, 11, 20, 9, tzinfo=UTC)
FIRST = ["Elena", "Ines", "Katia", "Luca", "Marco", "Sara", "Paolo", "Giulia", "Anna", "Tomas",
         "Jonas", "Maria", "Pierre", "Chloe", "Hugo", "Lena", "Nils", "Olga", "Rui", "Ivo"]  # fmt: skip
# Runs of each load for the time ratio (alternating which goes first).
ROUNDS = 3
LAST = ["Rossi", "Bianchi", "Ferrari", "Novak", "Weber", "Moreau", "Silva", "Costa"]


def _conv(ext: str, texts: list[str], *, source: str = "widget", day: int = 0) -> ConversationData:
    start = T0 + timedelta(days=day)
    msgs = [
        MessageData("customer", t, start + timedelta(seconds=30 * i)) for i, t in enumerate(texts)
    ]
    return ConversationData(source, ext, msgs, agent="Sales Assistant", started_at=start)


def _tag(i: int) -> str:
    """Return a letters-only suffix unique to i ("Aa", "Ab" ...): names keep no digits."""
    return chr(65 + i // 26 % 26) + chr(97 + i % 26)


def _ask(name: str, detail: str) -> list[str]:
    return [f"Hello, my name is {name}.", f"Could you send a quote for 40 desks? {detail}"]


def labelled_set(n_company: int, seed: int = 3) -> tuple[list[ConversationData], dict[str, int]]:
    """Return conversations and the person each belongs to."""
    rng = random.Random(seed)
    convs: list[ConversationData] = []
    person: dict[str, int] = {}
    pid = 0

    def add(c: ConversationData) -> None:
        convs.append(c)
        person[c.external_id] = pid

    for i in range(n_company):  # colleagues at one domain; every tenth comes back
        # Different people, different names: first names repeat, surnames are shared by
        # many, the full name is the person's own (two colleagues with one full name and
        # two addresses would be merged by the exact-name rule, a known limit).
        first, last = FIRST[i % len(FIRST)], f"{rng.choice(LAST)}{_tag(i // len(FIRST)).lower()}"
        email = f"{first.lower()}.{last.lower()}@acme-corp.com"
        add(_conv(f"co-{i}", _ask(f"{first} {last}", f"Email {email}")))
        if i % 10 == 0:
            add(_conv(f"co-{i}-b", [f"Hi, {email} again", "any update?"], source="whatsapp", day=1))
        pid += 1
    for i in range(60):  # a team inbox
        add(
            _conv(
                f"inbox-{i}",
                _ask(f"{rng.choice(FIRST)} Inbox{_tag(i)}", "Reply to sales@acme-corp.com"),
            )
        )
        pid += 1
    for i in range(40):  # a switchboard
        add(
            _conv(
                f"board-{i}", _ask(f"{rng.choice(FIRST)} Board{_tag(i)}", "Phone +34 911 234 567")
            )
        )
        pid += 1
    # a family phone: four people of one family, each with a real surname ("Familia" as a
    # surname read as a household word since the eleventh session, so no name was found
    # and the phone alone merged them: precision 0.983 until this was noticed)
    for i in range(4):
        add(_conv(f"family-{i}", _ask(f"{FIRST[i]} Ferreira", "Mobile +34 622 111 222")))
        pid += 1
    for i in range(200):  # come back on WhatsApp with their email
        email = f"client{i}@gmail.com"
        add(_conv(f"ret-{i}-a", _ask(f"{rng.choice(FIRST)} Ret{_tag(i)}", f"Email {email}")))
        add(_conv(f"ret-{i}-b", [f"hola, soy yo otra vez: {email}"], source="whatsapp", day=2))
        pid += 1
    for i in range(20):  # typo'd email the second time: two addresses, one person
        add(_conv(f"typo-{i}-a", _ask(f"Typo Person{_tag(i)}", f"Email typo{i}@example-shop.com")))
        add(_conv(f"typo-{i}-b", [f"It's typo{i}@exmaple-shop.com"], source="whatsapp", day=1))
        pid += 1
    return convs, person


def _run(convs: list[ConversationData], tmp: Path, name: str) -> tuple[dict[str, int], float]:
    engine = open_database(f"sqlite:///{tmp / name}")
    upsert_conversations(engine, convs)
    config = ProcessConfig(batch_size=500)
    scorer = load_scorer(config)
    start = time.perf_counter()
    run_once(engine, config, scorer=scorer, stats=ProcessStats())
    seconds = time.perf_counter() - start
    with engine.connect() as conn:
        rows = conn.execute(
            select(Conversation.external_id, LeadConversation.lead_id).join(
                LeadConversation, LeadConversation.conversation_id == Conversation.id
            )
        )
        lead = dict(rows.all())
    engine.dispose()
    return lead, seconds


def pairwise(lead: dict[str, int], person: dict[str, int]) -> tuple[float, float]:
    """Return (precision, recall) of "same lead" against "same person" over all pairs."""
    tp = fp = fn = 0
    by_lead: dict[int, list[str]] = {}
    for ext, lead_id in lead.items():
        by_lead.setdefault(lead_id, []).append(ext)
    for members in by_lead.values():
        for a, b in combinations(members, 2):
            tp += person[a] == person[b]
            fp += person[a] != person[b]
    by_person: dict[int, list[str]] = {}
    for ext, pid in person.items():
        by_person.setdefault(pid, []).append(ext)
    for members in by_person.values():
        fn += sum(lead.get(a) != lead.get(b) for a, b in combinations(members, 2))
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1)


def history_cost(tmp: Path) -> list[tuple[int, float]]:
    """Return seconds to process one new conversation of a lead with h earlier ones."""
    out = []
    for h in (1, 50, 400):
        engine = open_database(f"sqlite:///{tmp / f'h{h}.db'}")
        old = [_conv(f"h-{i}", _ask("Hist Person", "Email hist@example-co.com")) for i in range(h)]
        upsert_conversations(engine, old)
        config = ProcessConfig(batch_size=500)
        scorer = load_scorer(config)
        run_once(engine, config, scorer=scorer)
        upsert_conversations(engine, [_conv("h-new", _ask("Hist Person", "hist@example-co.com"))])
        start = time.perf_counter()
        run_once(engine, config, scorer=scorer)
        out.append((h, time.perf_counter() - start))
        engine.dispose()
    return out


def presidio_merges(tmp: Path) -> str:
    """Return merges made among Presidio's synthetic sentences (text this project did not write).

    Each sentence was generated on its own, so each is a different person: every lead
    holding two sentences is a merge to explain. One that shares a gold email or phone
    is what the rules are for; any other is a wrong merge.
    """
    import json

    from model.datasets import bench_data_dir

    path = bench_data_dir() / "presidio_synth_v2.json"
    if not path.is_file():
        return "Presidio set not found (../shared/benchmarks/data): skipped"
    rows = json.loads(path.read_text(encoding="utf-8"))
    convs, gold = [], {}
    for i, row in enumerate(rows):
        convs.append(_conv(f"p-{i}", [row["full_text"]]))
        gold[f"p-{i}"] = {
            (s["entity_type"], "".join(s["entity_value"].lower().split()))
            for s in row["spans"]
            if s["entity_type"] in ("EMAIL_ADDRESS", "PHONE_NUMBER")
        }
    lead, _ = _run(convs, tmp, "presidio.db")
    by_lead: dict[int, list[str]] = {}
    for ext, lead_id in lead.items():
        by_lead.setdefault(lead_id, []).append(ext)
    pairs = [(a, b) for m in by_lead.values() for a, b in combinations(m, 2)]
    explained = sum(bool(gold[a] & gold[b]) for a, b in pairs)
    return (
        f"Presidio synthetic sentences ({len(rows)}, one person each): {len(set(lead.values()))}"
        f" leads; {len(pairs)} merged pairs, {explained} sharing a gold email or phone, "
        f"{len(pairs) - explained} otherwise"
    )


def main() -> None:
    """Print merge precision/recall, leads vs people, and the time against a lead's history."""
    convs, person = labelled_set(1500)
    with tempfile.TemporaryDirectory() as tmp:
        own = [
            ConversationData(c.source, c.external_id, [
                MessageData(m.role, m.text.replace("@acme-corp.com", f"@own{person[c.external_id]}.com"), m.at)
                for m in c.messages
            ], agent=c.agent, started_at=c.started_at)
            for c in convs
        ]  # fmt: skip
        # The first run in a process pays for loading the extractor's data (language
        # identification, phone metadata): warm up, then alternate which load goes first.
        _run(convs[:300], Path(tmp), "warm.db")
        shared_times, own_times, ratios = [], [], []
        for r in range(ROUNDS):
            order = [("shared", convs), ("own", own)]
            for name, load in order if r % 2 == 0 else order[::-1]:
                result, secs = _run(load, Path(tmp), f"{name}{r}.db")
                if name == "shared":
                    lead, seconds = result, secs
                    shared_times.append(secs)
                else:
                    lead_own, seconds_own = result, secs
                    own_times.append(secs)
            ratios.append(shared_times[-1] / own_times[-1])
        seconds, seconds_own = statistics.median(shared_times), statistics.median(own_times)
        precision, recall = pairwise(lead, person)
        people = len(set(person.values()))
        print(f"{len(convs)} conversations of {people} people")
        print(
            f"leads: {len(set(lead.values()))} (shared domain), {len(set(lead_own.values()))} (own domains)"
        )
        print(
            f"pairwise merge precision {precision:.4f} (target >= 0.999), recall {recall:.4f} (>= 0.95)"
        )
        print(f"processing (median of {ROUNDS} alternating runs after a warm-up): "
              f"{seconds:.2f} s shared domain vs {seconds_own:.2f} s own domains = "
              f"{seconds / seconds_own:.2f}x (target <= 1.5x); per run "
              + ", ".join(f"{x:.2f}x" for x in ratios))  # fmt: skip
        print(presidio_merges(Path(tmp)))
        for h, s in history_cost(Path(tmp)):
            print(f"one new conversation for a lead with {h:>3} earlier: {s * 1000:.0f} ms")


if __name__ == "__main__":
    main()
