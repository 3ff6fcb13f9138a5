"""Campaign and billing analysis: pure functions from the exporters' frames to new frames."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import Any, Optional, Union

import numpy as np
import pandas as pd

from .. import BlandValidationError

__all__ = ["funnel", "runway", "spend"]

NOT_DIALED = ("queued", "cancelled", "canceled")
"""Statuses of calls that never rang: still waiting, or stopped before dialing."""
STAGES = ("dialed", "connected", "human", "voicemail", "no_answer", "failed", "transferred")


def funnel(calls_df: pd.DataFrame, by: Union[str, list[str], None] = "campaign_id") -> pd.DataFrame:
    """The call funnel per group of `by` (a column or columns of `calls_df`; None: one row, `all`).

    Counts (int64): `calls` (rows); `dialed` (status not queued/cancelled); `connected` (answered
    by anyone: `answered_by` set and not `no-answer`); `human`, `voicemail` (`answered_by`);
    `no_answer` (`status` or `answered_by` `no-answer`), `failed` (`status` `failed`);
    `transferred` (`transferred_to` set).
    Rates (float64): `connect_rate`, `human_rate`, `voicemail_rate`, `no_answer_rate`,
    `failure_rate` (each over `dialed`), `transfer_rate` (over `human`).
    Money and time (float64): `talk_minutes` (total `call_length` of connected calls),
    `avg_talk_minutes` (per connected call), `cost` (total `price`), `cost_per_human`.
    A rate over zero calls is NaN. Calls with no value for `by` form their own group (`<NA>`).
    A Dask frame gives a lazy Dask frame: `.compute()` it.
    """
    keys = [by] if isinstance(by, str) else list(by or [])
    require_columns(calls_df, "funnel", ["status", "answered_by", "transferred_to", "call_length", "price", *keys])
    groups = [f"_by{n}" for n in range(len(keys))] or ["_all"]  # the keys, named apart from the stages
    stages = _each(calls_df, _stages, keys)
    out = stages.groupby(groups, dropna=False, observed=True, sort=True).sum()
    if _is_dask(out):
        out = _each(out, _by_sorted_categories)
    return _each(out, _rates, keys)


def _stages(calls_df: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Per call: the group keys, then 1 or 0 for each stage, talk minutes and cost."""
    answered, status = calls_df["answered_by"], calls_df["status"]
    silent = answered.eq("no-answer").fillna(False).astype(bool)  # the documented "nobody answered"
    connected = answered.notna() & ~silent
    groups = {f"_by{n}": calls_df[key] for n, key in enumerate(keys)} or {"_all": "all"}
    stages = pd.DataFrame(
        {
            **groups,
            "calls": 1,
            "dialed": ~status.isin(NOT_DIALED),
            "connected": connected,
            "human": answered == "human",
            "voicemail": answered == "voicemail",
            "no_answer": status.eq("no-answer").fillna(False).astype(bool) | silent,
            "failed": status == "failed",
            "transferred": calls_df["transferred_to"].notna(),
            "talk_minutes": calls_df["call_length"].where(connected, 0.0).fillna(0.0),
            "cost": calls_df["price"].fillna(0.0),
        },
        index=calls_df.index,
    )
    return stages.astype({stage: "int64" for stage in ("calls", *STAGES)})


def _by_sorted_categories(out: pd.DataFrame) -> pd.DataFrame:
    """The groups of unordered categories in sorted order, as frames' own categories are: Dask
    unites its partitions' categories in the order it meets them."""
    index = out.index.to_frame()
    for name, values in index.items():
        if isinstance(values.dtype, pd.CategoricalDtype) and not values.cat.ordered:
            index[name] = values.cat.reorder_categories(sorted(values.cat.categories))
    return out.set_axis(
        pd.MultiIndex.from_frame(index) if out.index.nlevels > 1 else pd.Index(index.iloc[:, 0])
    ).sort_index()


def _rates(out: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """The summed stages of each group, with their rates, in the documented order."""
    out = out.copy()
    out.index.names = keys or [None]
    for rate, stage, base in (
        ("connect_rate", "connected", "dialed"),
        ("human_rate", "human", "dialed"),
        ("voicemail_rate", "voicemail", "dialed"),
        ("no_answer_rate", "no_answer", "dialed"),
        ("failure_rate", "failed", "dialed"),
        ("transfer_rate", "transferred", "human"),
        ("avg_talk_minutes", "talk_minutes", "connected"),
        ("cost_per_human", "cost", "human"),
    ):
        out[rate] = _ratio(out[stage], out[base])
    order = [
        "calls",
        *STAGES,
        "connect_rate",
        "human_rate",
        "voicemail_rate",
        "no_answer_rate",
        "failure_rate",
        "transfer_rate",
        "talk_minutes",
        "avg_talk_minutes",
        "cost",
        "cost_per_human",
    ]
    return out[order]


def spend(calls_df: pd.DataFrame, freq: str = "D") -> pd.DataFrame:
    """Calls, minutes and cost per period of `freq` (a pandas frequency: `h`, `D`, `W`, `MS`...).

    Periods are bins of `created_at` (UTC), every one from the first call's to the last's, the
    quiet ones as zeros. Index `period` (datetime64[us, UTC], each period's start: `W` weeks run
    from a Sunday, `W-MON` from a Monday); columns
    `calls` (int64), `minutes` (float64, total `call_length`), `cost` (float64, total `price`).
    A Dask frame gives a lazy Dask frame: `.compute()` it.
    """
    require_columns(calls_df, "spend", ["created_at", "call_length", "price"])
    offset = _offset(freq, "freq")
    rows = _each(calls_df, _spend_rows)
    if not _is_dask(rows):
        return _bins(rows, offset)
    first = rows.index.min()  # lazy: every partition's periods line up with those starting from it
    meta = _bins(rows._meta, offset)
    partial = rows.map_partitions(_bins, offset, first, meta=meta)  # each partition's sums, then theirs
    return partial.repartition(npartitions=1).map_partitions(_bins, offset, first, meta=meta)


def _spend_rows(calls_df: pd.DataFrame) -> pd.DataFrame:
    """Per call with a `created_at`, indexed by it: 1 call, its minutes and its cost."""
    created = pd.DatetimeIndex(calls_df["created_at"])
    data = pd.DataFrame(
        {
            "calls": np.ones(len(calls_df), dtype="int64"),
            "minutes": calls_df["call_length"].fillna(0.0).to_numpy(),
            "cost": calls_df["price"].fillna(0.0).to_numpy(),
        },
        index=created,
    )
    return data[created.notna()]


def _bins(data: pd.DataFrame, offset: pd.DateOffset, first: Any = None) -> pd.DataFrame:
    """The sums of `data` per period of `offset`, every period from the first to the last; with
    `first` (a time), from its period on (pandas counts a `7D` period from the first one's day)."""
    if first is not None and pd.notna(first):
        start = pd.DataFrame(0, index=pd.DatetimeIndex([first]).as_unit(data.index.unit), columns=data.columns)
        data = pd.concat([start.astype(data.dtypes), data])  # sums nothing, starts the periods
    out = data.resample(offset, label="left", closed="left").sum()  # weeks too: by their start
    out.index = out.index.as_unit("us").rename("period")
    return out


def runway(billing_df: pd.DataFrame, spend_df: pd.DataFrame, window: str = "7D") -> pd.DataFrame:
    """Days until each balance of `billing_df` falls to its refill threshold (or to zero where
    it has none), spending at the trailing burn rate of `spend_df` (from `spend`).

    The burn rate is the cost of the spend periods that start within `window` (a fixed length:
    `7D`, `36h`...) before the last one, inclusive, divided by the window's days; periods
    missing from `spend_df` count as spending nothing. The same rate applies to every row: pass
    the rows the spending comes out of.

    Columns: `scope`, `org_id`, `name` (as in `billing_df`, where present); `balance`,
    `threshold` (`refill_at`, or 0); `burn_per_day` (float64, dollars); `burn_window` (the
    `window` given); `burn_start`, `burn_end` (first and last period used; NaT without spend);
    `days` (float64: 0 if already there, inf if nothing is being spent, NaN without a balance).
    A Dask `spend_df` is computed here (a row a period); the answer is a pandas frame.
    """
    require_columns(billing_df, "runway", ["balance", "refill_at"], what="a billing frame")
    require_columns(spend_df, "runway", ["cost"], what="a spend frame")
    if _is_dask(spend_df):
        spend_df = spend_df.compute()  # one row a period: small
    span = _span(window)
    used = spend_df.loc[spend_df.index > spend_df.index.max() - span] if len(spend_df) else spend_df
    burn = float(used["cost"].sum()) / (span / pd.Timedelta(days=1))
    out = billing_df[[c for c in ("scope", "org_id", "name") if c in billing_df]].copy()
    out["balance"] = billing_df["balance"].astype("float64")
    out["threshold"] = billing_df["refill_at"].astype("float64").fillna(0.0)
    out["burn_per_day"] = burn
    out["burn_window"] = pd.array([window] * len(out), dtype="string")
    out["burn_start"], out["burn_end"] = _first_last(used.index)
    headroom = (out["balance"] - out["threshold"]).clip(lower=0.0)
    out["days"] = headroom / burn if burn > 0 else headroom.where(headroom.isna() | (headroom == 0), np.inf)
    return out


# -- checks and small helpers --------------------------------------------------------------------


def require_columns(df: Any, function: str, columns: Iterable[str], *, what: str = "a calls frame") -> None:
    if not (isinstance(df, pd.DataFrame) or _is_dask(df)):
        raise BlandValidationError(f"{function}() takes {what} (a pandas or Dask DataFrame), not {type(df).__name__}")
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise BlandValidationError(
            f"{function}() needs {what} with column(s) {', '.join(missing)}; "
            f"it has: {', '.join(map(str, df.columns)) or 'none'}"
        )


def _is_dask(df: Any) -> bool:
    """Whether `df` is a `dask.dataframe.DataFrame` (never imports Dask: such a frame has loaded it)."""
    dd = sys.modules.get("dask.dataframe")
    return dd is not None and isinstance(df, dd.DataFrame)


def _each(df: Any, function: Callable[..., pd.DataFrame], *args: Any) -> Any:
    """`function(df, *args)`: on a pandas frame at once, on a Dask frame partition by partition, lazily."""
    if _is_dask(df):
        return df.map_partitions(function, *args, meta=function(df._meta, *args))
    return function(df, *args)


def _offset(freq: Any, name: str) -> pd.DateOffset:
    try:
        return pd.tseries.frequencies.to_offset(freq)
    except (TypeError, ValueError):
        raise BlandValidationError(f"{name}={freq!r}: not a pandas frequency; use e.g. 'h', 'D', 'W' or 'MS'") from None


def _span(window: Any) -> pd.Timedelta:
    try:
        span = pd.Timedelta(window)
    except (TypeError, ValueError):
        span = None
    if span is None or pd.isna(span) or span <= pd.Timedelta(0):
        raise BlandValidationError(f"window={window!r}: must be a positive fixed length such as '7D', '30D' or '36h'")
    return span


def _ratio(part: pd.Series, whole: pd.Series) -> pd.Series:
    return part / whole.where(whole > 0).astype("float64")


def _first_last(index: pd.Index) -> tuple[Optional[pd.Timestamp], Optional[pd.Timestamp]]:
    return (index.min(), index.max()) if len(index) else (pd.NaT, pd.NaT)
