"""Say what each intent is filed as and which scores it may take (the filing policy).

Shared by the heads' reading (model.predict) and the narrow rules after it
(model.rules), so both file a chat the same way.
"""

from __future__ import annotations

from model.types import Prediction, quality_band

STATUS_FOR_INTENT = {
    "quote_request": "Quote Request",
    "opportunity": "Opportunity",
    "info_only": "Info Only",
    "support": "Info Only",
    "not_interested": "Not Interested",
    "spam": "Spam",
}
# Neither a spam nor a not-interested conversation reaches "low" (40): very low is for
# what nobody should chase (spam, junk, refusals), as each labeller of the hand and
# outside chats files all 31 of their refusals (nineteenth session; it was 59 before).
SCORE_CAP = {"spam": 39, "not_interested": 39}
# The narrow guard of "never hide a buyer": a conversation the model files as a quote
# request or an opportunity (after spared.spare_buyers and _promote_lead_questions) is never
# scored below "low" (40), where nobody would look; the model itself decides the intent.
# A question, a passing one or an existing customer's, is low (DATA_CARD.md): never
# "very low", which is for what nobody should look at (spam, junk, refusals).
LEAD_INTENTS, QUESTION_INTENTS = ("quote_request", "opportunity"), ("info_only", "support")
SCORE_RANGE = dict.fromkeys(LEAD_INTENTS, (40, 100)) | dict.fromkeys(QUESTION_INTENTS, (40, 59))
OPPORTUNITY_MIN_SCORE = 60
# Reasons shown with a score, on each side (for and against).
N_FACTORS = 3


def refile(p: Prediction, intent: str, scores: tuple[int, int], reason: str) -> None:
    """File `p` as `intent` with its score kept inside `scores` and `reason` as the reason."""
    floor, ceiling = scores
    p.intent, p.status = intent, STATUS_FOR_INTENT[intent]
    p.score = min(max(p.score, floor), ceiling)
    p.probability = min(max(p.probability, floor / 100.0), ceiling / 100.0)
    p.quality = quality_band(p.score)
    p.factors_for = []
    p.factors_against = [reason]
