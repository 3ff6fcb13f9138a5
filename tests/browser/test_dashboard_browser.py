"""The dashboard in a real browser: Voilà serves notebooks/dashboard.ipynb, Chromium stops a campaign.

The counts are the sandbox's own records, read in this process before and after the clicks.
Screenshots go to build/dashboard-before-stop.png and build/dashboard.png.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from bland_nb.sandbox import Sandbox

if TYPE_CHECKING:
    from playwright.sync_api import Page

BUILD = Path(__file__).resolve().parents[2] / "build"
LIVE_CAMPAIGN = "Event invites"
"""The seeded campaign that is still dialing."""
PAGE_LOAD_MS = 45_000
"""Voilà runs the whole notebook before it sends the page."""
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


@pytest.mark.slow
def test_stopping_the_live_campaign_from_the_page(sandbox: Sandbox, dashboard_url: str, page: Page) -> None:
    from playwright.sync_api import expect  # imported once the `chromium` fixture found it

    cid = campaign_id(sandbox, LIVE_CAMPAIGN)
    waiting = len(not_completed(sandbox, cid))
    assert waiting and stop_requests(sandbox) == [], "the seeded campaign is dialing and nothing stopped it yet"

    page.goto(dashboard_url, timeout=PAGE_LOAD_MS)
    panel = page.locator(".bland-nb-panel").filter(has=page.get_by_role("heading", name="Campaigns", exact=True))
    picker = panel.get_by_label("Campaign", exact=True)
    expect(picker, "the campaign dashboard's picker").to_be_visible(timeout=STEP_MS)

    option = picker.locator("option", has_text=LIVE_CAMPAIGN)
    picker.select_option(value=option.get_attribute("value", timeout=STEP_MS))
    expect(
        panel.get_by_role("heading", name=LIVE_CAMPAIGN, exact=True), f"the detail of {LIVE_CAMPAIGN} after picking it"
    ).to_be_visible(timeout=STEP_MS)

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
    said = panel.get_by_text(re.compile(r"Stopped [\d,]+ calls"))
    expect(said, "the panel saying how many calls the stop stopped").to_be_visible(timeout=STEP_MS)
    page.screenshot(path=BUILD / "dashboard.png", full_page=True)

    stopped = int(re.search(r"Stopped ([\d,]+) calls", said.inner_text()).group(1).replace(",", ""))
    assert stopped == waiting
    assert not_completed(sandbox, cid) == []
    assert [entry["path"] for entry in stop_requests(sandbox)] == [f"/v1/campaigns/{cid}/stop"]
