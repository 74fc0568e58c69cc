"""Kinds read on outside set AD, tested in words of our own.

A correction that names the first value wrong replaces it however unlike it is; Polish
"pomyliłam się … ma być" and French "attention, mon adresse est" correct; a dictated
address keeps the number said apart; a map listing "not verified" that will be removed
for a fee is a scam; "we laten het … zitten" declines; thanks for the quote after a
decline in one message settle it; a purchase made days ago is an existing customer's;
"Names Dave …" introduces; a surname-first profile turns under its stated surname; a
Polish given name with "ł" is known.
"""

from __future__ import annotations

from model.concepts import declines
from model.emails import find_emails
from model.existing_customer import asks_as_customer
from model.extract import extract
from model.payment_demand import demands_payment
from model.person_names import is_given_name
from tests.model.chats import chat, verdict

A = "agent"


def test_a_number_named_wrong_is_replaced_however_unlike() -> None:
    conv = chat(
        "Queria marcar uma consulta. O meu contacto é o 912 345 678.",
        "Peço desculpa, enganei-me no número. O correto é 936 771 204.",
    )
    assert extract(conv).phones == ["+351936771204"]


def test_polish_and_french_corrections_of_an_address() -> None:
    pl = chat(
        "prosze o wycene, mail jan.nowak@wp.pl", "sorki, pomylilem sie, ma byc jan.nowak7@wp.pl"
    )
    assert extract(pl).emails == ["jan.nowak7@wp.pl"]
    fr = chat("Bonjour, un devis svp", (A, "Bien sûr."), "Attention, mon adresse est lea.b@free.fr")
    fr["contact"] = {"name": "Léa B", "email": "lea@free.fr"}
    assert extract(fr).emails == ["lea.b@free.fr"]


def test_a_dictated_address_keeps_the_number_said_apart() -> None:
    assert find_emails("c'est paul point girard 44 arobase free point fr")[0][0] == (
        "paul.girard44@free.fr"
    )


def test_a_map_listing_threatened_for_a_fee_is_a_scam() -> None:
    text = (
        "Dear owner, your Google Business Profile is not verified and will be removed from "
        "Maps within 24 hours. Reply YES to verify (one-off fee $89)."
    )
    assert demands_payment(text, text.lower())
    buyer = "my Google profile is not verified and my reviews were removed, can you help? €300"
    assert not demands_payment(buyer, buyer.lower())


def test_leaving_it_in_dutch_declines_and_thanks_after_settle_it() -> None:
    assert declines("we laten de dakkapel toch maar zitten dit jaar")
    conv = chat(
        "Hoi, we laten de schutting toch maar zitten, het budget is op. Bedankt voor de offerte!",
        contact={"name": "Joost", "phone": "+31612345670"},
    )
    assert verdict(conv).status == "Not Interested"


def test_a_purchase_made_days_ago_is_an_existing_customers() -> None:
    assert asks_as_customer("czy mogę zwrócić czajnik kupiony 5 dni temu? jest nieużywany")
    assert asks_as_customer("can I return the kettle I bought 5 days ago? it's unused")


def test_names_without_its_apostrophe_and_a_turned_profile() -> None:
    conv = chat("ring the wife on 0412 555 019. Names Kev Walsh btw")
    assert extract(conv).name == "Kev Walsh"
    turned = chat(
        "Bonjour, le vélo déposé au nom de Dubois est prêt ?",
        contact={"name": "Dubois Martine", "phone": "+32475000111"},
    )
    assert extract(turned).name == "Martine Dubois"


def test_a_polish_given_name_with_l_stroke_is_known() -> None:
    assert is_given_name("Małgorzata") and is_given_name("Stanisław")


def test_a_title_after_an_elided_article_opens_a_name() -> None:
    conv = chat(
        "Buongiorno, sono l’Avv. Giulia Ferri. Vorrei prenotare due posti per il corso serale "
        "di inglese, per me e una collaboratrice. Sarebbe possibile iniziare a marzo?"
    )
    assert extract(conv).name == "Giulia Ferri"
