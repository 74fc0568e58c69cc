"""Prepare chat text for matching: one lower-cased copy with the same character offsets."""

from __future__ import annotations

import re
from collections import defaultdict
from types import ModuleType

# Per-message caches keep only messages up to this long: greetings, answers and sign-offs
# recur word for word, while a pasted 100 kB document held 16,384 times over would not
# fit in memory.
CACHED_TEXT_MAX = 2_000


def lower(text: str) -> str:
    """Return `text` lower-cased with every character at its original offset.

    Matching literal cue words on a lower-cased copy is several times faster than
    case-insensitive regexes; the rare character whose lower case is longer ("İ")
    is kept as it is so that spans found in the copy still point into `text`.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def openings(pattern: str) -> str:
    """Return a lookahead for the first two characters any match of `pattern` starts with.

    Put before a long alternation of cue words ("my name is|me llamo|..."), it lets
    the regex engine give up at most word starts after one or two character tests
    instead of trying every alternative (Python's engine has no trie for them). It
    only ever rules out positions where `pattern` cannot match, so matches are the
    same; for a pattern it cannot read (flags, classes, repeats) it returns "", no
    lookahead at all.
    """
    try:
        from re import _constants, _parser  # the engine's own parser: exact, no copy

        parsed = _parser.parse(pattern)
        if parsed.state.flags & ~re.UNICODE:
            return ""
        starts = _starts(parsed.data, _constants)
    except (ImportError, AttributeError, TypeError, ValueError, re.error):
        return ""
    if not starts or "" in starts:
        return ""
    seconds: dict[str, set[str]] = defaultdict(set)
    for start in starts:
        seconds[start[0]].add(start[1:])
    # Grouped by first character: one literal test per first character, then a class.
    branches = [
        re.escape(first)
        if "" in rest
        else re.escape(first) + "[" + "".join(re.escape(c) for c in sorted(rest)) + "]"
        for first, rest in sorted(seconds.items())
    ]
    return "(?=" + "|".join(branches) + ")"


def _starts(items: list, c: ModuleType, size: int = 2) -> set[str] | None:
    """Return the strings of up to `size` characters a parsed sequence can start with.

    A string shorter than `size` is a whole match; None means "cannot tell".
    """
    out = {""}
    for op, av in items:
        if all(len(s) >= size for s in out):
            break
        if op is c.LITERAL:
            alts: set[str] | None = {chr(av)}
        elif op is c.BRANCH:
            alts = set()
            for branch in av[1]:
                sub = _starts(branch.data, c, size)
                if sub is None:
                    return None
                alts |= sub
        elif op is c.SUBPATTERN and not (av[1] or av[2]):  # (?i:...) would change case
            alts = _starts(av[3].data, c, size)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            sub = _starts(av[2].data, c, size)
            alts = None if sub is None else sub | {""}
        elif op is c.IN and all(o is c.LITERAL for o, _ in av):
            alts = {chr(v) for _, v in av}
        else:
            return None
        if alts is None:
            return None
        out = {s if len(s) >= size else (s + a)[:size] for s in out for a in alts}
    return out


def by_first_letter(alternation: str) -> str:
    """Return `alternation` ("aa|ab|ba|(?:x|y)z") regrouped by each alternative's first
    letter ("a(?:a|b)|b(?:a)|(?:x|y)z"), for a search whose truth is all that is read.

    Python's engine tries a long alternation's branches one by one at each position,
    skipping a branch cheaply only by its first literal: grouped, a position is tried
    against one group per first letter instead of every alternative (the decline
    phrases' search, 19 → 14 µs a chat). Alternatives keep their order within a group
    but not across groups, so a match may be another alternative's, of another length:
    never read a span from it. Alternatives that start with a group, a class or an
    escape are kept as they are, after the groups.
    """
    groups: dict[str, list[str]] = defaultdict(list)
    rest: list[str] = []
    for alternative in _top_level(alternation):
        first = alternative[:1]
        if (
            first
            and (first.isalnum() or first in " '’-")
            and alternative[1:2] not in ("?", "*", "+", "{")
        ):
            groups[first].append(alternative[1:])
        else:
            rest.append(alternative)
    grouped = [re.escape(first) + "(?:" + "|".join(tails) + ")" for first, tails in groups.items()]
    return "|".join(grouped + rest)


def _top_level(pattern: str) -> list[str]:
    """Return the alternatives of `pattern`'s outermost alternation, as written."""
    out: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out
