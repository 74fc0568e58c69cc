"""Build training tables: the rows each head learns from, and how each source adds them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from model.datasets import Example
from model.types import Extraction

SMS_WEIGHT = 0.5
# SMS ham teaches "not spam", spread over the non-spam intents (see add_not_spam)
SMS_HAM_WEIGHT = 0.3


@dataclass(slots=True)
class Rows:
    """Hold a training table: conversations, extractions and per-head labels and weights."""

    conversations: list[dict] = field(default_factory=list)
    extractions: list[Extraction] = field(default_factory=list)
    intent: list[str | None] = field(default_factory=list)
    good: list[int | None] = field(default_factory=list)
    weight: list[float] = field(default_factory=list)
    group: list[str] = field(default_factory=list)

    def distinct(self) -> tuple[list[dict], list[Extraction], np.ndarray]:
        """Return each conversation once (with its extraction) and every row's position in it.

        A generated conversation is three rows (its intent, and P(good) as a soft label),
        so featurising the distinct ones and indexing is a third of the work.
        """
        first: dict[int, int] = {}
        convs: list[dict] = []
        xs: list[Extraction] = []
        index = []
        for conv, x in zip(self.conversations, self.extractions, strict=True):
            if id(conv) not in first:
                first[id(conv)] = len(convs)
                convs.append(conv)
                xs.append(x)
            index.append(first[id(conv)])
        return convs, xs, np.asarray(index, dtype=np.int64)

    def add(
        self,
        conv: dict,
        x: Extraction,
        intent: str | None,
        good: int | None,
        w: float,
        group: str = "",
    ) -> None:
        """Append one row; `group` keeps related rows (a template family) in one fold."""
        self.conversations.append(conv)
        self.extractions.append(x)
        self.intent.append(intent)
        self.good.append(good)
        self.weight.append(w)
        self.group.append(group or f"{conv.get('source', '')}/{conv.get('id', '')}")


def non_spam_prior(examples: Sequence[Example]) -> dict[str, float]:
    """Return the share of each non-spam intent among the generated train rows."""
    counts = Counter(e.intent for e in examples if e.split == "train" and e.intent != "spam")
    total = sum(counts.values()) or 1
    return {intent: n / total for intent, n in sorted(counts.items())}


def add_sms(rows: Rows, sms: Sequence[tuple[Example, Extraction]], prior: dict) -> None:
    """Add SMS rows: spam as spam, ham as evidence against spam only (`add_not_spam`)."""
    for ex, x in sms:
        if ex.intent == "spam":
            rows.add(ex.conversation, x, "spam", None, SMS_WEIGHT)
        else:
            add_not_spam(rows, ex.conversation, x, SMS_HAM_WEIGHT, prior)


def add_not_spam(rows: Rows, conv: dict, x: Extraction, weight: float, prior: dict) -> None:
    """Add a real non-spam text as evidence against spam only, not for any one intent.

    Personal texts (SMS ham) are not questions to a business: labelled info_only they
    would pull every casual English message, buyers' included, towards Info Only. Spread
    over the non-spam intents by their share of the corpus, the row moves the spam
    probability alone (its copies share one group, so they stay in one fold).
    """
    for intent, share in prior.items():
        rows.add(conv, x, intent, None, weight * share, f"not-spam/{conv.get('id', '')}")


def add_example(rows: Rows, conv: dict, x: Extraction, ex: Example) -> None:
    """Add a generated training conversation: its intent and its quality label.

    The quality head learns the story's P(good) itself (a soft label: one row per
    outcome, by its probability), not one sampled outcome, which would only add noise.
    """
    if "p_good" not in ex.truth:
        rows.add(conv, x, ex.intent, ex.good, 1.0, ex.family)
        return
    rows.add(conv, x, ex.intent, None, 1.0, ex.family)
    rows.add(conv, x, None, 1, ex.truth["p_good"], ex.family)
    rows.add(conv, x, None, 0, 1.0 - ex.truth["p_good"], ex.family)
