"""A buyer who leaves a way to reach them is a strong lead, however plainly they write.

The quality head reads the intent head's probabilities sharpened for chats read as
leads that left contact details (`predict.MIX_SHARPNESS`): on wording the corpus never used the intent head grows
unsure while its best guess stays right, and such buyers used to land at 70-79. These
chats were written for this test, in other words than any evaluation set.
"""

from __future__ import annotations

import numpy as np
import pytest

import model.predict as predict_module
from tests.model.chats import chat, verdict

AGENT_REPLY = ("agent", "Thanks, noted. We will get back to you today.")

BUYERS = {
    # 07911 123456: a valid UK mobile (the 07700 900xxx drama range this chat first used
    # is no number phonenumbers accepts, so the chat had no phone and scored 61-68)
    "en": "Hi, we need new gutters on a two-storey house in Bristol, could someone quote "
    "for it? Tom Hale, 07911 123456",
    "es": "Buenas, necesito que me paséis precio por pintar un piso de 90 m2 en Zaragoza. "
    "Soy Lucía Marín, 612 345 678",
    "fr": "Bonjour, pourriez-vous me chiffrer la pose d'un parquet dans un salon de 30 m² ? "
    "Julien Roux, 06 12 34 56 78",
    "de": "Hallo, was würde die Reparatur unserer Heizung kosten? Wir wohnen in Köln. "
    "Grüße, Jana Busch, 0171 2345678",
    "it": "Salve, mi servirebbe un preventivo per rifare il tetto di una villetta a Verona. "
    "Luca Ferri, 347 123 4567",
    "pt": "Olá, quanto fica a instalação de ar condicionado em dois quartos? Moro em Braga. "
    "Rita Sousa, 912 345 678",
}


def test_buyers_with_a_phone_number_score_high_in_every_trained_language() -> None:
    scores = {lang: verdict(chat(text, AGENT_REPLY)) for lang, text in BUYERS.items()}
    assert all(p.status in ("Quote Request", "Opportunity") for p in scores.values()), scores
    high = [lang for lang, p in scores.items() if p.score >= 80]
    assert len(high) >= 5, {lang: p.score for lang, p in scores.items()}


@pytest.mark.parametrize("lang", sorted(BUYERS))
def test_sharpening_never_lowers_a_lead(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    conv = chat(BUYERS[lang], AGENT_REPLY)
    sharpened = verdict(conv)
    monkeypatch.setattr(predict_module, "MIX_SHARPNESS", 1.0)
    plain = verdict(conv)
    assert sharpened.status == plain.status
    assert sharpened.score >= plain.score, (sharpened.score, plain.score)


def _mix_probabilities(monkeypatch: pytest.MonkeyPatch, conv: dict) -> np.ndarray:
    """Return the intent probabilities the quality head read for `conv`."""
    seen: list[np.ndarray] = []
    real = predict_module.intent_mix

    def spy(probs: np.ndarray, struct: np.ndarray) -> np.ndarray:
        seen.append(probs.copy())
        return real(probs, struct)

    monkeypatch.setattr(predict_module, "intent_mix", spy)
    verdict(conv)
    return seen[-1][0]


def test_the_quality_head_reads_a_leads_intent_sharpened(monkeypatch: pytest.MonkeyPatch) -> None:
    conv = chat(
        "hey, the boiler is making a banging noise, what would you charge to come out? "
        "Mike Dunn, mike.dunn@example.co.uk",
        AGENT_REPLY,
    )
    sharpened = _mix_probabilities(monkeypatch, conv)
    monkeypatch.setattr(predict_module, "MIX_SHARPNESS", 1.0)
    plain = _mix_probabilities(monkeypatch, conv)
    assert sharpened.argmax() == plain.argmax()
    assert sharpened.max() > plain.max()
    assert sharpened.sum() == pytest.approx(1.0)
    # softmax(3 x logits) is the plain probabilities cubed, renormalised
    assert sharpened == pytest.approx(plain**3 / (plain**3).sum(), rel=1e-6, abs=1e-9)


def test_a_buyer_without_contact_details_reads_plain_probabilities(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # only a buyer who left a way to reach them is read sharpened: comment spam read as
    # interest ("great video, check this") has no contact details and stays unsure
    conv = chat("hey, what would you charge to come out and look at the boiler?", AGENT_REPLY)
    sharpened = _mix_probabilities(monkeypatch, conv)
    monkeypatch.setattr(predict_module, "MIX_SHARPNESS", 1.0)
    assert _mix_probabilities(monkeypatch, conv) == pytest.approx(sharpened)


def test_a_question_is_scored_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    conv = chat("Do you open on Sundays? Anna, anna.k@example.org", AGENT_REPLY)
    sharpened = verdict(conv)
    monkeypatch.setattr(predict_module, "MIX_SHARPNESS", 1.0)
    assert verdict(conv).score == sharpened.score


QUESTIONS = [
    "Do you deliver on Saturdays?",
    "¿Tenéis aparcamiento para clientes?",
    "Vous acceptez les paiements par carte ?",
    "Haben Sie auch samstags geöffnet? Danke, Jonas Weber, jonas.weber@example.de",
    "Accettate pagamenti a rate?",
    "Vocês fazem entregas no Porto? Obrigada! Ana Lopes 912 345 678",
]


SUPPORT = [
    "My order #58213 was supposed to arrive last week, any update?",
    "Mi pedido 44120 llegó roto, ¿qué hago?",
    "Depuis la mise à jour je n'arrive plus à exporter mes factures en PDF.",
    "Meine Bestellung ORD-883312 ist noch nicht da. Jonas Weber, 0171 2345678",
    "Il mio abbonamento non si rinnova, potete controllare?",
    "Já sou cliente: como adiciono outro utilizador à minha conta?",
]
REPLY = {"question": "Yes, we do.", "support": "Let me check."}


@pytest.mark.parametrize(
    ("kind", "text"), [*(("question", t) for t in QUESTIONS), *(("support", t) for t in SUPPORT)]
)
def test_a_question_scores_in_the_low_band(kind: str, text: str) -> None:
    # a passing question is a weak lead by the corpus (48-60%) and an existing customer's
    # is filed Info Only too: low, never very low (spam, junk, refusals: nobody looks)
    # nor medium, whatever its length or contact details
    p = verdict(chat(text, ("agent", REPLY[kind])))
    if p.intent in ("info_only", "support"):
        assert p.status == "Info Only" and 40 <= p.score <= 59, p
    else:  # filed otherwise, the range does not apply; it must still not hide anyone
        assert p.status not in ("Spam", "Not Interested"), p


def test_most_information_questions_are_filed_info_only() -> None:
    intents = [verdict(chat(t, ("agent", REPLY["question"]))).intent for t in QUESTIONS]
    assert intents.count("info_only") >= 4, intents


def test_most_existing_customers_questions_are_read_as_support() -> None:
    intents = [verdict(chat(t, ("agent", REPLY["support"]))).intent for t in SUPPORT]
    assert intents.count("support") >= 4, intents
