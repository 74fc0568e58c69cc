"""The heads for chats in languages the model was not trained on (issue 11).

A Dutch or Polish chat is read blind (contact details, figures, links, punctuation);
its own pair of heads, trained on every generated conversation read that way, scores
it. The main heads, and so every chat in a trained language, are untouched by them.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from corpus.generate import generate
from model.artifacts import BLIND_DIR, load_bundle_from, save_bundle, shipped_path
from model.datasets import extract_all, load_corpus
from model.evaluate import blind_metrics
from model.extract import extract
from model.predict import load_bundle, predict
from model.real_text import BLIND_LANGUAGE
from model.train import train, train_blind
from tests.model.chats import assert_not_hidden

DUTCH_BUYER = (
    "Goedemorgen, wij zoeken een offerte voor 12 vergaderstoelen en 2 tafels. "
    "Met vriendelijke groet, Eva Jansen, 06 21436587"
)
POLISH_SPAM = "Gratulacje!!! Wygrałeś 10 000 zł, odbierz nagrodę tutaj: http://wygrana-teraz.top/x"


def _chat(text: str, i: int = 0) -> dict:
    return {"id": f"u-{i}", "source": "widget", "messages": [{"role": "customer", "text": text}]}


def _key(p) -> tuple:
    return (p.intent, p.status, p.score, p.top_factors)


@pytest.fixture(scope="module")
def shipped():
    return load_bundle()


@pytest.fixture(scope="module")
def sample():
    examples = load_corpus()[:300]
    convs = [e.conversation for e in examples]
    return convs, extract_all(convs)


def test_the_shipped_bundle_has_blind_heads(shipped) -> None:
    assert shipped.blind is not None
    assert shipped.blind.blind is None
    assert shipped.blind.meta["train_rows"] > 5_000


def test_trained_languages_score_exactly_as_without_the_blind_heads(shipped, sample) -> None:
    convs, xs = sample
    without = replace(shipped, blind=None)
    assert [_key(p) for p in predict(convs, xs, shipped)] == [
        _key(p) for p in predict(convs, xs, without)
    ]


def test_a_mixed_batch_scores_each_chat_as_alone(shipped, sample) -> None:
    convs, xs = sample
    convs = [*convs[:20], _chat(DUTCH_BUYER, 1), *convs[20:40], _chat(POLISH_SPAM, 2)]
    xs = [*xs[:20], extract(convs[20]), *xs[20:40], extract(convs[41])]
    together = predict(convs, xs, shipped)
    alone = [predict([c], [x], shipped)[0] for c, x in zip(convs, xs, strict=True)]
    assert [_key(p) for p in together] == [_key(p) for p in alone]


def test_untrained_languages_go_to_the_blind_heads(shipped) -> None:
    conv = _chat(DUTCH_BUYER)
    x = extract(conv)
    assert x.language == "nl"
    (with_blind,) = predict([conv], [x], shipped)
    (main_only,) = predict([conv], [x], replace(shipped, blind=None))
    assert with_blind.probability != main_only.probability
    assert with_blind.status not in ("Spam", "Not Interested") and with_blind.score >= 40
    assert any("Dutch, a language not trained on" in f for f in with_blind.top_factors)


def test_spam_with_a_prize_link_is_still_spam_in_an_untrained_language(shipped) -> None:
    conv = _chat(POLISH_SPAM)
    (p,) = predict([conv], [extract(conv)], shipped)
    assert p.status == "Spam" and p.score < 40, (p.status, p.score, p.top_factors)


def test_blind_heads_read_blind_chats_better_than_the_main_heads(shipped) -> None:
    # measured on the template-family test split, wording unseen in training
    chosen = [e for e in load_corpus() if e.split == "test"][:600]
    xs = extract_all([e.conversation for e in chosen])
    blind = blind_metrics(shipped, chosen, xs)
    main = blind_metrics(replace(shipped, blind=None), chosen, xs)
    assert blind["heads"] == "blind" and main["heads"] == "main"
    # 0.866 against 0.824 since the eleventh session's model (0.867 against 0.81 before):
    # the main heads read blind text a little better, the blind heads as well as before
    assert blind["quality_auc"] > main["quality_auc"] + 0.03
    # intent macro-F1 0.766 against 0.686 since HINT3's one-line questions were learnt
    # (0.76 against 0.64 before): the main heads read short, blind text better
    assert blind["macro_f1"] > main["macro_f1"] + 0.05
    assert blind["buyers_hidden"]["hidden"] < main["buyers_hidden"]["hidden"] / 2


def test_blind_heads_survive_save_and_load(tmp_path: Path, shipped, sample) -> None:
    copy = tmp_path / "bundle"
    shutil.copytree(shipped_path(), copy)
    loaded = load_bundle_from(copy)
    assert loaded.blind is not None
    convs, xs = sample
    blind_xs = [replace(x, language=BLIND_LANGUAGE) for x in xs[:50]]
    assert [_key(p) for p in predict(convs[:50], blind_xs, loaded)] == [
        _key(p) for p in predict(convs[:50], blind_xs, shipped)
    ]
    # a bundle written before the blind heads loads without them and still scores
    shutil.rmtree(copy / BLIND_DIR)
    old = load_bundle_from(copy)
    assert old.blind is None
    assert len(predict(convs[:5], blind_xs[:5], old)) == 5


def test_training_writes_blind_heads_and_team_labels_in_untrained_languages_teach_them(
    tmp_path: Path,
) -> None:
    examples = generate(900, seed=5)
    xs = extract_all([e.conversation for e in examples])
    bundle = train(examples, seed=0, use_sms=False, extractions=xs)
    assert bundle.blind is not None
    assert bundle.meta["real"]["language_blind_rows"] == bundle.blind.meta["train_rows"]
    saved = load_bundle_from(save_bundle(bundle, tmp_path / "b"))
    assert saved.blind is not None and (tmp_path / "b" / BLIND_DIR / "weights.npz").is_file()

    team_chat = _chat("Dzień dobry, czy macie w ofercie krzesła? Pozdrawiam", 3)
    team_x = extract(team_chat)
    assert team_x.language == "pl"
    team = [(team_chat, team_x, "quote_request", 1)] * 20
    taught = train_blind(examples, xs, seed=0, team=team)
    assert taught.meta["feedback_rows"] == 20
    (before,) = predict([team_chat], [team_x], bundle.blind)
    (after,) = predict([team_chat], [team_x], taught)
    assert after.intent == "quote_request"
    assert after.probability > before.probability


# Chats in the two untrained languages the hidden sets hold, written for this test.
UNTRAINED_BUYERS = [
    "Hallo, kunnen jullie een offerte maken voor het schilderen van ons huis? "
    "Groeten, Mark de Boer, 06 34567812",
    "Wat kost het om 40 polo's te laten bedrukken met ons logo?",
    "Wij willen graag een demo van jullie planningssoftware. Kunt u mij bellen? 020 765 4321",
    "Dzień dobry, proszę o wycenę montażu klimatyzacji w biurze 120 m2. "
    "Pozdrawiam, Tomasz Nowicki, 512 987 654",
    "Ile kosztuje 200 kubków z nadrukiem logo?",
    # Info Only 43 with the tenth session's model (a strict xfail then); a lead again
    # since the eleventh session's
    "Chcielibyśmy umówić prezentację waszego systemu CRM. Kontakt: anna.maj@firma-pl.pl",
    # words the concept table gained in the twentieth session (a price list, a rate, a
    # "price offer", a demonstration): Info Only before
    "Goedemiddag, kunt u ons een prijslijst mailen voor tuinmeubelen? bas@tuinhuis.nl",
    "Wat is uw tarief voor het snoeien van drie bomen? Groet, Kees",
    "Ik ontvang graag een prijsofferte voor een nieuwe cv-ketel, 06 11223344",
    "Czy możemy prosić o demonstrację aplikacji dla działu sprzedaży? ola@sklep-ola.pl",
]
UNTRAINED_REFUSALS = [
    "Bedankt, maar we hebben al bij een andere leverancier gekocht. Geen interesse meer.",
    "Dziękuję, ale nie jestem już zainteresowany, kupiłem gdzie indziej.",
    # with contact details: the floor of 40 for a blind-read chat with contact details
    # is for buyers, never for a refusal (nineteenth session)
    "Dziękuję, ale już kupiliśmy gdzie indziej, nie jesteśmy zainteresowani. Jan Kowalski, 601 234 567",
    "Nee bedankt, geen interesse meer, we hebben al bij een ander gekocht. Groet, Sanne, 06 12345678",
]


@pytest.mark.parametrize("text", UNTRAINED_BUYERS)
def test_a_buyer_in_an_untrained_language_is_never_hidden(shipped, text: str) -> None:
    conv = _chat(text)
    x = extract(conv)
    assert x.language in ("nl", "pl")
    (p,) = predict([conv], [x], shipped)
    assert_not_hidden(p)
    assert p.status in ("Quote Request", "Opportunity", "Potential Customer"), p.top_factors


@pytest.mark.parametrize("text", UNTRAINED_REFUSALS)
def test_a_refusal_in_an_untrained_language_is_not_a_lead(shipped, text: str) -> None:
    conv = _chat(text)
    (p,) = predict([conv], [extract(conv)], shipped)
    assert p.status in ("Not Interested", "Info Only") and p.score < 40, (p.status, p.score)


def test_team_labels_in_an_untrained_language_teach_only_the_blind_heads() -> None:
    import numpy as np

    examples = generate(600, seed=9)
    xs = extract_all([e.conversation for e in examples])
    polish = [
        (_chat(f"Dzień dobry, czy macie krzesła nr {i}? Pozdrawiam", i), "Spam") for i in range(8)
    ]
    plain = train(examples, seed=0, use_sms=False, extractions=xs)
    taught = train(examples, seed=0, use_sms=False, extractions=xs, feedback=polish)
    assert taught.meta["feedback_rows"] == 8 and taught.blind.meta["feedback_rows"] == 8
    assert np.array_equal(plain.w_text, taught.w_text)  # the main heads never read them
    assert not np.array_equal(plain.blind.w_struct, taught.blind.w_struct)


def test_real_spam_read_blind_is_mostly_caught(shipped) -> None:
    # the SMS set's held-out 20%, written outside this project, read as if in Dutch
    from model.datasets import load_sms

    rows = load_sms("test")
    if not rows:
        pytest.skip("the SMS Spam Collection is not present (LEADS_BENCH_DATA)")
    xs = [replace(x, language=BLIND_LANGUAGE) for x in extract_all([e.conversation for e in rows])]
    preds = predict([e.conversation for e in rows], xs, shipped)
    spam = [p.status == "Spam" for e, p in zip(rows, preds, strict=True) if e.intent == "spam"]
    ham = [p.status == "Spam" for e, p in zip(rows, preds, strict=True) if e.intent != "spam"]
    # Read blind, spam is filed only with evidence a reader without the language sees
    # (a suspicious link, a prize or pitch word, or a link in a chat that asks for
    # nothing: predict._guard_unread), so a buyer is not hidden: recall 0.33 and 0.4%
    # of the other messages called spam, where the heads alone gave 0.83 and 6.8%.
    # (0.39 before generator version 7: buyers share links there, so the blind heads no
    # longer read a plain link as spam, and a Dutch buyer's product link is no evidence.)
    assert sum(spam) / len(spam) >= 0.30
    assert sum(ham) / len(ham) <= 0.01
