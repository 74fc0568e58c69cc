"""Parse what people type after `/leads` into one command, forgivingly.

    top [N] [filters]      list [filters]      show ID      status ID STATUS [due:WHEN]
    stats [filters]        export [filters]    assign ID @user      mine      help

Filters: `status:quote agent:"sales bot" source:whatsapp score:60-100 owner:me sort:score`
(also `score:>70`, `score:60-`, `score:-40`, `score:high`, `owner:@user`, `owner:none`). A trailing `share` or
`public` posts the answer in the channel. Names are matched forgivingly (case, accents,
short forms, typos); what matches nothing raises CommandError with "did you mean".
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from bot.owners import OwnerError, owner_of, unescape
from storage.matching import NoMatch, match_one
from storage.queries import SORTS, SOURCES, LeadFilter
from storage.statuses import STATUSES, StatusError, fold, resolve_status

COMMANDS: tuple[str, ...] = (
    "top", "list", "show", "status", "stats", "export", "assign", "mine", "help",
)  # fmt: skip
_COMMAND_ALIASES = {
    "ls": "list",
    "leads": "list",
    "best": "top",
    "lead": "show",
    "get": "show",
    "details": "show",
    "info": "show",
    "set": "status",
    "csv": "export",
    "download": "export",
    "dashboard": "stats",
    "summary": "stats",
    "?": "help",
    "give": "assign",
    "owner": "assign",
    "my": "mine",
}
SHARE_WORDS = frozenset({"share", "public", "shared", "channel"})
TOP_DEFAULT = 10
# One section block per lead; a message holds at most 50 blocks.
TOP_MAX = 25
_SORT_ALIASES = {
    "newest": "created",
    "new": "created",
    "date": "created",
    "created at": "created",
    "best": "score",
    "scores": "score",
    "recent": "updated",
    "updated at": "updated",
    "modified": "updated",
}
_SOURCE_ALIASES = {
    "wa": "whatsapp",
    "whats app": "whatsapp",
    "web": "widget",
    "website": "widget",
    "site": "widget",
    "chat": "widget",
}
_KEYS = {
    "status": "status",
    "state": "status",
    "agent": "agent",
    "bot": "agent",
    "source": "source",
    "src": "source",
    "from": "source",
    "score": "score",
    "quality": "score",
    "sort": "sort",
    "order": "sort",
    "by": "sort",
    "owner": "owner",
    "assigned": "owner",
    "assignee": "owner",
}

BANDS: dict[str, tuple[int, int]] = {
    "high": (80, 100),
    "medium": (60, 79),
    "low": (40, 59),
    "very low": (0, 39),
}
# key:value where value may be "quoted with spaces"; smart quotes are straightened first.
_TOKEN = re.compile(r'(?:[^\s"]+|"[^"]*"?)+')
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
_RANGE = re.compile(r"^(\d{1,3})?\s*(?:-|–|—|\.\.)\s*(\d{1,3})?$")
_COMPARE = re.compile(r"^(>=|=>|≥|<=|=<|≤|>|<)\s*(\d{1,3})$")


class CommandError(ValueError):
    """Say what in the typed command could not be understood and how to write it."""

    def __init__(self, message: str, suggestions: Iterable[str] = ()) -> None:
        super().__init__(message)
        self.suggestions = list(suggestions)


@dataclass(frozen=True, slots=True)
class Command:
    """Hold one parsed `/leads` command."""

    name: str
    flt: LeadFilter = field(default_factory=LeadFilter)
    sort: str = "created"
    limit: int | None = None
    lead_id: int | None = None
    status: str | None = None
    share: bool = False
    note: str | None = None
    owner: str | None = None  # `assign`: a Slack user id, or NO_OWNER to take it away
    due: str | None = None  # `status`: the due time as typed (read in the listener)


def tokenize(text: str) -> list[str]:
    """Return the words of `text`; a "quoted part" stays one word (quotes removed)."""
    straight = text.translate(_QUOTES)
    return [t.replace('"', "") for t in _TOKEN.findall(straight) if t.replace('"', "")]


def parse_command(
    text: str, agents: Callable[[], Iterable[str]] = tuple, user: str | None = None
) -> Command:
    """Return the command `text` asks for; unknown commands (and nothing) become help.

    `agents` returns the known agent names; it is called only for an `agent:` filter.
    `user` is who asks (`owner:me`). Raises CommandError with a helpful message when a
    filter or argument is wrong.
    """
    words = tokenize(unescape(text))
    if not words:
        return Command("help")
    head, rest = words[0], words[1:]
    if head.lstrip("#").isdigit():  # "/leads 42" most likely means "show 42"
        head, rest = "show", words
    try:
        name = _command_name(head)
    except NoMatch as exc:
        hint = f" Did you mean {_quoted(exc.suggestions)}?" if exc.suggestions else ""
        return Command("help", note=f"I don't know the command '{head}'.{hint}")
    if name == "help":
        return Command("help")
    if name == "show":
        share, rest = _take_share(rest)
        if len(rest) != 1:
            raise CommandError("Give one lead id, e.g. `/leads show 42`.")
        return Command("show", lead_id=_lead_id(rest[0]), share=share)
    if name == "status":
        due = [w.partition(":")[2] for w in rest if fold(w).startswith("due:")]
        rest = [w for w in rest if not fold(w).startswith("due:")]
        if len(rest) < 2:
            raise CommandError("Give a lead id and a status, e.g. `/leads status 42 quote`.")
        if due and not due[-1].strip():
            raise CommandError(
                "`due:` needs a time, e.g. `due:friday`, `due:3d`, `due:2026-12-08`."
            )
        status = _status(" ".join(rest[1:]))
        return Command("status", lead_id=_lead_id(rest[0]), status=status, due=(due or [None])[-1])
    if name == "assign":
        if len(rest) != 2:
            raise CommandError("Give a lead id and a person, e.g. `/leads assign 42 @maria`.")
        return Command("assign", lead_id=_lead_id(rest[0]), owner=_owner(rest[1], user))
    if name == "mine":
        share, _ = _take_share(rest)
        return Command("mine", owner=_owner("me", user), share=share)
    return _filtered(name, rest, agents, user)


def _command_name(word: str) -> str:
    # Raises NoMatch (with suggestions) when the word is no command.
    return closest(word, {**{c: c for c in COMMANDS}, **_COMMAND_ALIASES}, what="command")


def closest(word: str, names: dict[str, str], *, what: str) -> str:
    """Return the canonical name `word` means among `names` (typed form → canonical).

    Exact (folded) forms win, then a unique prefix, then the clearly closest spelling.
    Raises NoMatch with up to three canonical suggestions.
    """
    key = fold(word)
    if key in names:
        return names[key]
    prefixed = {canon for typed, canon in names.items() if key and typed.startswith(key)}
    if len(prefixed) == 1:
        return prefixed.pop()
    best: dict[str, float] = {}
    for typed, score, _ in process.extract(key, list(names), scorer=fuzz.ratio, limit=None):
        canon = names[typed]
        best[canon] = max(best.get(canon, 0.0), score)
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 75 and (len(ranked) == 1 or ranked[0][1] - ranked[1][1] >= 5):
        return ranked[0][0]
    suggestions = [canon for canon, score in ranked[:3] if score >= 60]
    raise NoMatch(f"No {what} matches '{word}'.", suggestions)


def _quoted(names: Iterable[str]) -> str:
    return " or ".join(f"`{n}`" for n in names)


def _take_share(words: list[str]) -> tuple[bool, list[str]]:
    kept = [w for w in words if fold(w) not in SHARE_WORDS]
    return len(kept) != len(words), kept


def _lead_id(word: str) -> int:
    digits = word.lstrip("#")
    if not digits.isdigit() or len(digits) > 18:
        raise CommandError(f"'{word}' is not a lead id. Lead ids are numbers, e.g. 42.")
    return int(digits)


def _owner(word: str, user: str | None) -> str:
    try:
        return owner_of(word, user)
    except OwnerError as exc:
        raise CommandError(str(exc)) from None


def _filtered(
    name: str, words: list[str], agents: Callable[[], Iterable[str]], user: str | None = None
) -> Command:
    share, words = _take_share(words)
    values: dict[str, Any] = {}
    sort = "score" if name == "top" else "created"
    limit = TOP_DEFAULT if name == "top" else None
    note = None
    i = 0
    while i < len(words):
        word = words[i]
        i += 1
        key, sep, value = word.partition(":")
        if not sep:
            if name == "top" and word.isdigit():
                limit, note = _top_limit(word)
                continue
            values.update(_bare_word(word))
            continue
        kind = _filter_key(key)
        # "status:not interested", "agent:sales bot": the value runs on over plain words.
        if kind in ("status", "agent"):
            while i < len(words) and _continues(words[i]):
                value = f"{value} {words[i]}"
                i += 1
        if not value.strip():
            raise CommandError(f"`{key}:` needs a value, e.g. `{kind}:{_EXAMPLES[kind]}`.")
        if kind == "sort":
            sort = _sort(value)
        elif kind == "score":
            values["min_score"], values["max_score"] = parse_score(value)
        elif kind == "source":
            values["source"] = _source(value)
        elif kind == "status":
            values["status"] = _status(value)
        elif kind == "owner":
            values["owner"] = _owner(value, user)
        else:
            try:
                values["agent"] = match_one(value, agents(), what="agent")
            except NoMatch as exc:
                raise CommandError(str(exc), exc.suggestions) from None
    return Command(name, LeadFilter(**values), sort=sort, limit=limit, share=share, note=note)


_EXAMPLES = {
    "status": "quote",
    "agent": '"sales bot"',
    "source": "whatsapp",
    "score": "60-100",
    "sort": "score",
    "owner": "me",
}


def _continues(word: str) -> bool:
    return ":" not in word and not word.isdigit() and fold(word) not in SHARE_WORDS


def _top_limit(word: str) -> tuple[int, str | None]:
    n = int(word)
    if n < 1:
        raise CommandError("`top` needs a number of leads from 1 to 25, e.g. `/leads top 10`.")
    if n > TOP_MAX:
        return TOP_MAX, f"Showing the top {TOP_MAX}; use `/leads export` for more."
    return n, None


def _filter_key(key: str) -> str:
    try:
        return closest(key, _KEYS, what="filter")
    except NoMatch as exc:
        hint = (
            f" Did you mean {_quoted(f'{s}:' for s in exc.suggestions)}?" if exc.suggestions else ""
        )
        raise CommandError(
            f"Unknown filter `{key}:`.{hint} Filters: status, agent, source, score, owner, sort.",
            exc.suggestions,
        ) from None


def _bare_word(word: str) -> dict[str, Any]:
    folded = fold(word)
    if folded in SOURCES or folded in _SOURCE_ALIASES:
        return {"source": _SOURCE_ALIASES.get(folded, folded)}
    if folded in BANDS or folded == "very_low":
        lo, hi = BANDS[folded.replace("_", " ")]
        return {"min_score": lo, "max_score": hi}
    try:
        return {"status": resolve_status(word)}
    except StatusError:
        pass
    raise CommandError(
        f"I don't understand '{word}'. Filters look like "
        '`status:quote agent:"sales bot" source:whatsapp score:60-100 sort:score`. '
        "Type `/leads help` for more."
    )


def _status(value: str) -> str:
    try:
        return resolve_status(value)
    except StatusError as exc:
        try:  # a typo resolve_status finds too far off ("spma") is still close by spelling
            return closest(value, {fold(s): s for s in STATUSES}, what="status")
        except NoMatch:
            raise CommandError(str(exc)) from None


def _sort(value: str) -> str:
    try:
        return closest(
            value.replace("_", " "), {**{s: s for s in SORTS}, **_SORT_ALIASES}, what="sort"
        )
    except NoMatch as exc:
        raise CommandError(
            f"Unknown sort '{value}'. Sort by {', '.join(SORTS)} (newest, best or latest "
            "change first).",
            exc.suggestions,
        ) from None


def _source(value: str) -> str:
    folded = fold(value)
    if folded in _SOURCE_ALIASES:
        return _SOURCE_ALIASES[folded]
    try:
        return match_one(folded, SOURCES, what="source")
    except NoMatch as exc:
        raise CommandError(str(exc), exc.suggestions) from None


def parse_score(value: str) -> tuple[int | None, int | None]:
    """Return (min, max) from `60-100`, `60-`, `-40`, `>70`, `<=50`, `70` or `high`.

    A single number means "at least". Raises CommandError outside 0-100 or when reversed.
    """
    text = value.strip()
    folded = fold(text)
    if folded in BANDS:
        return BANDS[folded]
    lo: int | None
    hi: int | None
    if text.isdigit():
        lo, hi = int(text), None
    elif text.endswith("+") and text[:-1].isdigit():
        lo, hi = int(text[:-1]), None
    elif m := _COMPARE.match(text):
        op, n = m.group(1), int(m.group(2))
        lo, hi = {
            ">": (n + 1, None),
            ">=": (n, None),
            "=>": (n, None),
            "≥": (n, None),
            "<": (None, n - 1),
            "<=": (None, n),
            "=<": (None, n),
            "≤": (None, n),
        }[op]
    elif (m := _RANGE.match(text)) and (m.group(1) or m.group(2)):
        lo = int(m.group(1)) if m.group(1) else None
        hi = int(m.group(2)) if m.group(2) else None
    else:
        raise CommandError(
            f"'{value}' is not a score range. Try `score:60-100`, `score:>70`, `score:60-` "
            "or `score:high`."
        )
    for bound in (lo, hi):
        if bound is not None and not 0 <= bound <= 100:
            raise CommandError(f"Scores go from 0 to 100; '{value}' is outside that.")
    if lo is not None and hi is not None and lo > hi:
        raise CommandError(f"In `score:{value}` the lower bound is above the upper bound.")
    return lo, hi


def describe(flt: LeadFilter, sort: str | None = None) -> str:
    """Return the filter (and sort) in words, for message headers: "Quote Request · 60-100"."""
    parts = []
    if flt.status:
        parts.append(flt.status)
    if flt.agent:
        parts.append(f"agent {flt.agent}")
    if flt.source:
        parts.append({"whatsapp": "WhatsApp", "widget": "website chat"}.get(flt.source, flt.source))
    if flt.min_score is not None and flt.max_score is not None:
        parts.append(f"score {flt.min_score}-{flt.max_score}")
    elif flt.min_score is not None:
        parts.append(f"score ≥ {flt.min_score}")
    elif flt.max_score is not None:
        parts.append(f"score ≤ {flt.max_score}")
    if flt.owner is not None:
        parts.append(f"owner {flt.owner}" if flt.owner else "no owner")
    if sort:
        parts.append(
            {"created": "newest first", "score": "best first"}.get(sort, "latest change first")
        )
    return " · ".join(parts) if parts else "all leads"


def page_value(flt: LeadFilter, sort: str, offset: int, *, share: bool = False) -> str:
    """Return the value of a "Next page" button: the query and where the page starts."""
    f = {
        k: v
        for k, v in (
            ("status", flt.status),
            ("agent", flt.agent),
            ("source", flt.source),
            ("min", flt.min_score),
            ("max", flt.max_score),
            ("owner", flt.owner),
        )
        if v is not None
    }
    data = {"f": f, "sort": sort, "offset": offset}
    if share:
        data["share"] = True
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def parse_page_value(value: str) -> tuple[LeadFilter, str, int, bool]:
    """Return (filter, sort, offset, share) from a "Next page" button value.

    Raises CommandError when the value is not one `page_value` wrote.
    """
    try:
        data = json.loads(value)
        f = data["f"]
        sort, offset = data["sort"], int(data["offset"])
        flt = LeadFilter(
            status=f.get("status"),
            agent=f.get("agent"),
            source=f.get("source"),
            min_score=_opt_int(f.get("min")),
            max_score=_opt_int(f.get("max")),
            owner=f.get("owner"),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        raise CommandError("That button is out of date; run the command again.") from None
    if (
        sort not in SORTS
        or offset < 0
        or (flt.status is not None and flt.status not in STATUSES)
        or (flt.source is not None and flt.source not in SOURCES)
    ):
        raise CommandError("That button is out of date; run the command again.")
    return flt, sort, offset, bool(data.get("share"))


def _opt_int(value: Any) -> int | None:
    return None if value is None else int(value)
