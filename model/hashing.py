"""Hash text features into columns exactly as scikit-learn's HashingVectorizer does.

The shipped model was trained on `HashingVectorizer(analyzer=analyse, n_features=2**18,
alternate_sign=False, binary=True, norm=None)`: column = |MurmurHash3_x86_32(feature as
UTF-8, seed 0)| mod n_features, value 1 per distinct column. Scoring needs nothing else
from scikit-learn, whose import costs a scoring process about a second and 70 MB;
`mmh3` computes the same hash in C. tests/model/test_hashing.py checks both agree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np
from mmh3 import hash as murmur3_32
from scipy import sparse


def feature_column(feature: str, n_features: int) -> int:
    """Return the column scikit-learn's hasher gives `feature` among `n_features`."""
    return abs(murmur3_32(feature)) % n_features


def hashed_matrix(
    docs: Iterable[str], analyzer: Callable[[str], list[str]], n_features: int
) -> sparse.csr_matrix:
    """Return the binary CSR matrix of `docs`' features, one row per document.

    Each row's columns are sorted and distinct, as after scikit-learn's sum_duplicates.
    (scikit-learn special-cases a hash of -2**31, where C's abs overflows; Python's abs
    does not, and 2**31 mod n is what that special case computes.)
    """
    indices: list[int] = []
    indptr = [0]
    for doc in docs:
        # feature_column inlined: this loop runs for every feature of every chat scored
        indices.extend(sorted({abs(murmur3_32(f)) % n_features for f in analyzer(doc)}))
        indptr.append(len(indices))
    return sparse.csr_matrix(
        (
            np.ones(len(indices), dtype=np.float64),
            np.asarray(indices, dtype=np.int32),
            np.asarray(indptr, dtype=np.int64),
        ),
        shape=(len(indptr) - 1, n_features),
    )
