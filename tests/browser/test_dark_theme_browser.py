"""The dashboard in JupyterLab's dark theme, in a real browser: the panels take the theme's colours,
so the status line's text stands out from its background (WCAG contrast ratio >= 4.5)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from bland_nb.sandbox import Sandbox

from .conftest import ROOT, free_port, stop_voila, voila_env, wait_for_voila
from .test_dashboard_browser import BUILD, PAGE_LOAD_MS, PANELS, STEP_MS, assert_no_traceback, panel_of, show_tab

if TYPE_CHECKING:
    from playwright.sync_api import Page

DARK = {"theme": "JupyterLab Dark"}
"""JupyterLab's theme setting (@jupyterlab/apputils-extension:themes)."""


@pytest.fixture(scope="module")
def lab_url(
    chromium: Path, sandbox: Sandbox, sandbox_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """JupyterLab in its dark theme on a copy of the dashboard, its kernels talking to the sandbox server."""
    home = tmp_path_factory.mktemp("lab")
    settings = home / "settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    (settings / "themes.jupyterlab-settings").write_text(json.dumps(DARK))
    (settings / "notification.jupyterlab-settings").write_text(json.dumps({"fetchNews": "false"}))
    shutil.copy(ROOT / "notebooks" / "dashboard.ipynb", home / "dashboard.ipynb")
    env = {**voila_env(sandbox, sandbox_url, home), "JUPYTERLAB_SETTINGS_DIR": str(home / "settings")}
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--allow-root",
        f"--port={port}",
        "--ServerApp.ip=127.0.0.1",
        "--ServerApp.port_retries=0",
        "--IdentityProvider.token=",
        f"--ServerApp.root_dir={home}",
    ]
    log = home / "lab.log"
    with log.open("w") as out:
        process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_for_voila(process, url, log, probe="api/status")
        yield url
    finally:
        stop_voila(process)


def luminance(css_colour: str) -> float:
    """WCAG relative luminance of an `rgb(...)`/`rgba(...)` colour."""
    red, green, blue = (int(part) / 255 for part in re.findall(r"[\d.]+", css_colour)[:3])
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (red, green, blue)]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def colours(page: Page, locator: Any) -> tuple[str, str]:
    """(text colour, background colour) of an element, as the page computes them."""
    return locator.evaluate("e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]")


@pytest.mark.slow
def test_the_status_line_reads_well_in_the_dark_theme(lab_url: str, page: Page) -> None:
    from playwright.sync_api import expect

    page.goto(f"{lab_url}lab/tree/dashboard.ipynb", timeout=PAGE_LOAD_MS)
    expect(page.locator(".jp-Notebook"), "the notebook").to_be_visible(timeout=PAGE_LOAD_MS)
    expect(page.locator("body"), "JupyterLab's dark theme").to_have_attribute("data-jp-theme-light", "false")
    expect(page.locator(".jp-Notebook-ExecutionIndicator, .jp-KernelStatus").first).to_be_visible(timeout=STEP_MS)
    page.wait_for_timeout(3000)
    select = page.get_by_role("dialog").get_by_role("button", name="Select", exact=True)
    if select.is_visible():  # JupyterLab may ask which kernel: the one the notebook names
        select.click()
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
    page.get_by_role("tab", name="Calls", exact=True).first.click(timeout=PAGE_LOAD_MS)
    line = panel_of(page, "Calls").locator(".bland-nb-status-line")
    expect(line, "the Calls panel loaded (the tab loads when shown)").to_contain_text("calls.", timeout=PAGE_LOAD_MS)
    expect(line).not_to_contain_text("Loading")
    status = line.locator(".bland-nb-status")

    text, background = colours(page, status)
    ratio = contrast(text, background)
    assert ratio >= 4.5, f"status line: text {text} on {background}, contrast {ratio:.2f}"
    assert luminance(background) < 0.2, f"a dark background in the dark theme, not {background}"
    BUILD.mkdir(exist_ok=True)
    page.screenshot(path=BUILD / "dashboard-dark.png")
    for title in PANELS:  # every panel, for a person to look at
        show_tab(page, title).scroll_into_view_if_needed()
        page.screenshot(path=BUILD / f"panel-{title.lower()}-dark.png")
    assert_no_traceback(page)
