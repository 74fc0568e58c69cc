"""model.text.openings: a lookahead that only rules out positions where nothing can match."""

from __future__ import annotations

import random
import re

import pytest

from model.decline_phrases import DECLINE_PHRASES
from model.name_cues import REGARDS, SIGN_OFF, STRONG_CUES, WEAK_CUES
from model.text import by_first_letter, openings


def test_groups_alternatives_by_their_first_two_characters() -> None:
    assert openings("abc|abd|x") == "(?=a[b]|x)"
    assert openings("a?b|c") == "(?=a[b]|b|c)"


@pytest.mark.parametrize("pattern", [r"\w+", "(?i:ab)", "a*b", ".x", ""])
def test_gives_no_lookahead_for_a_pattern_it_cannot_read(pattern: str) -> None:
    assert openings(pattern) == ""


def _texts_of(pattern: str, word: str, extra: list[str], seed: int, n: int) -> list[str]:
    """Return `n` random texts of one to eight of `pattern`'s literal words and `extra`."""
    words = [*re.findall(word, pattern), *extra]
    rng = random.Random(seed)
    return [" ".join(rng.choice(words) for _ in range(rng.randint(1, 8))) for _ in range(n)]


@pytest.mark.parametrize("pattern", [STRONG_CUES, WEAK_CUES, SIGN_OFF, REGARDS, "ab|a|abc?d"])
def test_the_lookahead_never_changes_what_matches(pattern: str) -> None:
    texts = _texts_of(pattern, r"[^|()?:]+", ["a", "ab", "zz", "my", "me", "i"], seed=7, n=400)
    plain = re.compile(rf"\b(?:{pattern})")
    fast = re.compile(rf"\b{openings(pattern)}(?:{pattern})")
    assert openings(pattern)  # these alternations are readable
    for text in texts:
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]


def test_the_guards_long_patterns_keep_their_lookahead() -> None:
    # one "\d" or other class in an alternative costs a whole pattern its lookahead,
    # which made the existing-customer search 4x slower on every lead (twenty-third
    # session); each of these is read on most chats
    from model import concepts, existing_customer, hedge, vendor_voice

    for pattern in (
        existing_customer._EXISTING,
        concepts._MAY_DECLINE,
        vendor_voice._PITCH,
        hedge._HEDGE,
    ):
        assert pattern.pattern.startswith(r"\b(?="), pattern.pattern[:60]


def test_grouping_by_first_letter_keeps_each_alternative() -> None:
    assert by_first_letter("aa|ab|ba|(?:x|y)z|[abc]d|c?f") == "a(?:a|b)|b(?:a)|(?:x|y)z|[abc]d|c?f"
    assert by_first_letter("a(?:b|c)|[|]d|ef") == "a(?:(?:b|c))|e(?:f)|[|]d"


@pytest.mark.parametrize("pattern", [DECLINE_PHRASES, STRONG_CUES, SIGN_OFF, "ab|a|abc?d|b?a"])
def test_grouping_by_first_letter_never_changes_whether_a_text_matches(pattern: str) -> None:
    words = r"[^|()?:\\\[\]*+{}]+"
    texts = _texts_of(pattern, words, ["a", "ab", "zz", "no", "we", "i"], seed=11, n=600)
    plain = re.compile(rf"\b(?:{pattern})\b")
    grouped = re.compile(rf"\b(?:{by_first_letter(pattern)})\b")
    assert any(plain.search(text) for text in texts)  # the texts hold matches to keep
    for text in texts:
        assert bool(plain.search(text)) == bool(grouped.search(text)), text
