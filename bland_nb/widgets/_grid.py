"""A table people click: one page of rows in a small `anywidget` grid, sortable headers, a pager.

`Grid` draws a `<table role="grid">` from plain text (the browser's `textContent`, so nothing from
the API is read as HTML): a click (or Enter) on a row sets the synced `selected` trait to that
row's key and highlights it; a sortable column's header is a button that sets the synced `sort`
trait (`"name"` ascending, `"-name"` descending: a first click ascends, the next descends), so
Python sorts (with the API, or rows in memory) and the grid shows the page it is sent.
`GridTable` puts it over a source of pages (the API's, sorted there, or rows in memory with
`show_frame`, sorted here), with Previous / Next, a page size choice, a page jump and the total.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, Optional

import anywidget
import ipywidgets as widgets
import pandas as pd
import traitlets

from ._table import SHORT_IDS, Fetch, cell, local_pages, rows_info, shortened

__all__ = ["EVERY_COLUMN", "Grid", "GridTable", "sorted_rows"]

ESM = """
function draw(model, table) {
  const columns = model.get("columns"), rows = model.get("rows");
  const sort = model.get("sort"), selected = model.get("selected");
  table.replaceChildren();
  table.setAttribute("aria-label", model.get("label"));
  const head = table.createTHead().insertRow();
  for (const column of columns) {
    const th = document.createElement("th");
    th.title = column.title || "";
    if (column.sortable) {
      const up = sort === column.name, down = sort === "-" + column.name;
      th.setAttribute("aria-sort", up ? "ascending" : down ? "descending" : "none");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "bland-nb-sort";
      button.textContent = column.label + (up ? " ▲" : down ? " ▼" : " ↕");
      button.title = column.title || "";
      button.onclick = () => { model.set("sort", up ? "-" + column.name : column.name); model.save_changes(); };
      th.appendChild(button);
    } else {
      th.textContent = column.label;
    }
    head.appendChild(th);
  }
  const body = table.createTBody();
  if (!rows.length) {
    const td = body.insertRow().insertCell();
    td.colSpan = Math.max(columns.length, 1);
    td.className = "bland-nb-grid-empty";
    td.textContent = model.get("empty");
  }
  for (const row of rows) {
    const tr = body.insertRow();
    tr.tabIndex = 0;
    tr.dataset.key = row.key;
    tr.setAttribute("aria-selected", String(row.key === selected));
    row.cells.forEach((text, i) => {
      const td = tr.insertCell();
      td.textContent = text;
      if (row.titles[i]) td.title = row.titles[i];
    });
    const pick = () => { model.set("selected", row.key); model.save_changes(); };
    tr.onclick = pick;
    tr.onkeydown = (event) => {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); pick(); }
    };
  }
}

function render({ model, el }) {
  const table = document.createElement("table");
  table.className = "bland-nb-grid";
  table.setAttribute("role", "grid");
  el.appendChild(table);
  const redraw = () => draw(model, table);
  const names = ["columns", "rows", "sort", "selected", "empty", "label"];
  for (const name of names) model.on("change:" + name, redraw);
  redraw();
  return () => { for (const name of names) model.off("change:" + name, redraw); };
}

export default { render };
"""
CSS = """
.bland-nb-grid{border-collapse:collapse;font-size:12px;color:var(--jp-ui-font-color1,#212121)}
.bland-nb-grid th,.bland-nb-grid td{padding:2px 8px;border-bottom:1px solid var(--jp-border-color2,#e0e0e0);
  text-align:left;white-space:nowrap}
.bland-nb-grid th{font-weight:600}
.bland-nb-grid .bland-nb-sort{font:inherit;font-weight:600;color:inherit;background:none;border:none;padding:0;
  cursor:pointer;text-decoration:underline dotted}
.bland-nb-grid tbody tr{cursor:pointer}
.bland-nb-grid tbody tr:hover td{background:var(--jp-layout-color2,#eeeeee)}
.bland-nb-grid tbody tr:focus-visible{outline:2px solid var(--jp-brand-color1,#1976d2);outline-offset:-2px}
.bland-nb-grid tbody tr[aria-selected=true] td{background:var(--jp-brand-color1,#1976d2);
  color:var(--jp-ui-inverse-font-color1,#ffffff);font-weight:600}
.bland-nb-grid tbody tr[aria-selected=true] td:first-child{box-shadow:inset 4px 0 var(--jp-ui-font-color1,#212121)}
.bland-nb-grid-empty{font-style:italic;cursor:default}
"""
SIZES = (25, 50, 100)
"""Page sizes offered."""
NOT_SORTABLE = "Not sortable."
EVERY_COLUMN = "every column"
"""`GridTable(sortable=EVERY_COLUMN)`: each header sorts (rows in memory, `show_frame`)."""
SORT_HERE = "Click to sort by this column; again to reverse."


def sorted_rows(df: pd.DataFrame, sort: str) -> pd.DataFrame:
    """`df` in the order of a grid's `sort` (`"name"` ascending, `"-name"` descending; blanks last,
    ties in their order); a column of mixed types sorts by its text."""
    name = sort.lstrip("-")
    if name not in df.columns:
        return df
    order = {"ascending": not sort.startswith("-"), "kind": "stable", "na_position": "last"}
    try:
        return df.sort_values(name, **order)
    except TypeError:
        return df.sort_values(name, key=lambda column: column.map(cell), **order)


class Grid(anywidget.AnyWidget):
    """One page of rows as a clickable `<table role="grid">`: `rows` are `{"key", "cells", "titles"}`
    (plain text), `columns` are `{"name", "label", "sortable", "title"}`; `selected` is the key of
    the row clicked, `sort` the sort asked for (`"name"` ascending, `"-name"` descending)."""

    _esm = ESM
    _css = CSS
    columns = traitlets.List().tag(sync=True)
    rows = traitlets.List().tag(sync=True)
    selected = traitlets.Unicode(None, allow_none=True).tag(sync=True)
    sort = traitlets.Unicode("").tag(sync=True)
    empty = traitlets.Unicode("").tag(sync=True)
    label = traitlets.Unicode("").tag(sync=True)


class GridTable(widgets.VBox):
    """One page of rows in a `Grid` with Previous / Next, *Rows a page*, a page jump and the total.

    `show(fetch, keep=)` reads pages from a source that sorts (`on_sort` is told the `sort`
    asked for by a click on a `sortable` header: name → what the header says on hover; the
    others say `not_sortable`); `show_frame(df, keep=)` shows rows in memory and sorts them
    here (`sortable=EVERY_COLUMN`: each header sorts). `go(page)`, `pick(key)`, `selected`,
    `on_select`, `frame`, `total`, `page` work for both.
    The picked row stays picked (and highlighted wherever it shows) across pages and sorts.
    """

    def __init__(
        self,
        columns: dict[str, str],
        *,
        key: str,
        sortable: Optional[dict[str, str] | str] = None,
        sort: str = "",
        not_sortable: str = NOT_SORTABLE,
        page_size: int = 50,
        empty: str = "Nothing to show.",
        label: str = "",
        run: Optional[Callable[..., None]] = None,
        ids: tuple[str, ...] = SHORT_IDS,
    ):
        self.columns, self.key, self.empty, self.ids = columns, key, empty, ids
        if sortable == EVERY_COLUMN:
            sortable = dict.fromkeys(columns, SORT_HERE)
        self.sortable, self.not_sortable = sortable or {}, not_sortable
        self._fetch: Optional[Fetch] = None
        self._rows: Optional[pd.DataFrame] = None  # rows in memory (`show_frame`), sorted here
        self._quiet = False  # pager controls set by code, not by a person
        self.page, self.total, self.frame = 0, 0, pd.DataFrame()
        self.grid = Grid(sort=sort, label=label, layout=widgets.Layout(overflow="auto", max_width="100%"))
        self.grid.add_class("bland-nb-grid-widget")
        self.previous = widgets.Button(description="‹ Previous", disabled=True, layout=widgets.Layout(width="110px"))
        self.next = widgets.Button(description="Next ›", disabled=True, layout=widgets.Layout(width="110px"))
        self.size = widgets.Dropdown(
            options=SIZES, value=page_size, description="Rows a page", style={"description_width": "initial"}
        )
        self.size.layout.width = "auto"
        self.jump = widgets.BoundedIntText(
            value=1, min=1, max=1, description="Page", continuous_update=False, layout=widgets.Layout(width="170px")
        )
        self.jump.style.description_width = "initial"
        self.info = widgets.Label()
        run = run or (lambda _what, function, *args: function(*args))
        self.previous.on_click(lambda _b: run("Loading the previous page", self.go, self.page - 1))
        self.next.on_click(lambda _b: run("Loading the next page", self.go, self.page + 1))
        self.jump.observe(lambda c: self._quiet or run("Loading the page", self.go, c["new"] - 1), names="value")
        self.size.observe(lambda c: self._quiet or run("Loading the page", self._resize, c["old"]), names="value")
        self.grid.observe(lambda _c: self._rows is None or run("Sorting", self.show_frame, self._rows), names="sort")
        self.pager = widgets.HBox(
            [self.previous, self.next, self.jump, self.size, self.info],
            layout=widgets.Layout(flex_flow="row wrap", align_items="center", grid_gap="4px 8px"),
        )
        super().__init__([self.grid, self.pager])

    @property
    def page_size(self) -> int:
        return self.size.value

    @property
    def selected(self) -> Any:
        """The `key` of the picked row, or None."""
        return self.grid.selected

    @selected.setter
    def selected(self, key: Any) -> None:
        self.grid.selected = None if key is None else str(key)

    @property
    def sort(self) -> str:
        """The sort shown: `"name"` ascending, `"-name"` descending, `""` the source's own order."""
        return self.grid.sort

    def on_select(self, function: Callable[[Any], Any]) -> None:
        """Call `function(key)` when a row is picked (None when the pick is cleared)."""
        self.grid.observe(lambda change: function(change["new"]), names="selected")

    def on_sort(self, function: Callable[[str], Any]) -> None:
        """Call `function(sort)` when a sortable header is clicked."""
        self.grid.observe(lambda change: function(change["new"]), names="sort")

    def pick(self, key: Any, keys: Optional[list[Any]] = None) -> None:
        """Pick the row `key`, going to its page first (`keys`: every row's key, in table order;
        for rows in memory, theirs); a key not there picks none."""
        if keys is None and self._rows is not None and self.key in self._rows:
            keys = list(sorted_rows(self._rows, self.sort)[self.key])
        keys = keys or []
        if key in keys:
            self.go(keys.index(key) // self.page_size)
        self.selected = key if key in keys else None

    def show_frame(self, df: pd.DataFrame, *, keep: bool = False) -> None:
        """Show the rows of `df` (in memory), in the order of the header clicked; `keep` as in `show`."""
        self.show(local_pages(sorted_rows(df, self.sort)), keep=keep)
        self._rows = df

    def show(self, fetch: Fetch, *, keep: bool = False) -> None:
        """Read rows from `fetch` from now on, at the first page; with `keep`, at the same page where
        it still exists (a refresh). Nothing changes if the first fetch fails."""
        page = self.page if keep else 0
        frame, total = fetch(page * self.page_size, self.page_size)
        if keep and page and not len(frame):  # the list shrank below this page
            page = 0
            frame, total = fetch(0, self.page_size)
        self._fetch, self._rows = fetch, None
        self._draw(page, frame, total)

    def go(self, page: int) -> None:
        """Fetch and show page `page` (0-based; past the last page, the last)."""
        if self._fetch is None:
            return
        page = max(min(page, self.pages - 1), 0)
        self._draw(page, *self._fetch(page * self.page_size, self.page_size))

    @property
    def pages(self) -> int:
        """How many pages the rows fill (at least one)."""
        return max(math.ceil(self.total / self.page_size), 1)

    def _resize(self, old: int) -> None:
        """Show the page of the new size that holds the first row shown before."""
        self.go(self.page * old // self.page_size)

    def _draw(self, page: int, frame: pd.DataFrame, total: Optional[int]) -> None:
        self.page, self.frame = page, frame
        self.total = total if total is not None else page * self.page_size + len(frame)
        shown = [name for name in self.columns if name in frame.columns] if len(frame) else []  # empty: the sentence
        self.grid.columns = [
            {
                "name": name,
                "label": self.columns[name],
                "sortable": name in self.sortable,
                "title": self.sortable.get(name, self.not_sortable if self.sortable else ""),
            }
            for name in shown
        ]
        self.grid.empty = self.empty
        self.grid.rows = [self._row(row, shown) for row in frame.to_dict("records")] if len(frame) else []
        self.pager.layout.display = "" if self.total else "none"  # an empty table is its sentence alone
        first = page * self.page_size
        self.info.value = rows_info(first, len(frame), self.total)
        self.previous.disabled = page == 0
        self.next.disabled = first + len(frame) >= self.total
        self._quiet = True
        try:
            self.jump.max = self.pages
            self.jump.value = page + 1
        finally:
            self._quiet = False
        self.jump.description = f"Page (of {self.pages:,})"

    def _row(self, row: dict[str, Any], shown: list[str]) -> dict[str, Any]:
        """One row as the grid draws it: plain text cells, ids shortened with the whole id as title."""
        texts = [cell(row[name]) for name in shown]
        cells = [shortened(text) if name in self.ids else text for name, text in zip(shown, texts)]
        return {
            "key": str(row[self.key]),
            "cells": cells,
            "titles": [text if text != shown_text else "" for text, shown_text in zip(texts, cells)],
        }
