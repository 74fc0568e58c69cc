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
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from model.concepts import concept_of, concept_tokens, suspicious_link
from model.hashing import HashedRows, hashed_matrix
from model.language import TRAINED_LANGUAGES
from model.phone_kind import is_personal, phone_kinds, said_own
from model.shorthand import spell_out
from model.text import openings
from model.types import Extraction

if TYPE_CHECKING:
    from scipy import sparse

N_TEXT_FEATURES = 2**18
LANGS = ("en", "es", "it", "pt", "fr", "de")

_EMAIL = re.compile(r"\S+@\S+\.\w+")
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|net|org|info|ly|io|co)/\S*")
_LONGNUM = re.compile(r"\d[\d\s().-]{6,}\d")
_NUM = re.compile(r"\d+")
# the placeholders _substitute writes (one list: the blind reading keeps them too)
_PLACEHOLDERS = r"\bzz(?:email|link|badlink|longnum|phone|num)\b"
_PLACEHOLDER = re.compile(_PLACEHOLDERS, re.IGNORECASE)
_TOKEN = re.compile(r"\w+|[$€£!?]")
_UPPER = re.compile(r"[A-ZÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÄÖÜÇÑ]")
# matched on the lower-cased text: an IGNORECASE alternation costs several times more
# (the lookahead lets the engine pass most positions after one character test)
_MONEY = re.compile(r"(?=[$€£cegpu])(?:[$€£]|\b(?:usd|eur|gbp|cash|prize)\b)")
# Anything any of the four patterns above could match needs one of these.
_VOLATILE = re.compile(r"[\d@]|www\.|://|\.(?:com|net|org|info|ly|io|co)/")
_ACCENTS = str.maketrans("áàâãäéèêëíìîïóòôõöúùûüçñ", "aaaaaeeeeiiiiooooouuuucn")
# the same table as pairs: a replace per accent present is several times faster than
# str.translate, which looks every character of a non-ASCII text up in a dict
_ACCENT_PAIRS = tuple((chr(k), chr(v)) for k, v in _ACCENTS.items())

# Negators of the six languages, as they read after normalisation ("não" -> "nao";
# "don't" -> "don" "t", "n'ai" -> "n" "ai"). A negator opens a scope of NEG_WINDOW words.
NEGATORS = frozenset(
    {
        # en
        "not", "no", "never", "nothing", "nor", "t", "dont", "cannot", "cant", "nobody",
        # es / pt / it
        "nunca", "nada", "ni", "jamas", "tampoco", "nao", "nem", "non", "mai", "ne",
        "niente", "nessun", "nessuno",
        # fr
        "pas", "jamais", "rien", "aucun", "aucune", "n",
        # de
        "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals",
        "nichts",
    }
)  # fmt: skip
NEG_WINDOW = 3
_NEGATOR_WORDS = "|".join(sorted(NEGATORS, key=len, reverse=True))
# searched in every chat scored: the lookahead (model.text.openings) skips most word starts
_HAS_NEGATOR = re.compile(rf"\b{openings(_NEGATOR_WORDS)}(?:{_NEGATOR_WORDS})\b")
_SCOPED_TOKEN = re.compile(r"\w+|[$€£!?.,;:\n]")
_SCOPE_END = frozenset(".,;:!?\n")
_KEEP_PUNCT = frozenset("!?")


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
    ("suspicious_link", "suspicious_link"),
    ("shouting", "shouting"),
    ("long_number", "long_number"),
    ("service_number", "service_number"),
    ("money_words", "money_words"),
    *((f"lang_{lang}", "language") for lang in LANGS),
)

STRUCT_INDEX = {name: k for k, (name, _) in enumerate(STRUCT_COLUMNS)}
NO_CONTACT_COLUMN = STRUCT_INDEX["no_contact"]

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
    Group("suspicious_link", "suspicious_link", "links to a suspicious site", None),
    Group("shouting", "shouting", "shouty text (caps, !!!)", None),
    Group("long_number", "long_number", "SMS-style numbers or codes", None),
    Group("service_number", "service_number", "gave a premium-rate or toll-free number", None),
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


def _read_words(name: str) -> frozenset[str]:
    """Return the words of a package data file (one per line; # starts a comment)."""
    text = (Path(__file__).resolve().parent / "data" / name).read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if (w := line.split("#")[0].strip()))


# Function words (normalised: lower case, no accents) that a factor never quotes: a
# reason reading 'asked for a quote ("please")' tells a salesperson nothing. Negators
# count too, so "not" alone is never quoted but "not interested" is.
STOPWORDS: frozenset[str] = NEGATORS | _read_words("function_words.txt")


# Function words alone say how formally someone writes, not what they want: a buyer's
# office email is as full of "and", "de", "und" as a vendor's pitch. They are left out
# as single-word features (pairs keep them: "me interesa", "not interested").
# CONCEPT_BREAK separates a chat's words from its concept tokens (_read_as, _pairs).
CONCEPT_BREAK = "zzbrk"  # five letters: no prefix feature of its own
_STYLE_WORDS = (STOPWORDS - NEGATORS) | {CONCEPT_BREAK}


def is_stopword_phrase(phrase: str) -> bool:
    """Return True when a phrase has no content word (only function words, placeholders),
    or holds a placeholder: "Call zzlongnum" is no quote to show a salesperson."""
    if _PLACEHOLDER.search(phrase):
        return True
    return all(
        w in STOPWORDS or w.startswith("zz") or w.isdigit() or len(w) < 3
        for w in _TOKEN.findall(_fold(phrase))
        if w not in _KEEP_PUNCT
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


def _substitute(text: str, personal: Sequence[str] = ()) -> str:
    """Replace volatile values (emails, links, numbers) by placeholders, keeping case.

    A long number that ends with one of the `personal` national numbers (the customer's
    own phone, `phone_kind.phone_kinds`) reads "zzphone"; any other reads "zzlongnum".
    """
    if not _VOLATILE.search(text):
        return text  # most chats: one cheap scan instead of four substitutions
    # each pattern only where its anchor character is: a substring test is a fast C
    # scan, and _EMAIL backtracks over every word of a text that has no "@"
    if "@" in text:
        text = _EMAIL.sub(" zzemail ", text)
    if "/" in text or "www." in text:
        text = _URL.sub(_link_token, text)
    text = _LONGNUM.sub(lambda m: _long_token(m, personal), text)
    return _NUM.sub(" zznum ", text)


def _long_token(m: re.Match[str], personal: Sequence[str]) -> str:
    """Return the placeholder of one long number: a person's phone or any other. A number
    the writer calls their own ("mi cel es …") is a person's even where no region reads it."""
    own = is_personal(m.group(0), personal) or said_own(m.string, m.start(), m.end())
    return " zzphone " if own else " zzlongnum "


def _link_token(m: re.Match[str]) -> str:
    """Return the placeholder of one link: a scam's (shortener, throwaway or bait host) or
    any other, which a buyer shares too (a product page, their site, a photo)."""
    return " zzbadlink " if suspicious_link(m.group(0).lower()) else " zzlink "


def _fold(text: str) -> str:
    """Lower-case and drop accents (an ASCII text skips the slow per-character table)."""
    low = text.lower()
    if low.isascii():
        return low
    for accented, plain in _ACCENT_PAIRS:
        if accented in low:
            low = low.replace(accented, plain)
    return low


def normalise(text: str) -> str:
    """Lower-case, drop accents and replace volatile values (emails, links, numbers)."""
    return _fold(_substitute(text))


def _negate(tokens: Sequence[str]) -> list[tuple[str, int, int]]:
    """Return (word, token index, scope start index) per kept token, negated words NEG_.

    The scope is the few words after a negator, up to the next punctuation mark, so
    "no me interesa" and "me interesa" give different features ("neg_interesa" vs
    "interesa") while the negator itself stays a word of its own. Punctuation other
    than ! and ? only ends a scope; the scope start lets an explanation quote the
    negator with the word ("non mi interessa").
    """
    out: list[tuple[str, int, int]] = []
    left = 0
    opened = 0
    for i, tok in enumerate(tokens):
        if tok in _SCOPE_END:
            left = 0
            if tok in _KEEP_PUNCT:
                out.append((tok, i, i))
        elif tok in NEGATORS:
            out.append((tok, i, i))
            left, opened = NEG_WINDOW, i
        elif left:
            out.append(("neg_" + tok, i, opened))
            left -= 1
        else:
            out.append((tok, i, i))
    return out


def _pairs(ws: Sequence[str]) -> list[str]:
    """Return the word pairs of `ws`, none across the break before a chat's concept tokens.

    A pair of the chat's last word and its first concept ("zzlongnum zzcnot", a phone
    number then "nicht") says nothing about the chat but where its words happen to end.
    """
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(ws)]
    if CONCEPT_BREAK not in ws:
        return pairs
    k = ws.index(CONCEPT_BREAK)  # the pairs (k-1, k) and (k, k+1) hold the break
    return pairs[: max(k - 1, 0)] + pairs[k + 1 :]


def _features(ws: Sequence[str]) -> list[str]:
    """Return the features of a negation-marked word list: words, pairs and prefixes."""
    feats = [w for w in ws if w not in _STYLE_WORDS] + _pairs(ws)
    # a negated word keeps its mark in the prefix ("neg_inter" is not "inter")
    feats += [p for p in map(_prefix, ws) if p]
    return feats


def _prefix(word: str) -> str:
    """Return the prefix feature of a long word ("" for a short one), keeping NEG_."""
    if word.startswith("neg_"):
        return "~" + word[:9] if len(word) > 9 else ""
    return "~" + word[:5] if len(word) > 5 else ""


def analyse(text: str) -> list[str]:
    """Return the text features of one document: words, word pairs and word prefixes.

    Words in a negation's scope are marked NEG_ (see `_negate`).
    """
    return _analyse_normalised(normalise(text))


def _analyse_substituted(substituted: str) -> list[str]:
    """Return `analyse`'s features of a text whose volatile values are already replaced."""
    return _analyse_normalised(_fold(substituted))


def _analyse_normalised(norm: str) -> list[str]:
    """Return the features of a normalised text (see `analyse`)."""
    if _HAS_NEGATOR.search(norm):
        return _features([w for w, _, _ in _negate(_SCOPED_TOKEN.findall(norm))])
    # the common case, no negator: no scope pass, and the plain prefix rule
    words = _TOKEN.findall(norm)
    feats = [w for w in words if w not in _STYLE_WORDS]
    feats += _pairs(words)
    # prefixes tolerate typos, inflection and compounds ("cotizacion" ~ "cotizar")
    feats += ["~" + w[:5] for w in words if len(w) > 5]
    return feats


def hash_texts(texts: Sequence[str], substituted: bool = False) -> HashedRows:
    """Return the hashed text features of `texts` (stateless: no vocabulary to store).

    The same columns as scikit-learn's HashingVectorizer(analyzer=analyse,
    n_features=N_TEXT_FEATURES, alternate_sign=False, binary=True, norm=None), without
    importing scikit-learn (see model/hashing.py). `substituted=True` says emails, links
    and numbers in `texts` are already placeholders, so they are not searched for again.
    """
    return hashed_matrix(texts, _analyse_substituted if substituted else analyse, N_TEXT_FEATURES)


# The model reads at most this much of a conversation: the opening, where a request is
# made, and the end. A pasted document or a runaway chat is scored in milliseconds, not
# minutes, and says no more about the lead than its first pages.
SCORED_HEAD_CHARS = 15_000
SCORED_TAIL_CHARS = 5_000


def customer_text(conversation: dict) -> str:
    """Join the customer's messages: the agent's words say nothing about the lead."""
    text = "\n".join(
        m.get("text", "") for m in conversation.get("messages", ()) if m.get("role") == "customer"
    )
    if len(text) > SCORED_HEAD_CHARS + SCORED_TAIL_CHARS:
        return text[:SCORED_HEAD_CHARS] + "\n" + text[-SCORED_TAIL_CHARS:]
    return text


def _struct_row(
    conversation: dict, text: str, x: Extraction, volatile: bool = True, service: bool = False
) -> list[float]:
    """Compute the structured columns of one conversation (order of STRUCT_COLUMNS).

    `volatile=False` says `text` holds nothing `_VOLATILE` finds, so no link or long number;
    `service` that one of its phones is a service number (`phone_kind`).
    """
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
    bangs = text.count("!")
    lang = x.language
    links = _URL.findall(text) if volatile and ("/" in text or "www." in text) else ()
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
        # every link _URL finds has a "/" or "www.": two C scans spare most regex searches;
        # read on the text, not the substituted one: an email inside a URL
        # ("http://1@www.x.com/app") leaves no link placeholder but is a link
        1.0 if links else 0.0,
        1.0 if any(suspicious_link(link.lower()) for link in links) else 0.0,
        min(1.0, caps * 2.0 + bangs * 0.2) if caps > 0.3 or bangs >= 2 else 0.0,
        # the cheap tests first: the number pattern is tried at every digit
        1.0 if volatile and not (has_phone or has_email) and _LONGNUM.search(text) else 0.0,
        1.0 if service else 0.0,
        1.0 if _MONEY.search(text.lower()) else 0.0,
        *(1.0 if lang == code else 0.0 for code in LANGS),
    ]


def featurise(
    conversations: Sequence[dict], extractions: Sequence[Extraction]
) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Return (hashed text matrix as scipy CSR, structured matrix) for a batch (training)."""
    text_matrix, struct, _ = featurise_texts(conversations, extractions)
    return text_matrix.tocsr(), struct


# what a blind reading keeps: placeholders, question marks and currency signs, and the
# words model.concepts maps to a concept shared by the eight languages
_BLIND_TOKEN = re.compile(rf"{_PLACEHOLDERS}|[?!€$£]|[^\W\d_][^\W\d_'’-]*")


def _read_as(substituted: str, language: str) -> str:
    """Return the text the word features are hashed from, for a chat in `language`.

    In a language the model was not trained on, its words hash onto columns learnt from
    other languages' words (a Dutch "offerte" lands wherever it lands), which is noise
    that can file a buyer as spam; only the language-independent tokens are kept:
    placeholders for emails, links, numbers; question marks; currency signs; and one
    concept token per word that names a quote, a price, a demo, a call, a refusal, …
    (model.concepts), so "offerte" and "wycenę" both read "zzcquote".
    """
    if language in TRAINED_LANGUAGES:
        substituted = spell_out(substituted, language)
        # the words, then their concepts: "pricing" and "how much" both also read
        # "zzcprice", so a phrasing the generator never used still shares a column
        concepts = concept_tokens(substituted)
        return f"{substituted} \n {CONCEPT_BREAK} {' '.join(concepts)}" if concepts else substituted
    out = []
    for token in _BLIND_TOKEN.findall(substituted):
        if token == "zzphone":
            # read blind, a date or an id ("12.04.1985") is a long number like a phone;
            # only the main heads, which read the words around it, tell the two apart
            out.append("zzlongnum")
        elif token.startswith("zz") or (len(token) == 1 and not token.isalpha()):
            out.append(token)
        elif (concept := concept_of(token.lower())) is not None:
            out.append("zzc" + concept)
    return " ".join(out)


def featurise_texts(
    conversations: Sequence[dict],
    extractions: Sequence[Extraction],
    texts: Sequence[str] | None = None,
) -> tuple[HashedRows, np.ndarray, list[str]]:
    """Return `featurise`'s pair plus each customer text with placeholders substituted.

    The substituted texts let an explanation re-read the words (`Surface`) without
    substituting emails, links and numbers a second time. `texts`, when given, are the
    conversations' `customer_text`s, already joined by the caller.
    """
    if texts is None:
        texts = [customer_text(c) for c in conversations]
    kinds = [phone_kinds(x.phones) if x.phones else ((), False) for x in extractions]
    subs = [_substitute(t, k[0]) for t, k in zip(texts, kinds, strict=True)]
    # chat shorthand spelled out, a Portuguese "no" read as "in the" (model.shorthand)
    read = [_read_as(t, x.language) for t, x in zip(subs, extractions, strict=True)]
    text_matrix = hash_texts(read, substituted=True)
    struct = np.array(
        [
            # _substitute returns the very same string when it found nothing volatile
            _struct_row(c, t, x, volatile=s is not t, service=k[1])
            for c, t, s, x, k in zip(conversations, texts, subs, extractions, kinds, strict=True)
        ],
        dtype=np.float64,
    ).reshape(len(texts), len(STRUCT_COLUMNS))
    return text_matrix, struct, subs


def intent_mix(probs: np.ndarray, struct: np.ndarray) -> np.ndarray:
    """Return the quality head's intent columns: P(intent), then P(intent) x has contact.

    A buyer who left a way to reach them is a strong lead while a question with an
    email attached is still a question, so the worth of contact details depends on the
    intent; these columns let the linear quality head learn that interaction from the
    intent head's probabilities, which carry over to wording the corpus never used.
    """
    contact = 1.0 - struct[:, NO_CONTACT_COLUMN : NO_CONTACT_COLUMN + 1]
    return np.hstack([probs, probs * contact])
