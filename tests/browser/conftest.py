"""A real browser on the dashboard: the sandbox over HTTP, Voilà serving the notebook, Debian's Chromium.

Everything stays on loopback: the page may not fetch anything from elsewhere (a CDN's fonts are
refused), and Chromium is the system's (`apt-get install chromium`), never a downloaded one. Outside
CI a missing Chromium skips these tests; in CI (`CI` set) it fails them.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from bland_nb.demo import voila_command
from bland_nb.sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-quic",
    "--disable-sync",
]
HELD_BACK = ("BLAND_API_KEY", "BLAND_BASE_URL")
"""Settings of this shell that would send the page to a real account."""
VOILA_START_S = 30
"""How long Voilà may take to answer HTTP after it is started."""
VIEWPORT = {"width": 1280, "height": 800}
CULL = (4, 1)
"""Kernels of closed pages are shut down after 4 idle seconds, checked every second (the demo: minutes)."""


def missing(what: str) -> None:
    """Skip the test for want of `what`, or fail it in CI, where everything must be there."""
    if os.environ.get("CI"):
        pytest.fail(f"{what} (CI is set, so the browser test must run)", pytrace=False)
    pytest.skip(what)


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's Chromium, with Playwright to drive it."""
    if not CHROMIUM.exists():
        missing(f"no browser at {CHROMIUM}: install Debian's package with `apt-get install chromium`")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing("the playwright package is not installed: pip install -e '.[dev]'")
    return CHROMIUM


@pytest.fixture(scope="module")
def sandbox() -> Sandbox:
    return Sandbox(seed=0, calls=2000)


@pytest.fixture(scope="module")
def sandbox_url(sandbox: Sandbox) -> Iterator[str]:
    """The sandbox as an HTTP server on loopback, in this process (its state stays readable)."""
    with sandbox.serve(port=0) as url:
        yield url


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def voila_env(sandbox: Sandbox, sandbox_url: str, home: Path) -> dict[str, str]:
    """The environment for Voilà: the sandbox server, and Jupyter's files kept out of the user's home."""
    env = {name: value for name, value in os.environ.items() if name not in HELD_BACK}
    env.update(
        BLAND_SANDBOX_URL=sandbox_url,
        BLAND_SANDBOX_KEY=sandbox.api_key,
        IPYTHONDIR=str(home / "ipython"),
        **{f"JUPYTER_{kind}_DIR": str(home / kind.lower()) for kind in ("CONFIG", "DATA", "RUNTIME")},
    )
    return env


def answers(url: str) -> bool:
    """Whether an HTTP server answers at `url` (any status will do)."""
    try:
        urllib.request.urlopen(url, timeout=1).close()
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False
    return True


def wait_for_voila(process: subprocess.Popen, url: str, log: Path, probe: str = "voila/static/") -> None:
    """Wait until the server (Voilà, or JupyterLab with `probe="api/status"`) answers HTTP."""
    deadline = time.monotonic() + VOILA_START_S
    while not answers(f"{url}{probe}"):
        if process.poll() is not None or time.monotonic() > deadline:
            state = (
                f"exited with {process.returncode}" if process.poll() is not None else f"silent for {VOILA_START_S} s"
            )
            raise RuntimeError(f"Voilà did not start serving at {url} ({state}); its log:\n{log.read_text()[-3000:]}")
        time.sleep(0.1)


def stop_voila(process: subprocess.Popen) -> None:
    """Stop Voilà (it shuts its kernels down on SIGTERM), then any kernel that outlived it."""
    import psutil

    try:
        children = psutil.Process(process.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        children = []
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    _, alive = psutil.wait_procs(children, timeout=5)
    for child in alive:
        child.kill()


@pytest.fixture(scope="module")
def voila(
    chromium: Path, sandbox: Sandbox, sandbox_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[subprocess.Popen]:
    """Voilà serving notebooks/dashboard.ipynb on loopback, talking to the sandbox server, as the
    demo serves it (a preheated kernel, idle kernels culled); its process has `.url`."""
    home = tmp_path_factory.mktemp("voila")
    log = home / "voila.log"
    port = free_port()
    command = [
        *voila_command(cull=CULL),
        "--no-browser",
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
        "--Voila.port_retries=0",
    ]
    with log.open("w") as out:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=voila_env(sandbox, sandbox_url, home),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_for_voila(process, url, log)
        process.url = url
        yield process
    finally:
        stop_voila(process)


@pytest.fixture(scope="module")
def dashboard_url(voila: subprocess.Popen) -> str:
    return voila.url


def kernels(voila: subprocess.Popen) -> list[Any]:
    """The kernel processes Voilà runs now."""
    import psutil

    def kernel(process: psutil.Process) -> bool:
        try:
            return "ipykernel" in " ".join(process.cmdline())
        except psutil.Error:  # ended meanwhile, or a zombie not yet reaped: shut down
            return False

    return [child for child in psutil.Process(voila.pid).children(recursive=True) if kernel(child)]


def loopback_only(route: Any) -> None:
    """Let the page load from this machine only."""
    if urlsplit(route.request.url).hostname in ("127.0.0.1", "localhost"):
        route.continue_()
    else:
        route.abort()


@pytest.fixture
def context(chromium: Path) -> Iterator[Any]:
    """A fresh headless Chromium at 1280×800 that reaches loopback only."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), headless=True, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport=VIEWPORT)
            context.route("**/*", loopback_only)
            yield context
        finally:
            browser.close()


@pytest.fixture
def page(context: Any) -> Any:
    return context.new_page()
