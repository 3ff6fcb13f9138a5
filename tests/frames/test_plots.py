"""The charts: each returns its Figure, draws the frame's numbers, and never shows anything."""

from __future__ import annotations

import io
from collections import Counter, defaultdict
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.figure import Figure

import bland_nb.frames as frames
from bland_nb import BlandValidationError, plots
from bland_nb.sandbox import Sandbox


@pytest.fixture(autouse=True)
def no_show(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail if anything calls plt.show(), and check no pyplot figure is left open."""

    def show(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("plt.show() was called")

    monkeypatch.setattr(plt, "show", show)
    yield
    assert plt.get_fignums() == []


def bar_heights(fig: Figure) -> list[float]:
    return [patch.get_height() for patch in fig.axes[0].patches]


def renders(fig: Figure) -> bool:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue().startswith(b"\x89PNG")


def test_funnel_bars_draw_each_stage_of_each_group(calls_df: pd.DataFrame) -> None:
    funnel = frames.funnel(calls_df)
    fig = plots.funnel_bars(funnel)
    assert isinstance(fig, Figure) and renders(fig)
    stages = list(plots.STAGES)
    assert bar_heights(fig) == [float(funnel.iloc[g][s]) for g in range(len(funnel)) for s in stages]
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == [s.replace("_", " ") for s in stages]


def test_spend_over_time_draws_cost_bars_and_a_calls_line(calls_df: pd.DataFrame) -> None:
    spend = frames.spend(calls_df)
    fig = plots.spend_over_time(spend)
    assert renders(fig)
    assert bar_heights(fig) == list(spend["cost"])
    (line,) = fig.axes[1].get_lines()
    assert list(line.get_ydata()) == list(spend["calls"])


def test_answered_by_mix_shares_match_the_records(calls_df: pd.DataFrame, sandbox: Sandbox) -> None:
    fig = plots.answered_by_mix(calls_df, by="campaign_id")
    assert renders(fig)
    groups: dict[Any, Counter] = defaultdict(Counter)
    for call in sandbox.store.calls.timeline:
        groups[call["campaign_id"] or "<none>"][call["answered_by"] or "no one"] += 1
    shares = plots.answered_by_shares(calls_df, "campaign_id")
    for group, counts in groups.items():
        total = sum(counts.values())
        for answer, n in counts.items():
            assert shares.loc[group, answer] == pytest.approx(n / total, rel=1e-12)
    widths = [patch.get_width() for patch in fig.axes[0].patches]
    assert widths == pytest.approx([shares.loc[g, a] for a in shares.columns for g in shares.index], rel=1e-12)


def test_draws_on_given_axes(calls_df: pd.DataFrame) -> None:
    fig = Figure()
    ax = fig.add_subplot()
    assert plots.answered_by_mix(calls_df, by=None, ax=ax) is fig
    assert len(ax.patches) == 5  # human, voicemail, unknown, no-answer and no one: one bar each


def test_bad_frames_are_named() -> None:
    with pytest.raises(BlandValidationError, match="funnel_bars\\(\\) needs a funnel frame"):
        plots.funnel_bars(pd.DataFrame({"calls": [1]}))
