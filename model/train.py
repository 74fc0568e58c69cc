"""Train the two heads (intent, calibrated lead quality) and learn from the sales team."""

from __future__ import annotations

import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from model.artifacts import Bundle, ModelError
from model.datasets import (
    Example,
    corpus_hash,
    corpus_meta,
    extract_all,
    load_sms,
    sms_hash,
)
from model.features import (
    N_TEXT_FEATURES,
    STRUCT_COLUMNS,
    TEXT_THEMES,
    customer_text,
    featurise,
    intent_mix,
    is_stopword_phrase,
)
from model.hashing import feature_column
from model.language import is_trained_language
from model.real_text import BLIND_LANGUAGE, SOURCES, blind_copies, training_rows
from model.surface import surface_features
from model.train_rows import (
    SMS_HAM_WEIGHT,
    SMS_WEIGHT,
    Rows,
    add_example,
    add_sms,
    non_spam_prior,
)
from model.types import Extraction

FEEDBACK_WEIGHT = 6.0
INTENT_C = 100.0
INTENT_FOLDS = 4
QUALITY_TEXT_SCALE = 0.3
QUALITY_C = 2.0
THEME_MIN_COEF = 1.0
PHRASE_COLUMNS = 6000
# Weight of the intent-only rows (the generator's opt-in social block) by intent. 0.3
# was measured beside 1.0 and moved neither the spam intercept nor the buyers it costs
# (model/DATA_CARD.md, "Fourth attempt").
INTENT_ONLY_WEIGHT = {"spam": 1.0, "info_only": 1.0}

# What a status set by a person teaches: (intent or None, good lead or None).
STATUS_LABELS: dict[str, tuple[str | None, int | None]] = {
    "Opportunity": ("opportunity", 1),
    "Potential Customer": ("opportunity", 1),
    "Quote Request": ("quote_request", 1),
    "Contacted": (None, 1),
    "Not Interested": ("not_interested", 0),
    "Spam": ("spam", 0),
    "Info Only": ("info_only", 0),
}


def stack(text_matrix: sparse.csr_matrix, struct: np.ndarray) -> sparse.csr_matrix:
    """Return one sparse design matrix: text columns first, then structured."""
    return sparse.hstack([text_matrix, sparse.csr_matrix(struct)], format="csr")


def feedback_labels(status: str) -> tuple[str | None, int | None]:
    """Return what a human-set status teaches, (intent, good); (None, None) if nothing."""
    return STATUS_LABELS.get(status, (None, None))


def _phrase_table(conversations: Sequence[dict], columns: np.ndarray) -> dict[int, str]:
    """Return, for the given hashed columns, the commonest feature behind each.

    The value is the feature itself ("me interesa", "neg_interesa", "~cotiz"): predict
    looks it up in the explained customer's own words to quote them as written. Columns
    whose feature has no content word ("please", "your", "non mi") get no entry and so
    never name a reason.
    """
    wanted = set(int(c) for c in columns)
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    for conv in conversations:
        for feat, shown in surface_features(customer_text(conv)).items():
            col = feature_column(feat, N_TEXT_FEATURES)
            if col in wanted and not is_stopword_phrase(shown):
                counts[col][feat] += 1
    return {col: counter.most_common(1)[0][0] for col, counter in counts.items()}


# The intent is read from the words (plus a few spam signals): message length, language
# and contact details say how good a lead is, not what the customer wants, and letting
# the intent head use them teaches it shortcuts of the synthetic corpus.
INTENT_STRUCT_MASK = np.array(
    [name in ("link", "suspicious_link", "shouting", "long_number") for name, _ in STRUCT_COLUMNS]
)


# Which contact detail was left, or a second one, adds nothing once a way to reach the
# customer is there (the intent-mix columns carry "left contact details" per intent,
# and no_contact the rest); fitted, these columns only soak up collinear noise and
# would read as "no phone number" for, or "left several ways to reach them" against.
QUALITY_STRUCT_EXCLUDE = np.array(
    [name in ("has_email", "has_phone", "several_contacts") for name, _ in STRUCT_COLUMNS]
)


def _fit_compact(
    model: LogisticRegression,
    design,
    y: np.ndarray,
    weight: np.ndarray,
    exclude: np.ndarray | None = None,
) -> None:
    """Fit on the columns that occur only, then widen the coefficients to every column.

    Hashed columns that never occur get a zero gradient, so L2-regularised fitting leaves
    them at exactly zero anyway; dropping them makes each L-BFGS step several times cheaper.
    """
    used = np.unique(design.indices)
    if exclude is not None:
        used = np.setdiff1d(used, exclude)
    model.fit(design[:, used], y, sample_weight=weight)
    full = np.zeros((model.coef_.shape[0], design.shape[1]))
    full[:, used] = model.coef_
    model.coef_ = full
    model.n_features_in_ = design.shape[1]


def _fit_intent(design, rows: Rows, mask: np.ndarray, seed: int) -> LogisticRegression:
    """Fit the intent head on the rows in `mask` that carry an intent label."""
    use = mask & np.array([i is not None for i in rows.intent])
    model = LogisticRegression(C=INTENT_C, max_iter=300, random_state=seed)
    _fit_compact(
        model,
        design[use],
        np.array([i for i, u in zip(rows.intent, use, strict=True) if u]),
        np.asarray(rows.weight)[use],
        exclude=N_TEXT_FEATURES + np.flatnonzero(~INTENT_STRUCT_MASK),
    )
    return model


def _probabilities(model: LogisticRegression, design, classes: np.ndarray) -> np.ndarray:
    """Return P(intent) in the order of `classes` (0 for a class the model never saw)."""
    probs = np.zeros((design.shape[0], len(classes)))
    seen = model.predict_proba(design)
    for j, name in enumerate(model.classes_):
        probs[:, int(np.flatnonzero(classes == name)[0])] = seen[:, j]
    return probs


def _out_of_fold(
    design, rows: Rows, classes: np.ndarray, seed: int, wanted: np.ndarray
) -> np.ndarray:
    """Return the `wanted` rows' P(intent), each from an intent head that never saw its group.

    Rows are folded by group (a template family), so the probabilities are as unsure
    as they will be on wording the model has not seen; fitting the quality head on
    in-sample probabilities would teach it to trust the intent head blindly.
    """
    fold = np.array([zlib.crc32(g.encode()) % INTENT_FOLDS for g in rows.group])
    probs = np.zeros((design.shape[0], len(classes)))
    for f in range(INTENT_FOLDS):
        held = fold == f
        if (held & wanted).any() and (~held).any():
            model = _fit_intent(design, rows, ~held, seed)
            probs[held & wanted] = _probabilities(model, design[held & wanted], classes)
    return probs[wanted]


def _fit_heads(rows: Rows, seed: int) -> tuple[LogisticRegression, LogisticRegression, np.ndarray]:
    """Fit the intent and the (uncalibrated) quality heads; also return the column means.

    The quality head sees the text, the structured columns and the intent-mix columns
    (features.intent_mix) built from out-of-fold intent probabilities; the means are
    of the structured and intent-mix columns.
    """
    convs, xs, index = rows.distinct()
    text, struct = featurise(convs, xs)
    text, struct = text[index], struct[index]
    design = stack(text, struct)
    weight = np.asarray(rows.weight)
    has_good = np.array([g is not None for g in rows.good])
    intent_model = _fit_intent(design, rows, np.ones(len(weight), dtype=bool), seed)
    classes = intent_model.classes_
    mix = intent_mix(_out_of_fold(design, rows, classes, seed, has_good), struct[has_good])
    quality_model = LogisticRegression(C=QUALITY_C, max_iter=300, random_state=seed)
    # the word columns enter scaled down, i.e. more strongly regularised than the
    # structured and intent-mix ones; the scale is folded back into the coefficients
    scale = np.ones(design.shape[1] + mix.shape[1])
    scale[:N_TEXT_FEATURES] = QUALITY_TEXT_SCALE
    _fit_compact(
        quality_model,
        sparse.hstack([design[has_good], sparse.csr_matrix(mix)], format="csr")
        @ sparse.diags(scale),
        np.array([g for g in rows.good if g is not None]),
        weight[has_good],
        exclude=N_TEXT_FEATURES + np.flatnonzero(QUALITY_STRUCT_EXCLUDE),
    )
    quality_model.coef_ = quality_model.coef_ * scale
    # explanations measure each signal against the average conversation
    return (
        intent_model,
        quality_model,
        np.concatenate([struct[has_good].mean(axis=0), mix.mean(axis=0)]),
    )


def quality_design(intent_model: LogisticRegression, text, struct) -> sparse.csr_matrix:
    """Return the quality head's design for featurised rows, as predict builds it."""
    design = stack(text, struct)
    probs = intent_model.predict_proba(design)
    return sparse.hstack([design, sparse.csr_matrix(intent_mix(probs, struct))], format="csr")


def _platt(
    intent_model: LogisticRegression, quality_model: LogisticRegression, rows: Rows
) -> np.ndarray:
    """Return Platt scaling (a, b) fitted on held-out rows: p = sigmoid(a * z + b)."""
    mask = [g is not None for g in rows.good]
    convs = [c for c, m in zip(rows.conversations, mask, strict=True) if m]
    xs = [x for x, m in zip(rows.extractions, mask, strict=True) if m]
    y = np.array([g for g in rows.good if g is not None])
    if len(set(y.tolist())) < 2:
        return np.array([1.0, 0.0])
    text, struct = featurise(convs, xs)
    z = quality_model.decision_function(quality_design(intent_model, text, struct))
    z = z.reshape(-1, 1)
    scaler = LogisticRegression(C=1e4)
    scaler.fit(z, y)
    a = float(scaler.coef_[0, 0])
    if a <= 0:  # a non-monotone calibration would invert the explanations; keep raw
        return np.array([1.0, 0.0])
    return np.array([a, float(scaler.intercept_[0])])


def _text_themes(intent_model: LogisticRegression) -> np.ndarray:
    """Assign each text column to the intent it points to most (-1 when unused)."""
    order = {name: i for i, (name, _) in enumerate(TEXT_THEMES)}
    coef = intent_model.coef_[:, :N_TEXT_FEATURES]
    best = np.argmax(coef, axis=0)
    mapped = np.array([order[str(c)] for c in intent_model.classes_], dtype=np.int8)[best]
    # only words that clearly point to one intent carry a theme; the rest ("you", "for")
    # would make explanations read like noise
    mapped[coef.max(axis=0) < THEME_MIN_COEF] = -1
    return mapped.astype(np.int8)


def train(
    examples: Sequence[Example],
    *,
    seed: int = 0,
    feedback: Sequence[tuple[dict, str]] | None = None,
    feedback_weight: float = FEEDBACK_WEIGHT,
    use_sms: bool = True,
    extract_fn: Callable[[dict], Extraction] | None = None,
    extractions: Sequence[Extraction] | None = None,
    corpus_seed: int | None = None,
    use_real: bool = False,
    leave_out: Collection[str] = (),
) -> Bundle:
    """Return a bundle trained on the examples' train split (plus SMS 80% and feedback).

    Intent and quality heads are fitted on the `train` split; Platt scaling on `val`.
    `extractions`, when given, must align with `examples` (saves re-extracting).
    `use_real` adds the real-text sets to the main heads (off: model/DATA_CARD.md says
    why); `leave_out` names real sources or "sms" not to train on. Blind heads: always.
    """
    started = time.perf_counter()
    if extractions is None:
        extractions = extract_all([e.conversation for e in examples], extract_fn)
    fit_rows, cal_rows = Rows(), Rows()
    for ex, x in zip(examples, extractions, strict=True):
        if ex.split == "train" and ex.truth.get("intent_only"):
            # rows without a lead story (the generator's social block) teach the intent
            weight = INTENT_ONLY_WEIGHT.get(ex.intent, 1.0)
            fit_rows.add(ex.conversation, x, ex.intent, None, weight, ex.family)
        elif ex.split == "train":
            add_example(fit_rows, ex.conversation, x, ex)
        elif ex.split == "val":
            cal_rows.add(ex.conversation, x, ex.intent, ex.good, 1.0)
    sms_rows = 0
    sms_pairs: list[tuple[Example, Extraction]] = []
    if use_sms and "sms" not in leave_out:
        sms = load_sms("train")
        if sms:
            sms_x = extract_all([e.conversation for e in sms], extract_fn)
            sms_pairs = list(zip(sms, sms_x, strict=True))
            add_sms(fit_rows, sms_pairs, non_spam_prior(examples))
            sms_rows = len(sms)
    real_rows = 0
    real = training_rows(leave_out=leave_out, every=use_real)
    if real:
        real_x = extract_all([e.conversation for e, _ in real], extract_fn)
        for (ex, weight), x in zip(real, real_x, strict=True):
            fit_rows.add(ex.conversation, x, ex.intent, None, weight, ex.family)
        real_rows = len(real)
    n_feedback = 0
    team: list[tuple[dict, Extraction, str | None, int | None]] = []
    if feedback:
        fb_x = extract_all([c for c, _ in feedback], extract_fn)
        for (conv, status), x in zip(feedback, fb_x, strict=True):
            intent, good = feedback_labels(status)
            if intent is None and good is None:
                continue
            if is_trained_language(x.language):  # the others teach the blind heads only
                fit_rows.add(conv, x, intent, good, feedback_weight)
            team.append((conv, x, intent, good))
            n_feedback += 1
    if not fit_rows.conversations:
        raise ModelError("There is nothing to train on.")
    intent_model, quality_model, struct_mean = _fit_heads(fit_rows, seed)
    platt = _platt(intent_model, quality_model, cal_rows if cal_rows.conversations else fit_rows)
    themes = _text_themes(intent_model)
    # readable phrases for the themed columns that can matter in an explanation; a column
    # without one (a placeholder, a two-letter word) is left out of explanations
    strength = np.abs(quality_model.coef_[0, :N_TEXT_FEATURES]) * (themes >= 0)
    top = np.argsort(strength)[::-1][:PHRASE_COLUMNS]
    top = top[strength[top] > 0]
    phrases = _phrase_table(fit_rows.distinct()[0], top)
    keep = np.zeros(N_TEXT_FEATURES, dtype=bool)
    keep[list(phrases)] = True
    themes[~keep] = -1
    meta: dict[str, Any] = {
        "seed": seed,
        "corpus": {
            **(packaged := packaged_corpus()),
            "seed": corpus_seed if corpus_seed is not None else packaged.get("seed"),
            "size": len(examples),
            "hash": corpus_hash(list(examples)),
        },
        "sms": {"train_rows": sms_rows, "hash": sms_hash() if sms_rows else None},
        "real": {
            "train_rows": real_rows,
            "sources": sorted({ex.family for ex, _ in real}),
            "left_out": sorted(leave_out),
        },
        "feedback_rows": n_feedback,
        "feedback_weight": feedback_weight if n_feedback else None,
        "train_rows": len(fit_rows.conversations),
        "train_seconds": round(time.perf_counter() - started, 2),
        "params": {
            "intent_C": INTENT_C,
            "quality_C": QUALITY_C,
            "sms_weight": SMS_WEIGHT,
            "sms_ham_weight": SMS_HAM_WEIGHT,
            "real_weights": {
                src.name: [src.spam_weight, src.other_weight] for src in SOURCES if src.trained
            },
        },
    }
    bundle = Bundle(
        intent_model=intent_model,
        quality_model=quality_model,
        platt=platt,
        text_theme=themes,
        struct_mean=struct_mean,
        meta=meta,
        phrases=phrases,
    )
    if any(ex.split == "train" for ex in examples):
        bundle.blind = train_blind(
            examples, extractions, seed=seed, team=team, feedback_weight=feedback_weight,
            sms=sms_pairs,
        )  # fmt: skip
        meta["real"]["language_blind_rows"] = bundle.blind.meta["train_rows"]
    return bundle


def train_blind(
    examples: Sequence[Example],
    extractions: Sequence[Extraction],
    *,
    seed: int = 0,
    team: Sequence[tuple[dict, Extraction, str | None, int | None]] = (),
    feedback_weight: float = FEEDBACK_WEIGHT,
    sms: Sequence[tuple[Example, Extraction]] = (),
) -> Bundle:
    """Return the heads that score chats in languages the main heads were not trained on.

    Such a chat is read blind (`features._read_as`: placeholders, punctuation, concept
    words) plus its structured columns; these heads learn that reading from every
    generated chat and from team labels on untrained-language chats.
    """
    started = time.perf_counter()
    fit_rows, cal_rows = Rows(), Rows()
    for ex, x in blind_copies(examples, extractions, "train"):
        # its own conversation object: Rows.distinct() keys on identity
        add_example(fit_rows, dict(ex.conversation), x, ex)
    n_team = 0
    for conv, x, intent, good in team:
        if not is_trained_language(x.language):
            fit_rows.add(conv, x, intent, good, feedback_weight)
            n_team += 1
    # real spam read blind: prize and call-back numbers look alike in any language
    blind_sms = [(ex, replace(x, language=BLIND_LANGUAGE)) for ex, x in sms]
    add_sms(fit_rows, blind_sms, non_spam_prior(examples))
    for ex, x in blind_copies(examples, extractions, "val"):
        cal_rows.add(dict(ex.conversation), x, ex.intent, ex.good, 1.0)
    if not fit_rows.conversations:
        raise ModelError("There is nothing to train the untrained-language heads on.")
    intent_model, quality_model, struct_mean = _fit_heads(fit_rows, seed)
    platt = _platt(intent_model, quality_model, cal_rows if cal_rows.conversations else fit_rows)
    return Bundle(
        intent_model=intent_model,
        quality_model=quality_model,
        platt=platt,
        # a blind reading has no words to quote: its reasons are the structured signals
        text_theme=np.full(N_TEXT_FEATURES, -1, dtype=np.int8),
        struct_mean=struct_mean,
        meta={
            "reads": "languages not trained on (words hidden)",
            "seed": seed,
            "train_rows": len(fit_rows.conversations),
            "feedback_rows": n_team,
            "sms_rows": len(sms),
            "train_seconds": round(time.perf_counter() - started, 2),
        },
    )


def packaged_corpus() -> dict[str, Any]:
    """Return the generator version and seed of the packaged corpus ({} when absent)."""
    try:
        meta = corpus_meta()
    except FileNotFoundError:
        return {}
    return {k: meta[k] for k in ("generator_version", "seed") if k in meta}
