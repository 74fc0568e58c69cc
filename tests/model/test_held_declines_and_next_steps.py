"""A decline the customer holds to is Not Interested; a buyer who carries on is not.

Kinds seen on fresh outside chats (sets L and N), tested here in words of our own: a
customer who writes back to turn a quote down and holds when the agent tries to save
it; a decline phrase with an unrelated question before it; a buyer who mentions a
competitor's quote but sends the photos; a buyer who bought the materials and asks for
the work; and spam the heads read as leads (a fake delivery notice, a promised monthly
return, a staffing agency).
"""

from __future__ import annotations

import pytest

from model.concepts import declines, declines_firmly
from model.easy_money import offers_easy_money
from model.next_step import sends_material
from model.parcel_scam import fake_delivery
from tests.model.chats import assert_not_hidden, chat, verdict

A = "agent"

HELD_DECLINES = [
    [
        "Hi, is Mark around? re your estimate E-2291 for the fence: we've decided to stick "
        "with our usual contractor this year. Sam Carter",
        (A, "Thanks for letting me know, Sam. Is there anything on price we could look at?"),
        "Not really, it's done now. Maybe next year, all the best",
    ],
    [
        "Bonjour, j'ai bien reçu votre devis pour la toiture. C'est plus que ce qu'on peut "
        "payer cette année, on va faire appel à un artisan du village.",
        (A, "Je comprends. Souhaitez-vous que je vous rappelle au printemps ?"),
        "Non merci, c'est gentil. Bonne journée",
    ],
    [
        "Hoi, dank voor de offerte voor de dakkapel. We hebben besloten om het project "
        "voorlopig uit te stellen.",
        (A, "Helemaal goed, laat maar weten als het weer speelt."),
        "Doen we, groetjes",
    ],
    [
        "Buongiorno, grazie per la proposta del nuovo impianto. Abbiamo deciso di rimandare "
        "all'anno prossimo.",
        (A, "Capisco, la ricontatto a gennaio?"),
        "Va bene, ma per ora non se ne fa niente.",
    ],
]


@pytest.mark.parametrize("turns", HELD_DECLINES)
def test_a_decline_held_after_the_agents_save_is_not_interested(turns) -> None:
    p = verdict(chat(*turns))
    assert p.status == "Not Interested", (p.status, p.score, p.top_factors)


HELD_THEN_REOPENED = [
    [
        "We've decided to stay with our current supplier for the cartons, thanks anyway.",
        (A, "Understood. We also do mailer boxes, if that's ever useful."),
        "Oh actually, what would 500 mailer boxes cost?",
    ],
    [
        "Hemos decidido posponer la reforma del baño.",
        (A, "Sin problema. ¿Le paso presupuesto de la cocina igualmente?"),
        "Sí, pásame presupuesto de la cocina, gracias. Lucía 612 345 678",
    ],
]


@pytest.mark.parametrize("turns", HELD_THEN_REOPENED)
def test_a_request_after_the_decline_reopens_it(turns) -> None:
    assert_not_hidden(verdict(chat(*turns)), turns[-1])


@pytest.mark.parametrize(
    ("text", "declined"),
    [
        # a question before the decline phrase is about something else
        ("is Dana in today? we'll stay with our current supplier for now", True),
        # a question after it negotiates
        ("we'll stay with our current supplier unless you can do better?", False),
        ("more than we can afford this year, sadly", True),
        ("mehr als wir uns leisten können, leider", True),
        ("más de lo que podemos pagar ahora mismo", True),
        ("we besloten om toch met onze oude leverancier verder te gaan", True),
        ("we hebben besloten om met jullie verder te gaan!", False),
        ("postanowiliśmy odłożyć remont na wiosnę", True),
    ],
)
def test_decline_phrases(text: str, declined: bool) -> None:
    assert declines(text) is declined
    assert declines_firmly(text) is declined


@pytest.mark.parametrize(
    "text",
    [
        "I'll send you the photos tonight",
        "will email the drawings over in the morning",
        "te mando las medidas por WhatsApp",
        "vou enviar as fotos da parede amanhã",
        "je vous envoie ce soir les plans de la cuisine",
        "ich schicke Ihnen gleich die Maße",
        "vi mando le foto del bagno",
        "ik stuur u de tekeningen morgen",
        "wyślę zdjęcia łazienki wieczorem",
    ],
)
def test_sending_the_material_is_a_next_step(text: str) -> None:
    assert sends_material(text)


@pytest.mark.parametrize(
    "text",
    ["can you send me photos of the finished job?", "we went with another firm, thanks"],
)
def test_asking_for_photos_or_declining_is_no_next_step(text: str) -> None:
    assert not sends_material(text)


def test_a_buyer_who_mentions_a_rivals_quote_and_sends_photos_is_no_decline() -> None:
    turns = [
        "Hi, we need a quote for a lit fascia sign, about 5 m, for a cafe opening in March. "
        "Priya Shah, 07700 900 814",
        (A, "Thanks Priya, could you send a photo of the shopfront?"),
        "I'll send you the photos this afternoon. FYI we have a quote from another sign "
        "company already but their lead time is too long for us.",
    ]
    assert_not_hidden(verdict(chat(*turns)))


@pytest.mark.parametrize(
    "turns",
    [
        [
            "Moin, bräuchte ein Angebot fürs Verlegen von Laminat, 40 qm, das Laminat haben "
            "wir schon gekauft. Tel 0151 23456789",
            (A, "Gern, wann passt eine Besichtigung?"),
            "Donnerstag passt.",
        ],
        [
            "Hi, could I get a quote to fit a kitchen? We bought the units ourselves from a "
            "flat-pack store. jo.evans@example.com",
            (A, "Sure, how many units?"),
            "14 units plus worktops",
        ],
    ],
)
def test_materials_bought_beside_the_ask_are_no_decline(turns) -> None:
    assert_not_hidden(verdict(chat(*turns)))


def test_a_decline_in_a_message_of_its_own_still_counts() -> None:
    turns = [
        "Hi, could I get a quote for a new boiler? jo.evans@example.com",
        (A, "Sure, I'll send it tomorrow."),
        "Thanks, no need now, we bought one elsewhere.",
    ]
    assert verdict(chat(*turns)).status == "Not Interested"


@pytest.mark.parametrize(
    "text",
    [
        "Royal Mail: your parcel is on hold due to an unpaid fee of £1.45. Pay now: "
        "https://royalmail-redelivery.example/x1",
        "Correos: su paquete está retenido, confirme sus datos en https://correos-envio.example/a",
        "DHL: Ihre Sendung wurde angehalten. Zollgebühr zahlen: https://dhl-zoll.example/p",
        "InPost: Twoja paczka jest wstrzymana, dopłać 2 zł: https://inpost-dopłata.example/k",
    ],
)
def test_a_delivery_notice_with_a_link_is_a_scam(text: str) -> None:
    assert fake_delivery(text, text.lower())
    p = verdict(chat(text))
    assert p.status == "Spam", (p.status, p.score, p.top_factors)


def test_a_customer_asking_about_their_held_parcel_is_no_scam() -> None:
    text = "Hi, my parcel from you is on hold at the depot, do I need to pay anything?"
    assert not fake_delivery(text, text.lower())


@pytest.mark.parametrize(
    ("text", "offer"),
    [
        ("my uncle's platform earns 25% a month, you only need 200 to start", True),
        ("con nuestra plataforma ganas un 20% mensual sin riesgo", True),
        ("guadagni del 15% al mese garantiti", True),
        ("can we get 10% off per month if we pay a year upfront?", False),
        ("our sales grew 15% a month since we opened", False),
    ],
)
def test_a_monthly_return_promised_is_easy_money(text: str, offer: bool) -> None:
    assert offers_easy_money(text) is offer


def test_a_wrong_number_chat_turning_to_crypto_returns_is_spam() -> None:
    turns = [
        "Hi! is this Jenny? Mike from the tennis club gave me this number",
        (A, "Hello, this is Bloom Florist. Can I help you with an order?"),
        "Oh sorry, wrong number 😅 I'm Grace, I'm in Singapore for work",
        "Since we're talking, I trade crypto with my aunt, we earn 30% a month on her "
        "platform, I can show you 🙏",
    ]
    p = verdict(chat(*turns, contact={"name": "Grace", "phone": "+447700900123"}))
    assert p.status == "Spam", (p.status, p.score, p.top_factors)


def test_a_staffing_agencys_pitch_is_spam() -> None:
    turns = [
        "Good morning, do you need extra workers for the busy season? We have warehouse "
        "staff and drivers available from next week, fully vetted, from £14/h.",
        (A, "Thanks, we're not hiring right now."),
        "No problem, I'll leave my details for later: Dana Wells, 020 7946 0321, "
        "dana@staffnow.example",
    ]
    p = verdict(chat(*turns))
    assert p.status == "Spam", (p.status, p.score, p.top_factors)
