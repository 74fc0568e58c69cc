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


# Reviews for sale: "100% echte 5-sterren reviews, vanaf € 4,95 per review", "we provide
# 5-star Google reviews": star ratings or a price per review, in the eight languages.
_REVIEWS = (
    r"reviews?|recensies?|reseñas?|avis|bewertung(?:en)?|rezension(?:en)?|recensioni|"
    r"recensione|avaliaç(?:ões|ão)|opini[ea]|opinii"
)
_STARS = r"(?:5|five|cinco|cinq|fünf|cinque|vijf|pięć)[- ]?(?:stars?|sterren|sterne[n]?|" + (
    r"estrellas|étoiles|stelle|estrelas|gwiazd\w*)"
)
_STAR_REVIEWS = re.compile(rf"\b{_STARS}\s+(?:google\s+)?(?:{_REVIEWS})\b")
_PER_REVIEW = re.compile(rf"\b(?:per|por|par|pro|za|al|a) (?:{_REVIEWS})\b")
_SELLER = re.compile(
    r"\b(?:we|wij|nous|wir|noi|nós|nosotros|my) (?:\w+ )?(?:provide|deliver|sell|offer|leveren|"
    r"verkopen|bieden|proporcionamos|vendemos|ofrecemos|fornecemos|vendons|proposons|fournissons|"
    r"liefern|verkaufen|bieten|vendiamo|offriamo|forniamo|dostarczamy|sprzedajemy|oferujemy)\b"
)
_PRICED = re.compile(r"[€$£]|\b(?:eur|usd|zł|gratis|free|grátis|gratuit\w*|kostenlos\w*)\b")


# Contact lists for sale: "een geverifieerde database met 50.000 e-mailadressen van MKB-
# bedrijven voor € 149", "base de datos de 20.000 empresas".
_LIST_SOLD = re.compile(
    r"\b(?:database|datenbank|base de (?:datos|dados|données)|banca dati|baza danych|"
    r"bestand|adressbestand|lista|liste|list)\s+(?:\w+\s+){0,2}?(?:met|de|of|mit|con|z|di|with|"
    r"avec|van|von)\s+(?:ponad\s+|over\s+|más de\s+|mais de\s+|plus de\s+|über\s+|oltre\s+)?"
    r"\d[\d.,]*\s*(?:k\s+)?(?:e-?mail\w*|adres\w*|address\w*|contact\w*|kontakt\w*|contatti|"
    r"leads?|empresas|bedrijven|firmen|unternehmen|aziende|entreprises|firm|companies|numer\w*)"
)


# what every review or list word holds: most chats hold none and are not searched
_STEMS_SOLD = re.compile(
    r"review|recensi|reseña|avis|bewertung|rezension|avalia|opini|data|base|bestand|list|baza|banca"
)


def sells_reviews(low: str) -> bool:
    """Return True when lower-cased `low` sells reviews (star reviews offered by the writer,
    or reviews priced one by one) or a list of contacts, with a price."""
    if _STEMS_SOLD.search(low) is None:
        return False
    if _LIST_SOLD.search(low) and _PRICED.search(low):
        return True
    if _PRICED.search(low) is None:
        return False
    return _PER_REVIEW.search(low) is not None or bool(
        _STAR_REVIEWS.search(low) and _SELLER.search(low)
    )
