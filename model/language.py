"""Guess the language of short chat text from stopwords (en, es, it, pt, fr, de)."""

from __future__ import annotations

import re


def _words(text: str) -> list[str]:
    """Return the whitespace-separated words of `text` (keeps word tables readable)."""
    return text.split()


# Short, very frequent function words; words shared by several languages are kept only
# where they are distinctive enough, since each hit counts once per occurrence.
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        _words(
            """
            the and is are you your i i'm my me we our to of for with this that it have has
            would could please thanks thank hi hello want need can what how do does not be
            will looking interested about hey guys u any just get quote much
            """
        )
    ),
    "es": frozenset(
        _words(
            """
            el la los las y es son usted tu mi yo nosotros para por con esto eso tengo
            quiero necesito gracias hola buenos buenas qué cómo que del al una un pero muy
            también estoy soy llamo puedo podría precio favor
            """
        )
    ),
    "it": frozenset(
        _words(
            """
            il lo gli la le e è sono lei tu mio io noi per con questo quello ho vorrei grazie ciao
            quanto dove quando perché qual nel nella alla sul delle
            buongiorno salve che come del della di un una ma molto anche chiamo posso
            potrebbe prezzo favore non
            """
        )
    ),
    "pt": frozenset(
        _words(
            """
            o os as e é são você meu eu nós para por com isso este tenho quero preciso
            obrigado obrigada olá oi bom boa que como do da dos um uma mas muito também
            estou sou chamo posso poderia preço favor não
            """
        )
    ),
    "fr": frozenset(
        _words(
            """
            le la les et est sont vous tu mon je nous pour par avec ceci cela ai veux
            voudrais besoin merci bonjour salut que comment du des un une mais très aussi
            suis appelle peux pourriez prix plaît ne pas
            """
        )
    ),
    "de": frozenset(
        _words(
            """
            der die das und ist sind sie du mein ich wir für mit dies das habe möchte
            brauche danke hallo guten was wie von dem den ein eine aber sehr auch bin heiße
            kann könnten preis bitte nicht
            """
        )
    ),
}
# Every stopword of every language: no lower-case word here is part of a name.
COMMON_WORDS: frozenset[str] = frozenset().union(*_STOPWORDS.values())
_NOISE = re.compile(r"\S*@\S+|https?://\S+|www\.\S+|\S+\.(?:com|net|org|io)\b")
_WORD = re.compile(r"[a-zà-öø-ÿ']+")
_LANGS = tuple(_STOPWORDS)
# One look-up per word instead of six.
_INDEX: dict[str, tuple[str, ...]] = {}
for _lang, _members in _STOPWORDS.items():
    for _word in _members:
        _INDEX[_word] = (*_INDEX.get(_word, ()), _lang)


def detect_language(text: str, default: str = "en") -> str:
    """Return the ISO 639-1 code (en, es, it, pt, fr, de) whose stopwords best fit `text`.

    Ties and text without any stopword fall back to `default`.
    """
    scores = dict.fromkeys(_LANGS, 0)
    # Addresses and links are not language ("com" is Portuguese for "with").
    for word in _WORD.findall(_NOISE.sub(" ", text.lower())):
        for lang in _INDEX.get(word, ()):
            scores[lang] += 1
    best = max(_LANGS, key=lambda lang: scores[lang])
    if scores[best] == 0:
        return default
    if scores.get(default, 0) == scores[best]:
        return default
    return best
