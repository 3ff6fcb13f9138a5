"""A table that holds one page of rows: HTML for the page and a pager (`GridTable` is the one clicked).

Rows come from `fetch(offset, limit) -> (DataFrame, total)`, asked for one page at a time, so
a table over 100,000 calls ships 50 rows to the front end, never more.

Tables of calls show List Calls rows as a person reads them (`call_view`): one status, no
minutes or price where a call has none, times in a chosen zone, ids shortened (the full id in
the cell's `title`), prices as dollars to the cent, as the call detail shows them too.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from typing import Any, Optional
from zoneinfo import ZoneInfo

import ipywidgets as widgets
import pandas as pd

from .. import LIVE_STATES

__all__ = [
    "CALL_COLUMNS",
    "PagedTable",
    "call_columns",
    "call_figures",
    "call_pages",
    "call_state",
    "call_view",
    "html_table",
    "local_pages",
    "money",
]

Fetch = Callable[[int, int], tuple[pd.DataFrame, Optional[int]]]

STYLE = (
    "<style>.bland-nb-table{border-collapse:collapse;font-size:12px}"
    ".bland-nb-table th,.bland-nb-table td{padding:2px 8px;border-bottom:1px solid var(--jp-border-color2, #e0e0e0);"
    "text-align:left;white-space:nowrap}</style>"
)
SHORT_IDS = ("call_id",)
"""Columns whose ids show as their first 8 characters and "…", the full id in the cell's `title`."""
UNFINISHED = ("queued", "in progress", "cancelled")
"""States of a call with no minutes or price to show."""


def call_columns(zone: str = "UTC") -> dict[str, str]:
    """The columns of a table of calls (`call_view` rows), times in `zone`."""
    return {
        "created_at": f"created ({zone})",
        "to": "to",
        "status": "status",
        "answered_by": "answered by",
        "call_length": "minutes",
        "price": "price",
        "call_id": "call id",
    }


CALL_COLUMNS = call_columns()
"""The columns of a table of calls, times in UTC."""


def missing(value: Any) -> bool:
    """Whether `value` is a blank: None, NA, NaT or NaN."""
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def cell(value: Any) -> str:
    """One value as short text: times to the second, floats to two places, missing as blank."""
    if missing(value):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def money(value: Any) -> str:
    """Dollars to the cent ($0.1234 → "$0.12"), blank for none: the same in tables and details."""
    return "" if missing(value) else f"${value:,.2f}"


def shortened(text: str) -> str:
    """An id as a table shows it: its first 8 characters and "…" (a short one whole)."""
    return text if len(text) <= 9 else text[:8] + "…"


def short_id(value: Any) -> str:
    """An id as a table cell: `shortened`, the full id in `title` (escaped)."""
    text = cell(value)
    if shortened(text) == text:
        return f"<td>{html.escape(text)}</td>"
    return f"<td title='{html.escape(text, quote=True)}'>{html.escape(shortened(text))}</td>"


def rows_info(first: int, shown: int, total: int) -> str:
    """A pager's line: which rows of how many are shown (`first` 0-based)."""
    return f"rows {first + 1:,}–{first + shown:,} of {total:,}" if shown else f"0 of {total:,}"


def call_state(queue_status: Any, status: Any, completed: Any = None) -> str:
    """Where a call is, in one word: queued, in progress, cancelled, or how it ended (the API's
    `status`: completed, failed, no-answer, busy…); List Calls' `queue_status` and `status` combined."""
    queue, status = ("" if missing(value) else str(value) for value in (queue_status, status))
    if queue in LIVE_STATES or status == "in-progress":
        return "in progress"
    if queue in ("cancelled", "canceled") or status in ("cancelled", "canceled"):
        return "cancelled"
    if queue == "queued" or (not missing(completed) and not completed):
        return "queued"
    return status or queue


def call_figures(state: str, call_length: Any, price: Any) -> tuple[Optional[float], Optional[float]]:
    """A call's (minutes, price) to show: none while it is not finished, none when it never connected
    (no minutes) unless it was billed."""
    if state in UNFINISHED:
        return None, None
    minutes = None if missing(call_length) or not call_length > 0 else float(call_length)
    cost = None if missing(price) or not (minutes or price > 0) else float(price)
    return minutes, cost


def call_view(df: pd.DataFrame, zone: str = "UTC") -> pd.DataFrame:
    """List Calls rows as call tables show them: `status` from `call_state`, minutes and price
    from `call_figures` (price as `money` text), `created_at` in time zone `zone`."""
    if not len(df):
        return df
    view = df.copy()
    view["status"] = [
        call_state(*row) for row in zip(df["queue_status"], df["status"], df.get("completed", [None] * len(df)))
    ]
    figures = [call_figures(*row) for row in zip(view["status"], df["call_length"], df["price"])]
    view["call_length"] = [minutes for minutes, _price in figures]
    view["price"] = [money(price) for _minutes, price in figures]
    view["created_at"] = pd.to_datetime(df["created_at"], utc=True).dt.tz_convert(ZoneInfo(zone))
    return view


def html_table(df: pd.DataFrame, columns: dict[str, str], ids: tuple[str, ...] = SHORT_IDS) -> str:
    """`df`'s `columns` (name → header) as an escaped HTML table; the `ids` columns shortened."""
    shown = [name for name in columns if name in df.columns]
    head = "".join(f"<th>{html.escape(columns[name])}</th>" for name in shown)
    body = "".join(
        "<tr>"
        + "".join(
            short_id(value) if name in ids else f"<td>{html.escape(cell(value))}</td>"
            for name, value in zip(shown, row)
        )
        + "</tr>"
        for row in df[shown].itertuples(index=False, name=None)
    )
    return f"{STYLE}<table class='bland-nb-table'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def local_pages(df: pd.DataFrame) -> Fetch:
    """A `PagedTable` fetch over a frame already in memory."""
    return lambda offset, limit: (df.iloc[offset : offset + limit], len(df))


def call_pages(client: Any, *, zone: str = "UTC", **filters: Any) -> Fetch:
    """A `PagedTable` fetch of List Calls with `filters`, one window of the API a page, as `call_view`
    shows them (times in `zone`)."""

    def fetch(offset: int, limit: int) -> tuple[pd.DataFrame, Optional[int]]:
        page = client.calls.list(from_=offset, to=offset + limit, limit=limit, **filters)
        return call_view(page.to_df(), zone), page.total

    return fetch


class PagedTable(widgets.VBox):
    """One page of rows as an HTML table, with Previous / Next: for tables nothing is picked from
    (a `GridTable` is clicked).

    The `ids` columns show the first 8 characters of each id, the whole id in the cell's `title`;
    a wide table scrolls inside the panel; an empty one is its `empty` sentence alone.
    `show(fetch)` sets the source and goes to the first page (`keep`: the same page, a refresh).
    Paging goes through `run(what, function, *args)` (a panel's `Panel.run`: loading line, errors inline).
    """

    def __init__(
        self,
        columns: dict[str, str],
        *,
        page_size: int = 50,
        empty: str = "Nothing to show.",
        run: Optional[Callable[..., None]] = None,
        ids: tuple[str, ...] = SHORT_IDS,
    ):
        self.columns, self.page_size, self.empty, self.ids = columns, page_size, empty, ids
        self._fetch: Optional[Fetch] = None
        self.page, self.total, self.frame = 0, 0, pd.DataFrame()
        self.html = widgets.HTML()
        self.previous = widgets.Button(description="‹ Previous", disabled=True, layout=widgets.Layout(width="110px"))
        self.next = widgets.Button(description="Next ›", disabled=True, layout=widgets.Layout(width="110px"))
        self.info = widgets.Label()
        run = run or (lambda _what, function, *args: function(*args))
        self.previous.on_click(lambda _b: run("Loading the previous page", self.go, self.page - 1))
        self.next.on_click(lambda _b: run("Loading the next page", self.go, self.page + 1))
        self.html.layout.overflow = "auto"  # a wide table scrolls inside the panel, not past it
        pager = widgets.HBox([self.previous, self.next, self.info], layout=widgets.Layout(flex_flow="row wrap"))
        super().__init__([self.html, pager])

    def show(self, fetch: Fetch, *, keep: bool = False) -> None:
        """Read rows from `fetch` from now on, at the first page; with `keep`, at the same page
        where it still exists (a refresh)."""
        self._fetch = fetch
        self.go(self.page if keep else 0)
        if keep and self.page and not len(self.frame):  # the list shrank below this page
            self.go(0)

    def go(self, page: int) -> None:
        """Fetch and show page `page` (0-based)."""
        if self._fetch is None:
            return
        page = max(page, 0)
        frame, total = self._fetch(page * self.page_size, self.page_size)
        self.page, self.frame = page, frame
        self.total = total if total is not None else page * self.page_size + len(frame)
        self.html.value = (
            html_table(frame, self.columns, self.ids) if len(frame) else f"<i>{html.escape(self.empty)}</i>"
        )
        for widget in (self.previous, self.next, self.info):  # an empty table is its sentence alone
            widget.layout.display = "" if self.total else "none"
        first = page * self.page_size
        self.info.value = rows_info(first, len(frame), self.total)
        self.previous.disabled = page == 0
        self.next.disabled = first + len(frame) >= self.total
