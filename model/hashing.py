"""Hash text features into columns exactly as scikit-learn's HashingVectorizer does.

The shipped model was trained on `HashingVectorizer(analyzer=analyse, n_features=2**18,
alternate_sign=False, binary=True, norm=None)`: column = |MurmurHash3_x86_32(feature as
UTF-8, seed 0)| mod n_features, value 1 per distinct column. Scoring needs nothing else
from scikit-learn, whose import costs a scoring process about a second and 70 MB;
`mmh3` computes the same hash in C. tests/model/test_hashing.py checks both agree.

Nor does scoring need scipy (0.1 s of every scoring process's start): the rows are held
as a binary CSR of their own (`HashedRows`), whose product with the dense weights is a
sum of weight rows per row; training asks for a scipy matrix (`HashedRows.tocsr`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import numpy as np
from mmh3 import hash as murmur3_32

if TYPE_CHECKING:
    from scipy import sparse


def feature_column(feature: str, n_features: int) -> int:
    """Return the column scikit-learn's hasher gives `feature` among `n_features`."""
    return abs(murmur3_32(feature)) % n_features


_ROWS_AT_ONCE = 2000


class HashedRows:
    """Hold binary rows of hashed features as CSR arrays: `indptr`, `indices`, `data`, `shape`."""

    __slots__ = ("indices", "indptr", "shape")

    def __init__(self, indices: np.ndarray, indptr: np.ndarray, n_features: int) -> None:
        """Hold row r's sorted, distinct columns at indices[indptr[r]:indptr[r + 1]]."""
        self.indices = indices
        self.indptr = indptr
        self.shape = (len(indptr) - 1, n_features)

    @property
    def data(self) -> np.ndarray:
        """Return the stored values: 1.0 per column present (the rows are binary)."""
        return np.ones(len(self.indices), dtype=np.float64)

    def __matmul__(self, dense: np.ndarray) -> np.ndarray:
        """Return this matrix times `dense` (n_features x k): each row's weight rows summed."""
        out = np.zeros((self.shape[0], *dense.shape[1:]), dtype=np.result_type(dense, np.float64))
        indptr, indices = self.indptr, self.indices
        # A few thousand rows at a time: their gathered weight rows stay in cache (one
        # gather of the whole batch costs several times scipy's product; this, about 2x).
        for first in range(0, self.shape[0], _ROWS_AT_ONCE):
            last = min(first + _ROWS_AT_ONCE, self.shape[0])
            starts = indptr[first:last] - indptr[first]
            filled = starts < indptr[first + 1 : last + 1] - indptr[first]
            if filled.any():
                # one segment per non-empty row; an empty row's start equals the next start
                rows = np.take(dense, indices[indptr[first] : indptr[last]], axis=0)
                out[first:last][filled] = np.add.reduceat(rows, starts[filled], axis=0)
        return out

    def tocsr(self) -> sparse.csr_matrix:
        """Return the same matrix as scipy's CSR (for training, which imports scipy anyway)."""
        from scipy import sparse

        return sparse.csr_matrix((self.data, self.indices, self.indptr), shape=self.shape)


def hashed_matrix(
    docs: Iterable[str], analyzer: Callable[[str], list[str]], n_features: int
) -> HashedRows:
    """Return the binary rows of `docs`' features, one row per document.

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
    return HashedRows(
        np.asarray(indices, dtype=np.int32), np.asarray(indptr, dtype=np.int64), n_features
    )
