"""Score a buyer who asked for something and can be reached as a strong lead.

Every labeller of the outside chats files a buyer who asks for a quote, a demo, a call
or a visit and leaves an email or a phone number "high" (246 of 258 such chats), as the
generator's story does; the quality head, unsure of new wording, puts some at 60-79,
where no alert fires. A lead the heads themselves read as a buyer (their best intent,
a strong question with contact details moved to a lead, or a refusal whose only "not"
described a fault or a condition, `spared.spare_askers`; never one spared from spam by
`spared.spare_buyers`), whose customer left contact details and names what a buyer asks
for (`concepts.lead_concept`), is scored REACHABLE_SCORE unless something a reader sees
speaks against it:

- a premium-rate or toll-free number (`phone_kind`: SMS scams give service numbers);
- spam evidence or a link (`concepts.spam_evidence`, `concepts.has_link`);
- a vendor's voice, offering their services to the reader (`model.vendor_voice`);
- a firm decline (`concepts.declines_firmly`: elsewhere, another firm, a price turned
  down; not "bought", which buyers say of what they need work on), which the last
  word may not have settled;
- more than REACHABLE_MAX_CHARS of customer text: chats are short (the longest of 289
  labelled buyers' texts is under 600 characters), adverts and mail merges are not.

A spam chat scored "high" raises an alert, which costs more trust than a medium buyer;
so each guard keeps the score as the heads gave it, and a chat kept out is never lower.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from model.concepts import declines_firmly, has_link, lead_concept, spam_evidence
from model.language import is_trained_language
from model.policy import LEAD_INTENTS
from model.types import Extraction
from model.vendor_voice import speaks_as_vendor

REACHABLE_SCORE = 80
# Read blind (Dutch, Polish: `train.train_blind`), the quality head is less sure (AUC
# 0.866 against 0.910 on the same chats read) and puts buyers at 40-59 as well.
BLIND_FLOOR = 40
REACHABLE_MAX_CHARS = 1000
REACHABLE_REASON = "asked for something and left a way to reach them"


def reachable_buyers(
    intents: np.ndarray,
    scores: np.ndarray,
    read_as_lead: np.ndarray,
    service: np.ndarray,
    texts: Sequence[str],
    extractions: Sequence[Extraction],
) -> np.ndarray:
    """Return a boolean mask of the conversations to score REACHABLE_SCORE.

    `intents` and `scores` are the filed intents and scores, `read_as_lead` whether the
    heads read a buyer (see above), `service` whether the chat gave a service number (the
    features' column), `texts` the customers' texts. Read blind, a candidate may score
    from BLIND_FLOOR; read in a trained language, from 60.
    """
    lift = np.zeros(len(texts), dtype=bool)
    candidates = (
        np.isin(intents, LEAD_INTENTS)
        & read_as_lead
        & (scores >= BLIND_FLOOR)
        & (scores < REACHABLE_SCORE)
    )
    for i in np.flatnonzero(candidates).tolist():
        x, text = extractions[i], texts[i]
        if scores[i] < 60 and is_trained_language(x.language):
            continue
        if service[i] or not (x.emails or x.phones) or len(text) > REACHABLE_MAX_CHARS:
            continue
        low = text.lower()
        if lead_concept(text) is None or spam_evidence(text) or has_link(low):
            continue
        lift[i] = not speaks_as_vendor(low) and not declines_firmly(text, bought=False)
    return lift
