"""Benchmark: the sandbox's world build, its read paths at two sizes, and its HTTP server.

Measured:
  * world build time and peak memory (max RSS of a fresh subprocess per size) for
    `Sandbox(calls=5_000)` and `Sandbox(calls=200_000)`; targets for 200k: < 10 s, < 1.5 GB;
  * `list_calls` windows (newest 100, 100 from the middle, one day's first 100) and `get_call`,
    timed through `SandboxCore.handle` (routing, validation, handler, JSON) at both sizes: a
    window should cost about the same at 200k as at 5k (O(window)), and so should a lookup;
  * the HTTP server (`sandbox.serve()`): requests/s of small GETs (`get_call`, `list_campaigns`)
    from N threads, each with its own `httpx.Client`, in a separate process for a few seconds,
    with the peak number of requests in flight on the client side and inside the app (1 without
    latency: the core runs on the event loop, so each request is answered in one go); then a
    burst of N requests at once against 250 ms of injected latency, which the server must hold
    all at once (targets: >= 300 requests/s, >= 64 in the app at once). The load runs in its own
    process, so its threads do not share the server's GIL; it is the slower side at 64 threads.
  * a 300 MB upload refused: with a wrong key (401, before any body is read) and with the right
    key (413, read only up to the 25 MB limit), each against a fresh server process, whose peak
    RSS growth during the upload is measured (target: < 50 MB each);
  * also shown, without a target: `list_campaigns`, whose metrics are counted from every call
    of each campaign, and `advance(minutes=1)`, the work of each `realtime` tick.

Loopback only; every loop is bounded and the whole run takes about a minute.

    .venv/bin/python tools/bench_sandbox.py                          # sizes 5000 200000, 64 clients, 3 s
    .venv/bin/python tools/bench_sandbox.py --sizes 5000 --seconds 1 # quick
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BUILD_TARGET_S, MEMORY_TARGET_MB, THROUGHPUT_TARGET, CONCURRENCY_TARGET = 10.0, 1536.0, 300.0, 64
BURST_LATENCY_MS = 250
UPLOAD_MB, UPLOAD_GROWTH_TARGET_MB = 300, 50.0


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def table(title: str, header: list[str], rows: list[list[Any]]) -> None:
    cells = [header] + [[str(cell) for cell in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    print(f"\n{title}")
    for n, row in enumerate(cells):
        print("  " + "  ".join(cell.rjust(w) if i else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths))))
        if n == 0:
            print("  " + "  ".join("-" * w for w in widths))


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def median_us(action: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1e6


def child(*args: str, timeout: float = 180) -> dict[str, Any]:
    """Run this script in a fresh interpreter; its last stdout line is JSON."""
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, timeout=timeout)
    if done.returncode:
        raise SystemExit(f"child {args} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- one world, in a fresh process ----------------------------------------------------------------


def world(calls: int) -> dict[str, Any]:
    """Build one world, then time its read paths through the core."""
    baseline = max_rss_mb()
    from bland_nb.sandbox import Sandbox

    imported = max_rss_mb()
    started = time.perf_counter()
    sandbox = Sandbox(seed=0, calls=calls)
    build_s = time.perf_counter() - started
    peak = max_rss_mb()
    core, headers = sandbox.core, {"authorization": sandbox.api_key}
    timeline = sandbox.store.calls.timeline
    day = timeline[len(timeline) // 2]["created_at"][:10]

    def handle(path: str, query: list[tuple[str, str]]) -> Callable[[], Any]:
        return lambda: core.handle("GET", path, query, headers, b"").payload()

    windows = {
        "list_calls newest 100": [("limit", "100")],
        "list_calls 100 from the middle": [("from", str(calls // 2)), ("limit", "100")],
        "list_calls one day, first 100": [("start_date", day), ("end_date", day), ("limit", "100")],
    }
    timings = {name: median_us(handle("/v1/calls", query), 50) for name, query in windows.items()}
    ids = random.Random(0).sample([c["call_id"] for c in timeline], 200)
    lookups = iter(ids * 2)
    timings["get_call"] = median_us(lambda: handle(f"/v1/calls/{next(lookups)}", [])(), 300)
    timings["list_campaigns (metrics from calls)"] = median_us(handle("/v1/campaigns", []), 5)
    timings["advance(minutes=1) (realtime tick)"] = median_us(lambda: sandbox.advance(minutes=1), 5)
    return {
        "calls": calls,
        "build_s": build_s,
        "rss_mb": peak,
        "world_mb": peak - imported,
        "import_mb": imported - baseline,
        "timings_us": timings,
    }


# -- load, in a fresh process ----------------------------------------------------------------------


def load(url: str, key: str, paths: list[str], clients: int, seconds: float) -> dict[str, Any]:
    """`clients` threads GET `paths` in turn for `seconds`: counts, errors, latencies, peak in flight."""
    import httpx

    lock, state = threading.Lock(), {"in_flight": 0, "peak": 0}
    latencies: list[list[float]] = [[] for _ in range(clients)]
    errors = [0] * clients
    barrier = threading.Barrier(clients)

    def worker(n: int) -> None:
        with httpx.Client(base_url=url, headers={"authorization": key}, timeout=30) as http:
            http.get(paths[n % len(paths)])  # open the connection before the clock starts
            barrier.wait()
            deadline = time.perf_counter() + seconds
            i = n
            while time.perf_counter() < deadline:
                with lock:
                    state["in_flight"] += 1
                    state["peak"] = max(state["peak"], state["in_flight"])
                started = time.perf_counter()
                try:
                    ok = http.get(paths[i % len(paths)]).status_code == 200
                except httpx.HTTPError:
                    ok = False
                latencies[n].append(time.perf_counter() - started)
                errors[n] += not ok
                with lock:
                    state["in_flight"] -= 1
                i += 1

    threads = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 60)
    wall = time.perf_counter() - started
    every = sorted(t for per in latencies for t in per)
    return {
        "requests": len(every),
        "errors": sum(errors),
        "wall_s": wall,
        "per_s": len(every) / seconds,
        "p50_ms": every[len(every) // 2] * 1e3 if every else None,
        "p99_ms": every[int(len(every) * 0.99)] * 1e3 if every else None,
        "client_peak": state["peak"],
    }


class InFlight:
    """Counts requests inside the sandbox's ASGI app (this process's event loop: no lock needed)."""

    def __init__(self) -> None:
        self.now = self.peak = 0

    def install(self) -> None:
        from bland_nb.sandbox.server import SandboxApp

        original = SandboxApp._http

        async def counted(app: Any, scope: Any, receive: Any, send: Any) -> None:
            self.now += 1
            self.peak = max(self.peak, self.now)
            try:
                await original(app, scope, receive, send)
            finally:
                self.now -= 1

        SandboxApp._http = counted  # type: ignore[method-assign]


def server_runs(clients: int, seconds: float) -> list[list[Any]]:
    from bland_nb.sandbox import Faults, Sandbox

    counter = InFlight()
    counter.install()
    rows = []
    sandbox = Sandbox(seed=0, calls=5000)
    ids = random.Random(1).sample([c["call_id"] for c in sandbox.store.calls.timeline], 500)
    with sandbox.serve() as url:
        for name, paths in (("get_call", [f"/v1/calls/{i}" for i in ids]), ("list_campaigns", ["/v1/campaigns"])):
            counter.peak = 0
            got = child("--load", url, sandbox.api_key, str(clients), str(seconds), *paths)
            ok = got["per_s"] >= THROUGHPUT_TARGET and got["errors"] == 0
            rows.append(load_row(f"{name}, {clients} clients, {seconds:g} s", got, counter.peak, ok))
    slow = Sandbox(seed=0, calls=500, faults=Faults(latency_ms=BURST_LATENCY_MS))
    with slow.serve() as url:
        counter.peak = 0
        paths = [f"/v1/calls/{c['call_id']}" for c in slow.store.calls.timeline[:clients]]
        got = child("--load", url, slow.api_key, str(clients), str(BURST_LATENCY_MS / 1000 / 2), *paths)
    ok = counter.peak >= CONCURRENCY_TARGET and got["errors"] == 0
    rows.append(load_row(f"burst: {clients} at once, {BURST_LATENCY_MS} ms latency", got, counter.peak, ok))
    return rows


def load_row(label: str, got: dict[str, Any], server_peak: int, ok: bool) -> list[Any]:
    """One row of the load table: throughput, errors, latencies, the client's and the server's peaks."""
    return [
        label,
        f"{got['per_s']:.0f}",
        got["errors"],
        f"{got['p50_ms']:.1f}",
        f"{got['p99_ms']:.1f}",
        got["client_peak"],
        server_peak,
        verdict(ok),
    ]


# -- a huge upload, in a fresh process -----------------------------------------------------------


def _status_kb(field: str) -> float:
    """A `/proc/self/status` memory field (VmRSS, VmHWM) in kB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return float(line.split()[1])
    raise KeyError(field)


def upload(megabytes: int, right_key: bool) -> dict[str, Any]:
    """Serve a small sandbox; stream a `megabytes` POST body to it over a raw socket (1 MB reused,
    so the client costs no memory) and report the answer's status and the peak RSS growth."""
    import socket

    from bland_nb.sandbox import Sandbox

    sandbox = Sandbox(seed=0, calls=200)
    with sandbox.serve() as url:
        host, port = url.removeprefix("http://").split(":")
        key = sandbox.api_key if right_key else "sk-wrong"
        before = _status_kb("VmRSS")
        Path("/proc/self/clear_refs").write_text("5")  # peak RSS := current RSS
        chunk = b"x" * 2**20
        with socket.create_connection((host, int(port))) as sock:
            head = (
                f"POST /v1/calls HTTP/1.1\r\nhost: {host}\r\nauthorization: {key}\r\n"
                f"content-type: application/json\r\ncontent-length: {megabytes * len(chunk)}\r\n\r\n"
            )
            sock.sendall(head.encode())
            try:
                for _ in range(megabytes):
                    sock.sendall(chunk)
            except OSError:
                pass  # the server may close the connection once it has answered
            status = int(sock.recv(4096).split(b" ", 2)[1])
        return {"status": status, "growth_mb": (_status_kb("VmHWM") - before) / 1024}


def upload_rows(megabytes: int) -> list[list[Any]]:
    if not Path("/proc/self/clear_refs").exists():
        return [[f"{megabytes} MB upload", "-", "-", "skipped: needs Linux /proc"]]
    rows = []
    for right_key, expected in ((False, 401), (True, 413)):
        got = child("--upload", str(megabytes), str(int(right_key)))
        ok = got["status"] == expected and got["growth_mb"] < UPLOAD_GROWTH_TARGET_MB
        name = f"{megabytes} MB body, {'right key (over the limit)' if right_key else 'wrong key'}"
        rows.append([name, got["status"], f"{got['growth_mb']:.1f}", verdict(ok)])
    return rows


# -- the report ----------------------------------------------------------------------------------


def report(sizes: list[int], clients: int, seconds: float) -> None:
    worlds = [child("--world", str(size)) for size in sizes]
    build_rows = []
    for w in worlds:
        big = w["calls"] >= 200_000
        ok = w["build_s"] < BUILD_TARGET_S and w["rss_mb"] < MEMORY_TARGET_MB
        build_rows.append(
            [
                f"{w['calls']:,}",
                f"{w['build_s']:.2f}",
                f"{w['rss_mb']:.0f}",
                f"{w['world_mb']:.0f}",
                verdict(ok) if big else "-",
            ]
        )
    table(
        f"World build (fresh process each; 200k target < {BUILD_TARGET_S:g} s and < {MEMORY_TARGET_MB:g} MB peak)",
        ["calls", "build s", "peak RSS MB", "world MB", "200k target"],
        build_rows,
    )

    names = list(worlds[0]["timings_us"])
    header = ["read (SandboxCore.handle + JSON)"] + [f"{w['calls']:,} µs" for w in worlds]
    rows = []
    for name in names:
        row: list[Any] = [name] + [f"{w['timings_us'][name]:.0f}" for w in worlds]
        if len(worlds) > 1:
            ratio = worlds[-1]["timings_us"][name] / worlds[0]["timings_us"][name]
            targeted = name.startswith(("list_calls", "get_call"))
            row.append(f"{ratio:.2f}x {verdict(ratio < 3) if targeted else '(no target)'}")
        rows.append(row)
    if len(worlds) > 1:
        header.append("largest/smallest (< 3x)")
    table("Reads at each size: windows and lookups should cost about the same at any size", header, rows)

    table(
        f"HTTP server, sandbox.serve() (targets >= {THROUGHPUT_TARGET:g} req/s, >= {CONCURRENCY_TARGET} in flight)",
        ["run", "req/s", "errors", "p50 ms", "p99 ms", "client peak", "in app at once", "target"],
        server_runs(clients, seconds),
    )
    table(
        f"Refused uploads (server process; target: peak RSS growth < {UPLOAD_GROWTH_TARGET_MB:g} MB)",
        ["upload", "status", "RSS growth MB", "target"],
        upload_rows(UPLOAD_MB),
    )


def main() -> None:
    p = argparse.ArgumentParser(description="Benchmark the bland_nb sandbox: world build, reads, HTTP server.")
    p.add_argument("--sizes", type=int, nargs="+", default=[5000, 200_000], help="world sizes (calls)")
    p.add_argument("--clients", type=int, default=64, help="concurrent HTTP clients (default 64)")
    p.add_argument("--seconds", type=float, default=3.0, help="seconds per throughput run (default 3)")
    p.add_argument("--world", type=int, help=argparse.SUPPRESS)
    p.add_argument("--load", nargs="+", help=argparse.SUPPRESS)
    p.add_argument("--upload", nargs=2, type=int, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.world is not None:
        print(json.dumps(world(args.world)))
    elif args.upload:
        print(json.dumps(upload(args.upload[0], bool(args.upload[1]))))
    elif args.load:
        url, key, clients, seconds, *paths = args.load
        print(json.dumps(load(url, key, paths, int(clients), float(seconds))))
    else:
        if not 1 <= args.clients <= 512 or not 0 < args.seconds <= 30 or min(args.sizes) < 0:
            p.error("--clients must be 1..512, --seconds 0..30 and --sizes 0 or more")
        print(f"bland_nb sandbox benchmark: python {sys.version.split()[0]}, {sys.platform}")
        report(args.sizes, args.clients, args.seconds)


if __name__ == "__main__":
    main()
