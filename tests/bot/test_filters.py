"""Check the `/leads` text parser with tables: commands, filters, scores, errors, paging."""

from __future__ import annotations

import pytest

from bot.filters import (
    TOP_MAX,
    Command,
    CommandError,
    describe,
    page_value,
    parse_command,
    parse_page_value,
    parse_score,
    tokenize,
)
from storage.queries import LeadFilter

AGENTS = ["Sales Bot", "Support Bot", "Ventas Málaga"]


def parse(text: str) -> Command:
    return parse_command(text, lambda: AGENTS)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("list status:quote", ["list", "status:quote"]),
        ('list agent:"sales bot" sort:score', ["list", "agent:sales bot", "sort:score"]),
        ("list agent:“sales bot”", ["list", "agent:sales bot"]),  # Slack's smart quotes
        ('list "agent:sales bot"', ["list", "agent:sales bot"]),
        ('list agent:"sales bot', ["list", "agent:sales bot"]),  # unclosed quote
        ("  top   5  ", ["top", "5"]),
        ("", []),
    ],
)
def test_tokenize(text: str, words: list[str]) -> None:
    assert tokenize(text) == words


@pytest.mark.parametrize(
    ("text", "name", "fields"),
    [
        ("top", "top", {"limit": 10, "sort": "score"}),
        ("top 5", "top", {"limit": 5}),
        ("TOP 3 status:quote", "top", {"limit": 3, "flt": LeadFilter(status="Quote Request")}),
        ("best 7", "top", {"limit": 7}),
        ("list", "list", {"sort": "created", "limit": None}),
        ("lsit", "list", {}),
        ("ls sort:score", "list", {"sort": "score"}),
        ("show 42", "show", {"lead_id": 42}),
        ("show #42", "show", {"lead_id": 42}),
        ("42", "show", {"lead_id": 42}),
        ("show 42 share", "show", {"lead_id": 42, "share": True}),
        ("status 42 quote", "status", {"lead_id": 42, "status": "Quote Request"}),
        ("status 42 not interested", "status", {"lead_id": 42, "status": "Not Interested"}),
        ("status #7 follow up", "status", {"lead_id": 7, "status": "Follow-up"}),
        ("status 7 Spma", "status", {"status": "Spam"}),
        ("set 7 contacted", "status", {"status": "Contacted"}),
        ("stats", "stats", {}),
        ("stat", "stats", {}),
        ("stats source:whatsapp", "stats", {"flt": LeadFilter(source="whatsapp")}),
        ("export", "export", {}),
        ("export status:spam", "export", {"flt": LeadFilter(status="Spam")}),
        ("help", "help", {"note": None}),
        ("", "help", {"note": None}),
        ("Help me", "help", {}),
    ],
)
def test_commands(text: str, name: str, fields: dict) -> None:
    cmd = parse(text)
    assert cmd.name == name
    for key, value in fields.items():
        assert getattr(cmd, key) == value, key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("list status:quote", LeadFilter(status="Quote Request")),
        ("list status:QUOTE_REQUEST", LeadFilter(status="Quote Request")),
        ("list status:not interested", LeadFilter(status="Not Interested")),
        ('list status:"waiting response"', LeadFilter(status="Waiting Response")),
        ("list stauts:spam", LeadFilter(status="Spam")),  # a typo in the key
        ("list state:opportunity", LeadFilter(status="Opportunity")),
        ('list agent:"sales bot"', LeadFilter(agent="Sales Bot")),
        ("list agent:support", LeadFilter(agent="Support Bot")),
        ("list agent:ventas malaga", LeadFilter(agent="Ventas Málaga")),
        ("list source:whatsapp", LeadFilter(source="whatsapp")),
        ("list source:WA", LeadFilter(source="whatsapp")),
        ("list source:web", LeadFilter(source="widget")),
        ("list source:whatsap", LeadFilter(source="whatsapp")),
        ("list sorce:whatsapp", LeadFilter(source="whatsapp")),
        ("list agent:sales", LeadFilter(agent="Sales Bot")),  # a unique prefix
        ("list score:60-100", LeadFilter(min_score=60, max_score=100)),
        ("list score:>70", LeadFilter(min_score=71)),
        ("list score:60-", LeadFilter(min_score=60)),
        ("list quality:high", LeadFilter(min_score=80, max_score=100)),
        ("list quote whatsapp", LeadFilter(status="Quote Request", source="whatsapp")),
        (
            'list status:quote agent:"sales bot" source:whatsapp score:60-100 sort:score',
            LeadFilter(
                status="Quote Request",
                agent="Sales Bot",
                source="whatsapp",
                min_score=60,
                max_score=100,
            ),
        ),
        ("list status:spam status:quote", LeadFilter(status="Quote Request")),  # last wins
    ],
)
def test_filters(text: str, expected: LeadFilter) -> None:
    assert parse(text).flt == expected


@pytest.mark.parametrize(
    ("text", "sort"),
    [
        ("list sort:score", "score"),
        ("list sort:created", "created"),
        ("list sort:updated", "updated"),
        ("list sort:newest", "created"),
        ("list sort:best", "score"),
        ("list sort:recent", "updated"),
        ("list sort:scroe", "score"),
        ("list order:upd", "updated"),
        ("top sort:created", "created"),
    ],
)
def test_sort(text: str, sort: str) -> None:
    assert parse(text).sort == sort


@pytest.mark.parametrize(
    ("value", "bounds"),
    [
        ("60-100", (60, 100)),
        ("60–100", (60, 100)),  # an en dash, as phones type it
        ("60..100", (60, 100)),
        ("60 - 100", (60, 100)),
        ("60-", (60, None)),
        ("60+", (60, None)),
        ("-40", (None, 40)),
        (">70", (71, None)),
        (">=70", (70, None)),
        ("≥70", (70, None)),
        ("<50", (None, 49)),
        ("<=50", (None, 50)),
        ("70", (70, None)),
        ("0-0", (0, 0)),
        ("high", (80, 100)),
        ("Medium", (60, 79)),
        ("very_low", (0, 39)),
        ("very low", (0, 39)),
    ],
)
def test_score_ranges(value: str, bounds: tuple) -> None:
    assert parse_score(value) == bounds


@pytest.mark.parametrize("value", ["abc", "101", "90-80", "-", "60-200", ">100x", "", "1-2-3"])
def test_bad_score_ranges(value: str) -> None:
    with pytest.raises(CommandError):
        parse_score(value)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("list status:zzz", "Valid statuses"),
        ("list status:", "needs a value"),
        ("list agent:zorro", "No agent matches 'zorro'"),
        ("list agent:bot", "Did you mean"),  # Sales Bot or Support Bot? Ask.
        ("list source:telegram", "No source matches"),
        ("list sort:worst", "Unknown sort"),
        ("list colour:red", "Unknown filter `colour:`"),
        ("list score:abc", "not a score range"),
        ("list banana", "I don't understand 'banana'"),
        ("show", "Give one lead id"),
        ("show abc", "'abc' is not a lead id"),
        ("show 4 5", "Give one lead id"),
        ("status 42", "Give a lead id and a status"),
        ("status abc spam", "'abc' is not a lead id"),
        ("status 42 maybe", "Unknown status 'maybe'"),
        ("top 0", "from 1 to 25"),
    ],
)
def test_errors_say_what_to_type(text: str, says: str) -> None:
    with pytest.raises(CommandError) as err:
        parse(text)
    assert says in str(err.value)


def test_did_you_mean_lists_the_close_agents() -> None:
    with pytest.raises(CommandError) as err:
        parse("list agent:bot")
    assert set(err.value.suggestions) >= {"Sales Bot", "Support Bot"}


@pytest.mark.parametrize(
    ("text", "name", "note"),
    [
        ("xyzzy", "help", "I don't know the command 'xyzzy'."),
        ("!!!", "help", "I don't know the command '!!!'."),
        ("statsu", "stats", None),  # close enough to one command: run it
        ("expotr status:spam", "export", None),
    ],
)
def test_gibberish_gets_help(text: str, name: str, note: str | None) -> None:
    cmd = parse(text)
    assert cmd.name == name
    if note is not None:
        assert note in (cmd.note or "")


def test_unknown_command_suggests_the_closest() -> None:
    cmd = parse("lisst-all")
    assert cmd.name == "help"
    assert cmd.note is not None and "`list`" in cmd.note


def test_agents_are_read_only_for_agent_filters() -> None:
    def boom() -> list[str]:
        raise AssertionError("agents looked up without an agent: filter")

    assert parse_command("list status:quote sort:score", boom).flt.status == "Quote Request"


def test_top_is_capped_with_a_note() -> None:
    cmd = parse("top 500")
    assert cmd.limit == TOP_MAX and cmd.note and "export" in cmd.note


@pytest.mark.parametrize(
    ("flt", "sort", "offset", "share"),
    [
        (LeadFilter(), "created", 10, False),
        (
            LeadFilter(status="Quote Request", agent='Bot "Q"', source="widget", min_score=0),
            "score",
            20,
            True,
        ),
        (LeadFilter(max_score=40), "updated", 3, False),
    ],
)
def test_page_values_round_trip(flt: LeadFilter, sort: str, offset: int, share: bool) -> None:
    value = page_value(flt, sort, offset, share=share)
    assert len(value) <= 2000
    assert parse_page_value(value) == (flt, sort, offset, share)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "nonsense",
        '{"f": {}, "sort": "worst", "offset": 0}',
        '{"f": {"status": "Maybe"}, "sort": "score", "offset": 0}',
        '{"f": {}, "sort": "score", "offset": -5}',
        '{"f": [], "sort": "score", "offset": 0}',
    ],
)
def test_bad_page_values_are_refused(value: str) -> None:
    with pytest.raises(CommandError):
        parse_page_value(value)


@pytest.mark.parametrize(
    ("flt", "sort", "words"),
    [
        (LeadFilter(), None, "all leads"),
        (LeadFilter(status="Spam", source="whatsapp"), "score", "Spam · WhatsApp · best first"),
        (LeadFilter(min_score=60, max_score=79), None, "score 60-79"),
        (LeadFilter(min_score=71), None, "score ≥ 71"),
        (LeadFilter(agent="Sales Bot"), "created", "agent Sales Bot · newest first"),
    ],
)
def test_describe(flt: LeadFilter, sort: str | None, words: str) -> None:
    assert describe(flt, sort) == words
