"""The generator's links: buyers, questions and support share them too (generator version 7)."""

from __future__ import annotations

from collections import Counter

import pytest

from corpus.generate import generate
from corpus.links import LINK_SHARE
from model.concepts import suspicious_link
from model.features import _URL, customer_text


@pytest.fixture(scope="module")
def corpus():
    return generate(3000, seed=7)


def test_every_intent_but_spam_shares_links_at_about_its_share(corpus) -> None:
    with_link, total = Counter(), Counter()
    for e in corpus:
        total[e.intent] += 1
        with_link[e.intent] += bool(_URL.search(customer_text(e.conversation)))
    for intent, share in LINK_SHARE.items():
        assert abs(with_link[intent] / total[intent] - share) < 0.05, intent
    # a shared link is never one a scam would send
    for e in corpus:
        if e.intent != "spam":
            links = _URL.findall(customer_text(e.conversation))
            assert not any(suspicious_link(link.lower()) for link in links), links


def test_half_the_spam_links_look_like_any_shop(corpus) -> None:
    kinds = Counter(
        suspicious_link(link.lower())
        for e in corpus
        if e.intent == "spam"
        for link in _URL.findall(customer_text(e.conversation))
    )
    assert 0.35 < kinds[False] / (kinds[False] + kinds[True]) < 0.65


def test_links_leave_the_other_draws_as_they_were(monkeypatch) -> None:
    # the links come from streams of their own: without them the rows are version 5's
    import corpus.generate as gen

    with_links = generate(300, seed=11)
    monkeypatch.setattr(gen, "shared_link", lambda *args: None)
    monkeypatch.setattr(gen, "spam_link", lambda key, drawn: drawn)
    without = generate(300, seed=11)
    assert [e.intent for e in with_links] == [e.intent for e in without]
    assert [e.truth for e in with_links] == [e.truth for e in without]
    changed = sum(
        a.conversation != b.conversation for a, b in zip(with_links, without, strict=True)
    )
    assert 0 < changed < 100
