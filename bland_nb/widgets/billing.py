"""`BillingPanel`: account and organization balances, spend over a window, and the runway."""

from __future__ import annotations

import html
import math
from concurrent.futures import Future
from datetime import date, timedelta
from typing import Optional

import ipywidgets as widgets
import pandas as pd

from .. import BlandValidationError, frames
from ..frames import newest_day
from ._base import Panel
from ._charts import chart, show_chart
from ._table import PagedTable, html_table, local_pages

__all__ = ["BillingPanel"]

BALANCE_COLUMNS = {
    "scope": "scope",
    "name": "name",
    "plan": "plan",
    "balance": "balance ($)",
    "refill_at": "refill under ($)",
    "refill_amount": "refill amount ($)",
    "overdue": "overdue",
    "error": "error",
    "org_id": "id",
}
RUNWAY_COLUMNS = {
    "scope": "balance of",
    "balance": "balance ($)",
    "threshold": "down to ($)",
    "burn_per_day": "spend ($/day)",
    "days": "lasts (days)",
}
WINDOWS = {"Last 7 days": 7, "Last 30 days": 30, "Last 90 days": 90}
FREQUENCIES = {"Day": "D", "Week": "W"}
BURN_WINDOW = "7D"
"""The trailing window the burn rate is measured over (the shortest spend window holds it)."""
SPEND_COLUMNS = ["created_at", "call_length", "price"]
"""What spend and the runway read of each call: all the panel keeps of them."""


class BillingPanel(Panel):
    """Balances and refill settings of the account and each organization, spend over the last
    7, 30 or 90 days per day or week, and how long the account balance lasts at the recent rate.

    ```python
    from bland_nb.widgets import BillingPanel
    panel = BillingPanel(client)
    panel.set_window(30, "W")          # as the controls do: last 30 days, per week
    ```

    The window ends on the day of the newest call (UTC). Its calls are fetched first; then,
    on a thread of its own, those of the widest window, so that choosing a wider window later
    draws at once (`wait()` waits for that fetch; a window chosen before it ends waits for it
    too). A narrower window reuses the calls already fetched; `refresh()` fetches again.
    Refill settings are shown read-only: the API has no endpoint that changes them.
    """

    title = "Billing"

    def _build(self) -> list[widgets.Widget]:
        self.billing_df: Optional[pd.DataFrame] = None
        self.calls_df = pd.DataFrame()
        self.newest: Optional[date] = None
        self._found_newest = False
        self._fetched, self._fetched_from = pd.DataFrame(), None  # the widest window fetched, from its first day
        self._widest: Optional[tuple[date, date, Future]] = None  # the widest window's first and last day, its calls
        self.balances = PagedTable(BALANCE_COLUMNS, ids=("org_id",), run=self.run, empty="No balances yet.")
        self.window = widgets.Dropdown(options=list(WINDOWS.items()), value=7, description="Window")
        self.frequency = widgets.ToggleButtons(options=list(FREQUENCIES.items()), value="D", description="Per")
        for control in (self.window, self.frequency):
            self.on_change(control, "Loading spend", self.show_window)
        self.spend_text = widgets.HTML()
        self.spend_chart = chart("Spend", formats={"cost ($)": "$,.2f"})
        self.runway_text = widgets.HTML()
        self.runway_table = widgets.HTML()
        return [
            widgets.HTML("<b>Balances</b> <small>(refill settings are read-only: the API cannot change them)</small>"),
            self.balances,
            widgets.HTML("<b>Spend</b>"),
            widgets.HBox(
                [self.window, self.frequency],
                layout=widgets.Layout(flex_flow="row wrap", align_items="center", grid_gap="4px 12px"),
            ),
            self.spend_text,
            self.spend_chart,
            widgets.HTML("<b>Runway</b>"),
            self.runway_text,
            self.runway_table,
        ]

    def _load(self) -> None:
        self.billing_df = frames.billing(self._client)
        self.balances.show(local_pages(_shown_balances(self.billing_df)))
        self._say_failed_organizations()
        self._found_newest, self._fetched_from, self._widest = False, None, None
        self.show_window()

    def set_window(self, days: int = 7, freq: str = "D") -> None:
        """Show spend over the last `days` (7, 30 or 90) per `freq` (`D`ay or `W`eek), as the controls do."""
        if days not in WINDOWS.values() or freq not in FREQUENCIES.values():
            raise BlandValidationError(
                f"set_window(days={days!r}, freq={freq!r}): days must be one of "
                f"{', '.join(map(str, WINDOWS.values()))} and freq one of "
                f"{', '.join(map(repr, FREQUENCIES.values()))}"
            )
        with self.setting():
            self.window.value, self.frequency.value = days, freq
        self.run("Loading spend", self.show_window)

    @property
    def period(self) -> Optional[tuple[date, date]]:
        """The first and last day (UTC) of the spend window, or None without calls."""
        if self.newest is None:
            return None
        return self.newest - timedelta(days=self.window.value - 1), self.newest

    def show_window(self) -> None:
        """Fetch the window's calls (unless a wider window was), then draw the chart and the runway."""
        if not self._found_newest:
            self.newest = newest_day(self._client)
            self._found_newest = True
        if self.period is None:
            self.spend_text.value = "<i>No calls yet: nothing spent.</i>"
            show_chart(self.spend_chart, None)
            self.runway_text.value, self.runway_table.value = "<i>No spend to estimate a runway from.</i>", ""
            return
        start, end = self.period
        if self._fetched_from is None or start < self._fetched_from:
            self._fetched, self._fetched_from = self._calls_from(start, end)
        self.calls_df = self._fetched[self._fetched["created_at"] >= pd.Timestamp(start, tz="UTC")]
        self.draw()
        self.show_runway()
        widest = end - timedelta(days=max(WINDOWS.values()) - 1)
        if self._widest is None and self._fetched_from > widest:
            self._widest = widest, end, self.in_background(f"calls {widest}–{end}", lambda: self._fetch(widest, end))

    def _calls_from(self, start: date, end: date) -> tuple[pd.DataFrame, date]:
        """The calls of `start` to `end` or more, and their first day: the background fetch of the
        widest window's (waiting for it if needed), else fetched now (also when that fetch failed)."""
        if self._widest is not None and self._widest[1] == end:
            widest, _end, future = self._widest
            try:
                return future.result(), widest
            except Exception:  # fetched again below, where a lasting error is said
                self._widest = None
        return self._fetch(start, end), start

    def _fetch(self, start: date, end: date) -> pd.DataFrame:
        return frames.calls(self._client, start=start, end=end, progress=False)[SPEND_COLUMNS]

    def draw(self) -> None:
        """The spend chart of the fetched calls, per the chosen frequency, and its totals."""
        start, end = self.period
        spend = frames.spend(self.calls_df, freq=self.frequency.value)
        self.spend_text.value = (
            f"{start:%Y-%m-%d} – {end:%Y-%m-%d} (UTC; the {self.window.value} days to the "
            f"newest call): {int(spend['calls'].sum()):,} calls, "
            f"{spend['minutes'].sum():,.1f} minutes, ${spend['cost'].sum():,.2f}"
        )
        unit = "day" if self.frequency.value == "D" else "week"
        figure = spend_figure(spend, self.frequency.value) if len(spend) else None
        show_chart(self.spend_chart, figure, title=f"Spend per {unit} (UTC)")

    def show_runway(self) -> None:
        """How long the account balance lasts at the spend rate of the last 7 days."""
        if self.billing_df is None:
            self.runway_text.value, self.runway_table.value = "<i>The balances could not be read: no runway.</i>", ""
            return
        account = self.billing_df[self.billing_df["scope"] == "account"]
        runway = frames.runway(account, frames.spend(self.calls_df, freq="D"), window=BURN_WINDOW)
        shown = runway.assign(days=runway["days"].map(days_text).astype("object"))
        self.runway_table.value = html_table(shown, RUNWAY_COLUMNS)
        self.runway_text.value = html.escape(runway_sentence(runway.iloc[0]) if len(runway) else "No account balance.")

    def _say_failed_organizations(self) -> None:
        failed = self.billing_df.loc[self.billing_df["error"].notna(), "name"].fillna("(no name)")
        if len(failed):
            self.say(f"Could not read the billing of {', '.join(failed)}: the error column says why.", "error")


def _shown_balances(billing: pd.DataFrame) -> pd.DataFrame:
    """`billing` with `overdue` as yes / no."""
    return billing.assign(overdue=billing["overdue"].map({True: "yes", False: "no"}).astype("object"))


def spend_figure(spend: pd.DataFrame, freq: str) -> pd.DataFrame:
    """What the spend chart shows: cost ($) over calls per period, one scale each from 0, each
    period under its bar as its first day (`Dec 01`). (Not `plots.spend_over_time`, whose two
    scales on one axis read poorly in a narrow panel.)"""
    periods = pd.Index(
        [f"{period:%b %d}" for period in spend.index], name="day" if freq == "D" else "week starting (Sunday)"
    )
    return pd.DataFrame({"cost ($)": spend["cost"].to_numpy(), "calls": spend["calls"].to_numpy()}, index=periods)


def days_text(days: float) -> str:
    """Days of runway as both the sentence and the table say them: to a tenth of a day."""
    if pd.isna(days):
        return ""
    if math.isinf(days):
        return "no end in sight"
    return "under 0.1" if 0 < days < 0.05 else f"{days:,.1f}"


def runway_sentence(row: pd.Series) -> str:
    """The runway of one row of `frames.runway` in plain words."""
    balance, threshold, burn, days = row["balance"], row["threshold"], row["burn_per_day"], row["days"]
    if pd.isna(balance):
        return "The API gave no account balance, so there is no runway to estimate."
    floor = f"its refill threshold of ${threshold:,.2f}" if threshold else "$0"
    if days == 0:
        return f"The account balance (${balance:,.2f}) is already down to {floor}."
    if math.isinf(days):
        return f"Nothing was spent in the last 7 days: the account balance of ${balance:,.2f} is not running down."
    lasts = f"{days_text(days)} days"
    return (
        f"At ${burn:,.2f}/day (the last 7 days' spend), the account balance of ${balance:,.2f} lasts {lasts}, "
        f"to {floor}."
    )
