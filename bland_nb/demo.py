"""The demo: the analysis notebooks run against a sandbox (or your account), saved as HTML, with
the headline figures in the terminal.

    tools/demo                      # or: python -m bland_nb.demo, bland-nb demo
    tools/demo --lab                # then JupyterLab on notebooks/, against the same sandbox
    tools/demo --voila              # only Voilà serving notebooks/dashboard.ipynb (no stories)
    tools/demo --out /tmp/demo      # the HTML elsewhere than build/

Without `BLAND_API_KEY`, a seeded sandbox is served over HTTP on loopback (a thread of this
process) and the notebooks' kernels reach it through `BLAND_SANDBOX_URL` / `BLAND_SANDBOX_KEY`.
With `BLAND_API_KEY`, they read your real account; the key stays in the environment. Needs the
`notebooks` extra and a clone of the repository: the notebooks are not part of the package.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import math
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Optional
from unittest import mock

import bland_nb

__all__ = ["VOILA_CULL", "run", "voila_command"]

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
STORIES = ("quickstart", "campaign_analysis", "billing_analysis")
DASHBOARD = NOTEBOOKS / "dashboard.ipynb"
SEED, CALLS = 0, 5000
"""The sandbox the committed notebooks were run on."""
VOILA_CULL = (300, 60)
"""Voilà shuts a closed page's kernel down once idle this many seconds (checked this often): its
own shutdown when a page closes fails (its beacon lacks the `_xsrf` cookie: voila-dashboards/voila#1458).
The preheated kernel is never idle: the dashboard waits in `wait_for_request()` until a page asks."""
DAYS = 30
"""The headline figures cover the calls of this many days up to the newest, as the notebooks do."""
CELL_TIMEOUT = 120
"""Seconds a notebook cell may run before the demo gives up on it."""


def run(*, lab: bool = False, voila: bool = False, out: str = "build") -> int:
    """Print the headline figures and execute the notebooks to HTML under `out`, then (with
    `lab`) serve the notebooks until Ctrl-C; with `voila`, only serve the dashboard until
    Ctrl-C. Returns the exit code."""
    if lab and voila:
        raise ValueError("run(lab=True, voila=True): choose one of JupyterLab and Voilà")
    problem = _missing(voila)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    with _account() as settings, mock.patch.dict(os.environ, settings):
        if voila:  # the dashboard at once: the stories are `tools/demo` alone
            return _serve("Voilà", voila_command())
        print(f"bland_nb {bland_nb.__version__}: {len(bland_nb.ENDPOINTS)} endpoints in {len(bland_nb.GROUPS)} groups")
        with bland_nb.connect() as client:
            if not settings:
                print("The notebooks only read your account: they dial, stop and spend nothing.")
            try:
                headline(client)
            except bland_nb.BlandError as exc:
                print(f"The API answered with an error: {exc}", file=sys.stderr)
                return 1
        code = export(Path(out))
        if code:
            return code
        _look_further(settings)
        if lab:
            return _serve("JupyterLab", _lab_command())
    return 0


def _missing(voila: bool) -> Optional[str]:
    """Why the demo cannot run here, if it cannot."""
    if not NOTEBOOKS.is_dir():
        return (
            f"The demo runs the notebooks of a clone of the repository; there is no {NOTEBOOKS}. "
            "Clone the project and run tools/demo there."
        )
    if importlib.util.find_spec("nbclient") is None or importlib.util.find_spec("nbconvert") is None:
        return "The demo executes notebooks: it needs the notebooks extra, pip install 'bland-nb[notebooks]'."
    if voila and not DASHBOARD.exists():
        return f"--voila serves {_shown(DASHBOARD)}, which is missing: there is no dashboard to serve."
    return None


@contextlib.contextmanager
def _account() -> Iterator[dict[str, str]]:
    """The settings that point `bland_nb.connect()` at the demo's account: none with
    `BLAND_API_KEY` (the real account), else a sandbox server's URL and key while it runs."""
    if os.environ.get("BLAND_API_KEY"):
        yield {}
        return
    from .sandbox import Sandbox

    sandbox = Sandbox(seed=SEED, calls=CALLS)
    with sandbox.serve(port=0) as url:
        yield {"BLAND_SANDBOX_URL": url, "BLAND_SANDBOX_KEY": sandbox.api_key}


# -- the headline figures -------------------------------------------------------------------------


def headline(client: bland_nb.BlandClient) -> None:
    """The campaign funnel, the balances and the runway, computed with `bland_nb.frames`."""
    from . import frames

    campaigns = frames.campaigns(client)
    calls = recent_calls(client)
    calls["campaign"] = calls["campaign_id"].map(campaigns.set_index("campaign_id")["campaign_name"])
    funnel = frames.funnel(calls.fillna({"campaign": "(no campaign)"}), by="campaign")
    start = calls["created_at"].min()
    print(f"\nCampaign funnel: {len(calls):,} calls" + (f" since {start:%Y-%m-%d}" if len(calls) else ""))
    print(funnel_table(funnel))
    billing = frames.billing(client)
    print("\nBalances")
    print(balances_table(billing))
    account = frames.runway(billing[billing["scope"] == "account"], frames.spend(calls, freq="D")).iloc[0]
    print(f"\nRunway: {runway_line(account)}\n")


def recent_calls(client: bland_nb.BlandClient) -> Any:
    """The calls of the `DAYS` days up to the newest one (List Calls answers newest first)."""
    from datetime import timedelta

    from . import frames
    from .frames import newest_day

    newest = newest_day(client)
    return frames.calls(client, start=newest - timedelta(days=DAYS) if newest else None)


def funnel_table(funnel: Any) -> str:
    table = funnel[["calls", "dialed", "human", "human_rate", "cost", "cost_per_human"]]
    return table.to_string(
        formatters={"human_rate": "{:.0%}".format, "cost": "${:,.2f}".format, "cost_per_human": "${:,.2f}".format},
        na_rep="-",
    )


def balances_table(billing: Any) -> str:
    table = billing.assign(name=billing["name"].fillna("(account)"))[["name", "plan", "balance", "refill_at"]]
    money = "${:,.2f}".format
    return table.to_string(index=False, formatters={"balance": money, "refill_at": money}, na_rep="-")


def runway_line(account: Any) -> str:
    """How long the account's balance lasts, from its `frames.runway` row."""
    balance, burn, days = account["balance"], account["burn_per_day"], account["days"]
    if math.isnan(days):
        return "the account's balance is unknown"
    if math.isinf(days):
        return f"${balance:,.2f}, and nothing spent lately"
    return f"${balance:,.2f} at ${burn:,.2f} a day (trailing {account['burn_window']}) lasts {days:.1f} days"


# -- the notebooks -------------------------------------------------------------------------------


def export(out: Path) -> int:
    """Execute the story notebooks, each in a fresh kernel, all at once; save each as
    `out/<name>.html`. The notebook files are left as they are."""
    out.mkdir(parents=True, exist_ok=True)
    print("Notebooks, executed to HTML:", flush=True)
    results = asyncio.run(_execute_all([NOTEBOOKS / f"{name}.ipynb" for name in STORIES]))
    code = 0
    for name, result in zip(STORIES, results):
        if isinstance(result, Exception):  # a failed cell, a kernel that died: say which notebook
            print(f"  {name}.ipynb failed: {_reason(result)}", file=sys.stderr)
            code = 1
        else:
            notebook, seconds = result
            print(f"  {_shown(write_html(notebook, out / f'{name}.html'))}  ({seconds:.1f} s)")
    return code


async def _execute_all(paths: list[Path]) -> list[Any]:
    return await asyncio.gather(*(_execute(path) for path in paths), return_exceptions=True)


async def _execute(path: Path) -> tuple[Any, float]:
    """The notebook at `path`, executed in a fresh kernel (its log kept off the terminal), and
    the seconds it took."""
    import nbformat
    from nbclient import NotebookClient

    began = time.monotonic()
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook, timeout=CELL_TIMEOUT, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    await client.async_execute(stderr=subprocess.DEVNULL)
    return notebook, time.monotonic() - began


def write_html(notebook: Any, target: Path) -> Path:
    from nbconvert import HTMLExporter

    html, _ = HTMLExporter().from_notebook_node(notebook)
    target.write_text(html, encoding="utf-8")
    return target


def _reason(exc: Exception) -> str:
    """A failure in one line: a cell's exception name and value, or the error itself."""
    name, value = getattr(exc, "ename", None), getattr(exc, "evalue", None)
    return f"{name}: {value}" if name else f"{type(exc).__name__}: {exc}".splitlines()[0]


def _shown(path: Path) -> str:
    """`path` relative to the working directory when it is under it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


# -- looking further ----------------------------------------------------------------------------


def _look_further(settings: dict[str, str]) -> None:
    against = "this sandbox" if settings else "your account"
    print(f"\nLook further:\n  tools/demo --lab     JupyterLab on notebooks/, against {against}, until Ctrl-C")
    if DASHBOARD.exists():
        print(f"  tools/demo --voila   the dashboard ({_shown(DASHBOARD)}) in Voilà, until Ctrl-C")
    else:
        print(f"  tools/demo --voila   would serve {_shown(DASHBOARD)}, but that file is missing")


def _lab_command() -> list[str]:
    as_root = ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []  # containers run as root
    return [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={NOTEBOOKS}", *as_root]


def voila_command(cull: tuple[int, int] = VOILA_CULL) -> list[str]:
    """Voilà serving the dashboard: a kernel kept preheated (the notebook already run, so a page
    is ready at once), and each closed page's kernel shut down once idle for `cull` = (seconds
    idle, seconds between checks)."""
    idle, interval = cull
    return [
        sys.executable,
        "-m",
        "voila",
        str(DASHBOARD),
        "--preheat_kernel=True",
        "--pool_size=1",
        f"--MappingKernelManager.cull_idle_timeout={idle}",
        f"--MappingKernelManager.cull_interval={interval}",
    ]


def _serve(name: str, command: list[str]) -> int:
    """Run JupyterLab or Voilà (in this environment, so it reaches the sandbox) until Ctrl-C."""
    print(f"\nStarting {name}; Ctrl-C stops it and the sandbox.", flush=True)
    server = subprocess.Popen(command)
    try:
        return server.wait()
    except KeyboardInterrupt:
        server.terminate()
        try:
            server.wait(timeout=30)
        except (KeyboardInterrupt, subprocess.TimeoutExpired):
            server.kill()
        return 0
