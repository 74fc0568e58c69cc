"""Kinds read on fresh outside set V, tested in words of our own.

Belgian legal words place a number; a changed address replaces the old one; a refund
asked after cancelling; the occasion called off or the decision taken; writing back
about a quote one asked for; the board to ask first; an address is no name; a few keys
held in turn; photo studios; "zapiszcie mnie, <name>"; an existing customer who leaves.
"""

from __future__ import annotations

import pytest

from model.concepts import declines
from model.extract import extract
from model.hedge import ends_hedging
from model.junk import is_junk
from model.person_names import profile_name
from tests.model.chats import chat, verdict

A = "agent"


def test_a_belgian_non_profit_reads_a_belgian_mobile() -> None:
    conv = chat(
        "Bonjour, un devis pour 200 flyers pour l'ASBL du quartier ? Appelez-moi au 0478 11 22 33"
    )
    assert extract(conv).phones == ["+32478112233"]


def test_a_changed_address_replaces_the_form_one() -> None:
    conv = chat(
        "Bonjour, où en est mon dossier ?",
        (A, "Je transmets."),
        "Merci. J'ai changé d'adresse e-mail : utilisez claire.dupuis@laposte.net",
    )
    conv["contact"] = {"name": "Claire Dupuis", "email": "c.dupuis@oldmail.fr"}
    assert extract(conv).emails == ["claire.dupuis@laposte.net"]


def test_asking_for_the_deposit_back_after_cancelling_holds_the_decline() -> None:
    from model.last_word import _held_decline

    said = ["Sorry, we have to cancel the van hire.", "Is the deposit refundable?", "ok thanks"]
    assert _held_decline(said) is not None
    asked = ["Sorry, we have to cancel the van hire.", "Could you do the 20th instead?", "ok"]
    assert _held_decline(asked) is None


@pytest.mark.parametrize(
    "text",
    [
        "het feest gaat helaas niet door",
        "the conference has been called off, sorry",
        "die Feier findet leider nicht statt",
        "dziękuję, ale decyzja już zapadła",
    ],
)
def test_the_occasion_off_or_the_decision_taken_declines(text: str) -> None:
    assert declines(text)


def test_writing_back_about_a_quote_one_asked_for_to_call_it_off() -> None:
    text = (
        "Hallo, we hadden een offerte aangevraagd voor het schilderwerk, maar het project "
        "gaat niet door. Bedankt voor de moeite!"
    )
    assert (
        verdict(chat(text, (A, "Jammer, bedankt voor het laten weten."))).status == "Not Interested"
    )


def test_the_board_to_ask_first_puts_it_off() -> None:
    last = "Stuur maar door, ik moet het eerst nog voorleggen aan het bestuur."
    assert ends_hedging(chat("Wat kosten 30 trainingspakken?", (A, "€ 32 per stuk."), last))


def test_an_address_opening_the_answer_is_no_name() -> None:
    conv = chat(
        "quanto per un trasloco sabato?",
        (A, "Mi dà un nome per la prenotazione?"),
        "via appia 40, citofono rossi",
    )
    assert extract(conv).name is None


def test_a_few_keys_each_held_in_turn_are_mash() -> None:
    assert is_junk("prova\nhhhhhggggfff")
    assert not is_junk("hahahaha")


def test_a_photo_studio_profile_names_no_one() -> None:
    assert profile_name("Marta Ruiz Foto") is None


def test_the_name_after_signing_up() -> None:
    conv = chat("Zapiszcie mnie, Katarzyna Wójcik. Przyjdę podpisać umowę.")
    assert extract(conv).name == "Katarzyna Wójcik"


def test_an_existing_customer_who_leaves_in_a_phrase_is_not_interested() -> None:
    conv = chat(
        "Dzień dobry, od roku zamawiamy u Państwa kawę do biura, ale nowe ceny to dla nas za "
        "dużo. Rezygnujemy od czerwca.",
        (A, "Czy możemy zaproponować rabat?"),
        "Dziękuję, ale decyzja już zapadła.",
    )
    assert verdict(conv).status == "Not Interested"
