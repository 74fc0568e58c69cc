"""Read the JSON Lines import format of DESIGN.md: one conversation per line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from pydantic import ValidationError

from jobs.ingest.base import Item, Options, Rejected, decode
from jobs.ingest.schema import ConversationIn, describe, nul_free

NUL_FREE = {"nul_free": True}


def parse(lines: Iterable[tuple[int, bytes]], opts: Options) -> Iterator[Item]:
    """Yield one conversation per valid line and one rejection per bad line."""
    defaults = {k: v for k, v in (("source", opts.source), ("agent", opts.agent)) if v}
    for lineno, raw in lines:
        if not raw.strip():
            continue
        text = decode(raw)
        if isinstance(text, Rejected):
            yield Rejected(lineno, text.reason)
            continue
        try:
            if defaults:
                yield _with_defaults(text, defaults).to_data()
            else:
                # The fast path: pydantic parses and validates the JSON in one step.
                context = NUL_FREE if nul_free(text) else None
                yield ConversationIn.model_validate_json(text, context=context).to_data()
        except ValidationError as exc:
            yield Rejected(lineno, describe(exc))
        except json.JSONDecodeError as exc:
            yield Rejected(lineno, f"not valid JSON ({exc.msg} at column {exc.colno})")


def _with_defaults(text: str, defaults: dict[str, str]) -> ConversationIn:
    doc = json.loads(text)
    if isinstance(doc, dict):
        for key, value in defaults.items():
            if doc.get(key) in (None, ""):
                doc[key] = value
    return ConversationIn.model_validate(doc)
