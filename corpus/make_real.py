"""Rebuild the compact real-text sets in model/data/real/ from public repository snapshots.

Run once by hand (never at build or run time):
    python -m corpus.make_real SPAMASSASSIN_GIT YOUTUBE_GIT CLINC_GIT [TG_SPAM_GIT HINT3_GIT]
where each argument is a bare git directory of the repository named in DATA_CARD.md.
Each output is gzipped JSON Lines, one {"id", "text", "label", "lang"} object a line,
written in a fixed order so that the same snapshots give the same files.
"""

from __future__ import annotations

import csv
import email
import gzip
import hashlib
import html
import io
import json
import re
import subprocess
import sys
from email import policy
from pathlib import Path

from model.real_text import HINT3_INTENTS

OUT = Path(__file__).resolve().parents[1] / "model" / "data" / "real"
MAX_CHARS = 700  # a chat message, not a whole newsletter
SPAM_EMAILS = 1500
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"[ \t\r\f\v]+")
_LINES = re.compile(r"\n\s*\n+")
# CLINC150 intents a business's chat gets as small talk or a passing question: not a lead
CLINC_INFO = {
    "greeting",
    "goodbye",
    "thank_you",
    "tell_joke",
    "what_is_your_name",
    "are_you_a_bot",
    "how_old_are_you",
    "where_are_you_from",
    "what_are_your_hobbies",
    "who_made_you",
    "who_do_you_work_for",
    "meaning_of_life",
    "fun_fact",
    "do_you_have_pets",
    "what_can_i_ask_you",
    "weather",
    "time",
    "date",
    "definition",
    "yes",
    "no",
    "maybe",
    "repeat",
    "timezone",
    "spelling",
    "translate",
    "calculator",
    "measurement_conversion",
    "flip_coin",
    "roll_dice",
    "directions",
    "distance",
    "traffic",
    "next_holiday",
    "plug_type",
    "exchange_rate",
    "user_name",
}


def _git(repo: str, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", repo, *args], check=True, capture_output=True).stdout


def _clean(text: str) -> str:
    text = html.unescape(_TAG.sub(" ", text))
    text = "\n".join(_SPACE.sub(" ", line).strip() for line in text.splitlines())
    return _LINES.sub("\n\n", text).strip()[:MAX_CHARS].strip()


def _body(raw: str) -> str:
    """Return the subject and plain body of one raw email (HTML tags dropped)."""
    msg = email.message_from_string(raw, policy=policy.compat32)
    parts = []
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        payload = part.get_payload(decode=True) or b""
        try:
            parts.append(payload.decode(part.get_content_charset() or "latin-1", errors="replace"))
        except LookupError:  # a charset name Python does not know ("default")
            parts.append(payload.decode("latin-1"))
        if part.get_content_subtype() == "plain":
            break
    subject = str(msg.get("Subject") or "").strip()
    return _clean(f"{subject}\n\n{parts[0] if parts else ''}")


def _write(name: str, rows: list[dict]) -> None:
    with gzip.GzipFile(OUT / name, "wb", mtime=0) as raw, io.TextIOWrapper(raw, "utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{name}: {len(rows)} rows")


def spamassassin(repo: str) -> None:
    """Write a deterministic sample of the SpamAssassin public corpus's spam (spam-1, spam-2)."""
    names = [
        n
        for n in _git(repo, "ls-tree", "-r", "--name-only", "HEAD", "data").decode().split()
        if n.startswith(("data/spam-1/", "data/spam-2/")) and n.endswith(".json")
    ]
    names.sort(key=lambda n: hashlib.sha256(n.encode()).hexdigest())
    rows, seen = [], set()
    for name in names:
        record = json.loads(_git(repo, "show", f"HEAD:{name}"))
        text = _body(record["text"])
        key = text[:200].lower()
        if len(text) < 40 or key in seen:
            continue
        seen.add(key)
        rows.append(
            {
                "id": f"sa-{record['group']}-{record['id']}",
                "text": text,
                "label": "spam",
                "lang": "en",
            }
        )
        if len(rows) == SPAM_EMAILS:
            break
    rows.sort(key=lambda r: r["id"])
    _write("spamassassin_spam.jsonl.gz", rows)


def youtube(repo: str) -> None:
    """Write the five YouTube Spam Collection files (CLASS 1 spam, 0 ham)."""
    rows = []
    for name in (
        "Youtube01-Psy",
        "Youtube02-KatyPerry",
        "Youtube03-LMFAO",
        "Youtube04-Eminem",
        "Youtube05-Shakira",
    ):
        data = _git(repo, "show", f"HEAD:data/{name}.csv").decode("utf-8", errors="replace")
        for row in csv.DictReader(io.StringIO(data)):
            text = _clean(row["CONTENT"])
            if text:
                label = "spam" if row["CLASS"].strip() == "1" else "ham"
                rows.append(
                    {
                        "id": f"yt-{name[7:9]}-{row['COMMENT_ID']}",
                        "text": text,
                        "label": label,
                        "lang": "en",
                    }
                )
    _write("youtube_comments.jsonl.gz", rows)


def clinc(repo: str) -> None:
    """Write CLINC150's small-talk and passing-question utterances and its out-of-scope ones."""
    data = json.loads(_git(repo, "show", "HEAD:data/data_full.json"))
    rows = []
    for part in ("train", "val", "test", "oos_train", "oos_val", "oos_test"):
        for index, (text, intent) in enumerate(data[part]):
            if intent in CLINC_INFO or intent == "oos":
                rows.append(
                    {
                        "id": f"clinc-{part}-{index}",
                        "text": text,
                        "label": "info_only",
                        "lang": "en",
                        "intent": intent,
                    }
                )
    _write("clinc_smalltalk.jsonl.gz", rows)


# HINT3 labels that are a buyer's question: those filed as a quote request or an
# opportunity (model.real_text.HINT3_INTENTS: a price, a payment plan, an order, a size
# to order, a product to recommend, a way to buy). The others (a pincode check,
# delivery, returns, order status, out of scope) are the rest of real customer questions.
HINT3_BUYER = {k for k, v in HINT3_INTENTS.items() if v in ("quote_request", "opportunity")}


def telegram(repo: str) -> None:
    """Write tg-spam's spam and ham samples (Telegram group chats, mostly Russian)."""
    rows, seen = [], set()
    for label, name in (("spam", "spam-samples"), ("ham", "ham-samples")):
        data = _git(repo, "show", f"HEAD:data/{name}.txt").decode("utf-8", errors="replace")
        for index, line in enumerate(data.splitlines()):
            text = _clean(line)
            if not text or (label, text) in seen:
                continue
            seen.add((label, text))
            cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in text)
            rows.append(
                {
                    "id": f"tg-{label}-{index:04d}",
                    "text": text,
                    "label": label,
                    "lang": "ru" if cyrillic * 3 > len(text) else "en",
                }
            )
    _write("telegram_chats.jsonl.gz", rows)


def hint3(repo: str) -> None:
    """Write HINT3's real shop-chatbot questions (SOFMattress, Curekart), buyers marked."""
    rows, seen = [], set()
    for bot in ("sofmattress", "curekart"):
        for part in ("train", "test"):
            data = _git(repo, "show", f"HEAD:dataset/v2/{part}/{bot}_{part}.csv").decode("utf-8")
            for index, row in enumerate(csv.DictReader(io.StringIO(data))):
                text = _clean(row["sentence"])
                if not text or text.lower() in seen:
                    continue
                seen.add(text.lower())
                rows.append(
                    {
                        "id": f"hint3-{bot}-{part}-{index:04d}",
                        "text": text,
                        "label": "buyer" if row["label"] in HINT3_BUYER else "question",
                        "lang": "en",
                        "intent": row["label"],
                        # HINT3's own train split may be read while developing; its
                        # test split is only ever scored (leads evaluate)
                        "part": "dev" if part == "train" else "test",
                    }
                )
    _write("hint3_questions.jsonl.gz", rows)


if __name__ == "__main__":
    spamassassin(sys.argv[1])
    youtube(sys.argv[2])
    clinc(sys.argv[3])
    if len(sys.argv) > 5:
        telegram(sys.argv[4])
        hint3(sys.argv[5])
