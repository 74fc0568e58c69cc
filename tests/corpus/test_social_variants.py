"""corpus.social_variants: the knobs of the social block experiment (model/DATA_CARD.md)."""

from __future__ import annotations

import corpus.generate as gen
from corpus import social
from corpus.social_variants import drop_link_lines, short_buyers
from model.policy import LEAD_INTENTS


def test_short_buyers_are_one_line_leads_from_training_families_only() -> None:
    rows = short_buyers(200, start=50_000)
    splits = gen.family_splits()
    assert len(rows) == 200 and {r.intent for r in rows} == set(LEAD_INTENTS)
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


def test_main_trains_the_packaged_rows_plus_the_block_into_out(monkeypatch, tmp_path) -> None:
    import model.build as model_build
    import model.train as train
    from corpus import social_variants

    calls = []

    class Bundle:
        path = tmp_path / "social"

    def fake_build(out, *, examples):
        calls.append((out, examples))
        return Bundle(), None

    monkeypatch.setattr(model_build, "build", fake_build)
    monkeypatch.setattr(train, "INTENT_ONLY_WEIGHT", dict(train.INTENT_ONLY_WEIGHT))
    social_variants.main(["--out", str(tmp_path / "social"), "--short-buyers", "10"])
    ((out, examples),) = calls
    assert out == str(tmp_path / "social")
    spam, buyers, remarks = gen._social_counts(gen.SOCIAL_BASE)
    block = [e for e in examples if "/social" in e.family]
    assert len(block) == spam + buyers + remarks
    assert sum("/short" in e.family for e in examples) == 10
    # the main rows are the packaged corpus's: the block takes its own share on top
    main = [e.conversation for e in examples if e.family.split("/")[-1].isdigit()]
    packaged = [e.conversation for e in gen.generate() if e.family.split("/")[-1].isdigit()]
    assert main == packaged and len(main) == gen.DEFAULT_SIZE
    assert train.INTENT_ONLY_WEIGHT["spam"] == 1.0  # the block at full weight by default
