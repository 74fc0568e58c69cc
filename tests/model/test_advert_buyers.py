"""A buyer who answers an advert and wants to come and see it is a lead, not a question.

"Is it still available?" alone is a question; coming to see it, with cash, is a buyer's
next step (generator version 8, corpus/marketplace.py). Written for this test in the six
trained languages, not drawn from the generator's templates or any evaluation set.
"""

from __future__ import annotations

import pytest

from tests.model.chats import chat, verdict

ADVERT_BUYERS = [
    "Is the red Vespa from the ad still available? I can come and see it tomorrow, I have cash.",
    "¿Sigue disponible la Vespa roja del anuncio? Paso mañana a verla, tengo efectivo.",
    "La Vespa rouge de l'annonce est toujours disponible ? Je passe la voir demain, j'ai du liquide.",
    "Ist die rote Vespa aus der Anzeige noch da? Ich komme morgen vorbei und schaue sie mir an,"
    " zahle bar.",
    "A Vespa vermelha do anúncio ainda está disponível? Passo amanhã para vê-la, tenho dinheiro.",
    "La Vespa rossa dell'annuncio è ancora disponibile? Passo domani a vederla, ho i contanti.",
]


@pytest.mark.parametrize("text", ADVERT_BUYERS)
def test_a_buyer_coming_to_see_what_was_advertised_is_a_lead(text: str) -> None:
    p = verdict(chat(text))
    assert p.status in ("Opportunity", "Potential Customer", "Quote Request"), (p.status, p.score)
    assert p.score >= 40
