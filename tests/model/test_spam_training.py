"""How real text is trained on: non-spam text teaches "not spam" only, and a source can be
left out (for the leave-one-source-out spam figures)."""

from __future__ import annotations

from collections import Counter

import pytest

from model.datasets import Example
from model.extract import extract
from model.real_text import SOURCES, training_rows
from model.train_rows import Rows, add_not_spam, non_spam_prior


def test_real_non_spam_text_teaches_only_not_spam() -> None:
    examples = [
        Example({"id": str(i)}, intent, 0, "f", "en", "train")
        for i, intent in enumerate(["quote_request"] * 3 + ["info_only"] + ["spam"] * 4)
    ]
    prior = non_spam_prior(examples)
    assert prior == {"info_only": 0.25, "quote_request": 0.75}
    rows = Rows()
    conv = {"id": "sms-1", "messages": [{"role": "customer", "text": "see you at 8"}]}
    add_not_spam(rows, conv, extract(conv), 0.3, prior)
    assert set(rows.intent) == {"info_only", "quote_request"}
    assert sum(rows.weight) == pytest.approx(0.3)
    assert len(set(rows.group)) == 1  # one fold for all copies of the row
    assert len(rows.distinct()[0]) == 1  # featurised once


def test_a_left_out_source_gives_no_training_rows() -> None:
    trained = [s.name for s in SOURCES if s.trained]
    every = Counter(ex.family for ex, _ in training_rows())
    for name in trained:
        without = Counter(ex.family for ex, _ in training_rows(leave_out={name}))
        assert name in every and name not in without
        assert sum(without.values()) == sum(every.values()) - every[name]
