"""Auto-refresh in a real browser: the sandbox server's clock runs (a minute a second), so the live
campaign's calls start and finish under the page; with Auto-refresh on, its counts follow without
a reload."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from bland_nb.sandbox import Sandbox

from .test_dashboard_browser import LIVE_CAMPAIGN, STEP_MS, assert_no_traceback, open_dashboard, pick_campaign

if TYPE_CHECKING:
    from playwright.sync_api import Page

REFRESH_WAIT_MS = 30_000
"""The shortest auto-refresh interval offered is 10 s; a refresh may take a few more."""


@pytest.fixture(scope="module")
def sandbox_url(sandbox: Sandbox) -> Iterator[str]:
    with sandbox.serve(port=0, realtime=60) as url:
        yield url


@pytest.mark.slow
def test_auto_refresh_follows_a_running_campaign_without_reload(dashboard_url: str, page: Page) -> None:
    from playwright.sync_api import expect

    panel = open_dashboard(page, dashboard_url)
    pick_campaign(panel, LIVE_CAMPAIGN)
    heading = panel.locator("small", has_text="queued")
    expect(heading, "the campaign's counts").to_be_visible(timeout=STEP_MS)
    before, as_of = heading.inner_text(), panel.locator("small", has_text="as of").inner_text()

    panel.get_by_label("Auto-refresh interval").select_option(label="every 10 s")
    panel.get_by_role("checkbox", name="Auto-refresh").check()
    expect(heading, "the counts, refreshed by themselves").not_to_have_text(before, timeout=REFRESH_WAIT_MS)
    expect(panel.locator("small", has_text="as of"), "the time of the last load").not_to_have_text(as_of)
    panel.get_by_role("checkbox", name="Auto-refresh").uncheck()
    assert_no_traceback(page)
