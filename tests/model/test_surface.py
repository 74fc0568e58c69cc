"""Explanations quote the customer's own words for a feature (model.surface)."""

from __future__ import annotations

import pytest

from model.features import analyse
from model.surface import Surface, surface_features


@pytest.mark.parametrize(
    ("text", "feature", "shown"),
    [
        ("Could you send a Quotation for 20 chairs?", "quotation", "Quotation"),
        ("Could you send a Quotation for 20 chairs?", "~quota", "Quotation"),
        ("We are Interested in the pro plan", "interested in", "Interested in"),
        ("Non mi interessa, grazie", "neg_interessa", "Non mi interessa"),
        ("We don't need it anymore, thanks", "neg_need", "don't need"),
        ("Wir möchten ein Angebot für Pumpen", "~angeb", "Angebot"),
        # a contraction's second part is quoted with the word before its apostrophe
        ("Hi, I'd like a demo", "d like", "I'd like"),
        ("We'll need 40 chairs", "ll need", "We'll need"),
        ("They’re interested in 5 units", "re interested", "They’re interested"),
        # a French elision is no English contraction: the word after it stands alone
        ("j'aimerais l'offre pro", "offre pro", "offre pro"),
    ],
)
def test_a_feature_is_quoted_as_written(text: str, feature: str, shown: str) -> None:
    assert feature in analyse(text)
    assert Surface(text).get(feature) == shown


def test_quotes_in_any_order_agree_with_reading_everything() -> None:
    # positions are found lazily, up to the token a quote needs: quoting a late word
    # first, then an early one, must give what reading the whole text gives
    text = "Hi, I don't want spam. Please send pricing for 300 seats, we'd like a demo soon"
    everything = surface_features(text)
    for feature in ("demo", "~prici", "neg_want", "hi", "seats we"):
        assert Surface(text).get(feature) == everything[feature]
    lazy = Surface(text)
    for feature in reversed(list(everything)):
        assert lazy.get(feature) == everything[feature]


def test_an_absent_feature_quotes_nothing() -> None:
    surface = Surface("Could you send a quote?")
    assert surface.get("~pricing") is None
    assert surface.get("send pricing") is None
    assert surface.get("demo") is None
