"""Say yes in the eight languages: the openings of a reply that accepts or confirms.

Read by the guards that need a customer's answer to the agent: a yes to an offer
(`model.accepted_offer`) and a confirmed read-back of a number (`model.read_back`).
Written from general knowledge of the eight languages.
"""

from __future__ import annotations

import re

from model.concepts import declines

# yes, fine, please, a thumbs-up
YES = (
    r"yes|yeah|yep|yup|sure|ok|okay|please|perfect|great|sounds good|"
    r"sí|si|claro|dale|vale|perfecto|genial|de una|sim|pode|pode ser|combinado|ótimo|"
    r"oui|ouais|d'accord|parfait|volontiers|avec plaisir|ja|jawohl|gerne|gern|klar|sicher|"
    r"perfekt|passt|certo|certamente|va bene|perfetto|volentieri|graag|prima|goed|top|"
    r"tak|jasne|chętnie|poproszę|super|świetnie"
)
# that's right: confirming what the agent read back
RIGHT = (
    r"correct|that's right|exactly|right|exacto|correcto|eso es|isso|exato|exatamente|exact|"
    r"c'est ça|c'est bien ça|genau|richtig|stimmt|korrekt|esatto|giusto|corretto|klopt|"
    r"juist|precies|zgadza się|zgadza|dokładnie"
)


def opening(words: str) -> re.Pattern[str]:
    """Return a pattern for a lower-cased reply that opens with one of `words` or 👍 👌."""
    return re.compile(rf"^\W*(?:{words})\b|^\W*(?:👍|👌)")


_YES = opening(YES)
# an email or a phone, as written or as the placeholders of the heads' texts
_REACH = re.compile(r"@|\bzz(?:phone|email|longnum)\b|\d(?:[\s./-]?\d){7}")


def agrees_with_contact(text: str) -> bool:
    """Return True when a message opens with a yes, leaves an email or a phone number and
    declines nothing: "Va bene, giovedì sono a casa, il mio cellulare è …" takes the offer
    up."""
    return (
        _YES.search(text.lower()) is not None
        and _REACH.search(text) is not None
        and not declines(text)
    )
