"""The dashboard of an account without calls, in a real browser: sentences, never blank charts,
broken images or warnings."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from bland_nb.sandbox import Sandbox

from .test_dashboard_browser import PANELS, STEP_MS, assert_no_traceback, open_dashboard, pick_campaign, show_tab

if TYPE_CHECKING:
    from playwright.sync_api import Page


@pytest.fixture(scope="module")
def sandbox() -> Sandbox:
    return Sandbox(seed=0, calls=0)


def broken_images(page: Page) -> int:
    """Images shown on the page that did not load (the browser's broken-image icon)."""
    return page.evaluate(
        "() => [...document.images].filter(i => i.offsetParent !== null && !(i.complete && i.naturalWidth)).length"
    )


@pytest.mark.slow
def test_an_account_without_calls_says_so(sandbox: Sandbox, dashboard_url: str, page: Page) -> None:
    from playwright.sync_api import expect

    panel = open_dashboard(page, dashboard_url)
    expect(panel.get_by_text("No calls yet", exact=False).first, "the headline says why it is empty").to_be_visible()
    pick_campaign(panel, "")
    expect(panel.get_by_text("● no calls"), "a campaign without calls").to_be_visible(timeout=STEP_MS)
    expect(panel.get_by_text("No calls yet: nothing to chart.")).to_be_visible()
    expect(panel.locator(".bland-nb-chart").first, "no empty chart frame").to_be_hidden()
    for title in PANELS:
        show_tab(page, title)
        assert broken_images(page) == 0, f"a broken image in {title}"
        assert "Warning" not in page.locator("body").inner_text(), f"a warning printed in {title}"
    assert_no_traceback(page)
