"""Extract a customer's contact details and request from one conversation.

`extract` is the only function other layers call. It reads the import-format dict
(see DESIGN.md), looks only at customer messages for values, and uses agent messages
as context: what the agent asked, and the agent's own details, which are never the
lead's.

What it fills in `model.types.Extraction`:
- `emails`: valid addresses, lower-cased, first given first (or the one flagged
  "use X instead"); `phones`: E.164, the WhatsApp sender first, then as given.
- `name` and `name_confidence`: 0.9 stated ("my name is"), 0.85 answer to the
  agent's question, 0.75 "I'm X" / "this is X", 0.7 signature, 0.6 lower-case
  "im x", 0.5 WhatsApp profile only, 0.4 only spelled by an email address
  ("ana.ruiz@" gives "Ana Ruiz"); +0.05 when the profile agrees, +0.1 when an email's
  local part spells a name found elsewhere. A corrected email ("sorry, it's ...")
  replaces the one given before it.
- `language`: ISO 639-1 code of the customer's messages (en, es, it, pt, fr, de).
- `request`: summary (one line, the first non-negated clause asking for something),
  quantity, budget and ISO 4217 currency, deadline as written; from customer text only.
- `evidence`: message index and [start, end) span for "name" and each email and
  phone found in text; channel values (sender number, profile name) have none.

The country of a phone number, strongest evidence first (a salesperson dials what
this decides, so each step needs the number to be valid in the country it picks):
1. an explicit country code ("+351 …", "0034 …") as written;
2. the WhatsApp sender's country: national numbers are read there;
3. without a sender, a place the customer names (`model.places`: "we're in Lisbon",
   "desde Madrid", "w Krakowie", a country or demonym): a national number valid in
   that country is read there, unless the default region reads it as another valid
   number and the place is only a demonym ("a Mexican restaurant") or a country whose
   language the chat is not in ("our factory is in China", in English); one valid in
   two named countries as two different numbers is left to the next steps; a place
   after "to" ("shipping to Madrid") or one two countries share (Valencia, London)
   names none;
4. the language's countries (`model.phones.LANGUAGE_REGIONS`: pt → BR/PT, nl → NL/BE,
   pl → PL …; the agent's language when the customer typed too few letters to tell)
   for a national number that the next step would get wrong:
   - one not valid in the default region: after a phone word or the agent asking for
     one, any number, otherwise only a mobile, read in the first of those countries
     where it is valid, unless only another of them groups it as written ("044 123
     45 67" in German is Swiss);
   - one valid there but written with a grouping that country does not use ("(21)
     2345-6789" on a US widget), when exactly one language country reads it as valid
     and grouped as written;
   - Italian mobiles (`PREFER_REGIONS`);
5. the default region (settings `default_region`).
"""

from __future__ import annotations

import re
from typing import Any

from model.agent_side import agent_digit_runs, agent_emails, is_agent_phone, names_of_agent
from model.emails import (
    drop_corrected,
    drop_someone_elses,
    find_emails,
    form_email,
    may_hold_email,
    name_from_email,
    respelled_domain,
)
from model.language import ENOUGH_LETTERS, detect_language
from model.name_questions import asks_for_company, asks_for_name
from model.name_reader import (
    ANSWER,
    PROFILE,
    NameCandidate,
    adds_surname,
    complete_profile,
    given_first,
    profile_turned,
    respelled,
    spells_initial,
)
from model.names import find_in_message
from model.person_names import is_nickname, matches_email, profile_name, strip_company
from model.phones import (
    LANGUAGE_REGIONS,
    PHONE_CUE,
    PREFER_REGIONS,
    cue_regions,
    find_phones,
    has_digit_run,
    has_national_run,
    mistyped,
    parse_sender,
)
from model.places import domain_regions, named_regions
from model.read_back import confirmed_read_backs
from model.request import extract_request
from model.said_mobile import reread_mobiles, retyped
from model.spelled import spelled_runs
from model.text import lower
from model.types import Evidence, Extraction

# Customer wording that makes an address or number the one to use ("use X instead").
_PREFERRED = re.compile(
    r"\b(?:instead|prefer|preferred|better|actually|rather|correct|new|"
    r"mejor|prefiero|en su lugar|correcto|nuevo|meglio|preferisco|invece|corretto|nuovo|"
    r"plutôt|préfère|de préférence|correct|nouveau|nouvelle|lieber|stattdessen|bevorzugt|"
    r"richtig|neue|prefiro|melhor|em vez|correto|novo|typo|oops|sorry|wrong|perdón|perdona|"
    r"error|scusa|scusate|sbagliato|pardon|désolé|erreur|entschuldigung|sorry|falsch|"
    r"desculpa|desculpe|errado)\b",
)
# "... instead of old@x.com": the value right after these words is the one dropped.
_REPLACED = re.compile(
    r"(?:instead of|rather than|not|en lugar de|en vez de|no|non|invece di|anziché|"
    r"piuttosto che|au lieu de|plutôt que|pas|statt|anstatt|nicht|em vez de|ao invés de|"
    r"não)\s*:?\s*$",
)
_ANSWER_WINDOW = 2
# The confidence of a name only an email address spells: below a WhatsApp profile's.
FROM_EMAIL = 0.4
_REGION_LANGUAGE = {
    **dict.fromkeys(("ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "UY", "PY", "BO"), "es"),
    **dict.fromkeys(("CR", "GT", "HN", "NI", "PA", "SV", "DO", "CU", "PR"), "es"),
    **dict.fromkeys(("IT", "SM", "VA"), "it"),
    **dict.fromkeys(("PT", "BR", "AO", "MZ", "CV"), "pt"),
    **dict.fromkeys(("FR", "BE", "LU", "MC"), "fr"),
    **dict.fromkeys(("DE", "AT", "LI"), "de"),
    **{"NL": "nl", "PL": "pl", "RO": "ro", "SE": "sv", "DK": "da", "NO": "no", "FI": "fi"},
    **{"CZ": "cs", "SK": "sk", "HU": "hu", "TR": "tr", "GR": "el"},
}


# Bounds on what one conversation costs to read: a runaway chat of thousands of messages
# or a pasted 100 kB document is read in part, where contact details are: the start and
# end of each message, the opening messages and the latest ones. Never in seconds.
MESSAGE_HEAD_CHARS = 3_000
MESSAGE_TAIL_CHARS = 1_000
HEAD_MESSAGES, HEAD_CHARS = 300, 30_000
TAIL_MESSAGES, TAIL_CHARS = 100, 10_000
MAX_LANGUAGE_CHARS = 3_000


def _text_of(message: dict[str, Any]) -> str:
    """Return a message's text, "" when it has none.

    A very long text keeps its start and end; the middle becomes spaces, so every
    offset found in it still points at the same character of the stored text.
    """
    text = message.get("text")
    text = text if isinstance(text, str) else ("" if text is None else str(text))
    if len(text) > MESSAGE_HEAD_CHARS + MESSAGE_TAIL_CHARS:
        middle = len(text) - MESSAGE_HEAD_CHARS - MESSAGE_TAIL_CHARS
        text = text[:MESSAGE_HEAD_CHARS] + " " * middle + text[-MESSAGE_TAIL_CHARS:]
    return text


def _read(messages: list[dict[str, Any]]) -> list[tuple[int, dict[str, Any]]]:
    """Return (index, message) of the messages extraction reads: the first and the latest."""

    def within(pairs: list[tuple[int, dict[str, Any]]], count: int, chars: int) -> list:
        kept = []
        for pair in pairs[:count]:
            text = pair[1].get("text")
            chars -= min(len(text), MESSAGE_HEAD_CHARS + MESSAGE_TAIL_CHARS) if text else 0
            if chars < 0:
                break
            kept.append(pair)
        return kept

    pairs = list(enumerate(messages))
    head = within(pairs, HEAD_MESSAGES, HEAD_CHARS)
    if len(head) == len(pairs):
        return head
    tail = within(pairs[len(head) :][::-1], TAIL_MESSAGES, TAIL_CHARS)[::-1]
    return head + tail


def _texts(messages: list[tuple[int, dict[str, Any]]], role: str) -> list[tuple[int, str]]:
    """Return (index, text) of the messages written by `role`."""
    return [(i, _text_of(m)) for i, m in messages if m.get("role") == role and m.get("text")]


def _first_mentions(found: list[tuple[str, int, int, int, str]]) -> dict[str, int]:
    """Return the first customer message index of each value."""
    first: dict[str, int] = {}
    for value, index, *_ in found:
        first.setdefault(value, index)
    return first


def _order_preferred(found: list[tuple[str, int, int, int, str]]) -> list[tuple[str, Evidence]]:
    """Return unique values in the order given, moving one flagged as preferred to the front.

    `found` holds (value, message index, start, end, message text).
    """
    seen: dict[str, Evidence] = {}
    preferred: str | None = None
    for value, index, start, end, text in found:
        seen.setdefault(value, Evidence(index, start, end))
        # Only the words next to the value say whether it is the one to use.
        if _PREFERRED.search(lower(text[max(0, start - 50) : end + 30])) and not _REPLACED.search(
            lower(text[max(0, start - 25) : start])
        ):
            preferred = value
    ordered = list(seen.items())
    if preferred is not None:
        ordered.sort(key=lambda item: item[0] != preferred)
    return ordered


def _choose_name(
    candidates: list[NameCandidate], agent_names: dict[str, int]
) -> NameCandidate | None:
    """Return the most trustworthy candidate, earliest first, preferring full names.

    A name the agent used for themselves before the customer wrote it is the agent's.
    """
    usable = [
        c
        for c in candidates
        if agent_names.get(c.value.casefold(), c.message) >= c.message
        and agent_names.get(c.value.split()[0].casefold(), c.message) >= c.message
    ]
    if not usable:
        return None
    best = max(usable, key=lambda c: (c.confidence, -c.message, -c.start))
    # "I'm Ana" then a signature "Ana Ruiz": the fuller spelling of the same person.
    for other in usable:
        if len(other.value) > len(best.value) and other.value.startswith(best.value + " "):
            best = NameCandidate(
                other.value, best.confidence, other.message, other.start, other.end
            )
    return best


def _is_business(profile: str, companies: list[str], emails: list[str]) -> bool:
    """Return True when a profile name is the customer's company.

    It is when the customer gave it as their company's name or it is the domain of
    their email ("Brightline" and ana@brightline.io).
    """
    folded = profile.casefold()
    if any(folded in answer for answer in companies):
        return True
    squashed = folded.replace(" ", "")
    return any(squashed == e.split("@", 1)[1].rsplit(".", 1)[0] for e in emails)


def _completes(stated: str, profile: str) -> bool:
    """Return True when `profile` is the stated name word with whole name words around it:
    "Javier García" for "Javier", "Bram Jacobs" for "op naam van Jacobs" ("Marta G."
    adds only an initial)."""
    words = profile.split()
    if len(words) < 2 or stated not in (words[0], words[-1]):
        return False
    return all(len(w) >= 2 and w.isalpha() for w in words if w != stated)


def _name_from_emails(result: Extraction) -> None:
    """Set the name spelled by the first personal address (ana.ruiz@...), less surely.

    A fallback for a customer who never says their name: never a team inbox's, and
    never in place of a stated or profile name.
    """
    for email in result.emails:
        name = name_from_email(email)
        if name:
            result.name, result.name_confidence = name, FROM_EMAIL
            if email in result.evidence:
                result.evidence["name"] = result.evidence[email]
            return


def _letter_poor(customer: list[tuple[int, str]]) -> bool:
    """Return True when no customer message starts with enough letters to tell a language."""
    return not any(ENOUGH_LETTERS.search(text, 0, 200) for _, text in customer)


def _places(
    customer: list[tuple[int, str]], language: str, form: str = ""
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return the regions of the places the customer names, and those trusted; the
    country domains of their addresses (in the text or the widget's `form`) count too.

    A trusted place may override a valid default-region reading: named by name (not
    a demonym: "a Mexican restaurant") in a country where the chat's language is spoken.
    """
    said = "\n".join(text for _, text in customer)
    named = named_regions(said, language)
    # an address's country domain places its writer too ("secretariaat@club.be": the
    # "0478 26 31 94" below it is a Belgian mobile, not a Dutch landline)
    domains = tuple(r for r in domain_regions(f"{said}\n{form}") if r not in named)
    places = named + domains
    if not places:
        return (), ()
    trusted = tuple(
        r
        for r in (*named_regions(said, language, demonyms=False), *domains)
        if _speaks(r, language)
    )
    return places, trusted


def _speaks(region: str, language: str) -> bool:
    """Return True when `language` is spoken in `region` (as the extractor knows them)."""
    return _REGION_LANGUAGE.get(region) == language or region in LANGUAGE_REGIONS.get(language, ())


def extract(conversation: dict[str, Any], default_region: str = "US") -> Extraction:
    """Return the customer's name, emails, phones, language and request, with evidence.

    Values come only from customer messages; anything the agent gave as their own is
    dropped. A WhatsApp sender number is the first phone and sets the region in which
    other numbers are read (without one, a place the customer names does; the module
    docstring gives the whole order); an address a widget's form captured
    (`contact.email`) is the first email unless the customer corrects it; a WhatsApp
    profile name is used when no name is
    stated and it looks like a person's.
    """
    messages = _read(conversation.get("messages") or [])
    contact: dict[str, Any] = conversation.get("contact") or {}
    customer = _texts(messages, "customer")
    agent = _texts(messages, "agent")
    result = Extraction()

    region = default_region
    sender: str | None = None
    if contact.get("phone"):
        parsed = parse_sender(str(contact["phone"]), default_region)
        if parsed:
            sender, region = parsed
    # The sender's country breaks ties between languages sharing the same words.
    result.language = detect_language(
        " ".join(text for _, text in customer)[:MAX_LANGUAGE_CHARS],
        default=_REGION_LANGUAGE.get(region, "en"),
        replies=" ".join(text for _, text in agent)[:MAX_LANGUAGE_CHARS],
    )
    # A customer who only typed digits ("tak, 601 234 567" to a Polish question)
    # leaves the language to the default; the agent's words say where to read them.
    national = any(has_national_run(text) for _, text in customer)
    phone_language = result.language
    if national and agent and _letter_poor(customer):
        phone_language = detect_language(
            " ".join(text for _, text in agent)[:MAX_LANGUAGE_CHARS], default=result.language
        )
    fallback = LANGUAGE_REGIONS.get(phone_language, ())
    if national:  # "Podem me ligar? 912 …" read as English: "ligar" is Portuguese's cue
        fallback += cue_regions(" ".join(text for _, text in customer), phone_language)
    # Without a sender number, some languages' national numbers are read in their own
    # region first when they are valid there too (see PREFER_REGIONS).
    prefer = PREFER_REGIONS.get(phone_language, ()) if sender is None else ()
    # Without a sender, the places the customer names come before the default region;
    # looked up only when some customer text holds a number written without "+".
    form = str(contact.get("email") or "")
    places, trusted = (
        _places(customer, phone_language, form) if sender is None and national else ((), ())
    )

    emails: list[tuple[str, int, int, int, str]] = []
    phones: list[tuple[str, int, int, int, str]] = []
    names: list[NameCandidate] = []
    companies: list[str] = []  # answers to "what's your company name?"
    last_agent = ""
    replies = 0  # customer messages since the last agent message
    for index, message in messages:
        text = _text_of(message)
        if message.get("role") != "customer":
            last_agent, replies = text, 0
            continue
        replies += 1
        # An answer may come in the next two messages ("Sure!" then "Ana Ruiz").
        question = last_agent if replies <= _ANSWER_WINDOW else ""
        if may_hold_email(lower(text)):
            emails.extend((v, index, s, e, text) for v, s, e in find_emails(text))
        elif emails and (mended := respelled_domain(emails[-1][0], text)):
            emails[-1] = (mended, *emails[-1][1:])  # "oeps, gmail.com natuurlijk"
        # Without a digit run find_phones finds nothing: the question is not read then.
        if has_digit_run(text):
            cued = PHONE_CUE.search(lower(question)) is not None
            read = find_phones(
                text,
                region,
                fallback,
                cued=cued,
                prefer_regions=prefer,
                places=places,
                trusted_places=trusted,
                regroup=sender is None,
            )
            read = reread_mobiles(text, read, phone_language, question)  # "mi cel es …"
            read = retyped(text, read, [v for v, *_ in phones])  # a slip mended
            phones.extend((v, index, s, e, text) for v, s, e in read)
        # A number dictated in words ("zéro six, douze, trente-quatre…"): its digits are
        # read like typed ones; spelling it out is itself the cue that it is a phone.
        for digits, s, e in spelled_runs(text):
            phones.extend(
                (v, index, s, e, text)
                for v, _, _ in find_phones(
                    digits, region, fallback, cued=True, prefer_regions=prefer
                )
            )
        if asks_for_company(question):
            companies.append(lower(text))
        asked = asks_for_name(question)
        found = find_in_message(text, index, asked, result.language)
        names.extend(found)
        if asked and any(c.confidence == ANSWER for c in found):
            last_agent = ""  # answered: later messages are not answers to it

    # The agent's own details are looked up only when the customer's could clash. A
    # value the agent wrote first is the business's; one the agent only repeats after
    # the customer gave it ("so that's ana@x.com?") stays the customer's.
    if emails and agent:
        own = agent_emails(agent)
        first = _first_mentions(emails)
        emails = [item for item in emails if own.get(item[0], first[item[0]]) >= first[item[0]]]
    if phones and agent:
        runs = agent_digit_runs(agent)
        if runs:
            first = _first_mentions(phones)
            phones = [item for item in phones if not is_agent_phone(item[0], runs, first[item[0]])]
    if agent:  # "dus 06 1987 6543?" — "klopt": the customer's number, read back whole
        phones.extend(
            confirmed_read_backs(
                messages,
                lambda t: find_phones(t, region, fallback, cued=True, prefer_regions=prefer),
            )
        )
    if form := form_email(contact.get("email")):  # first, as a sender number, unless corrected
        emails.insert(0, (form, -1, 0, 0, ""))
    if len(emails) > 1:
        emails = drop_someone_elses(drop_corrected(emails, _REPLACED))
    if len(phones) > 1:  # "Entschuldigung, falsch. Richtig ist 0176 … 1075"
        phones = drop_corrected(phones, _REPLACED, similar=mistyped)
    agent_names = names_of_agent(agent, str(conversation.get("agent") or "")) if names else {}

    for value, evidence in _order_preferred(emails):
        result.emails.append(value)
        if evidence.message >= 0:  # no message holds a form's address
            result.evidence[value] = evidence
    if sender:
        result.phones.append(sender)
    for value, evidence in _order_preferred(phones):
        if value not in result.phones:
            result.phones.append(value)
            result.evidence[value] = evidence

    best = _choose_name(names, agent_names)
    if best is not None:
        result.name, result.name_confidence = best.value, best.confidence
        result.evidence["name"] = Evidence(best.message, best.start, best.end)
    profile = profile_name(str(contact.get("name") or ""))
    # a nickname profile ("Pepe 🍕") names no one; the customer's own words still may
    if profile and (is_nickname(profile) or _is_business(profile, companies, result.emails)):
        profile = None
    if profile and profile.casefold() not in agent_names:
        if best is None:
            result.name, result.name_confidence = profile, PROFILE
        elif turned := profile_turned(best.value, profile):
            result.name = turned  # "au nom de Lemaire" under "Lemaire Philippe"
        elif " " not in best.value and _completes(best.value, profile):
            result.name = profile  # "I'm Javier" from "Javier García": the full name
        elif adds_surname(best.value, profile):
            result.name = f"{profile} {best.value}"  # "Marta" booked "a nome Bianchi"
        elif surname := spells_initial(best.value, profile):
            result.name = surname  # "c'est Mme Rochat" under "Nathalie R."
        elif flipped := given_first(best.value, profile):
            result.name = flipped  # "Girard Nathalie" under "Nathalie G."
        elif accented := respelled(best.value, profile):
            result.name = accented  # "Pawel Kowalczyk" under "Paweł"
        elif profile.casefold() == best.value.casefold():
            result.name_confidence = min(1.0, result.name_confidence + 0.05)
        if result.name == profile:  # "Camille" … "Camille Robert", "K. Weber" … "Klaus Weber"
            texts = [t for _, t in customer]
            result.name = complete_profile(profile, texts, str(contact["name"])) or profile
    if result.name and result.emails:
        result.name = strip_company(result.name, result.emails)
    if result.name and matches_email(result.name, result.emails):
        result.name_confidence = min(1.0, result.name_confidence + 0.1)
    if result.name is None and result.emails:
        _name_from_emails(result)

    result.request = extract_request(customer)
    return result


def warm_up() -> None:
    """Load now what extraction otherwise loads on first use: rules, tables, the identifier.

    A process that forks extraction helpers calls it first, so they share one copy.
    """
    from model.language import language_ranking

    extract(
        {
            "messages": [
                {"role": "agent", "text": "Hi! What is your name and phone number?"},
                {"role": "customer", "text": "Ana Ruiz, ana@example.com, 612 345 678, Madrid"},
            ]
        },
        "ES",
    )
    language_ranking("warm up")
