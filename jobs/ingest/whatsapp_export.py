"""Read WhatsApp "Export chat" text files (iOS and Android forms): one conversation per file.

    [20/11/26, 09:14:00] Javi: Hola            iOS
    20/11/26, 09:14 - Javi: Hola               Android
    11/20/2026, 9:14 PM - Javi: Hola           US order, 4-digit year, AM/PM

Lines without a header continue the message above. System lines (encryption notice,
group events, media placeholders, deleted messages) are skipped in the languages below.
The day/month order is decided per file (a first number over 12 means day first).
Times carry no zone in an export; they are taken as UTC.

Which sender is the agent: `--agent NAME` names the agent side; otherwise the file name
("WhatsApp Chat with X.txt", "Chat de WhatsApp con X.txt", ...) names the customer X and
every other sender is the agent. The id is derived from the customer's name only, so a
later, longer export of the same chat updates the same conversation.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePath

from jobs.ingest.base import Item, Options, Rejected, decode
from jobs.ingest.schema import MAX_TEXT
from storage.conversations import ConversationData, MessageData

_DATE = r"(?P<d1>\d{1,4})[./-](?P<d2>\d{1,2})[./-](?P<d3>\d{2,4})"
_TIME = (
    r"(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<s>\d{2}))?"
    r"(?:[\s\u202f\u00a0]*(?P<ampm>[AaPp]\.?[\s\u202f\u00a0]?[Mm]\.?))?"
)
_MARKS = "\u200e\u200f\u202a\u202b\u202c\ufeff"
IOS = re.compile(rf"^[{_MARKS}]*\[{_DATE},?\s+{_TIME}\]\s?(?P<rest>.*)$")
ANDROID = re.compile(rf"^[{_MARKS}]*{_DATE},?\s+{_TIME}\s?[-\u2013]\s(?P<rest>.*)$")

# Placeholders and notices that stand for a whole message, compared case-folded. Only the
# start (or end) is compared, so a customer who merely mentions them is still read.
_SYSTEM_STARTS = (
    "<media omitted>", "<multimedia omitido>", "<mídia oculta>", "<medien ausgeschlossen>",
    "<médias omis>", "<media omessi>", "<media weggelaten>", "<attached:", "<adjunto:",
    "<anexado:", "image omitted", "video omitted", "audio omitted", "sticker omitted",
    "gif omitted", "document omitted", "imagen omitida", "audio omitido", "sticker omitido",
    "messages and calls are end-to-end encrypted", "messages to this chat and calls are",
    "los mensajes y las llamadas están cifrados", "as mensagens e as chamadas são protegidas",
    "nachrichten und anrufe sind ende-zu-ende", "les messages et les appels sont chiffrés",
    "i messaggi e le chiamate sono crittografati",
    "this message was deleted", "you deleted this message", "se eliminó este mensaje",
    "eliminaste este mensaje", "esta mensagem foi apagada", "diese nachricht wurde gelöscht",
    "ce message a été supprimé", "questo messaggio è stato eliminato",
    "missed voice call", "missed video call", "llamada perdida", "llamada de voz perdida",
    "videollamada perdida", "this business uses a secure service",
    "esta empresa usa un servicio seguro", "waiting for this message",
    "esperando el mensaje", "aguardando mensagem",
)  # fmt: skip
_SYSTEM_ENDS = (
    "omitted>", "omitido>", "omitida>", "(file attached)", "(archivo adjunto)",
    "(arquivo anexado)", "(datei angehängt)", "(fichier joint)", "(file allegato)",
)  # fmt: skip
_SYSTEM_EXACT = {"null"}
_EDITED = re.compile(
    r"[\s\u200e]*<(?:this message was edited|se editó este mensaje\.?|mensagem editada)>\s*$",
    re.I,
)
_FILE_NAME = re.compile(
    r"^(?:whatsapp chat (?:with|-|–)|chat de whatsapp con|conversa do whatsapp com"
    r"|whatsapp-chat mit|discussion whatsapp avec|chat whatsapp con|whatsapp[- ]chat met"
    r"|czat whatsapp z|whatsapp sohbeti:?)\s+(?P<x>.+?)(?:\s+\(\d+\))?$",
    re.I,
)
_PHONE = re.compile(r"^\+?[\d\s().\-\u00a0\u202f]{7,}$")


@dataclass(slots=True)
class _Raw:
    line: int
    parts: tuple[str, ...]  # d1, d2, d3, h, mi, s, ampm
    sender: str
    lines: list[str]


def looks_like_export(line: str) -> bool:
    """Return True when `line` starts like a message of an exported chat."""
    return bool(IOS.match(line) or ANDROID.match(line))


def customer_from_name(path: str) -> str | None:
    """Return the chat partner X named by an export's file (or iOS folder) name."""
    p = PurePath(path)
    for candidate in (p.stem, p.parent.name):
        m = _FILE_NAME.match(_clean(candidate))
        if m:
            return m.group("x").strip()
    return None


def _clean(name: str) -> str:
    name = unicodedata.normalize("NFKC", name)
    return name.translate({ord(c): None for c in _MARKS}).lstrip("~").strip()


def _norm(name: str) -> str:
    return " ".join(_clean(name).casefold().split())


def _digits(name: str) -> str:
    return "".join(ch for ch in name if ch.isdigit())


def _is_system(text: str) -> bool:
    if text.startswith("\u200e"):
        return True  # iOS marks notices and media lines this way
    folded = text.casefold().strip()
    return (
        folded in _SYSTEM_EXACT
        or folded.startswith(_SYSTEM_STARTS)
        or folded.endswith(_SYSTEM_ENDS)
    )


def parse(lines: Iterable[tuple[int, bytes]], opts: Options) -> Iterator[Item]:
    """Yield the file's one conversation, with a rejection per unusable line."""
    raws: list[_Raw] = []
    first_line = 0
    for lineno, raw in lines:
        text = decode(raw)
        if isinstance(text, Rejected):
            yield Rejected(lineno, text.reason)
            continue
        m = IOS.match(text) or ANDROID.match(text)
        if m is None:
            if raws and raws[-1].sender:
                raws[-1].lines.append(text)
            continue
        first_line = first_line or lineno
        rest = m.group("rest")
        sender, sep, body = rest.partition(": ")
        if not sep or len(sender) > 80:
            raws.append(_Raw(lineno, (), "", []))  # a system line: later lines are not its text
            continue
        parts = tuple(m.group(g) or "" for g in ("d1", "d2", "d3", "h", "mi", "s", "ampm"))
        raws.append(_Raw(lineno, parts, _clean(sender), [body]))
    yield from _build([r for r in raws if r.sender], opts, first_line or 1)


def _order(raws: list[_Raw]) -> str:
    if any(len(r.parts[0]) == 4 for r in raws):
        return "ymd"
    if any(int(r.parts[0]) > 12 for r in raws):
        return "dmy"
    if any(int(r.parts[1]) > 12 for r in raws):
        return "mdy"
    return "dmy"  # the form DESIGN.md names, and the one most of the world exports


def _when(parts: tuple[str, ...], order: str) -> datetime:
    d1, d2, d3, h, mi, s, ampm = parts
    if order == "ymd":
        y, mo, d = int(d1), int(d2), int(d3)
    elif order == "mdy":
        mo, d, y = int(d1), int(d2), int(d3)
    else:
        d, mo, y = int(d1), int(d2), int(d3)
    if y < 100:
        y += 2000
    hour = int(h)
    if ampm:
        hour = hour % 12 + (12 if ampm[0] in "pP" else 0)
    return datetime(y, mo, d, hour, int(mi), int(s or 0), tzinfo=UTC)


def _build(raws: list[_Raw], opts: Options, first_line: int) -> Iterator[Item]:
    if not raws:
        yield Rejected(first_line, "no chat messages found")
        return
    senders = {r.sender for r in raws}
    if opts.agent:
        agent_keys = {_norm(opts.agent)}
        customers = {s for s in senders if _norm(s) not in agent_keys}
        if not customers:
            yield Rejected(first_line, "no message from anyone but the agent")
            return
        customer_label = sorted(customers)[0]
    else:
        named = customer_from_name(opts.name)
        if named is None:
            yield Rejected(
                first_line,
                "cannot tell which sender is the agent: pass --agent NAME or keep the "
                "export's file name (WhatsApp Chat with NAME.txt)",
            )
            return
        customers = {s for s in senders if _norm(s) == _norm(named)}
        if not customers and len(_digits(named)) >= 7:
            customers = {s for s in senders if _digits(s) == _digits(named)}
        if not customers:
            yield Rejected(
                first_line,
                "the customer named by the file name sent no message: pass --agent NAME",
            )
            return
        customer_label = named
    order = _order(raws)
    messages: list[MessageData] = []
    agents: Counter[str] = Counter()
    for r in raws:
        text = _EDITED.sub("", "\n".join(r.lines)).strip()
        if not text or _is_system(text):
            continue
        if len(text) > MAX_TEXT:
            yield Rejected(r.line, f"text longer than {MAX_TEXT:,} characters")
            continue
        if "\x00" in text:
            yield Rejected(r.line, "text contains a NUL character")
            continue
        try:
            at = _when(r.parts, order)
        except ValueError:
            yield Rejected(r.line, "invalid date or time")
            continue
        is_customer = r.sender in customers
        if not is_customer:
            agents[r.sender] += 1
        messages.append(MessageData("customer" if is_customer else "agent", text, at))
    if not messages:
        yield Rejected(first_line, "no chat messages found")
        return
    key = "|".join(sorted(_norm(c) for c in customers))
    phone = customer_label if _PHONE.match(customer_label) else None
    if phone and len(_digits(phone)) < 7:
        phone = None
    yield ConversationData(
        source=opts.source or "whatsapp",
        external_id="wa-chat-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20],
        messages=messages,
        agent=opts.agent or (agents.most_common(1)[0][0] if agents else None),
        started_at=messages[0].at,
        contact_name=customer_label[:200],
        contact_phone=("+" + _digits(phone)) if phone and phone.startswith("+") else phone,
    )
