"""Properties of extract over arbitrary text: it never fails and its evidence is exact."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from model.emails import normalize_email
from model.extract import extract
from model.language import CANDIDATES

_PIECES = st.sampled_from(
    [
        "my name is ",
        "Ana Ruiz",
        " soy ",
        "ich bin ",
        "Thomas Müller",
        " at ",
        " dot ",
        " arroba ",
        " punto ",
        "@",
        ".",
        "com",
        "ana",
        "acme",
        " (415) 555-0132 ",
        "+34 612 345 678",
        " order #",
        "\n",
        "Best regards,\n",
        "- ",
        " İstanbul ",
        "🔥",
        " 2026-11-20 ",
        "$5,000",
    ]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=12).map("".join)


def _conversation(texts: list[str], roles: list[bool], profile: str) -> dict[str, Any]:
    """Return a conversation alternating the given texts between customer and agent."""
    messages = [
        {"role": "customer" if is_customer else "agent", "text": text, "at": "x"}
        for text, is_customer in zip(texts, roles, strict=False)
    ]
    return {
        "id": "p",
        "source": "whatsapp",
        "agent": "Bot",
        "started_at": "x",
        "contact": {"name": profile, "phone": "+34 612 345 678"},
        "messages": messages,
    }


@settings(max_examples=300, deadline=None)
@given(
    texts=st.lists(_TEXT, min_size=1, max_size=6),
    roles=st.lists(st.booleans(), min_size=6, max_size=6),
    profile=_TEXT,
)
def test_extract_never_fails_and_evidence_points_into_customer_text(
    texts: list[str], roles: list[bool], profile: str
) -> None:
    conv = _conversation(texts, roles, profile)
    result = extract(conv)
    assert result.language in CANDIDATES
    assert result.phones[0] == "+34612345678"
    assert len(set(result.emails)) == len(result.emails)
    assert len(set(result.phones)) == len(result.phones)
    for key, ev in result.evidence.items():
        message = conv["messages"][ev.message]
        assert message["role"] == "customer"
        assert 0 <= ev.start < ev.end <= len(message["text"])
        if "@" in key:
            written = message["text"][ev.start : ev.end]
            if "@" in written and " " not in written.strip():
                assert normalize_email(written.strip("<>")) == key
    if result.name is not None:
        assert result.name.strip() == result.name
        assert "\n" not in result.name
