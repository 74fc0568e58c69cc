"""Identify the language of chat text (py3langid) and list the six trained languages' stopwords.

Identification uses py3langid, whose naive Bayes model ships inside its package (loaded
once, on first use). The stopword lists stay: names.py uses them to tell a lower-case
word from a name.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)


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
# What every match of _NOISE holds: text without any is left as it is, unsearched.
_NOISE_PARTS = ("@", "://", "www.", ".com", ".net", ".org", ".io")
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
# Text with at least MIN_LETTERS letters, the least a language is read from.
ENOUGH_LETTERS = re.compile(rf"[^\W\d_](?:[\W\d_]*[^\W\d_]){{{MIN_LETTERS - 1}}}")


@cache
def _identifier():  # -> py3langid LanguageIdentifier (untyped library)
    """Return py3langid's identifier restricted to CANDIDATES (loaded once).

    Its packaged model is LZMA-compressed and takes most of a second to unpack, in
    every process that extracts; the unpacked, restricted arrays are therefore kept in
    the user's cache folder and mapped from there (a few milliseconds). The cache is
    derived from the installed package alone and rebuilt when it changes; where it
    cannot be written, the packaged model is unpacked as before.
    """
    from py3langid.langid import LanguageIdentifier

    folder = _cache_folder()
    arrays = _read_cache(folder) if folder else None
    if arrays is None:
        arrays = _unpack()
        if folder:
            _write_cache(folder, arrays)
    ptc, pc, classes, nextmove, rows, output = arrays
    return LanguageIdentifier(
        ptc,
        pc,
        classes,
        nextmove,
        np.asarray(output).tolist(),
        norm_probs=True,
        tk_row=np.asarray(rows).tolist(),
    )


_ARRAYS = ("ptc", "pc", "classes", "nextmove", "rows", "output")


def _unpack() -> tuple[Any, ...]:
    """Return the packaged model's arrays restricted to CANDIDATES (the slow path)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    full = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    full.set_languages([c for c in CANDIDATES if c in full.labels])
    return (
        # float32: numpy has no fast arithmetic on float16, and scoring sums rows of it
        np.ascontiguousarray(full.nb_ptc, dtype=np.float32),
        np.asarray(full.nb_pc, dtype=np.float32),
        np.asarray(full.nb_classes),
        np.frombuffer(full.tk_nextmove, dtype=f"u{full.tk_nextmove.itemsize}"),
        np.asarray(full.tk_row),
        np.asarray(full.tk_output, dtype=np.int32),
    )


def _cache_folder() -> Path | None:
    """Return the cache folder for this py3langid model and CANDIDATES, or None."""
    try:
        import py3langid
        from py3langid.langid import MODEL_FILE

        model = Path(py3langid.__file__).parent / MODEL_FILE
        stat = model.stat()
    except (ImportError, OSError, AttributeError):
        return None
    key = hashlib.sha256(
        f"{getattr(py3langid, '__version__', '')}|{stat.st_size}|{stat.st_mtime_ns}|"
        f"{','.join(CANDIDATES)}".encode()
    ).hexdigest()[:16]
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "leads" / f"langid-{key}"


def _read_cache(folder: Path) -> tuple[Any, ...] | None:
    """Return the cached arrays mapped read-only from `folder`, or None if unusable."""
    try:
        ptc, pc, classes, nextmove, rows, output = (
            np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in _ARRAYS
        )
        # py3langid walks its automaton one byte at a time: a memoryview indexes as fast
        # as the array it would build, without copying 40 MB.
        walk = memoryview(nextmove).cast("B").cast("I" if nextmove.itemsize == 4 else "H")
        if ptc.ndim != 2 or ptc.shape[1] != len(pc) or len(classes) != len(pc):
            return None
        # a plain array over the mapped file: indexing a memmap subclass costs more per call
        return np.asarray(ptc), np.array(pc), np.array(classes).tolist(), walk, rows, output
    except (OSError, ValueError, TypeError):
        return None


def _write_cache(folder: Path, arrays: tuple[Any, ...]) -> None:
    """Write `arrays` to `folder` whole or not at all (another process may race us)."""
    tmp = folder.with_name(f"{folder.name}.{os.getpid()}.tmp")
    try:
        tmp.mkdir(parents=True, exist_ok=True)
        for name, values in zip(_ARRAYS, arrays, strict=True):
            np.save(tmp / f"{name}.npy", np.asarray(values), allow_pickle=False)
        os.replace(tmp, folder)
    except OSError as exc:  # read-only home, full disk, a racing writer: only speed lost
        log.debug("language model cache not written (%s)", exc)
        shutil.rmtree(tmp, ignore_errors=True)


def language_ranking(text: str) -> list[tuple[str, float]]:
    """Return (ISO 639-1 code, probability) pairs for `text`, likeliest first."""
    return [(lang, float(p)) for lang, p in _identifier().rank(text)]


def detect_language(text: str, default: str = "en", replies: str = "") -> str:
    """Return the ISO 639-1 code of the language `text` is written in.

    Text with hardly any letters, or on which the identifier is unsure and no trained
    language is plausible, gets `default`; when unsure, the default wins if it is about
    as likely as the best guess. `replies`, what the other side wrote, settles an unsure
    best guess when it is written in that language: "ile za dj na wesele?" is too short
    to tell, a Polish answer to it is not.
    """
    # Addresses and links are not language ("com" is Portuguese for "with").
    clean = _NOISE.sub(" ", text) if any(part in text for part in _NOISE_PARTS) else text
    if not ENOUGH_LETTERS.search(clean):
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
    # the answer's language confirms the identifier's own best guess; it never overrules
    # it (a business may answer in its own language)
    if replies and detect_language(replies, default) == best:
        return best
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
