"""A table that holds one page of rows: HTML for the page, a pager, and an optional row picker.

Rows come from `fetch(offset, limit) -> (DataFrame, total)`, asked for one page at a time, so
a table over 100,000 calls ships 50 rows to the front end, never more.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from typing import Any, Optional

import ipywidgets as widgets
import pandas as pd

__all__ = ["CALL_COLUMNS", "PagedTable", "call_pages", "html_table", "local_pages"]

Fetch = Callable[[int, int], tuple[pd.DataFrame, Optional[int]]]

STYLE = (
    "<style>.bland-nb-table{border-collapse:collapse;font-size:12px}"
    ".bland-nb-table th,.bland-nb-table td{padding:2px 8px;border-bottom:1px solid #ddd;text-align:left;"
    "white-space:nowrap}</style>"
)
CALL_COLUMNS = {
    "created_at": "created (UTC)",
    "to": "to",
    "status": "status",
    "queue_status": "queue",
    "answered_by": "answered by",
    "call_length": "minutes",
    "price": "price ($)",
    "call_id": "call id",
}
"""The columns of a table of calls (List Calls rows)."""


def cell(value: Any) -> str:
    """One value as short text: times to the second, floats to two places, missing as blank."""
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def html_table(df: pd.DataFrame, columns: dict[str, str]) -> str:
    """`df`'s `columns` (name → header) as an escaped HTML table."""
    shown = [name for name in columns if name in df.columns]
    head = "".join(f"<th>{html.escape(columns[name])}</th>" for name in shown)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell(value))}</td>" for value in row) + "</tr>"
        for row in df[shown].itertuples(index=False, name=None)
    )
    return f"{STYLE}<table class='bland-nb-table'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def local_pages(df: pd.DataFrame) -> Fetch:
    """A `PagedTable` fetch over a frame already in memory."""
    return lambda offset, limit: (df.iloc[offset : offset + limit], len(df))


def call_pages(client: Any, **filters: Any) -> Fetch:
    """A `PagedTable` fetch of List Calls with `filters`, one window of the API a page."""

    def fetch(offset: int, limit: int) -> tuple[pd.DataFrame, Optional[int]]:
        page = client.calls.list(from_=offset, to=offset + limit, limit=limit, **filters)
        return page.to_df(), page.total

    return fetch


class PagedTable(widgets.VBox):
    """One page of rows with Previous / Next; with `key`, a picker of this page's rows.

    `show(fetch)` sets the source and goes to the first page; `selected` is the picked row's
    `key` value (None when nothing is picked); `on_select(function)` is called with it. Paging
    goes through `run(what, function, *args)` (a panel's `Panel.run`: loading line, errors inline).
    """

    def __init__(
        self,
        columns: dict[str, str],
        *,
        page_size: int = 50,
        key: Optional[str] = None,
        label: Optional[Callable[[Any], str]] = None,
        empty: str = "Nothing to show.",
        run: Optional[Callable[..., None]] = None,
    ):
        self.columns, self.page_size, self.key, self.empty = columns, page_size, key, empty
        self._label = label or (lambda row: str(row[key]))
        self._fetch: Optional[Fetch] = None
        self.page, self.total, self.frame = 0, 0, pd.DataFrame()
        self.html = widgets.HTML()
        self.previous = widgets.Button(description="‹ Previous", disabled=True, layout=widgets.Layout(width="110px"))
        self.next = widgets.Button(description="Next ›", disabled=True, layout=widgets.Layout(width="110px"))
        self.info = widgets.Label()
        self.picker = widgets.Select(
            options=[],
            rows=8,
            layout=widgets.Layout(width="100%"),
            description="Select",
            style={"description_width": "initial"},
        )
        run = run or (lambda _what, function, *args: function(*args))
        self.previous.on_click(lambda _b: run("Loading the previous page", self.go, self.page - 1))
        self.next.on_click(lambda _b: run("Loading the next page", self.go, self.page + 1))
        pager = widgets.HBox([self.previous, self.next, self.info])
        super().__init__([self.html, pager] + ([self.picker] if key else []))

    @property
    def selected(self) -> Any:
        """The `key` of the picked row, or None."""
        return self.picker.value

    def on_select(self, function: Callable[[Any], Any]) -> None:
        """Call `function(key)` when a row is picked."""
        self.picker.observe(lambda change: function(change["new"]), names="value")

    def pick(self, key: Any, keys: list[Any]) -> None:
        """Pick the row `key`, going to its page first (`keys`: every row's key, in table order); a key
        not in `keys` picks none."""
        if key in keys:
            self.go(keys.index(key) // self.page_size)
        self.picker.value = key if key in keys else None

    def show(self, fetch: Fetch, *, keep: bool = False) -> None:
        """Read rows from `fetch` from now on, at the first page; with `keep`, at the same page and
        with the same row picked, where they still exist (a refresh)."""
        picked = self.picker.value if keep else None
        self._fetch = fetch
        self.go(self.page if keep else 0)
        if keep and self.page and not len(self.frame):  # the list shrank below this page
            self.go(0)
        if picked is not None and picked in [value for _label, value in self.picker.options]:
            self.picker.value = picked

    def go(self, page: int) -> None:
        """Fetch and show page `page` (0-based)."""
        if self._fetch is None:
            return
        page = max(page, 0)
        frame, total = self._fetch(page * self.page_size, self.page_size)
        self.page, self.frame = page, frame
        self.total = total if total is not None else page * self.page_size + len(frame)
        self.html.value = html_table(frame, self.columns) if len(frame) else f"<i>{html.escape(self.empty)}</i>"
        first = page * self.page_size
        self.info.value = (
            f"rows {first + 1:,}–{first + len(frame):,} of {self.total:,}" if len(frame) else f"0 of {self.total:,}"
        )
        self.previous.disabled = page == 0
        self.next.disabled = first + len(frame) >= self.total
        if self.key:
            self.picker.options = [(self._label(row), row[self.key]) for row in frame.to_dict("records")]
            self.picker.value = None
