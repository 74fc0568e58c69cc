"""Plain data that crosses the model/ boundary: what extraction finds and what scoring says.

Every other layer reads these; nothing here touches storage or Slack.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Evidence:
    """Point at the characters a value came from: message index and [start, end) span."""

    message: int
    start: int
    end: int


@dataclass(slots=True)
class Request:
    """Summarise what the customer asked for, with the figures they stated."""

    summary: str = ""
    quantity: int | None = None
    budget: float | None = None
    currency: str | None = None
    deadline: str | None = None
    evidence: Evidence | None = None


@dataclass(slots=True)
class Extraction:
    """Hold the customer's contact details and request found in one conversation.

    `emails` and `phones` are primary first; phones are E.164. `evidence` maps each
    value (the name, each email, each phone) to where it was found; a value that came
    from the channel itself (a WhatsApp sender number or profile name) has no evidence.
    """

    name: str | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    language: str = "en"
    request: Request = field(default_factory=Request)
    name_confidence: float = 0.0
    evidence: dict[str, Evidence] = field(default_factory=dict)


@dataclass(slots=True)
class Prediction:
    """Hold the model's verdict on one conversation.

    `status` is the initial status name (one of the nine); `score` is 0-100, the
    calibrated probability of a good lead times 100; `factors_for` / `factors_against`
    are up to three phrases a salesperson understands, strongest first.
    """

    intent: str
    status: str
    score: int
    quality: str
    probability: float
    factors_for: list[str] = field(default_factory=list)
    factors_against: list[str] = field(default_factory=list)

    @property
    def top_factors(self) -> list[str]:
        """Return the reasons to show with the score: for first, then against (prefixed)."""
        return [*self.factors_for, *(f"- {f}" for f in self.factors_against)]


def quality_band(score: int) -> str:
    """Return the band of a 0-100 score: high 80-100, medium 60-79, low 40-59, very_low 0-39."""
    if score >= 80:
        return "high"
    if score >= 60:
        return "medium"
    if score >= 40:
        return "low"
    return "very_low"
