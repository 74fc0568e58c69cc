"""Spam of other media than SMS and email: social self-promotion in six languages, and how
real non-spam text is taught (as "not spam", not as one intent)."""

from __future__ import annotations

from collections import Counter

import pytest

from model.datasets import Example
from model.extract import extract
from model.predict import load_bundle, predict
from model.real_text import SOURCES, training_rows
from model.train import Rows, _add_not_spam, _non_spam_prior

# Written for this test, not taken from any evaluation set or from the generator.
SELF_PROMOTION = [
    ("en", "hey guys pls subscribe to my channel, I post new covers every friday!"),
    ("es", "hola! suscribíos a mi canal de recetas, subo vídeo nuevo cada viernes"),
    ("it", "ciao a tutti, iscrivetevi al mio canale di cucina, nuovo video ogni venerdì"),
    ("pt", "galera, se inscrevam no meu canal de receitas, vídeo novo toda sexta"),
    ("fr", "coucou, abonnez-vous à ma chaîne de recettes, nouvelle vidéo chaque vendredi"),
    ("de", "hey leute, abonniert meinen Kochkanal, jeden Freitag ein neues Video"),
]


@pytest.fixture(scope="module")
def bundle():
    return load_bundle()


@pytest.mark.parametrize(("lang", "text"), SELF_PROMOTION)
def test_channel_self_promotion_is_spam_in_every_language(bundle, lang: str, text: str) -> None:
    conv = {
        "id": f"sp-{lang}",
        "source": "widget",
        "messages": [{"role": "customer", "text": text}],
    }
    (p,) = predict([conv], [extract(conv)], bundle)
    assert p.status == "Spam", (lang, p.intent, p.score)
    assert p.score < 40


def test_real_non_spam_text_teaches_only_not_spam() -> None:
    examples = [
        Example({"id": str(i)}, intent, 0, "f", "en", "train")
        for i, intent in enumerate(["quote_request"] * 3 + ["info_only"] + ["spam"] * 4)
    ]
    prior = _non_spam_prior(examples)
    assert prior == {"info_only": 0.25, "quote_request": 0.75}
    rows = Rows()
    conv = {"id": "sms-1", "messages": [{"role": "customer", "text": "see you at 8"}]}
    _add_not_spam(rows, conv, extract(conv), 0.3, prior)
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
