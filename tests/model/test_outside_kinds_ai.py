"""Kinds read on outside set AI, tested in words of our own.

A presupuesto or an orçamento asked for is never Spam without evidence; "he never picks
up" is a condition on reaching someone, no refusal; a price turned down in a phrase, or a
quote answered with thanks given anyway, declines (a part turned down and the rest bought
does not); a state after "sono" in a reply to a name question is no name; a signature
block of four lines under the name, and a given name closing a message that gave a
number, name the writer.
"""

from __future__ import annotations

from model.extract import extract
from model.faults import without_faults
from model.quote_words import asks_for_offer
from tests.model.chats import assert_not_hidden, chat, verdict


def test_a_budget_asked_for_in_portuguese_is_no_spam() -> None:
    conv = chat(
        "Bom dia. Gostaríamos de receber um orçamento para formação em Excel para 12 "
        "colaboradores da área financeira, em horário pós-laboral, cerca de 30 horas.",
        ("agent", "Bom dia! Em regime presencial ou online?"),
        "Online. Com os melhores cumprimentos,\nJoana Pires\nDiretora Financeira\n"
        "Atlântico Seguros, S.A.\n21 410 2233 | joana.pires@atlantico-seguros.pt",
    )
    assert asks_for_offer(conv["messages"][0]["text"].lower(), "pt")
    p = verdict(conv)
    assert_not_hidden(p)
    assert p.status == "Quote Request", p


def test_a_number_nobody_answers_is_no_refusal() -> None:
    text = "O do meu marido é 936 221 784 mas ele nunca atende, liguem para mim."
    assert "nunca" not in without_faults(text)


def test_a_price_turned_down_in_a_phrase_after_information_declines() -> None:
    conv = chat(
        "Buongiorno, grazie per le informazioni sul corso di cucina, ma per ora lasciamo "
        "perdere, i prezzi sono troppo alti per noi. Buona giornata",
        ("agent", "Grazie a lei, a presto!"),
        "Grazie, saluti",
        contact={"name": "Carla", "phone": "+393471122334"},
    )
    assert verdict(conv).status == "Not Interested"


def test_a_part_turned_down_and_the_rest_bought_is_no_refusal() -> None:
    conv = chat(
        "Hallo, was kosten 500 Flyer A6 und 100 Plakate A2?",
        ("agent", "Flyer 39 €, Plakate 210 €."),
        "Die Plakate sind mir zu teuer, lass mal. Aber die Flyer nehm ich! Rechnung an "
        "info@cafe-sonne.de",
    )
    assert verdict(conv).status != "Not Interested"


def test_a_quote_answered_with_thanks_given_anyway_declines() -> None:
    conv = chat(
        "Hi, thanks for the quote for the garden fence. We've decided to use my brother-in-"
        "law, he's a joiner. Appreciate your time though!",
        ("agent", "No worries, all the best!"),
        "Thanks 🙂",
    )
    assert verdict(conv).status == "Not Interested"


def test_a_state_after_sono_in_a_reply_to_a_name_question_is_no_name() -> None:
    conv = chat(
        "ciao! vorrei provare una lezione di yoga",
        ("agent", "Certo! Come ti chiami?"),
        "Martina! scusa sono stanca morta oggi",
    )
    assert extract(conv).name == "Martina"


def test_a_signature_block_of_four_lines_under_the_name() -> None:
    conv = chat(
        "Buen día, solicitamos cotización de 40 sillas ergonómicas para oficina.\n\n"
        "Ing. Rodrigo Salinas Treviño\nJefe de Compras\nGrupo Norteño S.A. de C.V.\n"
        "Tel. 81 8123 4567\nrsalinas@gruponorteno.com.mx"
    )
    assert extract(conv).name == "Rodrigo Salinas Treviño"


def test_a_given_name_closing_a_message_that_gave_a_number() -> None:
    conv = chat(
        "ik wil graag een proefles salsa",
        ("agent", "Leuk! Zal ik je laten bellen?"),
        "ja graag, bel me op 06-18 44 72 90, liefst na 18u. Sanne",
    )
    assert extract(conv).name == "Sanne"
