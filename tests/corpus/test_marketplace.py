"""Buyers who answer an advert (generator version 8): rows of their own, after the others."""

from __future__ import annotations

from collections import Counter

from corpus.generate import LANGUAGES, MARKET_SHARE, generate
from corpus.marketplace import MARKET_BUYERS, MARKET_ITEMS, fill


def test_every_language_has_families_and_items() -> None:
    assert set(MARKET_BUYERS) == set(LANGUAGES) == set(MARKET_ITEMS)
    for lang, families in MARKET_BUYERS.items():
        assert len(families) >= 3, lang
        assert all("{item}" in variant for family in families for variant in family), lang


def test_an_item_that_starts_the_sentence_is_capitalised() -> None:
    assert fill("{item} est toujours disponible ?", "la Vespa rouge").startswith("La Vespa")
    assert fill("Is {item} still there?", "the piano") == "Is the piano still there?"


def test_the_advert_buyers_come_after_the_other_rows_and_are_only_trained_on() -> None:
    rows = generate(1000, seed=4)
    market = [e for e in rows if "/market" in e.family]
    assert len(rows) == 1000 + 1000 // MARKET_SHARE
    assert rows[1000:] == market
    assert {e.intent for e in market} == {"opportunity"}
    assert {e.split for e in market} == {"train"}


def test_the_advert_buyers_leave_the_other_rows_as_they_were(monkeypatch) -> None:
    import corpus.generate as gen

    with_market = generate(400, seed=11)
    monkeypatch.setattr(gen, "MARKET_SHARE", 10**9)  # no advert buyers
    without = generate(400, seed=11)
    assert len(without) == 400
    assert [e.conversation for e in with_market[:400]] == [e.conversation for e in without]
    assert [e.split for e in with_market[:400]] == [e.split for e in without]


def test_the_advert_buyers_speak_every_language() -> None:
    langs = Counter(e.language for e in generate(12000) if "/market" in e.family)
    assert set(langs) == set(LANGUAGES)
