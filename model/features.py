"""Turn conversations plus their extractions into the model's feature matrices.

Two blocks: hashed text features of the customer's own words (word unigrams, bigrams
and word prefixes, which stand in for character n-grams at a fraction of the cost) and
a small dense block of structured signals read from `Extraction` (contact completeness,
stated figures, engagement, source, spam signals, language). Each structured column
belongs to a named group so predictions can be explained in salesperson words.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer

from model.types import Extraction

N_TEXT_FEATURES = 2**18
LANGS = ("en", "es", "it", "pt", "fr", "de")

_EMAIL = re.compile(r"\S+@\S+\.\w+")
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|net|org|info|ly|io|co)/\S*")
_LONGNUM = re.compile(r"\d[\d\s().-]{6,}\d")
_NUM = re.compile(r"\d+")
_TOKEN = re.compile(r"\w+|[$€£!?]")
_UPPER = re.compile(r"[A-ZÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÄÖÜÇÑ]")
_BANG = re.compile(r"!")
_MONEY = re.compile(r"[$€£]|\b(?:usd|eur|gbp|cash|prize)\b", re.IGNORECASE)
_ACCENTS = str.maketrans("áàâãäéèêëíìîïóòôõöúùûüçñ", "aaaaaeeeeiiiiooooouuuucn")


@dataclass(frozen=True, slots=True)
class Group:
    """Name one explainable group of structured columns, as a salesperson would say it.

    `key` is the column that says whether the signal is present (above the average
    conversation); `present` / `absent` are the words for each case (None: not shown).
    """

    name: str
    key: str
    present: str | None
    absent: str | None


# Structured columns, in order, each with the group it belongs to.
STRUCT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("has_name", "name"),
    ("has_email", "email"),
    ("has_phone", "phone"),
    ("no_contact", "no_contact"),
    ("several_contacts", "several_contacts"),
    ("has_quantity", "quantity"),
    ("log_quantity", "quantity"),
    ("has_budget", "budget"),
    ("has_deadline", "deadline"),
    ("one_message", "one_message"),
    ("many_messages", "engagement"),
    ("log_length", "length"),
    ("agent_engaged", "agent_engaged"),
    ("whatsapp", "whatsapp"),
    ("link", "link"),
    ("shouting", "shouting"),
    ("long_number", "long_number"),
    ("money_words", "money_words"),
    *((f"lang_{lang}", "language") for lang in LANGS),
)

STRUCT_GROUPS: tuple[Group, ...] = (
    Group("name", "has_name", "gave their name", "no name given"),
    Group("email", "has_email", "left an email address", "no email address"),
    Group("phone", "has_phone", "left a phone number", "no phone number"),
    Group("no_contact", "no_contact", "no contact details", None),
    Group("several_contacts", "several_contacts", "left several ways to reach them", None),
    Group("quantity", "has_quantity", "stated a quantity", "no quantity stated"),
    Group("budget", "has_budget", "mentioned a budget", "no budget mentioned"),
    Group("deadline", "has_deadline", "gave a deadline", "no deadline given"),
    Group("one_message", "one_message", "one message only", "kept the conversation going"),
    Group("engagement", "many_messages", "long back-and-forth", None),
    Group("length", "log_length", "wrote in detail", "very short messages"),
    Group("agent_engaged", "agent_engaged", "answered the agent", None),
    Group("whatsapp", "whatsapp", "came in on WhatsApp", "came in through the website chat"),
    Group("link", "link", "contains a link", None),
    Group("shouting", "shouting", "shouty text (caps, !!!)", None),
    Group("long_number", "long_number", "SMS-style numbers or codes", None),
    Group("money_words", "money_words", "talks about money or prizes", None),
    Group("language", "lang_en", None, None),
)

# Text columns are grouped by the intent they point to most (learned at training time).
TEXT_THEMES: tuple[tuple[str, str], ...] = (
    ("quote_request", "asked for a quote"),
    ("opportunity", "showed buying interest"),
    ("info_only", "only asked for information"),
    ("support", "existing-customer support issue"),
    ("not_interested", "said they are not interested"),
    ("spam", "looks like a vendor pitch or spam"),
)


def allowed_factor_labels() -> set[str]:
    """Return every phrase a factor may start with (the explanation vocabulary)."""
    labels = {label for _, label in TEXT_THEMES}
    for g in STRUCT_GROUPS:
        labels.update(x for x in (g.present, g.absent) if x)
    return labels


def struct_group_matrix() -> np.ndarray:
    """Return the 0/1 matrix mapping structured columns to STRUCT_GROUPS."""
    index = {g.name: i for i, g in enumerate(STRUCT_GROUPS)}
    m = np.zeros((len(STRUCT_COLUMNS), len(STRUCT_GROUPS)))
    for c, (_, group) in enumerate(STRUCT_COLUMNS):
        m[c, index[group]] = 1.0
    return m


def struct_key_columns() -> np.ndarray:
    """Return, per structured group, the index of the column that marks presence."""
    names = [name for name, _ in STRUCT_COLUMNS]
    return np.array([names.index(g.key) for g in STRUCT_GROUPS])


def normalise(text: str) -> str:
    """Lower-case, drop accents and replace volatile values (emails, links, numbers)."""
    text = _EMAIL.sub(" zzemail ", text)
    text = _URL.sub(" zzlink ", text)
    text = _LONGNUM.sub(" zzlongnum ", text)
    text = _NUM.sub(" zznum ", text)
    return text.lower().translate(_ACCENTS)


def analyse(text: str) -> list[str]:
    """Return the text features of one document: words, word pairs and word prefixes."""
    words = _TOKEN.findall(normalise(text))
    feats = words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
    # prefixes tolerate typos, inflection and compounds ("cotizacion" ~ "cotizar")
    feats += ["~" + w[:5] for w in words if len(w) > 5]
    return feats


def make_hasher() -> HashingVectorizer:
    """Return the stateless text vectoriser (no vocabulary to store)."""
    return HashingVectorizer(
        analyzer=analyse,
        n_features=N_TEXT_FEATURES,
        alternate_sign=False,
        norm="l2",
        dtype=np.float64,
    )


def customer_text(conversation: dict) -> str:
    """Join the customer's messages: the agent's words say nothing about the lead."""
    return "\n".join(
        m.get("text", "") for m in conversation.get("messages", ()) if m.get("role") == "customer"
    )


def _struct_row(conversation: dict, text: str, x: Extraction) -> list[float]:
    """Compute the structured columns of one conversation (order of STRUCT_COLUMNS)."""
    messages = conversation.get("messages", ())
    turns = sum(1 for m in messages if m.get("role") == "customer")
    agent = len(messages) - turns
    has_name = 1.0 if x.name else 0.0
    has_email = 1.0 if x.emails else 0.0
    has_phone = 1.0 if x.phones else 0.0
    req = x.request
    qty = req.quantity or 0
    n = len(text) or 1
    caps = len(_UPPER.findall(text)) / n
    bangs = len(_BANG.findall(text))
    lang = x.language
    return [
        has_name,
        has_email,
        has_phone,
        1.0 if not (has_email or has_phone) else 0.0,
        1.0 if len(x.emails) + len(x.phones) >= 2 else 0.0,
        1.0 if qty else 0.0,
        math.log1p(qty) / 7.0,
        1.0 if req.budget else 0.0,
        1.0 if req.deadline else 0.0,
        1.0 if turns <= 1 else 0.0,
        1.0 if turns >= 4 else 0.0,
        math.log1p(n) / 6.0,
        1.0 if agent and turns else 0.0,
        1.0 if conversation.get("source") == "whatsapp" else 0.0,
        1.0 if _URL.search(text) else 0.0,
        min(1.0, caps * 2.0 + bangs * 0.2) if caps > 0.3 or bangs >= 2 else 0.0,
        1.0 if _LONGNUM.search(text) and not (has_phone or has_email) else 0.0,
        1.0 if _MONEY.search(text) else 0.0,
        *(1.0 if lang == code else 0.0 for code in LANGS),
    ]


def featurise(
    conversations: Sequence[dict], extractions: Sequence[Extraction]
) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Return (hashed text matrix, structured matrix) for a batch."""
    texts = [customer_text(c) for c in conversations]
    text_matrix = make_hasher().transform(texts)
    struct = np.array(
        [_struct_row(c, t, x) for c, t, x in zip(conversations, texts, extractions, strict=True)],
        dtype=np.float64,
    ).reshape(len(texts), len(STRUCT_COLUMNS))
    return text_matrix, struct


def stack(text_matrix: sparse.csr_matrix, struct: np.ndarray) -> sparse.csr_matrix:
    """Return one sparse design matrix: text columns first, then structured."""
    return sparse.hstack([text_matrix, sparse.csr_matrix(struct)], format="csr")
