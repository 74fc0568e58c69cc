"""Read the names a customer signs with: under a closing, after "Regards,", after a dash,
closing a message or alone on its last line.
"""

from __future__ import annotations

import itertools
import re

from model.name_cues import REGARDS, SIGN_OFF
from model.name_reader import SIGNATURE, NameCandidate, read_name
from model.name_tails import ends_signature, is_street_word
from model.name_words import PARTICLES
from model.person_names import is_given_name, person_words
from model.phones import DIGIT_RUN
from model.text import lower, openings

# A closing on its own line or ending one ("... Grazie!\nChiara Romano"), or a "-- ".
_SIGN_OFF_LINE = re.compile(
    rf"(?:^|[.!?][ \t]+)[ \t]*{openings(SIGN_OFF + '|--')}(?:{SIGN_OFF}|--)[ \t]*[,.!]*[ \t]*$"
)
# "Regards, Ana" on one line (see REGARDS); the lookahead as for _CUE.
_SIGN_OFF_INLINE = re.compile(rf"(?:^|[\s.!]){openings(REGARDS)}(?:{REGARDS})[ \t]*,[ \t]*")
_REGARDS_WORD = re.compile(rf"(?:{REGARDS})\b", re.IGNORECASE)
# Where the last sentence of a line ends, and a closing word before a signed name.
_SENTENCE_END = re.compile(r"[.!?]+[ \t]+(?=[^\W\d_])")
# longest first: "grazie mille, Francesca Gallo" closes with "grazie mille", not "grazie"
_LONGEST_FIRST = "|".join(sorted(SIGN_OFF.split("|"), key=len, reverse=True))
_CLOSING_WORD = re.compile(rf"(?:{_LONGEST_FIRST})[ \t]*[,:]?[ \t]+", re.IGNORECASE)
_SIGNED_OFF_BEFORE = re.compile(
    rf"(?:^|[\s.!?¡])(?:{SIGN_OFF})(?:[ \t]+(?:anyway|again|so much|a lot))?[ \t]*[.!]+[ \t]*$",
    re.IGNORECASE,
)
# A message of a first name and kisses: "Laura x", "Mia xx".
_KISSED = re.compile(r"[ \t]*([^\W\d_]+)[ \t]+x{1,3}[ \t!.]*", re.IGNORECASE)
# A regards word before a name that ends the message, without a comma or a line break.
_REGARDS_SPACE = re.compile(rf"(?:^|(?<=[\s.!]))(?:{REGARDS})[ \t]+(?=[^\W\d_])")
_REGARDS_TAIL = 60  # a closing and a name fit in this many last characters
_INITIAL = re.compile(r"[^\W\d_]\.")
_INITIAL_SURNAME = re.compile(r"[^\W\d_]\.[ \t]*[^\W\d_][^\W\d_'’-]+")
_DASH = re.compile(r"(?:^|\n|[ \t])[-–—]{1,2}[ \t]*(?=[^\W\d_])")
_DASHES = "-–—"  # the dashes _DASH needs one of
_AFTER_ADDRESS = re.compile(r"\S@[\w.-]+\.[^\W\d_]{2,}[ \t]*[,;–—-][ \t]*(?=[^\W\d_])")


def signatures(text: str, low: str, index: int) -> list[NameCandidate]:
    """Return names signed under a sign-off line, after "Regards," or after a dash.

    `low` is `lower(text)`, where the cue words are looked for.
    """
    found: list[NameCandidate] = []
    if "\n" in text:
        lines = low.split("\n")
        starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
        for i, line in enumerate(lines[:-1]):
            if _SIGN_OFF_LINE.search(line):
                # "Cordialement," then a blank line, then the name
                j = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
                got = read_name(text, starts[j], allow_lower=False, whole=True) if j else None
                if got:
                    found.append(NameCandidate(got[0], SIGNATURE, index, *got[1:]))
        last = _last_line_name(text)
        if last:
            found.append(NameCandidate(last[0], SIGNATURE, index, *last[1:]))
    kissed = _KISSED.fullmatch(text)
    if kissed and is_given_name(kissed.group(1)):
        found.append(NameCandidate(kissed.group(1), SIGNATURE, index, *kissed.span(1)))
    closing = _closing_name(text)
    if closing:
        found.append(NameCandidate(closing[0], SIGNATURE, index, *closing[1:]))
    # Most messages have no comma or no dash: the patterns that need one are not run.
    for m in _SIGN_OFF_INLINE.finditer(low) if "," in low else ():
        got = read_name(text, m.end(), allow_lower=False, whole=True)
        if got:
            found.append(NameCandidate(got[0], SIGNATURE, index, *got[1:]))
    # "… 60 Quadratmeter lg Gerhard Wimmer": a regards word and the name end the message
    for m in _REGARDS_SPACE.finditer(low, max(0, len(low) - _REGARDS_TAIL)):
        got = read_name(text, m.end(), allow_lower=False, whole=True)
        if got and not text[got[2] :].strip(" \t.!") and _signed_enough(got[0]):
            found.append(NameCandidate(got[0], SIGNATURE, index, *got[1:]))
    # "biuro@bistro.pl, Tomek": a name after the address, closing the message
    for m in _AFTER_ADDRESS.finditer(text) if "@" in text else ():
        got = read_name(text, m.end(), allow_lower=False, whole=True)
        if got and not text[got[2] :].strip(" \t.!") and _signed_enough(got[0]):
            found.append(NameCandidate(got[0], SIGNATURE, index, *got[1:]))
    for m in _DASH.finditer(text) if any(d in text for d in _DASHES) else ():
        got = read_name(text, m.end(), allow_lower=False, whole=True)
        if got and not text[got[2] :].strip():
            found.append(NameCandidate(got[0], SIGNATURE, index, *got[1:]))
    # "… rifare il bagno? Zona Monteverde": a street or a neighbourhood closes it, no name
    # (an initial is one: "R. Brandt", not Portuguese "R." for "Rua")
    return [c for c in found if not _street_first(c.value)]


def _street_first(name: str) -> bool:
    """Return True when `name` opens with a street or neighbourhood word, not an initial."""
    first = name.split()[0]
    return len(first.rstrip(".")) > 1 and is_street_word(first)


def _closing_name(text: str) -> tuple[str, int, int] | None:
    """Read a full name that closes a message after its last sentence, a signature inline.

    "... delivered to Leeds? Tom Hardy, 07700 900123", "... de 6 m2. Claire Martin",
    "... clinics. Best, Priya Shah, Operations Manager". After the name only the owner's
    numbers and emails, or a comma and a short title or department, may follow. As for
    a bare signature line: two to four name words, the first a known given name, none a
    business, role or common word.
    """
    line_start = text.rfind("\n", 0, len(text.rstrip())) + 1
    line = text[line_start:]
    # "laura.prieto@…" then "Gracias, Laura": thanks and a known given name on a last line
    closing = _CLOSING_WORD.match(line) if line_start else None
    if closing and "," not in closing.group():
        closing = None  # "Grazie Mille": a comma sets the name off the thanks
    got = read_name(text, line_start + closing.end(), allow_lower=False) if closing else None
    if got and _lone_given(text, got):
        return got
    ends = [m.end() for m in _SENTENCE_END.finditer(line)]
    if not ends or (not text[:line_start].strip() and not line[: ends[-1]].strip(" \t.!?")):
        return None
    # the sentence before the last too: an abbreviation ends one ("..., ul. Polna 54"),
    # or the name and its details are said before a last remark
    for i in range(len(ends) - 1, max(-1, len(ends) - 3), -1):
        stop = line_start + ends[i + 1] if i + 1 < len(ends) else None
        got = _signed_at(text, line_start + ends[i], stop)
        if got:
            return got
    # "bel me maar op 06-41 87 22 59, liefst na 17u. Femke": a known given name alone
    # closes a message that gave the writer's number or address
    got = read_name(text, line_start + ends[-1], allow_lower=False)
    if got and _lone_given(text, got) and ("@" in text or DIGIT_RUN.search(text, 0, got[1])):
        return got
    return None


def _lone_given(text: str, got: tuple[str, int, int]) -> bool:
    """Return True when `got` is one known given name that ends `text`."""
    return " " not in got[0] and is_given_name(got[0]) and not text[got[2] :].strip(" \t.!")


def _signed_at(text: str, pos: int, stop: int | None = None) -> tuple[str, int, int] | None:
    """Read the name `_closing_name` looks for at `pos`, after any closing word: alone or
    with its owner's details to the end of the line, or to `stop`, the next sentence."""
    closing = _CLOSING_WORD.match(text, pos)
    regards = closing is not None and _REGARDS_WORD.match(text, closing.start()) is not None
    # "Thanks anyway. Gary": the closing may be the sentence before
    regards = regards or _SIGNED_OFF_BEFORE.search(text, max(0, pos - 40), pos) is not None
    start = closing.end() if closing else pos
    got = read_name(text, start, allow_lower=False, initial=regards)
    if not got and closing is not None:
        # "Danke, S. Neumann" closing the message: an initial and a surname after thanks
        got = read_name(text, start, allow_lower=False, initial=True)
        if not (got and _INITIAL_SURNAME.fullmatch(got[0]) and not text[got[2] :].strip(" \t.!")):
            return None
        return got
    if not got:
        return None
    line = text[got[2] :].split("\n", 1)[0]
    if not ends_signature(line) and (stop is None or not ends_signature(text[got[2] : stop])):
        return None
    if full_signed_name(got[0]):
        return got
    # after a regards-type closing ("... 48 maanden. mvg Jan") a known first name will
    # do, or an initial and a surname ("Gruß S. Krüger")
    first = got[0].split()[0]
    if regards and ((" " not in got[0] and is_given_name(got[0])) or _INITIAL.fullmatch(first)):
        return got
    return None


def _last_line_name(text: str) -> tuple[str, int, int] | None:
    """Read a full name alone on the last line, under other content: a bare signature.

    "rappelez moi au 07 81 44 26 90" and then "Thomas Guérin" on a line of its own.
    Without a sign-off to go by, the line must be two to four name words, the first a
    known given name, with no business, role or common word: not "Thanks a lot", "Best
    regards", "Casa Bella" or "Acme Consulting".
    """
    body = text.rstrip()
    cut = len(body)
    # up to four lines of title, company or contact details may follow the name:
    # "Michael Okafor" / "Operations Lead, HopeBridge Foundation" / "+1 555 0100"
    for _ in range(5):
        end, cut = cut, body.rfind("\n", 0, cut)
        if cut < 0 or not body[:cut].strip():
            return None
        line = body[cut + 1 : end]
        if _SIGN_OFF_LINE.search(lower(line)):
            return None  # the closing the name is signed under: read there
        got = read_name(text, cut + 1, allow_lower=False, whole=True)
        if got and full_signed_name(got[0]):
            return got
        if not _signature_line(line):
            return None  # a sentence: no signature block
    return None


def _signature_line(line: str) -> bool:
    """Return True for a line a signature block may hold under the name.

    A title, a company, phones and emails: up to ten words, no question or exclamation.
    """
    words = line.split()
    return 0 < len(words) <= 10 and "?" not in line and "!" not in line


def full_signed_name(name: str) -> bool:
    """Return True for two to four name words, a known given name first, no other words.

    "María José de la Fuente" has four name words: particles between them don't count.
    """
    words = name.split()
    inner = sum(w.lower() not in PARTICLES for w in words[1:-1])
    if len(words) < 2 or inner > 2 or not is_given_name(words[0]):
        return False
    return person_words(name) is not None


def _signed_enough(name: str) -> bool:
    """Return True for a full signed name, or one known given name (after a regards word)."""
    return full_signed_name(name) or (" " not in name and is_given_name(name))
