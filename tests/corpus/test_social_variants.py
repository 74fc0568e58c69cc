"""corpus.social_variants: the knobs of the social block experiment (model/DATA_CARD.md)."""

from __future__ import annotations

import corpus.generate as gen
from corpus import social
from corpus.social_variants import LEADS, drop_link_lines, short_buyers


def test_short_buyers_are_one_line_leads_from_training_families_only() -> None:
    rows = short_buyers(200, start=50_000)
    splits = gen.family_splits()
    assert len(rows) == 200 and {r.intent for r in rows} == set(LEADS)
    for row in rows:
        intent, lang, fam = row.family.split("/")
        assert splits[f"{intent}/{lang}/{fam.removeprefix('short')}"] == "train"
        customer = [m for m in row.conversation["messages"] if m["role"] == "customer"]
        assert len(customer) == 1 and len(row.conversation["messages"]) == 1
        assert row.split == "train" and row.truth["intent_only"]
        assert "{" not in customer[0]["text"]  # every slot filled
    assert short_buyers(20, 0) == short_buyers(20, 0)  # reproducible


def test_dropping_link_lines_keeps_every_language_and_no_link(monkeypatch) -> None:
    saved = {lang: [list(f) for f in fams] for lang, fams in social.SOCIAL_SPAM.items()}
    monkeypatch.setattr(social, "SOCIAL_SPAM", saved)
    drop_link_lines()
    for lang, families in social.SOCIAL_SPAM.items():
        assert families, lang
        assert all(family and all("{link}" not in v for v in family) for family in families)
