"""Extract contact details and the request of each conversation, with its identity keys."""

from __future__ import annotations

from typing import Any

from jobs.identity import (
    company_domain,
    is_role_address,
    name_key,
    normalise_email,
    normalise_phone,
)
from jobs.steps.batch import Batch, Item
from model.types import Extraction
from storage.claims import Claimed
from storage.queries import conversation_dicts


def default_extractor(conversation: dict[str, Any], default_region: str) -> Extraction:
    """Extract with the entity rules (model.extract)."""
    from model.extract import extract

    return extract(conversation, default_region)


def extract(batch: Batch, rows: list[Claimed]) -> list[Item]:
    """Return one item per conversation with a customer message, extracted.

    Agent-only conversations are done without a lead; a conversation whose extraction
    raises is failed and the others go on. Results are cached across retries of the batch;
    a conversation the extraction helper read (same content hash) is not read again.
    """
    items = []
    unread = [row for row in rows if (row.id, row.content_hash) not in batch.docs]
    read = iter(conversation_dicts(batch.conn, unread, times=False) if unread else ())
    for row in rows:
        doc = batch.docs.get((row.id, row.content_hash)) or next(read)
        if not any(m["role"] == "customer" and (m["text"] or "").strip() for m in doc["messages"]):
            batch.done.append(row.id)  # an agent-only conversation names nobody
            batch.stats.skipped += 1
            continue
        cached = batch.cache.get((row.id, row.content_hash))
        if cached is not None:
            extraction, prediction, error = cached
            if error is not None:
                batch.fail(row, error)
                continue
            assert extraction is not None
            items.append(Item(row, doc, extraction, prediction))
            continue
        try:
            extraction = batch.extractor(doc, batch.config.default_region)
        except Exception as exc:  # a bad conversation must not stop the others
            batch.fail(row, f"extraction failed ({type(exc).__name__})", exc)
            continue
        items.append(Item(row, doc, extraction))
    for it in items:
        add_identity_keys(it)
    return items


def add_identity_keys(item: Item) -> None:
    """Set the item's normalised emails, phones, company domains and name keys."""
    x = item.extraction
    emails = tuple((e, k) for e in x.emails for k in [normalise_email(e)] if k and len(k) <= 320)
    item.emails = emails
    item.roles = frozenset(k for e, k in emails if is_role_address(e))
    item.phones = tuple((p, k) for p in x.phones for k in [normalise_phone(p)] if k)
    item.domains = tuple(dict.fromkeys(d for e, _ in emails for d in [company_domain(e)] if d))
    item.names = tuple(k for d in item.domains for k in [name_key(x.name, d)] if k)
