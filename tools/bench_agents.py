"""Benchmark: what the Bland tools cost an agent, in schema characters and in time per call.

Measured:
  * per mode (one tool per endpoint, `tools`; three tools, `discover`) and allow set (read-only,
    every effect): the number of tools and the size of the tool schemas a model must read (the
    characters of each tool's JSON spec, `convert_to_openai_tool`, compact JSON, summed), and for
    discover mode the recall of `find_endpoints` on the evaluation set
    (tests/agents/discovery_eval.json: a request counts when an endpoint in scope that serves it
    is among the first 1, 3 or 5 matches);
  * the time of `find_endpoints` per query over the evaluation set (the index built beforehand):
    mean and 95th percentile;
  * the median time of a tool call (`tool.invoke(ToolCall)`: argument validation, the client
    call, the content within the 4,000-character budget and the artifact) against the direct
    client call (`client.invoke(...)`) on the same sandbox and endpoint, as a ratio and as
    microseconds of overhead. Endpoints: `get_call` (one call's details) and `list_calls`
    (a page of 100 rows). Both sides are warmed up, then alternate round by round.

Run from the project root:

    .venv/bin/python tools/bench_agents.py                    # --calls 300 --rounds 7 --find-rounds 20
    .venv/bin/python tools/bench_agents.py --calls 100 --rounds 3
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from langchain_core.utils.function_calling import convert_to_openai_tool

from bland_nb import EFFECTS, ENDPOINTS
from bland_nb.agents import BlandToolkit, find_endpoints
from bland_nb.agents.discovery import recall
from bland_nb.sandbox import Sandbox

EVAL = Path(__file__).resolve().parent.parent / "tests" / "agents" / "discovery_eval.json"
ALLOW = {"read": ("read",), "all": EFFECTS}


def schema_chars(tools: list[Any]) -> int:
    return sum(len(json.dumps(convert_to_openai_tool(tool), separators=(",", ":"))) for tool in tools)


def us_per_call(fn: Callable[[], Any], n: int) -> float:
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) / n * 1e6


def measure(
    direct: Callable[[], Any], tool: Callable[[], Any], n: int, rounds: int
) -> tuple[float, float, list[float]]:
    """(median µs direct, median µs tool, per-round ratios), the sides alternating each round."""
    us_per_call(direct, max(n // 10, 1))
    us_per_call(tool, max(n // 10, 1))
    direct_us, tool_us = [], []
    for _ in range(rounds):
        direct_us.append(us_per_call(direct, n))
        tool_us.append(us_per_call(tool, n))
    return statistics.median(direct_us), statistics.median(tool_us), [t / d for d, t in zip(direct_us, tool_us)]


def mcp_round_trip(client: Any, call_id: str, calls: int, rounds: int) -> None:
    """`get_call` through `bland-nb mcp --mode tools` over stdio (the official client; the server's
    own seed-0 sandbox is the same world) against the direct client call, round by round."""
    import asyncio
    import os

    from mcp import Client, StdioServerParameters
    from mcp.client.stdio import stdio_client

    params = StdioServerParameters(command=sys.executable, args=["-m", "bland_nb.cli", "mcp", "--mode", "tools"])
    arguments = {"call_id": call_id}

    async def over_mcp(session: Client, n: int) -> float:
        start = time.perf_counter()
        for _ in range(n):
            await session.call_tool("get_call", arguments)
        return (time.perf_counter() - start) / n * 1e6

    async def run() -> tuple[list[float], list[float]]:
        with open(os.devnull, "w") as quiet:
            async with Client(stdio_client(params, errlog=quiet)) as session:
                await over_mcp(session, max(calls // 10, 1))
                direct_us, mcp_us = [], []
                for _ in range(rounds):
                    direct_us.append(us_per_call(lambda: client.invoke("get_call", **arguments), calls))
                    mcp_us.append(await over_mcp(session, calls))
        return direct_us, mcp_us

    direct_us, mcp_us = asyncio.run(run())
    direct, mcp = statistics.median(direct_us), statistics.median(mcp_us)
    ratios = [m / d for d, m in zip(direct_us, mcp_us)]
    print(f"\nMCP round trip over stdio ({calls} calls x {rounds} rounds, medians):")
    print(
        f"  get_call    direct {direct:8.1f} µs  mcp  {mcp:8.1f} µs  overhead {mcp - direct:7.1f} µs"
        f"  ratio {mcp / direct:.2f}x  (rounds {min(ratios):.2f}-{max(ratios):.2f}x)"
    )


def discovery_cases() -> list[tuple[str, list[str]]]:
    """The evaluation set: (request in plain words, the endpoints that serve it)."""
    return [(case["request"], case["endpoints"]) for case in json.loads(EVAL.read_text())]


def modes_table(client: Any, cases: list[tuple[str, list[str]]]) -> None:
    """Per mode and allow set: tools, schema characters and, in discover mode, recall@1/3/5."""
    print(f"tools an agent reads, per mode (compact JSON specs; recall on {len(cases)} requests):")
    print(f"  {'mode':<9} {'allow':<5} {'tools':>5} {'schema chars':>13} {'per tool':>9}  recall@1 @3 @5")
    for mode in ("tools", "discover"):
        for label, allow in ALLOW.items():
            tools = BlandToolkit(client, mode=mode, allow=allow).get_tools()
            chars = schema_chars(tools)
            found = ""
            if mode == "discover":
                share = recall(cases, allow=allow)
                counted = sum(any(ENDPOINTS[name].effect in allow for name in names) for _, names in cases)
                found = f"  {share[1]:.1%} {share[3]:.1%} {share[5]:.1%} ({counted} requests)"
            print(f"  {mode:<9} {label:<5} {len(tools):>5} {chars:>13,} {chars / len(tools):>9,.0f}{found}")


def find_timing(cases: list[tuple[str, list[str]]], rounds: int) -> None:
    """`find_endpoints` per query: mean and 95th percentile, the index built beforehand."""
    start = time.perf_counter()
    find_endpoints("build the index")
    built = (time.perf_counter() - start) * 1e3
    times = []
    for _ in range(rounds):
        for request, _ in cases:
            start = time.perf_counter()
            find_endpoints(request)
            times.append((time.perf_counter() - start) * 1e3)
    times.sort()
    print(
        f"find_endpoints per query ({len(cases)} requests x {rounds} rounds; the first search, building the "
        f"index, {built:.0f} ms): mean {statistics.mean(times):.3f} ms, p95 {times[int(0.95 * len(times))]:.3f} ms\n"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=300, help="calls per round and side")
    parser.add_argument("--rounds", type=int, default=7, help="timed rounds per side; the median is reported")
    parser.add_argument("--find-rounds", type=int, default=20, help="rounds of find_endpoints over the evaluation set")
    args = parser.parse_args()

    sandbox = Sandbox(seed=0, calls=5000)
    client = sandbox.client(max_retries=0)
    requests = discovery_cases()
    find_timing(requests, args.find_rounds)  # first: its first search builds the index
    modes_table(client, requests)

    tools = {tool.name: tool for tool in BlandToolkit(client).get_tools()}
    call_id = next(c["call_id"] for c in reversed(sandbox.store.calls.timeline) if c["answered_by"] == "human")
    cases = {
        "get_call": {"call_id": call_id},
        "list_calls": {"limit": 100},
    }
    print(f"\ntool call over the direct client call ({args.calls} calls x {args.rounds} rounds, medians):")
    for name, params in cases.items():
        tool_call = {"name": name, "args": params, "id": "bench", "type": "tool_call"}
        direct_us, tool_us, ratios = measure(
            partial(client.invoke, name, **params), partial(tools[name].invoke, tool_call), args.calls, args.rounds
        )
        print(
            f"  {name:<11} direct {direct_us:8.1f} µs  tool {tool_us:8.1f} µs  overhead {tool_us - direct_us:7.1f} µs"
            f"  ratio {tool_us / direct_us:.2f}x  (rounds {min(ratios):.2f}-{max(ratios):.2f}x)"
        )
    mcp_round_trip(client, call_id, max(args.calls // 3, 20), args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
