"""A buyer who says what is broken, or how to reach them, says "not" without refusing."""

from __future__ import annotations

import pytest

from model.concepts import refuses
from model.faults import asks_for_visit, without_faults
from tests.model.chats import chat, verdict


@pytest.mark.parametrize(
    "text",
    [
        "the boiler doesn't heat any more since Monday",
        "la caldera no calienta desde ayer",
        "o portão não fecha direito",
        "le four ne chauffe plus du tout",
        "die Heizung funktioniert seit gestern nicht mehr",
        "la lavatrice non scarica e non parte",
        "de cv-ketel werkt niet meer",
        "piec nie grzeje od tygodnia",
        "si je ne réponds pas, laissez un message",
        "if I don't pick up, text me",
    ],
)
def test_a_fault_or_a_condition_is_no_refusal(text: str) -> None:
    assert not refuses(without_faults(text))


@pytest.mark.parametrize(
    "text",
    [
        "no thanks, not interested",
        "no me interesa, gracias",
        "pas intéressé, merci",
        "kein Interesse, danke",
        "non mi interessa",
        "niet geïnteresseerd",
        "nie jestem zainteresowany",
    ],
)
def test_a_refusal_still_refuses(text: str) -> None:
    assert refuses(without_faults(text))


@pytest.mark.parametrize(
    "text",
    [
        "pourriez-vous passer voir la toiture ?",
        "can someone come round and have a look at the damp?",
        "¿podrían pasar a ver la caldera?",
        "możecie podjechać i zobaczyć dach?",
    ],
)
def test_a_visit_asked_in_several_words(text: str) -> None:
    assert asks_for_visit(text)


def test_a_buyer_describing_a_fault_and_asking_for_a_visit_is_not_hidden() -> None:
    turns = [
        ("customer", "Bonjour, notre poêle à bois ne tire pas et ne chauffe rien. Est-ce que "
                     "quelqu'un pourrait passer voir ce qu'on peut faire ?"),
        ("agent", "Bonjour, volontiers. Mardi 10h vous convient ?"),
        ("customer", "Parfait. Hélène Dubois, 12 rue des Prés, Lyon. Si je ne réponds pas, "
                     "appelez le 04 78 12 34 56"),
    ]  # fmt: skip
    p = verdict(chat(*turns))
    assert p.status in ("Opportunity", "Potential Customer", "Quote Request"), (p.status, p.score)
    assert p.score >= 40
