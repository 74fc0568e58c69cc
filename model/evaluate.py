"""Measure a bundle: intent per language, calibrated quality, reliability, SMS spam."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from sklearn.metrics import (
    accuracy_score,
    brier_score_loss,
    confusion_matrix,
    f1_score,
    precision_score,
    recall_score,
    roc_auc_score,
)

from model.artifacts import Bundle
from model.datasets import (
    INTENTS,
    SMS_FILE,
    Example,
    bench_data_dir,
    extract_all,
    load_corpus,
    load_sms,
)
from model.policy import STATUS_FOR_INTENT
from model.predict import predict
from model.real_text import BLIND_LANGUAGE
from model.types import Extraction, Prediction

RELIABILITY_BINS = 10


@dataclass(slots=True)
class Report:
    """Hold every figure `leads evaluate` prints; `as_dict` gives the JSON form."""

    split: str
    n: int
    intent_accuracy: float
    intent_macro_f1: float
    per_language: dict[str, dict[str, float]]
    quality_auc: float | None
    brier: float | None
    reliability: list[dict[str, float]]
    labels: list[str]
    confusion: list[list[int]]
    sms: dict[str, Any] | None = None
    sms_note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """Return the report as plain JSON-ready data."""
        return {
            "split": self.split,
            "n": self.n,
            "intent_accuracy": self.intent_accuracy,
            "intent_macro_f1": self.intent_macro_f1,
            "per_language": self.per_language,
            "quality_auc": self.quality_auc,
            "brier": self.brier,
            "reliability": self.reliability,
            "labels": self.labels,
            "confusion": self.confusion,
            "sms": self.sms,
            "sms_note": self.sms_note,
            **self.extra,
        }


def reliability_table(y: np.ndarray, p: np.ndarray, bins: int = RELIABILITY_BINS) -> list[dict]:
    """Return per-bin count, mean predicted probability and observed good-lead rate."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(p, edges[1:-1]), 0, bins - 1)
    table = []
    for b in range(bins):
        mask = which == b
        n = int(mask.sum())
        table.append(
            {
                "low": round(float(edges[b]), 2),
                "high": round(float(edges[b + 1]), 2),
                "n": n,
                "predicted": round(float(p[mask].mean()), 4) if n else 0.0,
                "observed": round(float(y[mask].mean()), 4) if n else 0.0,
            }
        )
    return table


def _auc(y: np.ndarray, p: np.ndarray) -> float | None:
    return float(roc_auc_score(y, p)) if len(set(y.tolist())) == 2 else None


def intent_quality_metrics(
    examples: Sequence[Example], predictions: Sequence[Prediction]
) -> tuple[float, float]:
    """Return (intent macro-F1, quality ROC AUC) of predictions on labelled examples."""
    y_int = [e.intent for e in examples]
    p_int = [p.intent for p in predictions]
    f1 = float(f1_score(y_int, p_int, average="macro", labels=sorted(set(y_int))))
    auc = _auc(np.array([e.good for e in examples]), np.array([p.probability for p in predictions]))
    return f1, auc if auc is not None else 0.5


def sms_metrics(bundle: Bundle) -> tuple[dict[str, Any] | None, str]:
    """Return spam precision / recall on the held-out 20% of the SMS set, or a note."""
    rows = load_sms("test")
    if rows is None:
        return None, f"SMS Spam Collection not found ({bench_data_dir() / SMS_FILE}); skipped."
    trained = int(bundle.meta.get("sms", {}).get("train_rows") or 0)
    note = (
        f"SMS: trained on the fixed 80% split ({trained} rows), scored on the other 20%"
        if trained
        else "SMS: model trained without SMS rows, scored on the fixed 20% split"
    )
    return spam_figures(bundle, rows), note


def spam_figures(bundle: Bundle, rows: Sequence[Example]) -> dict[str, Any]:
    """Return spam precision, recall and more of `bundle` on labelled rows (spam vs the rest).

    `high_share` is the share of the spam scored 60 or more (spam that would still reach
    the team as a lead); `non_spam_called_spam` the share of the other rows filed Spam.
    """
    convs = [e.conversation for e in rows]
    preds = predict(convs, extract_all(convs), bundle)
    y = np.array([e.intent == "spam" for e in rows])
    p = np.array([x.intent == "spam" for x in preds])
    high = np.array([x.score >= 60 for x in preds])
    hidden = buyers_hidden(rows, preds)
    known = [(e, x) for e, x in zip(rows, preds, strict=True) if e.truth.get("status_known")]
    return {
        # rows labelled with a salesperson's status (HINT3's own intents): filed so
        "status_known": len(known),
        "status_right": sum(filed_as_labelled(e.intent, x.status) for e, x in known),
        "n": len(rows),
        "spam": int(y.sum()),
        "buyers": hidden["buyers"],
        "buyers_filed_away": hidden["filed_away"],
        "buyers_under_40": hidden["under_40"],
        "precision": round(float(precision_score(y, p, zero_division=0)), 4),
        "recall": round(float(recall_score(y, p, zero_division=0)), 4) if y.any() else None,
        "high_share": round(float(high[y].mean()), 4) if y.any() else None,
        "non_spam_called_spam": round(float(p[~y].mean()), 4) if (~y).any() else None,
    }


def real_spam_metrics(bundle: Bundle) -> dict[str, dict[str, Any]]:
    """Return spam figures per real-text source: its test 20%, or all of a held-out source."""
    from model.real_text import SOURCES, load_source

    real = bundle.meta.get("real") or {}
    # bundles of the tenth session and before name no sources: with rows, they used all
    used = set(real.get("sources") or ((s.name for s in SOURCES) if real.get("train_rows") else ()))
    out: dict[str, dict[str, Any]] = {}
    for source in SOURCES:
        rows = [e for e in load_source(source) or () if e.split == "test"]
        if rows:
            test = "test" if source.always else "20% test"  # a set's own test split
            part = (test if source.name in used else "unused") if source.trained else "LEFT OUT"
            out[source.name] = {"trained": source.trained, "part": part}
            out[source.name].update(spam_figures(bundle, rows))
    return out


def filed_as_labelled(intent: str, status: str) -> bool:
    """Return True when `status` is how a conversation of labelled `intent` is filed.

    An opportunity is Potential Customer as well: the same intent, told by contact details.
    """
    return status == STATUS_FOR_INTENT[intent] or (
        intent == "opportunity" and status == "Potential Customer"
    )


def buyers_hidden(examples: Sequence[Example], predictions: Sequence[Any]) -> dict[str, int]:
    """Return how many buyers (quote request, opportunity) were hidden: filed Spam / Not
    Interested (`filed_away`), scored under 40 (`under_40`), either (`hidden`)."""
    out = dict.fromkeys(("buyers", "hidden", "filed_away", "under_40"), 0)
    for e, p in zip(examples, predictions, strict=True):
        if e.intent in ("quote_request", "opportunity"):
            away, low = p.status in ("Spam", "Not Interested"), p.score < 40
            out["buyers"] += 1
            out["hidden"] += away or low
            out["filed_away"] += away
            out["under_40"] += low
    return out


def blind_metrics(
    bundle: Bundle, chosen: Sequence[Example], xs: Sequence[Extraction]
) -> dict[str, Any]:
    """Return the figures of `chosen` read as chats in a language the model was not trained on.

    Each conversation keeps its contact details, figures, links and punctuation, but its
    words are read as a Dutch or Polish chat's are (not at all): what `predict` can say
    of a chat in an untrained language, measured on wording it was not trained on.
    """
    blind_xs = [replace(x, language=BLIND_LANGUAGE) for x in xs]
    preds = predict([e.conversation for e in chosen], blind_xs, bundle)
    y_int = [e.intent for e in chosen]
    p_int = [p.intent for p in preds]
    auc = _auc(np.array([e.good for e in chosen]), np.array([p.probability for p in preds]))
    return {
        "n": len(chosen),
        "accuracy": round(float(accuracy_score(y_int, p_int)), 4) if chosen else None,
        "macro_f1": round(float(f1_score(y_int, p_int, average="macro")), 4) if chosen else None,
        "quality_auc": round(auc, 4) if auc is not None else None,
        "buyers_hidden": buyers_hidden(chosen, preds),
        "heads": "blind" if bundle.blind is not None else "main",
    }


def evaluate(
    bundle: Bundle,
    examples: Sequence[Example] | None = None,
    *,
    extractions: Sequence[Extraction] | None = None,
    split: str = "test",
    with_sms: bool = True,
) -> Report:
    """Return the report of `bundle` on one split of the corpus (the packaged one when None)."""
    if examples is None:
        examples = load_corpus()
    if extractions is None:
        chosen = [e for e in examples if e.split == split]
        xs = extract_all([e.conversation for e in chosen])
    else:
        pairs = [(e, x) for e, x in zip(examples, extractions, strict=True) if e.split == split]
        chosen, xs = [e for e, _ in pairs], [x for _, x in pairs]
    preds = predict([e.conversation for e in chosen], xs, bundle)
    y_int = [e.intent for e in chosen]
    p_int = [p.intent for p in preds]
    y_good = np.array([e.good for e in chosen])
    prob = np.array([p.probability for p in preds])
    per_language = {}
    for lang in sorted({e.language for e in chosen}):
        idx = [i for i, e in enumerate(chosen) if e.language == lang]
        yl = [y_int[i] for i in idx]
        pl = [p_int[i] for i in idx]
        auc = _auc(y_good[idx], prob[idx])
        per_language[lang] = {
            "n": len(idx),
            "accuracy": round(float(accuracy_score(yl, pl)), 4),
            "macro_f1": round(float(f1_score(yl, pl, average="macro", labels=sorted(set(yl)))), 4),
            "quality_auc": round(auc, 4) if auc is not None else None,
        }
    labels = [i for i in INTENTS if i in set(y_int) | set(p_int)]
    sms, note = sms_metrics(bundle) if with_sms else (None, "SMS: not requested.")
    auc = _auc(y_good, prob)
    extra: dict[str, Any] = {
        "buyers_hidden": buyers_hidden(chosen, preds),
        "untrained_language": blind_metrics(bundle, chosen, xs),
    }
    if with_sms:
        extra["real_spam"] = real_spam_metrics(bundle)
    return Report(
        split=split,
        n=len(chosen),
        intent_accuracy=round(float(accuracy_score(y_int, p_int)), 4),
        intent_macro_f1=round(float(f1_score(y_int, p_int, average="macro")), 4),
        per_language=per_language,
        quality_auc=round(auc, 4) if auc is not None else None,
        brier=round(float(brier_score_loss(y_good, prob)), 4) if len(chosen) else None,
        reliability=reliability_table(y_good, prob),
        labels=labels,
        confusion=confusion_matrix(y_int, p_int, labels=labels).tolist(),
        sms=sms,
        sms_note=note,
        extra=extra,
    )


def _fmt(value: float | None) -> str:
    """Return a figure as 0.000, or a dash when it does not apply."""
    return f"{value:7.3f}" if value is not None else "      -"


def _opportunity_quote_lines(report: Report) -> list[str]:
    """Return the Opportunity vs Quote Request confusion lines from the confusion matrix."""
    if "opportunity" not in report.labels or "quote_request" not in report.labels:
        return []
    o, q = report.labels.index("opportunity"), report.labels.index("quote_request")
    m = report.confusion
    return [
        "",
        "Opportunity vs Quote Request (rows true, columns predicted):",
        f"  opportunity    -> opportunity {m[o][o]:>5}   quote_request {m[o][q]:>5}",
        f"  quote_request  -> opportunity {m[q][o]:>5}   quote_request {m[q][q]:>5}",
    ]


def render(report: Report) -> str:
    """Return the report as the plain text `leads evaluate` prints."""
    lines = [
        f"Evaluation on the template-family {report.split} split ({report.n} conversations,"
        " wording unseen in training)",
        f"  intent accuracy {report.intent_accuracy:.3f}   macro-F1 {report.intent_macro_f1:.3f}",
        f"  quality ROC AUC {report.quality_auc}   Brier {report.brier}",
        "",
        "Per language      n   accuracy  macro-F1  quality AUC",
    ]
    for lang, m in report.per_language.items():
        lines.append(
            f"  {lang:<8} {m['n']:>6}   {m['accuracy']:.3f}     {m['macro_f1']:.3f}     {m['quality_auc']}"
        )
    lines += [
        "",
        "Reliability (calibrated P(good lead) vs observed rate)",
        "  bin          n   predicted  observed",
    ]
    for row in report.reliability:
        lines.append(
            f"  {row['low']:.1f}-{row['high']:.1f}  {row['n']:>6}   {row['predicted']:.3f}      {row['observed']:.3f}"
        )
    short = [label[:8] for label in report.labels]
    lines += ["", "Confusion matrix (rows: true intent, columns: predicted)"]
    lines.append("  " + " " * 15 + "".join(f"{s:>9}" for s in short))
    for label, row in zip(report.labels, report.confusion, strict=True):
        lines.append(f"  {label:<15}" + "".join(f"{v:>9}" for v in row))
    hidden = report.extra.get("buyers_hidden")
    if hidden:
        lines += [
            "",
            f"Buyers hidden (quote request / opportunity filed Spam, Not Interested or < 40):"
            f" {hidden['hidden']} of {hidden['buyers']} on the {report.split} split",
        ]
    lines += _opportunity_quote_lines(report)
    blind = report.extra.get("untrained_language")
    if blind and blind["n"]:
        hidden = blind["buyers_hidden"]
        lines += [
            "",
            "Read as a language not trained on (the same chats, words hidden; "
            f"{blind['heads']} heads):",
            f"  intent accuracy {blind['accuracy']:.3f}   macro-F1 {blind['macro_f1']:.3f}"
            f"   quality ROC AUC {blind['quality_auc']}"
            f"   buyers hidden {hidden['hidden']} of {hidden['buyers']}",
        ]
    lines.append("")
    lines.append(report.sms_note)
    if report.sms:
        s = report.sms
        lines.append(
            f"  spam precision {s['precision']:.3f}   recall {s['recall']:.3f}"
            f"   spam scored >= 60 {s['high_share']:.3f}   ({s['n']} messages, {s['spam']} spam)"
        )
    real = report.extra.get("real_spam") or {}
    if real:
        lines += [
            "",
            "Real text (model/data/real): spam per source (20% test: trained on the other 80%;"
            " test: trained on the set's own train split, its test split scored; unused: this"
            " bundle did not learn from the set, the same rows scored; LEFT OUT: never trained"
            " on, every row scored)",
            "  source          trained     n   spam  precision  recall  spam>=60  other->spam",
        ]
        for name, m in real.items():
            lines.append(
                f"  {name:<14} {m['part']:>9} {m['n']:>5} {m['spam']:>5}   "
                + "  ".join(
                    _fmt(m[k])
                    for k in ("precision", "recall", "high_share", "non_spam_called_spam")
                )
            )
        for name, m in real.items():
            if m.get("status_known"):
                lines.append(
                    f"  {name}: filed as a salesperson would {m['status_right']} of "
                    f"{m['status_known']} questions of known intent "
                    f"({m['status_right'] / m['status_known']:.3f})"
                )
            if m.get("buyers"):
                lines.append(
                    f"  {name}: {m['buyers']} real buyers' questions: filed Spam or Not "
                    f"Interested {m['buyers_filed_away']}, scored under 40 {m['buyers_under_40']}"
                )
    return "\n".join(lines)
