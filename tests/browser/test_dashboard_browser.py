"""The dashboard in a real browser at 1280×800: Voilà serves notebooks/dashboard.ipynb as the demo
does, Chromium clicks. Faults are switched on the sandbox server (this process) under the page.

The counts are the sandbox's own records, read in this process before and after the clicks.
Screenshots go to build/: dashboard-before-stop.png, dashboard.png and one per panel.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from bland_nb.sandbox import Sandbox
from bland_nb.sandbox.faults import FaultInjector, Faults

from .conftest import kernels

if TYPE_CHECKING:
    from playwright.sync_api import Page

BUILD = Path(__file__).resolve().parents[2] / "build"
LIVE_CAMPAIGN = "Event invites"
"""The seeded campaign that is still dialing."""
PAGE_LOAD_MS = 45_000
"""Voilà runs the whole notebook before it sends the first page (later ones come preheated)."""
PANELS = ("Campaigns", "Calls", "Billing", "Pathways", "Organizations")
STEP_MS = 20_000
"""Anything one click sets off: a round trip to the kernel, and the kernel's to the sandbox."""


def campaign_id(sandbox: Sandbox, name: str) -> str:
    return next(cid for cid, campaign in sandbox.store.campaigns.campaigns.items() if campaign["campaign_name"] == name)


def not_completed(sandbox: Sandbox, cid: str) -> list[dict]:
    """The campaign's calls still queued or on the line."""
    with sandbox.core.lock:
        return [call for call in sandbox.store.calls.timeline if call["campaign_id"] == cid and not call["completed"]]


def stop_requests(sandbox: Sandbox) -> list[dict]:
    with sandbox.core.lock:
        return [entry for entry in sandbox.log if entry["endpoint"] == "stop_campaign"]


def faults(sandbox: Sandbox, error_rate: float) -> None:
    """Make the sandbox server fail `error_rate` of its requests from now on."""
    sandbox.core.faults = FaultInjector(Faults(error_rate=error_rate, seed=3))


def panel_of(page: Page, title: str) -> Any:
    return page.locator(".bland-nb-panel").filter(has=page.get_by_role("heading", name=title, exact=True))


def open_dashboard(page: Page, url: str) -> Any:
    """Load the page; the campaign dashboard panel once its campaigns are listed."""
    from playwright.sync_api import expect

    page.goto(url, timeout=PAGE_LOAD_MS)
    panel = panel_of(page, "Campaigns")
    rows = panel.get_by_role("grid", name="Campaigns").locator("tbody tr")
    expect(rows.first, "the campaigns").to_be_visible(timeout=PAGE_LOAD_MS)
    return panel


def pick_campaign(panel: Any, name: str) -> None:
    """Click the campaign's row (`name` "": the first row), as a person does."""
    rows = panel.get_by_role("grid", name="Campaigns").locator("tbody tr")
    (rows.filter(has_text=name) if name else rows).first.click(timeout=STEP_MS)


def show_tab(page: Page, title: str) -> Any:
    """Open the dashboard's tab `title` (each loads when first shown); its panel once loaded."""
    from playwright.sync_api import expect

    page.get_by_role("tab", name=title, exact=True).first.click()  # the page's tabs come before a panel's own
    panel = panel_of(page, title)
    expect(panel.locator("small", has_text="as of"), f"{title} loaded").to_be_visible(timeout=STEP_MS)
    expect(panel.locator(".bland-nb-status-line")).not_to_contain_text("Loading", timeout=STEP_MS)
    return panel


def assert_no_traceback(page: Page) -> None:
    """Nothing on the page is a traceback, a stream printed to stderr or a widget that failed to render."""
    text = page.locator("body").inner_text()
    assert "Traceback" not in text and "Error:" not in text.replace("⚠ Error:", "")
    assert "javascript error" not in text and page.locator(".jupyter-widgets-error-widget").count() == 0
    assert page.locator("[data-mime-type='application/vnd.jupyter.stderr']").count() == 0
    assert page.locator(".jp-OutputArea-output[data-mime-type*='error']").count() == 0


@pytest.mark.slow
def test_a_failing_api_is_said_in_the_status_line_and_retry_recovers(
    sandbox: Sandbox, dashboard_url: str, page: Page
) -> None:
    from playwright.sync_api import expect

    panel = open_dashboard(page, dashboard_url)
    status = panel.locator(".bland-nb-status-line")
    retry = panel.get_by_role("button", name="Retry")
    try:
        faults(sandbox, 1.0)
        panel.get_by_role("button", name="Refresh").click()
        expect(status, "the error in the status line").to_contain_text(
            "Error: The API refused this (5", timeout=STEP_MS
        )
        expect(retry, "a Retry button beside it").to_be_visible()
        assert_no_traceback(page)
        BUILD.mkdir(exist_ok=True)
        page.screenshot(path=BUILD / "dashboard-error.png")

        faults(sandbox, 0.5)
        for _ in range(4):  # some loads fail, some do not: never a traceback
            panel.get_by_role("button", name="Refresh").click()
            expect(status).not_to_contain_text("Loading", timeout=STEP_MS)
            assert_no_traceback(page)
    finally:
        faults(sandbox, 0.0)
    if retry.is_visible():
        retry.click()
    else:
        panel.get_by_role("button", name="Refresh").click()
    expect(status, "recovered").not_to_contain_text("Error", timeout=STEP_MS)
    expect(retry, "Retry gone once it worked").to_be_hidden()
    expect(panel.get_by_role("grid", name="Campaigns"), "the campaigns again").to_contain_text(LIVE_CAMPAIGN)


@pytest.mark.slow
def test_stopping_the_live_campaign_from_the_page(sandbox: Sandbox, dashboard_url: str, page: Page) -> None:
    from playwright.sync_api import expect  # imported once the `chromium` fixture found it

    cid = campaign_id(sandbox, LIVE_CAMPAIGN)
    waiting = len(not_completed(sandbox, cid))
    assert waiting and stop_requests(sandbox) == [], "the seeded campaign is dialing and nothing stopped it yet"

    panel = open_dashboard(page, dashboard_url)
    grid = panel.get_by_role("grid", name="Campaigns")
    grid.get_by_role("button", name=re.compile(r"^campaign")).click()  # sorts by name, as the store orders them
    with sandbox.core.lock:
        first = min(c["campaign_name"] for c in sandbox.store.campaigns.campaigns.values())
    expect(grid.locator("tbody tr").first, "the campaigns sorted by name").to_contain_text(first, timeout=STEP_MS)
    pick_campaign(panel, LIVE_CAMPAIGN)
    expect(grid.locator("tr[aria-selected=true]"), "the picked row highlighted").to_contain_text(LIVE_CAMPAIGN)
    expect(
        panel.get_by_role("heading", name=LIVE_CAMPAIGN, exact=True), f"the detail of {LIVE_CAMPAIGN} after picking it"
    ).to_be_visible(timeout=STEP_MS)
    expect(panel.locator(".bland-nb-badge"), "the campaign's state").to_have_text("● running")

    panel.get_by_role("button", name="Stop campaign…").click(timeout=STEP_MS)
    confirm = panel.get_by_role("button", name="Confirm stop")
    expect(confirm, "the confirmation after Stop campaign…").to_be_visible(timeout=STEP_MS)
    question = panel.get_by_text(re.compile(r"calls will stop"))
    expect(question, "the confirmation naming the campaign").to_contain_text(f"Stop {LIVE_CAMPAIGN}?")
    expect(question, "the confirmation counting the calls").to_contain_text(f"{waiting:,} calls will stop")
    assert stop_requests(sandbox) == [], "asking to confirm sends nothing"
    BUILD.mkdir(exist_ok=True)
    page.screenshot(path=BUILD / "dashboard-before-stop.png", full_page=True)

    confirm.click(timeout=STEP_MS)
    said = panel.locator(".bland-nb-stop-result")
    expect(said, "the panel saying how many calls the stop stopped").to_contain_text("Stopped", timeout=STEP_MS)
    expect(said, "the result beside the button, on screen at 1280×800").to_be_in_viewport()
    expect(panel.locator(".bland-nb-badge"), "the campaign's state after the stop").to_have_text("● stopped")
    expect(panel.get_by_role("button", name="Stop campaign…"), "nothing left to stop").to_be_disabled()
    expect(panel.locator(".bland-nb-chart svg.marks").first, "the funnel chart").to_be_visible()
    assert_no_traceback(page)
    page.screenshot(path=BUILD / "dashboard.png", full_page=True)

    stopped = int(re.search(r"Stopped ([\d,]+) calls", said.inner_text()).group(1).replace(",", ""))
    assert stopped == waiting
    assert not_completed(sandbox, cid) == []
    assert [entry["path"] for entry in stop_requests(sandbox)] == [f"/v1/campaigns/{cid}/stop"]


@pytest.mark.slow
def test_every_panel_shows_without_error_and_is_screenshot(dashboard_url: str, page: Page) -> None:
    from playwright.sync_api import expect

    open_dashboard(page, dashboard_url)
    BUILD.mkdir(exist_ok=True)
    for title in PANELS:
        panel = show_tab(page, title)
        expect(panel.locator(".bland-nb-status-line")).not_to_contain_text("Error")
        page.screenshot(path=BUILD / f"panel-{title.lower()}.png", full_page=True)
    assert_no_traceback(page)


@pytest.mark.slow
def test_closed_pages_leave_at_most_one_idle_kernel(voila: Any, context: Any) -> None:
    pages = [context.new_page() for _ in range(5)]
    for page in pages:
        open_dashboard(page, voila.url)
    assert len(kernels(voila)) >= 5, "a kernel a page view"
    for page in pages:
        page.close()
    deadline = time.monotonic() + 30
    while len(kernels(voila)) > 1 and time.monotonic() < deadline:
        time.sleep(0.5)
    assert len(kernels(voila)) <= 1, "the closed pages' kernels were culled; the preheated one may stay"
