"""Tell a chat that sells its writer's audience: posts or stories to so many followers.

An influencer pitching a paid story to a business ("lifestyle creator, 25k followers:
a story about your shop for 200 €") asks nothing a buyer asks, but a price, a phone and
a friendly tone read like interest to the heads (the outside writers and the issue file
it Spam). What it reads, in the eight languages (general knowledge, no evaluation
record used): a count of the writer's followers or subscribers, and in the same chat a
collaboration, a sponsored post, a story or reel, or a fee. The caller files a match
Spam only when the chat names no request a buyer makes.
"""

from __future__ import annotations

import re

_COUNT = r"\d[\d.,]*\s?(?:k|m|mil|tys\.?|tsd\.?|thousand|mille|tausend|duizend)?"
_AUDIENCE = (
    r"followers?|followern|seguidores|abonnés|abonnes|abonnenten|iscritti|inscritos|"
    r"subscribers|suscriptores|volgers|obserwujących|obserwujacych|obserwatorów|fans"
)
_FOLLOWED = re.compile(rf"(?<![\w.,]){_COUNT}\s*(?:{_AUDIENCE})\b")
_FOR_SALE = re.compile(
    r"\b(?:collab\w*|colab\w*|cooperation|kooperation\w*|partnership|partenariat|"
    r"parceria|collaborazione|samenwerking|współprac\w*|sponsor\w*|patrocin\w*|"
    r"story|stories|reels?|post|posts|shout-?out|promo\w*)\b|[€$£]|\b(?:eur|usd|zł)\b"
)


# What every audience word holds: a text without any is not searched (nearly every chat).
_STEMS = ("follow", "seguidor", "abonn", "iscritt", "inscrit", "subscri", "suscrip", "volger",
          "obserw", "fans")  # fmt: skip


def sells_audience(low: str) -> bool:
    """Return True when lower-cased `low` counts the writer's followers and offers posts or a fee."""
    if not any(stem in low for stem in _STEMS):
        return False
    return _FOLLOWED.search(low) is not None and _FOR_SALE.search(low) is not None
