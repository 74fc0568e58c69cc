"""Build import-format chats for model tests and score one with the shipped bundle."""

from __future__ import annotations

from typing import Any

from model.extract import extract
from model.predict import load_bundle, predict
from model.types import Prediction

AT = "2026-11-20T09:00:00Z"


def chat(*turns: str | tuple[str, str], contact: dict[str, str] | None = None) -> dict[str, Any]:
    """Return a chat of `turns`: a bare string is a customer message, else (role, text).

    With a `contact` it comes from WhatsApp, else from the website widget.
    """
    pairs = [("customer", t) if isinstance(t, str) else t for t in turns]
    conv: dict[str, Any] = {
        "id": "t-1",
        "source": "whatsapp" if contact else "widget",
        "agent": "Sales Assistant",
        "started_at": AT,
        "messages": [{"role": r, "text": t, "at": AT} for r, t in pairs],
    }
    if contact:
        conv["contact"] = contact
    return conv


def assert_not_hidden(p: Prediction, *context: object) -> None:
    """Assert a buyer is not hidden: not filed Spam or Not Interested, not scored under 40."""
    why = (*context, p.status, p.score, p.top_factors)
    assert p.status not in ("Spam", "Not Interested"), why
    assert p.score >= 40, why


def verdict(conv: dict[str, Any]) -> Prediction:
    """Return the shipped model's prediction for one chat, extracted as the pipeline does."""
    return predict([conv], [extract(conv)], load_bundle())[0]
