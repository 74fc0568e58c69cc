"""Scoring hashes text and loads weights without scikit-learn, with the same results."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import HashingVectorizer

from model.artifacts import (
    MODEL_FILE,
    WEIGHTS_FILE,
    LinearHead,
    ModelError,
    load_bundle_from,
    shipped_path,
)
from model.datasets import extract_all, load_corpus
from model.features import N_TEXT_FEATURES, analyse, customer_text, hash_texts
from model.predict import predict

ODD = [
    "",
    "   ",
    "ñ ü ß Ærø 中文 🙂 ok?",
    "a" * 30_000,
    "NO me interesa, don't call",
    "€500 / 3 zznum",
]


def _sklearn_hasher() -> HashingVectorizer:
    # What the shipped model was trained with before model/hashing.py replaced it.
    return HashingVectorizer(
        analyzer=analyse,
        n_features=N_TEXT_FEATURES,
        alternate_sign=False,
        binary=True,
        norm=None,
        dtype=np.float64,
    )


def test_hashed_columns_equal_scikit_learns() -> None:
    path = Path(__file__).resolve().parents[2] / "model" / "data" / "corpus.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        texts = [
            customer_text(json.loads(line)["conversation"])
            for _, line in zip(range(3000), fh, strict=False)
        ]
    texts += ODD
    ours = hash_texts(texts)
    theirs = _sklearn_hasher().transform(texts)
    theirs.sort_indices()
    assert ours.shape == theirs.shape
    assert np.array_equal(ours.indptr, theirs.indptr)
    assert np.array_equal(ours.indices, theirs.indices)
    assert np.array_equal(ours.data, theirs.data)


def test_one_feature_column_equals_scikit_learns_murmurhash() -> None:
    from sklearn.utils import murmurhash3_32

    from model.hashing import feature_column

    for feature in ["quote", "~cotiz", "neg_interesa", "me interesa", "ñandú", "中文", "🙂", ""]:
        expected = abs(murmurhash3_32(feature, seed=0)) % N_TEXT_FEATURES
        assert feature_column(feature, N_TEXT_FEATURES) == expected


def test_weights_file_gives_the_same_scores_as_the_skops_file(tmp_path: Path) -> None:
    fast = load_bundle_from(shipped_path())
    assert isinstance(fast.intent_model, LinearHead)  # the shipped bundle has weights.npz
    copy = tmp_path / "old"
    shutil.copytree(shipped_path(), copy)
    (copy / WEIGHTS_FILE).unlink()  # a bundle written before weights.npz existed
    full = load_bundle_from(copy)
    assert not isinstance(full.intent_model, LinearHead)
    examples = load_corpus()[:400]
    convs = [e.conversation for e in examples]
    found = extract_all(convs)
    a, b = predict(convs, found, fast), predict(convs, found, full)
    assert [(p.status, p.score, p.top_factors) for p in a] == [
        (p.status, p.score, p.top_factors) for p in b
    ]


def test_damaged_weights_file_is_a_model_error(tmp_path: Path) -> None:
    copy = tmp_path / "bad"
    shutil.copytree(shipped_path(), copy)
    (copy / WEIGHTS_FILE).write_bytes(b"not a zip")
    with pytest.raises(ModelError, match="cannot be read"):
        load_bundle_from(copy)
    assert (copy / MODEL_FILE).is_file()


@pytest.mark.parametrize(
    "text",
    [
        "plain words only",
        "see www.example.org now",
        "WWW.SHOUT.COM and shop.io/deal",
        "call 600 111 222",
        "٣٣٣٣٣٣٣٣ arabic digits",
        "mail me: a@b.es",
        "price €40 CASH prize!!",
        "",
    ],
)
def test_skipping_link_and_number_checks_never_changes_a_row(text: str) -> None:
    from model.extract import extract
    from model.features import _struct_row, featurise_texts

    conv = {"id": "1", "source": "widget", "messages": [{"role": "customer", "text": text}]}
    x = extract(conv)
    _, struct, _ = featurise_texts([conv], [x])
    assert struct[0].tolist() == _struct_row(conv, customer_text(conv), x)


def test_hashed_rows_multiply_as_scipy_does() -> None:
    """The scoring product (no scipy) equals scipy's, empty rows and the last row included."""
    rng = np.random.default_rng(7)
    texts = ["", "quote for 40 chairs", "", "hola, ¿cuánto cuesta?", "ok", ""]
    rows = hash_texts(texts)
    weights = rng.normal(size=(N_TEXT_FEATURES, 3))
    assert np.allclose(rows @ weights, rows.tocsr() @ weights, rtol=0, atol=1e-12)
    assert (rows @ weights)[[0, 2, 5]].tolist() == [[0.0] * 3] * 3
    one_column = rng.normal(size=N_TEXT_FEATURES)
    assert np.allclose(rows @ one_column, rows.tocsr() @ one_column, rtol=0, atol=1e-12)
    many = hash_texts(texts * 700)  # several blocks of rows (hashing._ROWS_AT_ONCE)
    assert np.allclose(many @ weights, many.tocsr() @ weights, rtol=0, atol=1e-12)
