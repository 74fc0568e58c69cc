"""Draw the digest's chart: new leads per day over the last 14 days, by quality band."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

BANDS = (
    ("very_low", "Very low (0-39)", "#c9ccd1"),
    ("low", "Low (40-59)", "#7fb3d5"),
    ("medium", "Medium (60-79)", "#f0b429"),
    ("high", "High (80-100)", "#2e9e5b"),
)


def daily_chart_png(daily: Sequence[dict[str, Any]], *, title: str = "New leads per day") -> bytes:
    """Return a small PNG: one stacked bar per day (oldest left), one colour per band."""
    # Imported here: matplotlib costs every `leads` command a quarter second otherwise.
    # The Agg canvas renders without a display; using it directly (no pyplot) also keeps
    # matplotlib's global state out of a threaded server.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(8.0, 3.2), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    labels = [str(d["day"])[5:] for d in daily]
    bottoms = [0] * len(daily)
    for key, label, colour in BANDS:
        values = [int(d.get(key, 0)) for d in daily]
        ax.bar(range(len(daily)), values, bottom=bottoms, color=colour, label=label, width=0.8)
        bottoms = [b + v for b, v in zip(bottoms, values, strict=True)]
    ax.set_xticks(range(len(daily)))
    ax.set_xticklabels(labels, rotation=45, ha="right", fontsize=8)
    ax.set_title(title, fontsize=10)
    ax.set_ylabel("leads", fontsize=8)
    ax.tick_params(axis="y", labelsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    ax.yaxis.get_major_locator().set_params(integer=True)
    handles, names = ax.get_legend_handles_labels()
    # Best band on top of the legend, as on the bars.
    ax.legend(
        handles[::-1], names[::-1], fontsize=7, frameon=False, loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
    )  # fmt: skip
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()
