"""Benchmark: what the Bland tools cost an agent, in schema characters and in time per call.

Measured:
  * the size of the tool schemas a model must read: the characters of each tool's JSON spec
    (`convert_to_openai_tool`, compact JSON), summed, for the default read-only toolkit and the
    full toolkit (every effect allowed);
  * the median time of a tool call (`tool.invoke(ToolCall)`: argument validation, the client
    call, the content within the 4,000-character budget and the artifact) against the direct
    client call (`client.invoke(...)`) on the same sandbox and endpoint, as a ratio and as
    microseconds of overhead. Endpoints: `get_call` (one call's details) and `list_calls`
    (a page of 100 rows). Both sides are warmed up, then alternate round by round.

Run from the project root:

    .venv/bin/python tools/bench_agents.py                    # --calls 300 --rounds 7
    .venv/bin/python tools/bench_agents.py --calls 100 --rounds 3
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from langchain_core.utils.function_calling import convert_to_openai_tool  # noqa: E402

from bland_nb.agents import BlandToolkit  # noqa: E402
from bland_nb.sandbox import Sandbox  # noqa: E402


def schema_chars(tools: list[Any]) -> int:
    return sum(len(json.dumps(convert_to_openai_tool(tool), separators=(",", ":"))) for tool in tools)


def us_per_call(fn: Callable[[], Any], n: int) -> float:
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) / n * 1e6


def measure(direct: Callable[[], Any], tool: Callable[[], Any], n: int, rounds: int) -> tuple[float, float, list[float]]:
    """(median µs direct, median µs tool, per-round ratios), the sides alternating each round."""
    us_per_call(direct, max(n // 10, 1))
    us_per_call(tool, max(n // 10, 1))
    direct_us, tool_us = [], []
    for _ in range(rounds):
        direct_us.append(us_per_call(direct, n))
        tool_us.append(us_per_call(tool, n))
    return statistics.median(direct_us), statistics.median(tool_us), [t / d for d, t in zip(direct_us, tool_us)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=300, help="calls per round and side")
    parser.add_argument("--rounds", type=int, default=7, help="timed rounds per side; the median is reported")
    args = parser.parse_args()

    sandbox = Sandbox(seed=0, calls=5000)
    client = sandbox.client(max_retries=0)
    read_only = BlandToolkit(client).get_tools()
    full = BlandToolkit(client, allow=("read", "write", "outbound", "destructive")).get_tools()
    print("tool schemas an agent reads (characters of compact JSON specs):")
    for label, tools in (("read-only default", read_only), ("full toolkit", full)):
        chars = schema_chars(tools)
        print(f"  {label:<18} {len(tools):>4} tools  {chars:>8,} chars  ({chars / len(tools):,.0f} per tool)")

    tools = {tool.name: tool for tool in read_only}
    call_id = next(c["call_id"] for c in reversed(sandbox.store.calls.timeline) if c["answered_by"] == "human")
    cases = {
        "get_call": {"call_id": call_id},
        "list_calls": {"limit": 100},
    }
    print(f"\ntool call over the direct client call ({args.calls} calls x {args.rounds} rounds, medians):")
    for name, params in cases.items():
        tool_call = {"name": name, "args": params, "id": "bench", "type": "tool_call"}
        direct_us, tool_us, ratios = measure(
            lambda: client.invoke(name, **params), lambda: tools[name].invoke(tool_call), args.calls, args.rounds)
        print(f"  {name:<11} direct {direct_us:8.1f} µs  tool {tool_us:8.1f} µs  overhead {tool_us - direct_us:7.1f} µs"
              f"  ratio {tool_us / direct_us:.2f}x  (rounds {min(ratios):.2f}-{max(ratios):.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
