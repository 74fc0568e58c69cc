"""Kinds read on fresh outside set S, tested in words of our own.

A buyer who tells of another firm's bad work and then agrees to a visit with their
number; only gathering prices; a trial lesson; stray keys between punctuation; postal,
snack-bar and accounts profiles; a home bought is no purchase from the business; a Dutch
reviews pitch; a name before a labelled address; formal "call me" forms as phone cues.
"""

from __future__ import annotations

import pytest

from model.existing_customer import asks_as_customer
from model.extract import extract
from model.hedge import ends_hedging
from model.junk import is_junk
from model.person_names import profile_name
from model.vendor_voice import speaks_as_vendor
from tests.model.chats import assert_not_hidden, chat, verdict

A = "agent"


def test_another_firms_bad_work_then_a_yes_with_a_number_is_a_buyer() -> None:
    conv = chat(
        "Buenos días, necesito un presupuesto para cambiar el suelo del salón, unos 30 m².",
        "El año pasado otra empresa nos lo dejó a medias, por eso quiero verlo todo claro.",
        (A, "Lo sentimos. Podemos pasar a medir sin compromiso el martes."),
        "Vale, el martes por la tarde estoy. Mi móvil es 612 345 678.",
    )
    p = verdict(conv)
    assert_not_hidden(p)
    assert p.status == "Quote Request", (p.status, p.score, p.top_factors)


def test_a_bare_thanks_after_going_with_another_firm_stays_a_refusal() -> None:
    conv = chat(
        "Hallo, ich hätte gern ein Angebot für neue Fenster.",
        (A, "Gerne, wir melden uns."),
        "Wir haben uns inzwischen für eine andere Firma entschieden.",
        (A, "Schade, trotzdem danke!"),
        "Ok, danke",
    )
    assert verdict(conv).status == "Not Interested"


@pytest.mark.parametrize(
    "last",
    [
        "thanks, just getting a few prices at the minute",
        "valeu, tô só pesquisando preço por enquanto",
        "danke, ich hole erst mal Angebote ein",
        "dzięki, na razie zbieram oferty",
    ],
)
def test_only_gathering_prices_puts_the_decision_off(last: str) -> None:
    assert ends_hedging(chat("How much for a new boiler?", (A, "From 2,400 fitted."), last))


@pytest.mark.parametrize(
    "first",
    [
        "hi! do you do a trial class for adult ballet beginners?",
        "olá, vocês têm aula experimental de natação pra criança?",
        "Hallo, kann ich bei euch ein Probetraining machen?",
    ],
)
def test_asking_for_a_trial_lesson_and_taking_a_slot_is_an_opportunity(first: str) -> None:
    conv = chat(first, (A, "Yes! Tuesday 6pm or Thursday 5pm?"), "Thursday 5pm please")
    assert verdict(conv).status in ("Opportunity", "Potential Customer")


def test_stray_keys_between_punctuation_beside_mash_are_junk() -> None:
    assert is_junk("ffffffgggg\nl.,ñk")
    assert not is_junk("k,.l")  # a burst alone says too little
    assert not is_junk("asdf don't")


@pytest.mark.parametrize(
    "profile", ["Correos", "Poczta Polska", "Snackbar Het Hoekje", "Buchhaltung", "Marcos Obras"]
)
def test_postal_snack_bar_accounts_and_works_profiles_name_no_one(profile: str) -> None:
    assert profile_name(profile) is None


@pytest.mark.parametrize(
    "text",
    [
        "we hebben een woning gekocht in Gent, kunnen jullie de badkamer komen bekijken?",
        "we bought a house last month, could you quote for new carpets?",
        "compramos un piso y queremos reformar la cocina, ¿podéis venir a verlo?",
    ],
)
def test_a_home_bought_is_no_purchase_from_the_business(text: str) -> None:
    assert not asks_as_customer(text)


def test_a_dutch_reviews_pitch_is_a_vendors_voice() -> None:
    text = "Wij helpen tandartsen met het verzamelen van reviews. Zal ik u ons voorstel sturen?"
    assert speaks_as_vendor(text.lower())
    assert not speaks_as_vendor("wij helpen je graag met het uitzoeken van de kleur")


def test_a_name_before_a_labelled_address() -> None:
    conv = chat("Piątek 10:00 pasuje. Anna Nowak, mail anna.nowak@onet.pl")
    assert extract(conv).name == "Anna Nowak"


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Va bene. Mi chiami al 055 234 5678 nel pomeriggio.", "+390552345678"),
        ("D'accord, vous pouvez me contacter au 04 78 12 34 56.", "+33478123456"),
    ],
)
def test_a_landline_after_a_formal_call_me_is_read(text: str, phone: str) -> None:
    opener = {
        "+39": "Buongiorno, vorrei un preventivo per tinteggiare un ufficio di 80 metri quadri.",
        "+33": "Bonjour, je voudrais un devis pour repeindre un bureau de 80 mètres carrés.",
    }[phone[:3]]
    assert phone in extract(chat(opener, text)).phones


def test_wont_is_no_prize_won() -> None:
    from model.concepts import concept_tokens, spam_evidence

    assert not spam_evidence("it has to sync with our CRM, the boss won't budge on that")
    assert "zzcprize" not in concept_tokens("we won’t need the van after all")
    assert spam_evidence("Congratulations, you won a free cruise!")


def test_a_demo_request_that_says_wont_is_scored_as_a_buyer() -> None:
    conv = chat(
        "hi, we're a 9 person electrical firm and keen to see a demo of your quoting tool",
        (A, "Happy to! Any must-haves?"),
        "it must export to MYOB, our accountant won't change. Sam Reid, sam@reidelectrical.com",
    )
    p = verdict(conv)
    assert p.status in ("Opportunity", "Potential Customer") and p.score >= 60, (
        p.status,
        p.score,
        p.top_factors,
    )
