"""Hold the two layers' copies of the quality bands to one table (DESIGN: 80/60/40)."""

from __future__ import annotations

import pytest

from model.types import quality_band
from storage.statuses import quality_of


@pytest.mark.parametrize(
    ("score", "band"),
    [(100, "high"), (80, "high"), (79, "medium"), (60, "medium"), (59, "low"), (40, "low"),
     (39, "very_low"), (0, "very_low")],
)  # fmt: skip
def test_bands_agree(score: int, band: str) -> None:
    assert quality_band(score) == band
    assert quality_of(score) == band
