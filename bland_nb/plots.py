"""Charts of the frames in `bland_nb.frames` (matplotlib: `pip install 'bland-nb[plots]'`).

```python
from bland_nb import frames, plots

calls = frames.calls(client)
plots.funnel_bars(frames.funnel(calls))        # each returns its matplotlib Figure
plots.spend_over_time(frames.spend(calls))
plots.answered_by_mix(calls, by="campaign_id")
```

Each function draws on `ax=` if given, else on a new `Figure` that belongs to no pyplot state,
so a notebook shows it once (as the cell's value) and nothing calls `plt.show()`.
"""

from __future__ import annotations

import sys
from typing import Any, Optional

import pandas as pd

try:
    from matplotlib.figure import Figure
except ImportError:  # pragma: no cover - depends on the environment
    raise ImportError("bland_nb.plots needs matplotlib: pip install 'bland-nb[plots]'") from None

from .frames import STAGES, require_columns

__all__ = ["answered_by_mix", "answered_by_shares", "funnel_bars", "spend_over_time"]

ANSWERED_BY = ("human", "voicemail", "unknown")
NO_ONE = "no one"
OUTSIDE = {"loc": "upper left", "bbox_to_anchor": (1.01, 1), "fontsize": "small"}
"""Legends sit right of the axes, clear of the bars."""


def funnel_bars(funnel_df: pd.DataFrame, *, stages: tuple[str, ...] = STAGES, ax: Any = None) -> Figure:
    """Bars of each funnel stage (x) for each group of `funnel_df` (from `frames.funnel`)."""
    require_columns(funnel_df, "funnel_bars", stages, what="a funnel frame")
    fig, ax = _canvas(ax)
    counts = funnel_df[list(stages)]
    width = 0.8 / max(len(counts), 1)
    for n, (group, row) in enumerate(counts.iterrows()):
        positions = [i + n * width for i in range(len(stages))]
        ax.bar(positions, row.to_numpy(), width=width, label=_label(group))
    ax.set_xticks([i + 0.4 - width / 2 for i in range(len(stages))], [s.replace("_", " ") for s in stages])
    ax.set_ylabel("calls")
    ax.set_title("Call funnel")
    if len(counts) > 1:
        ax.legend(title=_label(funnel_df.index.name or ""), **OUTSIDE)
    return fig


def spend_over_time(spend_df: pd.DataFrame, *, ax: Any = None) -> Figure:
    """Cost per period as bars, with the number of calls as a line on a second axis."""
    require_columns(spend_df, "spend_over_time", ("calls", "cost"), what="a spend frame")
    fig, ax = _canvas(ax)
    periods = spend_df.index
    if isinstance(periods, pd.DatetimeIndex) and periods.tz is not None:
        periods = periods.tz_convert(None)  # matplotlib draws UTC wall times
    width = _bar_width(periods)
    ax.bar(periods, spend_df["cost"].to_numpy(), width=width, color="tab:blue", label="cost")
    ax.set_ylabel("cost ($)")
    calls_axis = ax.twinx()
    calls_axis.plot(periods, spend_df["calls"].to_numpy(), color="tab:orange", marker=".", label="calls")
    calls_axis.set_ylabel("calls")
    ax.set_title("Spend over time (UTC)")
    fig.autofmt_xdate()
    return fig


def answered_by_mix(calls_df: pd.DataFrame, *, by: Optional[str] = "campaign_id", ax: Any = None) -> Figure:
    """Stacked bars of who answered (human, voicemail, unknown, no one), as shares of each group's calls."""
    require_columns(calls_df, "answered_by_mix", ["answered_by", *([by] if by else [])])
    fig, ax = _canvas(ax)
    mix = answered_by_shares(calls_df, by)
    bottom = pd.Series(0.0, index=mix.index)
    labels = [_label(group) for group in mix.index]
    for answer in mix.columns:
        ax.barh(labels, mix[answer].to_numpy(), left=bottom.to_numpy(), label=answer)
        bottom += mix[answer]
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of calls")
    ax.set_title("Who answered")
    ax.legend(**OUTSIDE)
    return fig


def answered_by_shares(calls_df: pd.DataFrame, by: Optional[str]) -> pd.DataFrame:
    """Share of each group's calls by answer (rows sum to 1): the numbers `answered_by_mix` draws."""
    answers = calls_df["answered_by"].astype("string").fillna(NO_ONE)
    groups = calls_df[by].astype("string").fillna("<none>") if by else pd.Series("all", index=calls_df.index)
    shares = pd.crosstab(groups, answers, normalize="index")
    order = [a for a in (*ANSWERED_BY, NO_ONE) if a in shares.columns]
    return shares[order + [a for a in shares.columns if a not in order]]


def _show_in_ipython() -> None:
    """Let IPython show a pyplot-free Figure as a picture, as it shows pyplot's."""
    shell = sys.modules.get("IPython") and sys.modules["IPython"].get_ipython()
    if shell is not None and hasattr(shell, "display_formatter"):
        from IPython.core.pylabtools import print_figure

        shell.display_formatter.formatters["image/png"].for_type(Figure, lambda fig: print_figure(fig, "png"))


def _canvas(ax: Any) -> tuple[Figure, Any]:
    if ax is not None:
        return ax.figure, ax
    _show_in_ipython()
    fig = Figure(figsize=(8, 4.5), layout="constrained")
    return fig, fig.add_subplot()


def _label(value: Any) -> str:
    if isinstance(value, tuple):
        return " / ".join(_label(v) for v in value)
    return "<none>" if pd.isna(value) else str(value)


def _bar_width(periods: pd.Index) -> Any:
    """Bars 80 % as wide as the spacing of the periods (a day if there is only one)."""
    if len(periods) > 1 and isinstance(periods, pd.DatetimeIndex):
        return (periods[1] - periods[0]) * 0.8
    return pd.Timedelta(days=0.8) if isinstance(periods, pd.DatetimeIndex) else 0.8
