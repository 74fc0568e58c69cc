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
        # not hearing the phone, and declining the agent's help but not the purchase
        "ring the landline, sometimes I don't hear my mobile",
        "llámeme al fijo, que el móvil a veces no lo oigo",
        "bel gerust twee keer, ik hoor het niet altijd",
        "no need for the link, I'll order on your website tonight",
        "hoeft niet, ik bestel het zelf online",
        "pas besoin, je commande directement sur le site",
        # not in a hurry
        "it's not urgent, any time next month is fine",
        "ce n'est pas urgent, pas besoin d'express",
        "no corre prisa, para enero está bien",
        "nicht dringend, gerne im Januar",
        "nie jest pilne, może być w styczniu",
        # what the current or previous supplier no longer does
        "notre fournisseur actuel ne livre plus en Suisse, d'où ma demande",
        "our current provider doesn't cover our area any more",
        "unser bisheriger Spediteur fährt nicht mehr nach Polen",
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
        "no need, we found someone else",
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


def test_a_buyer_who_may_not_hear_the_phone_is_not_hidden() -> None:
    turns = [
        ("customer", "buenas quería pedir presupuesto para cambiar la puerta de la cocina y dos "
                     "ventanas del salón gracias"),
        ("agent", "Claro, ¿nos da su nombre y un teléfono? Pasamos a medir."),
        ("customer", "soy lucia perez gomez mi numero es 644 123 987 y si no contesto llamen al "
                     "fijo 961 234 567 que a veces no lo oigo"),
    ]  # fmt: skip
    p = verdict(chat(*turns))
    assert p.status == "Quote Request", (p.status, p.score, p.top_factors)
    assert p.score >= 40


@pytest.mark.parametrize(
    "turns",
    [
        [
            ("customer", "Buongiorno, vorrei un preventivo per una libreria su misura, 2,40 x 2,60 m. "
                         "Il pavimento non è in piano, quindi niente mobili standard per favore"),
            ("agent", "Certo, passiamo a misurare. Nome e indirizzo?"),
            ("customer", "Paola Ferri, via Roma 12, Padova. 347 123 4567"),
        ],
        [
            ("customer", "Hola, quería pedir presupuesto para una mampara de ducha a medida, "
                         "la pared no está recta y no quiero perfiles dorados. Soy Inés, 612 987 654"),
        ],
    ],
)  # fmt: skip
def test_a_quote_asked_with_a_not_in_its_specification_is_not_hidden(turns) -> None:
    p = verdict(chat(*turns))
    assert p.status in ("Quote Request", "Opportunity", "Potential Customer"), (p.status, p.score)
    assert p.score >= 40


def test_a_quote_asked_for_before_and_turned_down_since_stays_a_refusal() -> None:
    turns = [("customer", "Hallo, ik heb vorige maand een offerte aangevraagd voor zonnepanelen, maar "
                          "we hebben inmiddels al een ander bedrijf gevonden. U hoeft niet meer te "
                          "bellen. Groet, Kees Bos")]  # fmt: skip
    assert verdict(chat(*turns)).status == "Not Interested"
