"""Identify the language of chat text (py3langid) and list the six trained languages' stopwords.

Identification uses py3langid, whose naive Bayes model ships inside its package (loaded
once, on first use). The stopword lists stay: names.py uses them to tell a lower-case
word from a name.
"""

from __future__ import annotations

import contextlib
import re
from functools import cache


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
_LETTERS = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Letters outside Latin script (Greek, Cyrillic, Arabic, CJK ...): left to the identifier.
_NON_LATIN = re.compile(r"[^\W\d_\u0000-\u024f\u1e00-\u1eff]")
# word -> the trained languages it is a function word of
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words_of in _STOPWORDS.items():
    for _w in _words_of:
        _LANGUAGES_OF[_w] = (*_LANGUAGES_OF.get(_w, ()), _lang)
# The languages the scoring model was trained on; any other is still identified, so
# that `show` can say the intent was read without that language's words.
TRAINED_LANGUAGES: tuple[str, ...] = tuple(_STOPWORDS)
# Languages a customer chat here may plausibly be in. Restricting the identifier to them
# keeps short European messages from being read as a rare neighbour (Galician for
# Spanish, Afrikaans for Dutch), which the full 97-language model does on a few words.
CANDIDATES: tuple[str, ...] = (
    *TRAINED_LANGUAGES,
    *_words(
        "nl pl ca ro sv da no fi cs sk hu tr el ru uk bg hr sl lt lv et ar he fa hi zh ja ko id ms vi th"
    ),
)
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "fr": "French",
    "de": "German", "nl": "Dutch", "pl": "Polish", "ca": "Catalan", "ro": "Romanian",
    "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish", "cs": "Czech",
    "sk": "Slovak", "hu": "Hungarian", "tr": "Turkish", "el": "Greek", "ru": "Russian",
    "uk": "Ukrainian", "bg": "Bulgarian", "hr": "Croatian", "sl": "Slovenian",
    "lt": "Lithuanian", "lv": "Latvian", "et": "Estonian", "ar": "Arabic", "he": "Hebrew",
    "fa": "Persian", "hi": "Hindi", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "id": "Indonesian", "ms": "Malay", "vi": "Vietnamese", "th": "Thai",
}  # fmt: skip
# Below this probability the identifier is guessing: a trained language that is at
# least plausible, or else the caller's default (the sender's country), is the answer.
CONFIDENT = 0.6
PLAUSIBLE = 0.15
MIN_LETTERS = 4


@cache
def _identifier():  # -> py3langid LanguageIdentifier (untyped library)
    """Return py3langid's identifier restricted to CANDIDATES (loaded once, ~1 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages([c for c in CANDIDATES if c in identifier.labels])
    # The identifier keeps its full 97-language matrix to allow set_languages(None);
    # we never widen again, and dropping it saves about 20 MB in every process.
    # (Another py3langid layout may refuse the attribute: only memory is at stake then.)
    with contextlib.suppress(AttributeError):
        identifier._full_model = (identifier.nb_ptc, identifier.nb_pc, identifier.nb_classes)
    return identifier


def language_ranking(text: str) -> list[tuple[str, float]]:
    """Return (ISO 639-1 code, probability) pairs for `text`, likeliest first."""
    return [(lang, float(p)) for lang, p in _identifier().rank(text)]


def detect_language(text: str, default: str = "en") -> str:
    """Return the ISO 639-1 code of the language `text` is written in.

    Text with hardly any letters, or on which the identifier is unsure and no trained
    language is plausible, gets `default`; when unsure, the default wins if it is about
    as likely as the best guess.
    """
    # Addresses and links are not language ("com" is Portuguese for "with").
    clean = _NOISE.sub(" ", text)
    if len(_LETTERS.findall(clean)) < MIN_LETTERS:
        return default
    clear = clear_stopword_language(clean)
    if clear is not None:
        return clear
    ranking = language_ranking(clean)
    best, p_best = ranking[0]
    if p_best >= CONFIDENT:
        return best
    probs = dict(ranking)
    if probs.get(default, 0.0) * 2 >= p_best:
        return default
    trained = max(TRAINED_LANGUAGES, key=lambda lang: probs.get(lang, 0.0))
    return trained if probs.get(trained, 0.0) >= PLAUSIBLE else default


def clear_stopword_language(text: str) -> str | None:
    """Return the trained language whose function words clearly dominate `text`, else None.

    Clearly: at least 3 hits, a fifth of the words, and twice the runner-up, in Latin
    script. A chat that plain is decided without the identifier (a fifth of the cost of
    extraction), and the identifier's weak spot, text typed in capitals, is read right.
    """
    words = _WORD.findall(text.lower())
    if len(words) < 3 or len(_NON_LATIN.findall(text)) * 10 > len(words):
        return None
    hits = dict.fromkeys(TRAINED_LANGUAGES, 0)
    for word in words:
        for language in _LANGUAGES_OF.get(word, ()):
            hits[language] += 1
    ranked = sorted(hits.items(), key=lambda kv: kv[1], reverse=True)
    (best, n_best), (_, n_second) = ranked[0], ranked[1]
    if n_best >= 3 and n_best * 5 >= len(words) and n_best >= 2 * n_second:
        return best
    return None


def is_trained_language(language: str) -> bool:
    """Return True if the scoring model was trained on text in `language`."""
    return language in TRAINED_LANGUAGES


def language_name(language: str) -> str:
    """Return the English name of an ISO 639-1 code (the code itself if unknown)."""
    return LANGUAGE_NAMES.get(language, language)
