"""Tell a chat that holds nothing but test words or keyboard mash ("test test asdf").

Somebody trying the widget, a bot probing it, a cat on the keyboard: nobody to call, and
a salesperson files it as Spam. The model reads words it has seen; "asdf" it has not,
and with no spam cue it would file such a chat Info Only. The check is deliberately
narrow: every word must be junk, and a chat that left an email or a phone number is
never junk (a real person testing still left a way to reach them).
"""

from __future__ import annotations

import re

from model.small_talk import SMALL_TALK

# "test" in the languages of the chats we see, and filler that only ever means a test
_TEST_WORDS = frozenset(
    [
        "test",
        "tests",
        "testing",
        "tester",
        "testje",
        "teste",
        "testes",
        "testando",
        "prueba",
        "pruebas",
        "probando",
        "prova",
        "provando",
        "essai",
        "essais",
        "testen",
        "probe",
        "proba",
        "próba",
        "sprawdzam",
        "lorem",
        "ipsum",
        # a tester's "it works" after the probe: "ok funziona 👍", "works!", "działa"
        "works",
        "working",
        "funciona",
        "funziona",
        "fonctionne",
        "funktioniert",
        "werkt",
        "działa",
        "dziala",
        "foo",
        "baz",
        "qux",
    ]
)
# letter rows of the common keyboard layouts, read both ways: QWERTY (US, UK), the
# national QWERTY rows that end in their own letters (Spanish ñ, Portuguese ç, Italian
# ò à ù, Nordic ö ä / ø æ), German QWERTZ (ü, ö ä) and French AZERTY (ù)
_ROWS = (
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "asdfghjklñ",
    "asdfghjklç",
    "asdfghjklòàù",
    "asdfghjklöä",
    "asdfghjkløæ",
    "azertyuiop",
    "qsdfghjklmù",
    "wxcvbn",
    "qwertzuiopü",
    "yxcvbnm",
)
_RUNS = (*_ROWS, *(row[::-1] for row in _ROWS))
# three adjacent keys are mash only where a hand starts mashing ("asd", "qwe"); other
# three-key runs are words too often ("tre", "poi", "ert")
_RUN_STARTS = frozenset({"qwe", "asd", "zxc", "aze", "qsd", "wxc", "yxc", "jkl", "lkj"})
_WORD = re.compile(r"[^\W_]+")
# letters with punctuation struck between them, six letters at most (not "don't")
_BURST_INSIDE = re.compile(r"[^\W\d_][^\w\s'’-]+[^\W\d_]")  # cheap test for a burst
_BURST = re.compile(r"(?=(?:[^\W\d_][^\w\s]*){1,6}$)[^\W\d_]+[^\w\s'’-]+[^\W\d_][^\s]*")
# A greeting or a thanks (model.small_talk's words) around two test words or more
# ("test", "asdfghjk", "hallo?") says nothing more; as many of them as junk words at most.
# "hello test" stays a person who may follow up, "hi" alone small talk.
MIN_JUNK_BESIDE_GREETING = 2
MIN_RUN = 3
MAX_WORDS = 12
MAX_CHARS = 200


def _is_mash(word: str) -> bool:
    """Return True for a run of adjacent keys ("asdf", "lkjh") or one key held ("aaaa")."""
    if len(word) >= MIN_RUN and len(set(word)) == 1:
        return True
    if len(word) < MIN_RUN or not word.isalpha():
        return False
    if len(word) == MIN_RUN:
        return word in _RUN_STARTS
    if any(word in run for run in _RUNS) or _mash_runs(word) or _drummed(word):
        return True
    if word[-1] != word[-2]:
        return False  # most words: no key held at the end, so neither held-key shape
    # the last key held down ("asdfghjkllll")
    held = word.rstrip(word[-1]) + word[-1]
    if len(held) > MIN_RUN and _is_mash(held):
        return True
    # a few keys each held in turn, near or not ("jjjjkkkkklll", "jjjjjkkkkòòò"): no word
    # is made so
    if len(word) < MIN_HELD_BLOCKS_CHARS or len(set(word)) > 3:
        return False
    blocks = [m.group() for m in _HELD_ANY.finditer(word)]
    return (
        2 <= len(blocks) <= 3
        and all(len(b) >= 2 for b in blocks)
        and len({b[0] for b in blocks}) == len(blocks)
    )


MIN_DRUMMED = 6
_HELD_ANY = re.compile(r"(.)\1*")
MIN_HELD_BLOCKS_CHARS = 6


MIN_HELD = 5


def _drummed(word: str) -> bool:
    """Return True for two neighbouring keys struck in turn ("jkjkjk", "dfdfdfdf") or held
    one after the other ("jjjjkkk", "kkkjjjj")."""
    pair = word[:2]
    if (
        len(word) >= MIN_DRUMMED
        and pair[0] != pair[1]
        and word == pair * (len(word) // 2) + pair[: len(word) % 2]
        and any(pair in run for run in _RUNS)
    ):
        return True
    keys = set(word)
    if len(word) < MIN_HELD or len(keys) != 2:
        return False
    a, b = sorted(keys)
    held = word.rstrip(word[-1])  # the first key's block, then the second's
    return held == word[0] * len(held) and any(a + b in run or b + a in run for run in _RUNS)


def _mash_runs(word: str) -> bool:
    """Return True when `word` is two or more keyboard runs typed one after another."""
    # "asdfjkl", "qweasd": split greedily into runs of at least MIN_RUN keys
    i = 0
    while i < len(word):
        best = 0
        for run in _RUNS:
            j = i + MIN_RUN
            while j <= len(word) and word[i:j] in run:
                best = max(best, j - i)
                j += 1
        if best < MIN_RUN:
            return False
        i += best
    return True


def is_junk(text: str) -> bool:
    """Return True when every word of `text` is a test word, a number or keyboard mash, or
    a greeting beside at least as many of them, two or more ("test asdfghjk hallo?").

    At least one word must be a test word or mash: "123" alone, or an empty text, is not
    judged here.
    """
    if len(text) > MAX_CHARS:  # a probe is short; this keeps long chats at no cost
        return False
    low = text.lower()
    counts = _counts(_WORD.findall(low))
    if counts is None and len(low.split()) <= MAX_WORDS and _BURST_INSIDE.search(low):
        # keys struck between punctuation ("ò.,òlp", "k,.l"): a stray burst, neither junk
        # nor a word; it counts for nothing, so a burst alone is never junk
        chunks = low.split()
        counts = _counts([w for c in chunks if not _BURST.fullmatch(c) for w in _WORD.findall(c)])
    if counts is None:
        return False
    junk, greetings = counts
    if greetings:
        return junk >= max(greetings, MIN_JUNK_BESIDE_GREETING)
    return junk > 0


def _counts(words: list[str]) -> tuple[int, int] | None:
    """Return (junk words, greetings) of `words`, or None when one is neither nor a number."""
    if not words or len(words) > MAX_WORDS:
        return None
    junk = greetings = 0
    for word in words:
        if word in _TEST_WORDS or _is_mash(word):
            junk += 1
        elif word in SMALL_TALK:
            greetings += 1
        elif not word.isdigit():
            return None
    return junk, greetings
