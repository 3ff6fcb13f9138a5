"""The Calls panel's grid in a real browser at 1280×800 (Voilà, Debian's Chromium): a header click
sorts by the API, a phone number searches, a row click opens the call beside the table.

The expected rows are the sandbox's own records, read in this process.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import pytest

from bland_nb.sandbox import Sandbox

from .test_dashboard_browser import BUILD, STEP_MS, assert_no_traceback, open_dashboard, panel_of

if TYPE_CHECKING:
    from playwright.sync_api import Page

PAGE = 50


def keys(grid: Any) -> list[str]:
    """The call ids of the grid's rows, top to bottom."""
    return grid.locator("tbody tr").evaluate_all("rows => rows.map(row => row.dataset.key)")


def store_order(sandbox: Sandbox, keep: Any = lambda call: True) -> list[str]:
    """The recorded calls' ids, oldest first (the store's order)."""
    with sandbox.core.lock:
        calls = sorted(sandbox.store.calls.timeline, key=lambda call: call["created_at"])
    return [call["call_id"] for call in calls if keep(call)]


@pytest.mark.slow
def test_sort_search_and_open_a_call_in_the_grid(sandbox: Sandbox, dashboard_url: str, page: Page) -> None:
    from playwright.sync_api import expect

    open_dashboard(page, dashboard_url)
    page.get_by_role("tab", name="Calls", exact=True).first.click()
    panel = panel_of(page, "Calls")
    status = panel.locator(".bland-nb-status-line")
    expect(status, "the calls loaded").to_contain_text("calls.", timeout=STEP_MS)
    grid = panel.get_by_role("grid", name="Calls")
    rows = grid.locator("tbody tr")
    expect(rows, "one page of calls").to_have_count(PAGE, timeout=STEP_MS)
    assert keys(grid) == store_order(sandbox)[::-1][:PAGE], "newest first, as List Calls answers"
    expect(grid.get_by_role("columnheader", name="status"), "a column that does not sort says so").to_have_attribute(
        "title", re.compile("Not sortable")
    )

    grid.get_by_role("button", name=re.compile(r"^created")).click()
    expect(rows.first, "sorted by the API, oldest first").to_have_attribute(
        "data-key", store_order(sandbox)[0], timeout=STEP_MS
    )
    assert keys(grid) == store_order(sandbox)[:PAGE]
    expect(grid.get_by_role("columnheader", name=re.compile(r"^created"))).to_have_attribute("aria-sort", "ascending")

    with sandbox.core.lock:
        number = sandbox.store.calls.timeline[11]["to"]
    expected = store_order(sandbox, lambda call: call["to"] == number)
    search = panel.get_by_role("textbox", name="Search")
    search.fill(number)
    search.press("Enter")
    expect(rows, "exactly the calls to that number").to_have_count(len(expected), timeout=STEP_MS)
    assert keys(grid) == expected
    expect(status, "the total for the filtered set").to_contain_text(
        "1 call matches" if len(expected) == 1 else f"{len(expected):,} calls match"
    )

    call_id = expected[0]
    row = grid.locator(f"tbody tr[data-key='{call_id}']")
    row.click()
    heading = panel.locator("h4", has_text=call_id)
    expect(heading, "the call's detail, its id in the heading").to_be_visible(timeout=STEP_MS)
    expect(row, "the picked row highlighted").to_have_attribute("aria-selected", "true")
    expect(heading, "the detail on screen at 1280×800").to_be_in_viewport()
    expect(panel.get_by_text("Transcript", exact=True)).to_be_visible()
    assert_no_traceback(page)
    assert "Loading widget" not in page.locator("body").inner_text()
    BUILD.mkdir(exist_ok=True)
    page.screenshot(path=BUILD / "calls-grid.png")
