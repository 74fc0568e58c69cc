"""A vendor offering the reader their own services is a pitch: Spam, never an alert."""

from __future__ import annotations

import pytest

from model.vendor_voice import speaks_as_vendor
from tests.model.chats import chat, verdict


@pytest.mark.parametrize(
    "text",
    [
        "Hi, we help restaurants like yours get 30% more bookings every month",
        "We can offer you 500 verified leads for your region at a special price",
        "Hello business owner! Are you the owner? Grow your business with our app",
        "Hola, le ofrecemos una web nueva para su negocio por 299 €",
        "Olá! Ajudamos clínicas a conseguir mais pacientes. Falo com o dono?",
        "Bonjour, nous vous proposons un audit gratuit de votre référencement",
        "Guten Tag, dürfen wir Ihnen unseren Katalog für Arbeitskleidung zusenden?",
        "Spreche ich mit dem Inhaber? Wir helfen Betrieben bei der Digitalisierung",
        "Buongiorno, le proponiamo un servizio di gestione dei social a 150 € al mese",
        "Goedemiddag, mag ik u onze prijslijst voor kantoorartikelen sturen?",
        "Dzień dobry, czy rozmawiam z właścicielką? Pomagamy sklepom zwiększyć sprzedaż",
        "Mogę przesłać ofertę na obsługę księgową dla Państwa firmy?",
        "Gerne stelle ich Ihnen unser Konzept in einem kurzen Gespräch vor",
        "I'd love to introduce our services in a 10-minute call",
        "We supply exclusive leads of homeowners who want solar panels now",
        "Oferecemos leads verificados de clientes na sua região",
        "Suchen Sie aktuell Pflegekräfte? Wir vermitteln geprüfte Fachkräfte",
        "Hi! Are you currently hiring drivers? We place vetted staff within a week",
        "Ik zag dat jullie website traag laadt. Mag ik een gratis ontwerp opsturen?",
        "Olá, vi que o vosso site não abre bem no telemóvel",
        "Snel geld nodig? Wij bieden zakelijke leningen tot €250.000, geen BKR toetsing",
        "We offer business loans up to $500k, no credit check, funds in 24h",
        # asking whether the business needs workers: a staffing agency's pitch
        "Do you need extra workers for the Christmas rush? We have drivers available now",
        "¿Necesitan trabajadores para la campaña de verano? Tenemos personal disponible",
        "Brauchen Sie noch Arbeitskräfte für die Saison? Wir vermitteln ab sofort",
        "Hebben jullie nog personeel nodig voor de feestdagen?",
        "Czy potrzebują Państwo pracowników na magazyn? Mamy dostępnych kierowców",
    ],
)
def test_a_vendors_voice(text: str) -> None:
    assert speaks_as_vendor(text.lower())


@pytest.mark.parametrize(
    "text",
    [
        "we offer yoga classes and need 2000 flyers printed, can you quote?",
        "siamo un'agenzia immobiliare con 8 agenti e vorremmo una demo",
        "somos distribuidores en Canarias y queremos comprar 500 unidades",
        "can I send you the floor plan so you can quote the tiling?",
        "Kann ich Ihnen die Fotos vom Schaden schicken?",
        "could you send me an offer for 40 chairs?",
        "mogę przesłać zdjęcia? chodzi o wycenę remontu łazienki",
        "we are a dental clinic with 8 dentists and want to book a demo",
        "we get about 200 leads a month and need a CRM to follow them up",
        "Können Sie mir Ihr Angebot in einem kurzen Telefonat vorstellen?",
        "I saw on your website that you do gutters, can you quote?",
        "we are hiring a new office manager and need 3 desks",
        "we need workers' overalls, 40 sets in navy, can you quote?",
        "do you need my workers' names for the site induction?",
    ],
)
def test_a_buyer_describing_themselves_is_no_vendor(text: str) -> None:
    assert not speaks_as_vendor(text.lower())


@pytest.mark.parametrize(
    "turns",
    [
        [
            ("customer", "Hello, am I speaking with the owner? We help salons like yours fill empty "
                         "chairs. Could I send you a proposal? Jake, 07700 900 321"),
            ("agent", "No thanks."),
        ],
        [
            ("customer", "Dzień dobry, czy rozmawiam z właścicielem? Pomagamy firmom takim jak "
                         "Państwa pozyskać klientów, pakiet startowy 490 zł. Mogę przesłać próbkę? "
                         "Piotr, tel. 512 345 678"),
            ("agent", "Dziękujemy, nie."),
        ],
        [("customer", "Guten Tag, wir sind ein Sicherheitsdienst aus Köln. Dürfen wir Ihnen ein "
                      "unverbindliches Angebot für Ihre Filiale schicken? Tel. 0221 123456")],
    ],
)  # fmt: skip
def test_a_pitch_in_a_vendors_voice_is_spam(turns: list[tuple[str, str]]) -> None:
    p = verdict(chat(*turns))
    assert p.status == "Spam", (p.status, p.score, p.top_factors)
    assert p.score < 40
