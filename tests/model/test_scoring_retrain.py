"""Learning from the team, versioning, rollback and reproducible builds (real models)."""

from __future__ import annotations

import random

import pytest

from corpus.generate import generate
from model import artifacts
from model.artifacts import ModelError
from model.build import build
from model.datasets import corpus_hash, corpus_meta, load_corpus
from model.extract import extract
from model.predict import load_bundle, predict
from model.retrain import retrain_with_feedback
from model.train import train

SMALL = 2500
TOPICS = ["first aid", "forklift safety", "Excel", "leadership", "fire safety", "GDPR", "sales"]


def workshop(i: int) -> dict:
    rng = random.Random(i)
    text = rng.choice(
        [
            "Do you run {t} workshops for staff? We are {n} people",
            "we'd like a {t} training day for {n} employees, can you organise it?",
            "Is a {t} course for our team of {n} possible next month?",
        ]
    ).format(t=rng.choice(TOPICS), n=rng.randint(5, 80))
    return {"id": f"ws-{i}", "source": "widget", "messages": [{"role": "customer", "text": text}]}


def recruiter(i: int) -> dict:
    rng = random.Random(10_000 + i)
    text = rng.choice(
        [
            "Hi, I'm a recruiter and I have great candidates for your open positions",
            "we place senior developers in companies like yours, interested in our talent pool?",
            "Our staffing agency can fill your vacancies in 48h, shall we talk?",
        ]
    )
    return {"id": f"rc-{i}", "source": "widget", "messages": [{"role": "customer", "text": text}]}


def team_feedback(n: int = 300, offset: int = 0) -> list[tuple[dict, str]]:
    half = n // 2
    return [(workshop(offset + i), "Quote Request") for i in range(half)] + [
        (recruiter(offset + i), "Spam") for i in range(n - half)
    ]


@pytest.fixture(scope="module")
def corpus():
    return generate(SMALL, seed=7)


@pytest.fixture(scope="module")
def base(corpus):
    return train(corpus, seed=0, use_sms=False)


def _run(bundle, conversations):
    return predict(conversations, [extract(c) for c in conversations], bundle)


def test_feedback_moves_predictions_in_the_labelled_direction(corpus, base):
    tuned = train(corpus, seed=0, use_sms=False, feedback=team_feedback(300))
    fresh_ws = [workshop(5000 + i) for i in range(40)]
    fresh_rc = [recruiter(5000 + i) for i in range(40)]
    before_ws, after_ws = _run(base, fresh_ws), _run(tuned, fresh_ws)
    before_rc, after_rc = _run(base, fresh_rc), _run(tuned, fresh_rc)
    mean = lambda ps: sum(p.probability for p in ps) / len(ps)  # noqa: E731
    assert mean(after_ws) > mean(before_ws) + 0.1
    assert sum(p.intent == "quote_request" for p in after_ws) >= sum(
        p.intent == "quote_request" for p in before_ws
    )
    assert sum(p.intent == "spam" for p in after_rc) >= 30
    assert sum(p.intent == "spam" for p in after_rc) > sum(p.intent == "spam" for p in before_rc)
    assert all(p.score < 40 for p in after_rc if p.intent == "spam")


def test_retrain_publishes_a_better_model_and_rollback_restores(tmp_path, corpus, base):
    model_dir = tmp_path / "models"
    assert artifacts.current_bundle_path(model_dir) is None
    first = artifacts.publish(base, model_dir)
    assert first == "v0001"
    result = retrain_with_feedback(team_feedback(300), model_dir, examples=corpus, use_sms=False)
    assert result.accepted, result.reason
    assert result.version == "v0002"
    assert artifacts.current_bundle_path(model_dir) == model_dir / "v0002"
    published = load_bundle(artifacts.current_bundle_path(model_dir))
    assert published.meta["version"] == "v0002"
    assert (
        published.meta["retrain"]["new"]["team_agreement"]
        >= (published.meta["retrain"]["old"]["team_agreement"])
    )
    assert artifacts.rollback(model_dir) == "v0001"
    assert artifacts.current_bundle_path(model_dir) == model_dir / "v0001"
    with pytest.raises(ModelError):
        artifacts.rollback(model_dir)


def test_worse_model_is_rejected_and_the_old_kept(tmp_path, corpus, base):
    model_dir = tmp_path / "models"
    artifacts.publish(base, model_dir)
    # careless labels, weighted heavily: the new model can only get worse
    rng = random.Random(3)
    statuses = ["Spam", "Quote Request", "Info Only", "Not Interested", "Opportunity"]
    noise = [(e.conversation, rng.choice(statuses)) for e in corpus if e.split == "train"][:300]
    result = retrain_with_feedback(
        noise, model_dir, examples=corpus, use_sms=False, feedback_weight=20.0
    )
    assert not result.accepted
    assert "kept the current model" in result.reason
    assert artifacts.versions(model_dir) == ["v0001"]
    assert artifacts.current_bundle_path(model_dir) == model_dir / "v0001"


def test_build_is_reproducible(tmp_path):
    a, _ = build(tmp_path / "a", examples=generate(900), use_sms=False, with_report=False)
    b, _ = build(tmp_path / "b", examples=generate(900), use_sms=False, with_report=False)
    assert a.meta["corpus"]["hash"] == b.meta["corpus"]["hash"]
    probe = [workshop(1), recruiter(1), *[e.conversation for e in generate(60, seed=3)]]
    pa, pb = _run(load_bundle(tmp_path / "a"), probe), _run(load_bundle(tmp_path / "b"), probe)
    assert pa == pb


def test_shipped_bundle_matches_the_packaged_corpus_and_the_generator():
    meta = load_bundle().meta
    corpus = meta["corpus"]
    packaged = load_corpus()
    assert corpus["hash"] == corpus_hash(packaged) == corpus_meta()["hash"]
    # the generator is asked for its default size; the advert buyers come on top
    assert corpus["size"] == corpus_meta()["size"]
    assert corpus["hash"] == corpus_hash(generate(corpus_meta()["default_size"], corpus["seed"]))
    assert meta["seed"] == 0
    for key in ("sklearn", "numpy", "scipy", "skops"):
        assert meta["versions"][key]
    assert meta["metrics"]["intent_macro_f1"] >= 0.9
