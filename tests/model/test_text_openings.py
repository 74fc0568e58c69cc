"""model.text.openings: a lookahead that only rules out positions where nothing can match."""

from __future__ import annotations

import random
import re

import pytest

from model.name_cues import REGARDS, SIGN_OFF, STRONG_CUES, WEAK_CUES
from model.text import openings


def test_groups_alternatives_by_their_first_two_characters() -> None:
    assert openings("abc|abd|x") == "(?=a[b]|x)"
    assert openings("a?b|c") == "(?=a[b]|b|c)"


@pytest.mark.parametrize("pattern", [r"\w+", "(?i:ab)", "a*b", ".x", ""])
def test_gives_no_lookahead_for_a_pattern_it_cannot_read(pattern: str) -> None:
    assert openings(pattern) == ""


@pytest.mark.parametrize("pattern", [STRONG_CUES, WEAK_CUES, SIGN_OFF, REGARDS, "ab|a|abc?d"])
def test_the_lookahead_never_changes_what_matches(pattern: str) -> None:
    words = [*re.findall(r"[^|()?:]+", pattern), "a", "ab", "zz", "my", "me", "i"]
    rng = random.Random(7)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 8))) for _ in range(400)]
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
