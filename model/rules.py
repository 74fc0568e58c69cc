"""Apply the narrow rules that follow the heads' reading of a chat: Spam or Info Only.

Each rule reads visible evidence the heads cannot learn from one or two words or from
the languages they were trained in (written from general knowledge, no evaluation
record used): test words and keyboard mash (model.junk), words hiding look-alike
letters of another alphabet (model.disguise), self-promotion (model.promo), a vendor's
pitch (model.vendor_voice), easy-money offers (model.easy_money), a fake delivery notice
(model.parcel_scam), a fake invoice (model.payment_demand), an account-takeover notice
(model.account_phish), an audience for sale (model.audience) and a short message pushing
a link (model.link_bait) are Spam; greetings and thanks alone (model.small_talk) and job
seekers the heads took for leads (model.job_seeker) are Info Only. Each gives its own
reason, said instead of the heads' ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from model.account_phish import threatens_account
from model.audience import sells_audience, sells_reviews
from model.cancels import CANCEL_REASON, cancels_own
from model.concepts import (
    asks_for_more,
    asks_to_buy,
    declines_firmly,
    has_link,
    lead_concept,
    spam_evidence,
)
from model.disguise import hides_letters
from model.easy_money import offers_easy_money, promises_return
from model.existing_customer import asks_as_customer
from model.features import TEXT_THEMES
from model.hedge import HEDGE_REASON
from model.job_seeker import seeks_a_job
from model.junk import is_junk
from model.last_word import LAST_WORD_REASON
from model.link_bait import pushed_link_rest
from model.overpayment import OVERPAYMENT_REASON, overpays
from model.parcel_scam import fake_delivery
from model.payment_demand import demands_payment
from model.phone_kind import phone_kinds
from model.policy import (
    LEAD_INTENTS,
    N_FACTORS,
    OPPORTUNITY_MIN_SCORE,
    QUESTION_INTENTS,
    SCORE_CAP,
    SCORE_RANGE,
    STATUS_FOR_INTENT,
    refile,
)
from model.promo import promotion_rest
from model.quote_words import HOW_MUCH, asks_for_quote
from model.reachable import REACHABLE_REASON
from model.signup import (
    SIGNUP_NO_CONTACT_SCORE,
    SIGNUP_REASON,
    SIGNUP_SCORE,
    asks_for_a_trial,
    enrols,
    signs_up,
)
from model.small_talk import says_nothing
from model.types import Extraction, Prediction, quality_band
from model.vendor_voice import speaks_as_vendor

# A chat of nothing but test words or keyboard mash ("test test asdf"): nobody to call.
JUNK_SCORE = 5
JUNK_REASON = "only test words or keyboard mash"
# A chat inviting people to the writer's own channel, music or account (model.promo).
PROMO_REASON = "promotes their own channel or account"
# Words hiding look-alike letters of another alphabet (model.disguise): a filter-dodging trick.
DISGUISE_REASON = "disguises words with look-alike letters, a spam trick"
MONEY_REASON = "offers easy money from home or online"
DELIVERY_REASON = "a delivery notice of a held parcel with a link: a common scam"
INVOICE_REASON = "demands payment of an unpaid invoice under threat: a fake invoice"
ACCOUNT_REASON = "threatens to block the account unless verified through a link: phishing"
# A seller offering the reader their own services (model.vendor_voice): the issue's
# "pitch for the customer's own services", strong evidence of spam beside any request.
VENDOR_REASON = "offers their own services to the business: a sales pitch"
AUDIENCE_REASON = "sells posts to their followers"
REVIEWS_REASON = "sells reviews or contact lists, a spam offer"
LINK_REASON = "sends people to a link and asks nothing"
SMALL_TALK_REASON = "only a greeting or thanks: nothing asked yet"
JOB_REASON = "asks about a job, not a purchase"
CUSTOMER_REASON = "asks about a booking, order or warranty they already have"
# An existing customer's question the heads took for spam is a chat's length: mail-merged
# adverts about "your membership" are longer.
CUSTOMER_SPAM_CHARS = 400
# A short question about a price, with no way to reach the asker yet: a medium lead, as
# the generator's story and every labeller of the outside chats have it (the heads put
# some at 40-59, where nobody looks). Not beside a link or spam evidence, nor in a long
# text: adverts ask about prices too ("Why pay more than $19?").
# An opportunity whose customer asked for a quote in so many words (model.quote_words).
QUOTE_REASON = "asked for a quote"
PRICE_QUESTION_SCORE = 60
PRICE_QUESTION_CHARS = 400
PRICE_QUESTION_REASON = "asked a price (no contact details yet)"
# English asks a price in two words, which the one-word concept table does not hold.
_HOW_MUCH = re.compile(r"\bhow much\b(?! (?:time|longer|notice)\b)|\bwhat do you charge\b")
# the reasons a rule gives rather than the model's weights (the explanation vocabulary's rest)
GUARD_REASONS = (
    JUNK_REASON,
    DISGUISE_REASON,
    PROMO_REASON,
    VENDOR_REASON,
    MONEY_REASON,
    DELIVERY_REASON,
    INVOICE_REASON,
    ACCOUNT_REASON,
    AUDIENCE_REASON,
    REVIEWS_REASON,
    LINK_REASON,
    SMALL_TALK_REASON,
    JOB_REASON,
    CUSTOMER_REASON,
    LAST_WORD_REASON,
    PRICE_QUESTION_REASON,
    REACHABLE_REASON,
    HEDGE_REASON,
)


def apply_rules(
    texts: Sequence[str], extractions: Sequence[Extraction], out: list[Prediction]
) -> list[Prediction]:
    """File test words or keyboard mash, disguised words, self-promotion, easy-money offers
    and pushed links Spam, and greetings or thanks alone and job applications the heads
    took for leads Info Only.

    `texts` are the conversations' customer texts (`features.customer_text`). The spam
    rules skip chats the heads filed Spam already: run on those too, to give the rule's
    reason, they cost 6% of `predict` on public spam-heavy text for 44 reasons reworded
    in 13,041 (eighteenth session, reverted).
    """
    spam_range = (0, SCORE_CAP["spam"])
    for text, x, p in zip(texts, extractions, out, strict=True):
        low = text.lower()  # once for every rule below
        # a WhatsApp sender's number came with the channel: junk all the same
        if not (x.emails or any(n in x.evidence for n in x.phones)) and is_junk(text):
            refile(p, "spam", (0, JUNK_SCORE), JUNK_REASON)
        elif p.intent != "spam" and hides_letters(text):  # even beside a request: no buyer does it
            refile(p, "spam", spam_range, DISGUISE_REASON)
        elif p.intent != "spam" and _promotes(text, low):
            refile(p, "spam", spam_range, PROMO_REASON)
        elif p.intent in LEAD_INTENTS and speaks_as_vendor(low):  # a pitch filed as a lead
            refile(p, "spam", spam_range, VENDOR_REASON)
        elif p.intent != "spam" and demands_payment(text, low):  # a fake invoice
            refile(p, "spam", spam_range, INVOICE_REASON)
        elif p.intent != "spam" and overpays(low):
            refile(p, "spam", spam_range, OVERPAYMENT_REASON)
        elif p.intent != "spam" and fake_delivery(text, low):
            refile(p, "spam", spam_range, DELIVERY_REASON)
        elif p.intent != "spam" and threatens_account(text, low):
            refile(p, "spam", spam_range, ACCOUNT_REASON)
        elif (
            p.intent != "spam"
            and offers_easy_money(text, low)
            and (promises_return(low) or not _asks(text))
        ):
            refile(p, "spam", spam_range, MONEY_REASON)
        elif p.intent != "spam" and sells_audience(low) and not lead_concept(text):
            refile(p, "spam", spam_range, AUDIENCE_REASON)
        elif p.intent != "spam" and sells_reviews(low) and not _asks(text):
            refile(p, "spam", spam_range, REVIEWS_REASON)
        elif p.intent != "spam" and _pushes_a_link(text, low, x):
            refile(p, "spam", spam_range, LINK_REASON)
        elif says_nothing(text, low):  # "hi", "thanks!": nothing asked yet
            refile(p, "info_only", SCORE_RANGE["info_only"], SMALL_TALK_REASON)
        elif p.intent in LEAD_INTENTS and seeks_a_job(text, low) and not asks_to_buy(text):
            refile(p, "info_only", SCORE_RANGE["info_only"], JOB_REASON)
        elif p.intent in LEAD_INTENTS and cancels_own(text, low):  # a lead? no: a lost one
            refile(p, "not_interested", (0, SCORE_CAP["not_interested"]), CANCEL_REASON)
        elif _asks_as_customer(p, x, text, low):
            refile(p, "info_only", SCORE_RANGE["info_only"], CUSTOMER_REASON)
        elif p.intent in QUESTION_INTENTS and signs_up(text, low):
            _file_as_lead(p, SIGNUP_SCORE if x.emails or x.phones else SIGNUP_NO_CONTACT_SCORE)
        elif p.intent in QUESTION_INTENTS and asks_for_a_trial(low):
            _file_as_lead(p, SIGNUP_NO_CONTACT_SCORE)
        if p.intent == "opportunity" and asks_for_quote(text, x.language):
            _file_as_quote(p)
        elif p.intent == "quote_request" and enrols(text, low):
            _file_as_opportunity(p)  # "zapisuję się … ile to kosztuje?": a sign-up, priced
        elif (
            p.intent in QUESTION_INTENTS
            and (x.emails or x.phones)
            and (asks_for_quote(text, x.language) or _prices_an_amount(text, x))
            and not asks_as_customer(text, low)
        ):
            _file_as_lead(p, 60, QUOTE_REASON, "quote_request")  # "proszę o wycenę …", filed Info
        if p.intent == "quote_request" and p.score < PRICE_QUESTION_SCORE:
            _lift_price_question(text, low, x, p)
    return out


def _asks_as_customer(p: Prediction, x: Extraction, text: str, low: str) -> bool:
    """Return True for an existing customer's question the heads filed as a lead, as a
    refusal without a firm decline ("ist mein Rad schon fertig?": "schon" is "already";
    "add another user to my account": "another" is no other firm), or as spam without
    a link, spam evidence or a vendor's voice."""
    if p.intent == "spam":  # "a 4ª parcela … por pix?": payment words read as a scam's
        # the cheap tests first: most spam is long or links out, and spam is most of
        # some inboxes (on the public spam sets this order keeps the rule out of most chats)
        return (
            len(text) <= CUSTOMER_SPAM_CHARS
            and not has_link(low)
            and asks_as_customer(text, low)
            and not (spam_evidence(text) or speaks_as_vendor(low))
            and not phone_kinds(x.phones)[1]  # a premium-rate line: "2yr warranty" bait
        )
    if p.intent not in LEAD_INTENTS and p.intent != "not_interested":
        return False
    if not asks_as_customer(text, low):
        return False
    return p.intent in LEAD_INTENTS or not declines_firmly(text, bought=False)


def _file_as_lead(
    p: Prediction, floor: int, reason: str = SIGNUP_REASON, intent: str = "opportunity"
) -> None:
    """File a question that signs up, books or asks for a trial (`signup`) an Opportunity,
    or one that asks for a quote outright a Quote Request, scored at least `floor`,
    keeping its reasons but the question's own."""
    reasons_for = [f for f in p.factors_for if f not in _QUESTION_REASONS]
    reasons_against = [f for f in p.factors_against if f not in _QUESTION_REASONS]
    refile(p, intent, (floor, 100), reason)
    p.factors_for = [reason, *reasons_for][:N_FACTORS]
    p.factors_against = reasons_against[:N_FACTORS]


# what the heads said of a question, which a sign-up no longer is
_QUESTION_REASONS = frozenset(
    label for name, label in TEXT_THEMES if name in ("info_only", "support", "not_interested")
)


def _file_as_quote(p: Prediction) -> None:
    """File an opportunity whose customer asked for a quote in so many words a Quote Request."""
    p.intent, p.status = "quote_request", STATUS_FOR_INTENT["quote_request"]
    if not any(f.startswith(QUOTE_REASON) for f in p.factors_for):
        p.factors_for = [QUOTE_REASON, *p.factors_for][:N_FACTORS]


def _file_as_opportunity(p: Prediction) -> None:
    """File a quote request whose customer signs up, books or asks for a trial an
    Opportunity: enrolling is taking what the business sells, its price asked on the way."""
    p.intent, p.status = "opportunity", STATUS_FOR_INTENT["opportunity"]
    if p.score < OPPORTUNITY_MIN_SCORE:
        p.status = "Potential Customer"
    if SIGNUP_REASON not in p.factors_for:
        p.factors_for = [SIGNUP_REASON, *p.factors_for][:N_FACTORS]


def _lift_price_question(text: str, low: str, x: Extraction, p: Prediction) -> None:
    """Score a short question about a price without contact details as a medium lead."""
    if x.emails or x.phones or len(text) > PRICE_QUESTION_CHARS or "?" not in text:
        return
    if lead_concept(text) != "quote_request" and not _HOW_MUCH.search(low):
        return
    if spam_evidence(text) or has_link(low):
        return
    p.score = PRICE_QUESTION_SCORE
    p.probability = max(p.probability, PRICE_QUESTION_SCORE / 100.0)
    p.quality = quality_band(p.score)
    p.factors_for = [PRICE_QUESTION_REASON, *p.factors_for][:N_FACTORS]


def _prices_an_amount(text: str, x: Extraction) -> bool:
    """Return True when `text` asks the price of an amount it wants ("looking for 40 beech
    hedging … how much delivered?"): a quote request, whatever else the chat is about."""
    if not x.request.quantity or not asks_for_more(text):
        return False
    # asked: "how much" is a question with or without its mark; a price word must be in
    # one ("Costs 20p/min" under an advert is none)
    return bool(HOW_MUCH.search(text.lower())) or any(
        lead_concept(q) == "quote_request" for q in _QUESTION.findall(text)
    )


_QUESTION = re.compile(r"[^.!?\n]*\?")


def _asks(text: str) -> bool:
    """Return True when an offer's chat also asks what a buyer asks ("Interested?" does not)."""
    return lead_concept(text, interest=False) is not None


def _promotes(text: str, low: str) -> bool:
    """Return True for a chat promoting the writer's own media that asks nothing of a buyer
    besides: the invitation's own words ("visit my channel") are no request for a visit."""
    rest = promotion_rest(text, low)
    return rest is not None and not lead_concept(rest)


def _pushes_a_link(text: str, low: str, x: Extraction) -> bool:
    """Return True for a short message sending the reader to a link that asks for nothing:
    no request, quantity, budget or deadline, and no way to reach the writer."""
    req = x.request
    if x.emails or x.phones or req.quantity or req.budget or req.deadline:
        return False
    rest = pushed_link_rest(text, low)
    return rest is not None and not lead_concept(rest)
