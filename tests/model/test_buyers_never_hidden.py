"""Behaviour tests: a buyer is never hidden (Spam, Not Interested, or a score below 40).

A customer who asks for a product, a price, a quote, a demo, a call or a visit must reach
the team, in every language, trained on or not, with or without contact details and
with a signature; only strong spam evidence (a pitch for their own services, prizes,
crypto, links to unrelated sites) may file them as spam.
"""

from __future__ import annotations

import pytest

from model.extract import extract
from model.predict import load_bundle, predict

HIDDEN = ("Spam", "Not Interested")

BUYERS = {
    "en": [
        "Hi, could you send me a price for 40 standing desks delivered to Leeds? Tom Hardy, 07700 900123",
        "We'd like to book a demo of your scheduling tool for our three clinics. Best, Priya Shah, Operations Manager",
        "can someone call me back about installing solar panels on a farmhouse? 0161 496 0000",
    ],
    "es": [
        "Buenas, quería saber cuánto cuesta el envío de un sofá de tres plazas a Tenerife",
        "Hola, somos una academia con 12 aulas y nos gustaría una demo del software. Marta López, 612 345 678",
        "¿Podrían venir a ver la cocina para darnos un presupuesto de reforma? Gracias",
    ],
    "pt": [
        "Olá, sou gestora de uma clínica com 8 dentistas e queria marcar uma demonstração. Ana Costa, 912 345 678",
        "Boa tarde, qual o preço de 200 camisetas personalizadas com logo? Obrigado",
        "Podem me ligar para falar do plano empresarial? Meu número é 11 98765-4321",
    ],
    "fr": [
        "Bonjour, je souhaiterais un devis pour la rénovation d'une salle de bain de 6 m2. Claire Martin",
        "Pouvez-vous me rappeler au 06 12 34 56 78 pour une démonstration ? Merci",
        "Quel est le tarif pour 50 licences annuelles ?",
    ],
    "de": [
        "Guten Tag, wir hätten gerne ein Angebot für 300 Warnwesten mit Aufdruck. Grüße, Jonas Weber, Einkauf",
        "Können Sie uns für eine Besichtigung der Halle vorbeikommen? Tel. 0151 23456789",
        "Was kostet die Pro-Version für 6 Personen?",
    ],
    "it": [
        "Buongiorno, vorrei un preventivo per 20 sedie da ufficio. Luca Bianchi, 347 123 4567",
        "Salve, è possibile fissare una demo del gestionale per il nostro hotel?",
        "Mi potete chiamare per un sopralluogo? Vorremmo rifare il tetto",
    ],
    # languages the model was not trained on: contact details and figures carry them
    "nl": [
        "Goedemiddag, wij willen graag een offerte voor 25 bureaustoelen. Groet, Sanne de Vries, 06 12345678",
        "Kunnen jullie mij terugbellen over een demo? Mijn nummer is 020 123 4567",
    ],
    "pl": [
        "Dzień dobry, proszę o wycenę 300 kamizelek odblaskowych z nadrukiem. Jan Kowalski, 601 234 567",
        "Czy możemy umówić prezentację systemu dla naszej firmy? jan.nowak@firma.pl",
    ],
}

SPAM = [
    "We are a top SEO agency: page one of Google guaranteed, 50% off this week, reply YES",
    "Felicidades! Ha ganado un iPhone 15, reclame su premio aquí: http://premio-ya.top/claim",
    "Investissez 250 € en Bitcoin et gagnez 5 000 € par mois, inscrivez-vous sur http://crypto-gain.biz",
    "Ganhe dinheiro fácil trabalhando de casa!!! Clique aqui http://renda-extra.click",
]


@pytest.fixture(scope="module")
def bundle():
    return load_bundle()


def _chat(text: str, index: int, source: str = "widget") -> dict:
    return {"id": f"b-{index}", "source": source, "messages": [{"role": "customer", "text": text}]}


def _score(bundle, conversations):
    return predict(conversations, [extract(c) for c in conversations], bundle)


@pytest.mark.parametrize(
    ("language", "text"),
    [(lang, text) for lang, texts in BUYERS.items() for text in texts],
)
def test_a_buyer_is_never_hidden(bundle, language: str, text: str) -> None:
    for source in ("widget", "whatsapp"):
        (p,) = _score(bundle, [_chat(text, 1, source)])
        assert p.status not in HIDDEN, (language, source, p.status, p.top_factors)
        assert p.score >= 40, (language, source, p.score, p.top_factors)


@pytest.mark.parametrize("text", SPAM)
def test_strong_spam_evidence_still_files_spam(bundle, text: str) -> None:
    (p,) = _score(bundle, [_chat(text, 2)])
    assert p.status == "Spam", (p.status, p.score, p.top_factors)
    assert p.score < 40


def test_an_untrained_language_is_marked_in_the_reasons(bundle) -> None:
    dutch, english = _score(
        bundle,
        [_chat(BUYERS["nl"][0], 3), _chat(BUYERS["en"][0], 4)],
    )
    assert any("Dutch, a language not trained on" in f for f in dutch.top_factors)
    assert not any("not trained on" in f for f in english.top_factors)
