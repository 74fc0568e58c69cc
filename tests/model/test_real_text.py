"""The committed real-text sets load, split stably, and the held-out source is never trained on."""

from __future__ import annotations

from model.extract import extract
from model.real_text import (
    BLIND_LANGUAGE,
    HELD_OUT,
    SOURCES,
    blind_copies,
    load_source,
    training_rows,
)


def test_every_source_is_committed_and_labelled() -> None:
    for source in SOURCES:
        rows = load_source(source)
        assert rows, source.file
        # HINT3 files its own intents (real_text.HINT3_INTENTS); the others by their label
        assert {e.intent for e in rows} <= {
            "spam",
            "info_only",
            "quote_request",
            *((source.intents or {}).values()),
        }
        assert all(e.good == 0 and e.conversation["messages"][0]["text"] for e in rows)


def test_the_held_out_source_is_never_trained_on() -> None:
    trained = training_rows()
    assert trained
    assert all(ex.family != HELD_OUT for ex, _ in trained)
    assert all(ex.split == "train" for ex, _ in trained)
    (held,) = [s for s in SOURCES if s.name == HELD_OUT]
    assert {e.split for e in load_source(held)} == {"test"}


def test_sources_never_trained_on_are_kept_out_of_training() -> None:
    held_out = {s.name for s in SOURCES if not s.trained}
    assert {HELD_OUT, "telegram"} <= held_out
    assert not {ex.family for ex, _ in training_rows()} & held_out


def test_every_bundle_learns_hint3s_train_split_and_only_that() -> None:
    always = training_rows(every=False)
    assert {ex.family for ex, _ in always} == {"hint3"}
    assert all("-train-" in ex.conversation["id"] for ex, _ in always)
    # spam emails and small talk only with --real
    assert {"spamassassin", "clinc"} <= {ex.family for ex, _ in training_rows()}


def test_hint3_keeps_its_own_splits_and_files_its_intents_as_a_salesperson() -> None:
    (hint3,) = [s for s in SOURCES if s.name == "hint3"]
    rows = load_source(hint3)
    parts = {e.split for e in rows}
    assert parts == {"train", "test"}
    test = [e for e in rows if e.split == "test"]
    assert all("-test-" in e.conversation["id"] for e in test)
    # a price or payment plan is a quote request, wanting to buy an opportunity, an
    # order's delivery or refund support; the out-of-scope bucket has no status to check
    assert {e.intent for e in rows} == {"quote_request", "opportunity", "info_only", "support"}
    buyers = [e for e in test if e.intent in ("quote_request", "opportunity")]
    assert 0.2 < len(buyers) / len(test) < 0.6
    assert all(e.truth["status_known"] for e in buyers)
    assert 0 < sum(not e.truth["status_known"] for e in test) < len(test)


def test_telegram_spam_is_in_two_languages() -> None:
    (telegram,) = [s for s in SOURCES if s.name == "telegram"]
    spam = [e for e in load_source(telegram) if e.intent == "spam"]
    assert len(spam) > 150
    assert {e.language for e in spam} == {"en", "ru"}


def test_a_missing_folder_reads_as_no_data(tmp_path) -> None:
    assert load_source(SOURCES[0], tmp_path) is None
    assert training_rows(tmp_path) == []


def test_blind_copies_are_every_row_of_the_split_read_as_untrained() -> None:
    from corpus.generate import generate

    examples = generate(400, 7)
    xs = [extract(e.conversation) for e in examples]
    for split in ("train", "val", "test"):
        copies = blind_copies(examples, xs, split)
        want = [e.conversation["id"] for e in examples if e.split == split]
        assert [e.conversation["id"] for e, _ in copies] == want
        assert all(x.language == BLIND_LANGUAGE for _, x in copies)
    # the originals keep their language
    assert all(x.language != BLIND_LANGUAGE for x in xs)


def test_evaluate_says_which_real_sets_the_bundle_learnt_from(monkeypatch) -> None:
    from dataclasses import replace as copy

    from model import evaluate
    from model.predict import load_bundle

    monkeypatch.setattr(evaluate, "spam_figures", lambda bundle, rows: {"n": len(rows)})
    shipped = load_bundle()
    parts = {k: v["part"] for k, v in evaluate.real_spam_metrics(shipped).items()}
    # the shipped bundle is built without --real: spam emails and small talk are unused;
    # it learnt HINT3's train split, and its test split is scored
    assert parts["spamassassin"] == parts["clinc"] == "unused"
    assert parts["youtube"] == parts["telegram"] == "LEFT OUT"
    assert parts["hint3"] == "test"
    # an older bundle built with --real names no sources: it learnt from every trained one
    with_real = copy(shipped, meta={**shipped.meta, "real": {"train_rows": 1200}})
    parts = {k: v["part"] for k, v in evaluate.real_spam_metrics(with_real).items()}
    assert parts["spamassassin"] == "20% test" and parts["youtube"] == "LEFT OUT"
    assert parts["hint3"] == "test"
