"""A decline at the end of a chat files it Not Interested; a buyer's polite "no" does not."""

from __future__ import annotations

import pytest

from model import predict as predict_module
from model.concepts import declines
from model.extract import extract
from model.last_word import LAST_WORD_REASON, last_decline
from model.policy import N_FACTORS
from model.predict import load_bundle, predict

A, C = "agent", "customer"


@pytest.fixture(scope="module")
def bundle():
    return load_bundle()


def _chat(turns: list[tuple[str, str]], source: str = "widget") -> dict:
    return {"source": source, "messages": [{"role": r, "text": t} for r, t in turns]}


def _score(bundle, chat: dict):
    return predict([chat], [extract(chat, "US")], bundle)[0]


DECLINES = [
    [
        (C, "Hello, please quote 12 standing desks, jon.berg@northwind.co.uk"),
        (A, "Will do, you'll have it by noon."),
        (C, "Appreciate it, but we went with another vendor in the end."),
    ],
    [
        (C, "Quisiera un presupuesto para reformar la cocina, mi teléfono es 612 345 678"),
        (A, "Perfecto, ¿le viene bien una visita el jueves?"),
        (C, "Muchas gracias, pero ya lo hemos contratado con otra empresa."),
    ],
    [
        (C, "Bonjour, combien pour 40 gourdes personnalisées ? paul.morel@lyceevert.fr"),
        (A, "Je vous prépare un devis."),
        (C, "Merci, mais finalement nous les avons achetées ailleurs."),
    ],
    [
        (C, "Guten Tag, wir brauchen ein Angebot für 6 Laptops."),
        (A, "Gern, bis morgen."),
        (C, "Danke, hat sich erledigt, wir haben bei einem anderen Händler gekauft."),
    ],
]

# Turning the quoted price down, without a question: the last word declines.
PRICE_DECLINES = [
    [
        (C, "price for a kitchen refit?"),
        (A, "Our estimate is attached, 9,800 GBP."),
        (C, "Too expensive for us unfortunately, we'll pass."),
    ],
    [
        (C, "¿Cuánto cuesta la reforma del baño?"),
        (A, "Unos 6.500 €."),
        (C, "Uf, es demasiado caro para nosotros, lo dejamos de momento."),
    ],
    [
        (C, "Combien coûte l'abonnement pro ?"),
        (A, "49 € par mois."),
        (C, "C'est trop cher pour nous, on va laisser tomber."),
    ],
    [
        (C, "Quanto costa la manutenzione annuale?"),
        (A, "350 euro all'anno."),
        (C, "Troppo caro per noi, grazie lo stesso."),
    ],
    [
        (C, "Quanto custa o curso de inglês?"),
        (A, "120 € por mês."),
        (C, "É muito caro para mim, obrigado na mesma."),
    ],
]
# Objecting to the price while still buying: a question, a counter-offer, a new request.
NEGOTIATING = [
    [
        (C, "Price for the kitchen refit?"),
        (A, "9,800 GBP."),
        (
            C,
            "That's over our budget. Please send a quote for the basic version, anna@greenways.co.uk",
        ),
    ],
    [
        (C, "Combien pour la formation ?"),
        (A, "1 200 € par personne."),
        (C, "C'est trop cher pour 6 personnes, envoyez-moi un devis avec une remise de groupe"),
    ],
    [
        (C, "Quanto custa o sofá de 3 lugares?"),
        (A, "1.290 €."),
        (C, "Muito caro. Tem algum modelo parecido mais barato? Quero comprar este mês"),
    ],
    [
        (C, "How much is the pro plan?"),
        (A, "99/month."),
        (
            C,
            "Too expensive for now, but I'd like a demo of the starter plan, call me on 07700 900456",
        ),
    ],
]

BUYERS_ENDING_NO = [
    [
        (C, "Can you quote 80 branded notebooks? lia.chen@brightpath.org"),
        (A, "Sure. Anything else I can help with?"),
        (C, "No, that's everything, thank you!"),
    ],
    [
        (C, "Quiero pedir 30 sillas de oficina, ¿me pasáis precio?"),
        (A, "Claro. ¿Algo más?"),
        (C, "No, eso es todo, gracias"),
    ],
    [
        (C, "We'd like a demo for our team of 15, I'm Omar, omar@ridgeline.io"),
        (A, "Great, does Thursday work?"),
        (C, "Thursday works. We had another tool before, so we'd like to see the import"),
    ],
]


@pytest.mark.parametrize("turns", DECLINES)
def test_a_request_then_a_decline_is_not_interested(bundle, turns) -> None:
    p = _score(bundle, _chat(turns))
    assert p.status == "Not Interested"
    assert p.score < 40
    # the whole chat may read as a refusal already; if not, its last word says why
    first = p.factors_against[0]
    assert first == LAST_WORD_REASON or first.startswith(predict_module._VERDICT["not_interested"])


@pytest.mark.parametrize("turns", PRICE_DECLINES)
def test_turning_the_price_down_is_not_interested(bundle, turns) -> None:
    p = _score(bundle, _chat(turns))
    assert p.status == "Not Interested"
    assert p.score < 40
    assert p.factors_against[0] == LAST_WORD_REASON


@pytest.mark.parametrize("turns", [*BUYERS_ENDING_NO, *NEGOTIATING])
def test_a_buyer_who_ends_with_a_no_stays_a_lead(bundle, turns) -> None:
    p = _score(bundle, _chat(turns))
    assert p.status in ("Quote Request", "Opportunity", "Potential Customer")
    assert p.score >= 40
    assert LAST_WORD_REASON not in p.factors_against


def test_only_the_last_of_several_customer_messages_is_read() -> None:
    one = _chat([(C, "Thanks, but we went with another supplier.")])
    assert last_decline(one) is None  # a single message is read whole, as before
    later_buy = _chat(
        [(C, "We bought from another shop last year."), (C, "Now we want a quote for 20.")]
    )
    assert last_decline(later_buy) is None
    assert last_decline(_chat(DECLINES[0])) == DECLINES[0][-1][1]


@pytest.mark.parametrize(
    ("text", "declined"),
    [
        ("we went with another vendor", True),
        ("we bought them already", True),
        ("please cancel the visit", True),
        ("lo compramos en otra tienda", True),
        ("we signed with a competitor", True),
        ("no, that's all, thanks", False),
        ("tengo que consultarlo con mi jefe, ya os escribo", False),
        ("I already sent the drawings", False),
        ("that's way over our budget, thanks anyway", True),
        ("das ist leider zu teuer für uns", True),
        ("dat is te duur voor ons", True),
        ("to dla nas za drogo, dziękuję", True),
        ("too expensive, is there a discount for 20?", False),
        ("is it very expensive to ship?", False),
    ],
)
def test_declining_needs_more_than_a_no_or_an_already(text: str, declined: bool) -> None:
    assert declines(text) is declined


def test_the_reason_list_keeps_its_length(bundle) -> None:
    p = _score(bundle, _chat(DECLINES[0]))
    assert p.factors_against[0] == LAST_WORD_REASON
    assert len(p.factors_for) <= N_FACTORS and len(p.factors_against) <= N_FACTORS


def test_a_batch_keeps_its_order_and_other_chats(bundle) -> None:
    chats = [_chat(BUYERS_ENDING_NO[0]), _chat(DECLINES[0]), _chat(BUYERS_ENDING_NO[1])]
    alone = [_score(bundle, c) for c in chats]
    together = predict(chats, [extract(c, "US") for c in chats], bundle)
    assert [p.status for p in together] == [p.status for p in alone]
    assert [p.score for p in together] == [p.score for p in alone]


def test_a_sign_off_after_the_decline_is_passed_over(bundle) -> None:
    turns = [
        (C, "Thanks a lot for the quote for the garden design and all the sketches!"),
        (C, "We talked it over and decided to go with another designer closer to home."),
        (C, "Mia x"),
        (A, "Thanks for letting us know, Mia. Good luck with the garden!"),
    ]
    assert last_decline(_chat(turns)) == turns[1][1]
    p = _score(bundle, _chat(turns))
    assert p.status == "Not Interested"
    assert p.score < 40


def test_a_short_request_after_an_old_decline_is_no_sign_off() -> None:
    turns = [(C, "We bought from another shop last year."), (C, "price for 20?")]
    assert last_decline(_chat(turns)) is None


# One message answering a quote the customer received, declining after the thanks.
REPLIES_THAT_DECLINE = [
    "Hi Tom, thanks for the quote for the kitchen. Honestly it's too expensive for us, we got "
    "a cheaper offer. We'll leave it. Have a good weekend!",
    "Bonjour, merci pour le devis. C'est trop cher pour nous, nous avons reçu une offre moins "
    "chère. Nous laissons tomber. Bon week-end !",
    "Buongiorno, grazie per il preventivo. È troppo caro per noi, abbiamo ricevuto un'offerta "
    "più economica. Lasciamo perdere. Buon fine settimana!",
]


@pytest.mark.parametrize("text", REPLIES_THAT_DECLINE)
def test_a_reply_to_a_quote_that_declines_is_not_interested(bundle, text: str) -> None:
    p = _score(bundle, _chat([(C, text)]))
    assert (p.status, p.factors_against[0]) == ("Not Interested", LAST_WORD_REASON)
    assert p.score < 40


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the quote, we'd like to go ahead. When can you start?",
        # a question: the message is read whole, whatever it says of another firm
        "Thanks for the quick quote. Could you also quote the fence? We had another firm do "
        "the gate last year.",
        # no quote received: a first message that mentions another supplier
        "Hello. We need 40 chairs for a hall. Our other supplier closed down.",
    ],
)
def test_a_reply_to_a_quote_that_goes_on_is_read_whole(bundle, text: str) -> None:
    assert last_decline(_chat([(C, text)])) is None
    p = _score(bundle, _chat([(C, text)]))
    assert p.status in ("Quote Request", "Opportunity", "Potential Customer")


# Walking away: the reason first, then thanks given anyway (eight languages, own sentences).
WALKS_AWAY = [
    [
        (C, "What's your price to service a 2015 boiler? tom.pike@fastmail.co.uk"),
        (A, "£95 including parts check. Shall I book you in?"),
        (C, "sorry, my neighbour's guy did it on Saturday"),
        (C, "thanks anyway"),
    ],
    [
        (C, "¿Precio para pintar un piso de 80 m2? Soy Lucía, 612 345 678"),
        (A, "Rondaría los 1.800 €. ¿Te paso presupuesto?"),
        (C, "Al final lo pinta mi cuñado"),
        (C, "Gracias de todos modos"),
    ],
    [
        (C, "Combien pour tailler une haie de 30 mètres ? julien.roy@orange.fr"),
        (A, "Environ 240 €. Je vous envoie un devis ?"),
        (C, "Mon voisin s'en occupe finalement."),
        (C, "Merci quand même !"),
    ],
    [
        (C, "Was kostet die Reinigung von 12 Fenstern? Jonas, 0151 23456789"),
        (A, "Etwa 90 €. Soll ich einen Termin vorschlagen?"),
        (C, "Hat sich erledigt, mein Vermieter kümmert sich darum."),
        (C, "Trotzdem danke"),
    ],
]


@pytest.mark.parametrize("turns", WALKS_AWAY)
def test_thanks_given_anyway_after_the_reason_is_not_interested(bundle, turns) -> None:
    p = _score(bundle, _chat(turns))
    assert (p.status, p.factors_against[0]) == ("Not Interested", LAST_WORD_REASON)
    assert p.score < 40


# Read blind (Dutch, Polish): the decline's concept words settle it, a short "no" after it.
BLIND_DECLINES = [
    [
        (C, "Kunt u een offerte maken voor het schilderen van onze gevel? Sanne, 06 12345678"),
        (A, "Natuurlijk, u ontvangt hem morgen."),
        (C, "Bedankt voor de offerte. Dat is te duur voor ons, we doen het zelf."),
        (C, "Nee, nu niet. Misschien volgend jaar."),
    ],
    [
        (C, "Poproszę o wycenę wymiany dachu, 80 m2. Tel. 601 234 567"),
        (A, "Wycena w załączniku: 38 000 zł."),
        (C, "Dziękuję. Niestety to dla nas za drogo, wybraliśmy inną firmę."),
        (C, "Nie, dziękuję."),
    ],
]


@pytest.mark.parametrize("turns", BLIND_DECLINES)
def test_a_decline_read_blind_and_a_short_no_is_not_interested(bundle, turns) -> None:
    chat = _chat(turns)
    assert last_decline(chat) is not None
    p = _score(bundle, chat)
    # "Misschien volgend jaar" leaves the door open: its reason first, the score low
    assert p.status == "Not Interested" and LAST_WORD_REASON in p.factors_against


@pytest.mark.parametrize(
    "turns",
    [
        # thanks given anyway beside a new request: the customer goes on
        [
            (C, "Do you have the oak table in 180 cm?"),
            (A, "Only 160 cm, sorry."),
            (C, "Thanks anyway, could you quote the 160 cm one with 6 chairs?"),
        ],
        # a short "no" after a request asks nothing of a decline
        [
            (C, "Quote for 30 hoodies with our logo please, ana@clubverde.es"),
            (A, "Sure, do you need delivery too?"),
            (C, "No, we pick them up, thanks"),
        ],
    ],
)
def test_a_buyer_who_thanks_or_says_no_is_no_walk_away(bundle, turns) -> None:
    chat = _chat(turns)
    assert last_decline(chat) is None
    p = _score(bundle, chat)
    assert p.status in ("Quote Request", "Opportunity", "Potential Customer")


def test_a_correction_naming_the_other_address_is_no_decline(bundle) -> None:
    # read blind (Dutch): "the other one" is the old address, not another firm
    turns = [
        (C, "Wat kost het vertalen van 5.000 woorden naar het Engels? Groet, Jan Smit"),
        (A, "Ongeveer 650 euro. Zal ik een offerte mailen?"),
        (C, "Ja graag, naar jan@smit-fietsen.example"),
        (
            C,
            "oeps, het moet jan.smit@smit-fietsen.example zijn, het andere adres lees ik niet meer",
        ),
    ]
    p = _score(bundle, _chat(turns))
    assert p.status in ("Quote Request", "Opportunity", "Potential Customer"), (p.status, p.score)
    assert p.score >= 40


@pytest.mark.parametrize(
    "turns",
    [
        [
            (C, "Hi Sam, thanks for stopping by and for the quote on the deck. We've decided "
                "to go with another contractor, they can start sooner. Appreciate your time though!"),
            (A, "Thanks for letting me know, all the best with the deck!"),
            (C, "Thank you, will do 🙂"),
        ],
        [
            (C, "Dzień dobry, dziękuję za przesłaną wycenę schodów. Niestety wybraliśmy innego "
                "wykonawcę. Pozdrawiam, Ewa Kubiak"),
        ],
    ],
)  # fmt: skip
def test_a_reply_to_a_quote_with_words_between_declines(bundle, turns) -> None:
    chat = _chat(turns)
    # read from the decline on: the thanks before it and the short thanks after it aside
    assert last_decline(chat) is not None
    assert _score(bundle, chat).status == "Not Interested"


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the quote, but it is still too much for us.",
        "Danke für das Angebot, aber das ist trotzdem zu viel für uns.",
        "Gracias por el presupuesto, ya no lo necesitamos.",
        "Merci pour le devis, mais nous n'en avons plus besoin : plus besoin du tout.",
        "Dank voor de offerte, het is niet meer nodig.",
        "Dziękuję za ofertę, ale temat jest już nieaktualny.",
        # passing on it, staying with the present supplier, another offer chosen
        "thanks, but I'll pass for now",
        "dzięki, na razie podziękuję",
        "we are sticking with our current provider after all",
        "obrigada, mas vamos continuar com o plano da nossa operadora atual",
        "merci, mais je reste chez mon assureur",
        "wir bleiben doch bei unserem bisherigen Lieferanten",
        "wij blijven toch bij onze huidige leverancier",
        "zostajemy jednak przy obecnym dostawcy",
        "wir haben uns für einen anderen Anbieter mit kürzerer Lieferzeit entschieden",
        "ahora mismo se me va de presupuesto",
        "having run the numbers it wouldn't make sense for us this year",
        "das lohnt sich für uns leider nicht",
        "per ora lasciamo perdere, grazie lo stesso",
        "ce n'est pas le bon moment pour nous",
        "no es el momento, gracias",
        "honestly the budget just doesn't stretch",
        "zdecydowaliśmy się zostać przy obecnym dostawcy",
        "kupiłem już gdzie indziej, dziękuję",
    ],
)
def test_too_much_or_no_longer_needed_declines(text: str) -> None:
    assert declines(text)


@pytest.mark.parametrize(
    "turns",
    [
        [(C, "Thank you for the quote for the garden office, but we decided on a shed instead, "
             "so it is no longer needed. Best, Paul Hart")],
        [(C, "Dzień dobry, dziękuję za wycenę ogrodzenia, ale wybraliśmy jednak siatkę, więc "
             "temat nieaktualny. Pozdrawiam, Adam Kowal")],
    ],
)  # fmt: skip
def test_thanks_and_a_decline_in_one_sentence_is_not_interested(bundle, turns) -> None:
    p = _score(bundle, _chat(turns))
    assert p.status == "Not Interested", (p.status, p.score, p.top_factors)


@pytest.mark.parametrize(
    "text",
    [
        "me quedo con el azul, ¿cuándo lo traéis?",
        "vou ficar com o sofá de 3 lugares",
        "wir bleiben bei unserer Bestellung von gestern, bitte liefern",
        "seguimos con el pedido, ¿os pago por transferencia?",
        "lass mal schauen, was das kostet",
        "laat maar weten wanneer het past",
    ],
)
def test_taking_one_or_keeping_an_order_is_no_decline(text: str) -> None:
    assert not declines(text)


@pytest.mark.parametrize(
    "turns",
    [
        [
            (A, "Hi Tom, it's Jess from Brightway Windows. Did you get a chance to look at our "
                "quote for the six sash windows?"),
            (C, "Hi Jess, yes thanks. We've decided to go with a different company who could "
                "start sooner. Thanks for your time."),
        ],
        [
            (A, "Buenos días Marta, ¿pudo ver el presupuesto de la cocina?"),
            (C, "Hola! Sí, gracias, pero ahora mismo se nos va de presupuesto, lo dejamos."),
        ],
        [
            (A, "Guten Tag Herr Kraus, konnten Sie sich unser Angebot für die Markise ansehen?"),
            (C, "Ja, danke. Wir haben uns aber für ein anderes Angebot entschieden. Viele Grüße"),
        ],
    ],
)  # fmt: skip
def test_a_reply_declining_the_agents_follow_up_is_not_interested(bundle, turns) -> None:
    p = _score(bundle, _chat(turns))
    assert p.status == "Not Interested", (p.status, p.score, p.top_factors)


def test_a_bare_nein_closes_a_chat_declined_before() -> None:
    from model.concepts import refuses

    assert refuses("nein danke") and refuses("nee hoor") and refuses("nope")
    turns = [
        (C, "Servus, was kosten 2.000 Visitenkarten, beidseitig?"),
        (A, "€ 95 netto, Lieferung in 3 Tagen."),
        (C, "hm, das ist mir zu teuer, online krieg ich's billiger. trotzdem danke"),
        (A, "Wir könnten € 79 anbieten."),
        (C, "nein danke, schönen Tag noch"),
    ]
    p = _score(load_bundle(), _chat(turns))
    assert p.status == "Not Interested", (p.status, p.score, p.top_factors)


def test_thanks_anyway_in_the_last_word_after_a_decline_settles_it() -> None:
    turns = [
        (C, "Hallo, bedankt voor de offerte voor de dakgoten. Eerlijk gezegd te duur, een "
            "ander bedrijf doet het voor minder."),
        (A, "Jammer! We kunnen nog iets aan de prijs doen."),
        (C, "Dat begrijp ik, maar we hebben al besloten. Toch bedankt voor de moeite."),
    ]  # fmt: skip
    p = _score(load_bundle(), _chat(turns))
    assert p.status == "Not Interested", (p.status, p.score, p.top_factors)
