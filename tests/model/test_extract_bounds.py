"""Extraction and scoring read a bounded part of huge conversations, and still the right part."""

from __future__ import annotations

import pytest

import model.extract as ex
from model.extract import extract
from model.features import SCORED_HEAD_CHARS, SCORED_TAIL_CHARS, customer_text

PASTE = "Necesito presupuesto para 300 sillas de oficina. " * 2500  # ~125 kB


def test_contact_after_a_pasted_document_is_found_at_its_real_offset() -> None:
    text = PASTE[:99_000] + " Soy Ana Ruiz, ana@ruiz.es, 612 345 678"
    x = extract({"messages": [{"role": "customer", "text": text}]}, "ES")
    assert (x.name, x.emails, x.phones) == ("Ana Ruiz", ["ana@ruiz.es"], ["+34612345678"])
    ev = x.evidence["ana@ruiz.es"]
    assert text[ev.start : ev.end] == "ana@ruiz.es"


def test_a_runaway_chat_is_read_at_its_start_and_its_end(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    find = ex.find_phones

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return find(*args, **kwargs)

    monkeypatch.setattr(ex, "find_phones", counting)
    chat = [{"role": "customer", "text": "Hola, soy Ana Ruiz"}]
    chat += [{"role": "customer", "text": f"mensaje {i}"} for i in range(5000)]
    chat += [{"role": "customer", "text": "Mi correo nuevo: ana.ruiz@acme.es"}]
    x = extract({"messages": chat}, "ES")
    assert x.name == "Ana Ruiz" and x.emails == ["ana.ruiz@acme.es"]
    assert x.evidence["ana.ruiz@acme.es"].message == 5001
    assert len(calls) <= ex.HEAD_MESSAGES + ex.TAIL_MESSAGES


def test_many_long_messages_stay_within_the_character_budget(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[int] = []
    find = ex.find_phones

    def counting(text, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(len(text))
        return find(text, *args, **kwargs)

    monkeypatch.setattr(ex, "find_phones", counting)
    chat = [{"role": "customer", "text": "1234 5678 9 " * 400} for _ in range(500)]
    extract({"messages": chat}, "ES")
    # Each 4,800-character message counts as the 4,000 characters read of it.
    per_message = ex.MESSAGE_HEAD_CHARS + ex.MESSAGE_TAIL_CHARS
    assert 0 < len(seen) <= (ex.HEAD_CHARS + ex.TAIL_CHARS) // per_message


def test_the_model_reads_a_bounded_text() -> None:
    conv = {"messages": [{"role": "customer", "text": PASTE}, {"role": "customer", "text": "fin"}]}
    text = customer_text(conv)
    assert len(text) == SCORED_HEAD_CHARS + SCORED_TAIL_CHARS + 1
    assert text.startswith("Necesito") and text.endswith("\nfin")


def test_per_message_caches_keep_only_short_messages() -> None:
    from model import names, request
    from model.text import CACHED_TEXT_MAX

    # Empty caches: a full one (after thousands of earlier extractions in this worker)
    # would not grow by one below whatever this code did.
    names._names_in.cache_clear()
    request._message_summary.cache_clear()
    long = "I need a quote for 5 chairs. " + "lorem ipsum dolor " * (CACHED_TEXT_MAX // 10)
    before = names._names_in.cache_info().currsize, request._message_summary.cache_info().currsize
    assert names.find_in_message(long, 0, False) == names.find_in_message(long, 0, False)
    request.extract_request([(0, long)])
    after = names._names_in.cache_info().currsize, request._message_summary.cache_info().currsize
    assert after == before  # nothing held for the long text
    first = names.find_in_message("Hello, my name is Jane Doe", 3, False)
    assert names._names_in.cache_info().currsize == before[0] + 1
    # the message index is stamped after the cached read
    again = names.find_in_message("Hello, my name is Jane Doe", 7, False)
    assert first and [c.message for c in first] == [3] * len(first)
    assert [c.message for c in again] == [7] * len(again)
    assert [c.value for c in again] == [c.value for c in first]
