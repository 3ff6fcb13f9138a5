"""Benchmark: the widget panels over a big account, against their targets.

For each panel of `bland_nb.widgets` (`CampaignDashboard`, `CallExplorer` — the two with targets —
then `BillingPanel`, `PathwayBrowser`, `OrgPanel`, held to the same targets), over an in-process
`Sandbox(seed=0, calls=100_000)` built first (not timed):

  * build and first render: construct the panel (it loads from the API), then serialise its
    state as a front end receives it (`ipywidgets.embed.embed_data` of the panel and the widgets
    it holds); for `CampaignDashboard` also selecting its biggest campaign, which fetches that
    campaign's calls and draws its charts. Target <= 2 s each (median of --runs).
  * the size of that saved widget state (`json.dumps` of the embed data; for `CampaignDashboard`
    with the biggest campaign shown, charts included). Target <= 500 KB.

For context, a baseline measured in the same run: one List Calls page request (50 rows, as a
table page asks) and `frames.campaigns`, on the same sandbox. The script reports; it exits 0.

    .venv/bin/python tools/bench_widgets.py                  # --calls 100000 --runs 3
    .venv/bin/python tools/bench_widgets.py --calls 20000 --runs 1
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import timeit
from collections.abc import Callable
from typing import Any

import ipywidgets
from ipywidgets.embed import dependency_state, embed_data

import bland_nb.widgets as panels
from bland_nb import frames
from bland_nb.sandbox import Sandbox

TIME_TARGET_S, SIZE_TARGET_KB = 2.0, 500.0
PANELS = ("CampaignDashboard", "CallExplorer", "BillingPanel", "PathwayBrowser", "OrgPanel")


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def median_time(function: Callable[[], Any], runs: int) -> float:
    """The median wall time of `runs` calls of `function`, in seconds (garbage collection on, as in use)."""
    return statistics.median(timeit.repeat(function, setup="gc.enable()", number=1, repeat=runs))


def saved_state(panel: ipywidgets.Widget) -> str:
    """What a front end receives for `panel`: its view and the state of every widget it holds."""
    return json.dumps(embed_data(views=[panel], state=dependency_state([panel])))


def report(what: str, seconds: float, state: str) -> None:
    kb = len(state.encode()) / 1000
    print(
        f"  {what:<38} {seconds:6.2f} s  ({seconds / TIME_TARGET_S:4.2f}x the {TIME_TARGET_S:g} s target, "
        f"{verdict(seconds <= TIME_TARGET_S)})   state {kb:6.1f} KB  "
        f"({kb / SIZE_TARGET_KB:4.2f}x the {SIZE_TARGET_KB:g} KB target, {verdict(kb <= SIZE_TARGET_KB)})"
    )


def check(panel: Any) -> None:
    """A panel that failed to load is not worth timing: say so."""
    if panel.last_error is not None:
        print(f"  warning: {type(panel).__name__} said: {panel.status.value}")


def bench_panel(name: str, client: Any, runs: int) -> None:
    cls = getattr(panels, name)
    print(f"{name}:")
    built: list[Any] = []

    def build_and_render() -> str:
        built.append(cls(client))
        return saved_state(built[-1])

    seconds = median_time(build_and_render, runs)
    check(built[-1])
    report("build + first render", seconds, saved_state(built[-1]))
    if name == "CampaignDashboard":
        bench_biggest_campaign(built[-1], client, runs)
    ipywidgets.Widget.close_all()


def bench_biggest_campaign(panel: Any, client: Any, runs: int) -> None:
    table = frames.campaigns(client)
    biggest = table.loc[table["count"].idxmax()]

    def select() -> str:
        panel.select(biggest["campaign_id"])
        return saved_state(panel)

    seconds = median_time(select, runs)
    check(panel)
    report(f"select {biggest['campaign_name']} ({biggest['count']:,} calls)", seconds, select())


def baseline(client: Any, runs: int) -> None:
    page = median_time(lambda: client.calls.list(limit=50).rows, max(runs, 5))
    campaigns = median_time(lambda: frames.campaigns(client), runs)
    print(f"baseline: one List Calls page (50 rows) {page * 1000:.1f} ms; frames.campaigns {campaigns * 1000:.1f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=100_000, help="calls in the sandbox (default 100,000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per measure; the median counts (default 3)")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    sandbox = Sandbox(seed=0, calls=args.calls)
    client = sandbox.client()
    print(
        f"Python {sys.version.split()[0]}, ipywidgets {ipywidgets.__version__}; load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; sandbox of {args.calls:,} calls built in "
        f"{time.perf_counter() - start:.1f} s (not timed); median of {args.runs} runs"
    )
    baseline(client, args.runs)
    missing = [name for name in PANELS if not hasattr(panels, name)]
    for name in PANELS:
        if name not in missing:
            bench_panel(name, client, args.runs)
    if missing:
        print(f"not measured, not in bland_nb.widgets yet: {', '.join(missing)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
