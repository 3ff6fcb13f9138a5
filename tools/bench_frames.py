"""Benchmark: bland_nb.frames against its baselines, measured in one run.

Measured:
  1. DataFrame build from 200,000 List Calls records (the JSON rows, as `page.rows` holds
     them): the frames conversion (typed columns) vs `pandas.json_normalize` on the same
     records. Each runs in a fresh interpreter that loads the records first; its time is the
     build's best wall time of three and its peak is the rise of peak RSS over the RSS with the
     records loaded (the kernel's high-water mark is reset just before; Linux). Targets: time
     ratio <= 0.5, peak-memory ratio <= 0.6.
  2. `frames.calls(detail=True)` for 5,000 calls from the sandbox's HTTP server (its own
     process, `python -m bland_nb.sandbox`) with 20 ms latency: wall time against the bound that
     latency sets at the concurrency used, (List Calls pages + ceil(calls / concurrency)) x
     latency, target <= 1.3x; and against a sequential loop of `client.calls.get`, timed on a
     sample and extrapolated to every call, target >= 10x faster (each the best of two runs:
     client and server share the machine's cores with whatever else runs; the load average is
     printed). Then once with 5 % injected
     5xx errors and a server rate limit (the client's `rate_limit` just under it): 0 calls lost
     or duplicated, every call with its details (call_id sets compared with the same seeded world).
  3. `frames.export_calls` of 200,000 calls (from the server of part 1) in a fresh interpreter:
     its whole peak RSS, imports included, target < 400 MB; the dataset holds exactly the
     listed call ids.
  4. `frames.calls` against the naive path a user writes by hand (plain httpx paging `from`/`to`
     windows one after another, then `pandas.json_normalize`), 100,000 calls from the sandbox's
     HTTP server with 0 ms and 200 ms latency a request, each in a fresh interpreter: wall time
     (best of two at 0 ms) and peak RSS rise over the interpreter with its imports loaded.
     Targets: <= 0.30x the naive wall time at 200 ms, <= 0.80x at 0 ms, peak <= 0.6x. Then
     with 5 % injected 5xx errors and a server rate limit: 0 calls lost or duplicated (call_id
     sets against the sandbox's store, built from the same seed).

Loopback only; about four minutes on two cores.

    .venv/bin/python tools/bench_frames.py
    .venv/bin/python tools/bench_frames.py --only detail --concurrency 16     # one part
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TIME_TARGET, MEMORY_TARGET, BOUND_TARGET, SPEEDUP_TARGET, EXPORT_MB_TARGET = 0.5, 0.6, 1.3, 10.0, 400.0
LIST_TARGETS = {0.0: 0.80, 200.0: 0.30}
"""Wall-time ratio targets of part 4, by latency (ms); its peak-memory target is MEMORY_TARGET."""
REPEAT, DETAIL_REPEAT = 3, 2
"""Builds timed in each child, and detail runs (the best counts); a build's peak is the first one's."""


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def child(*args: str, timeout: float = 300) -> dict[str, Any]:
    """Run this script in a fresh interpreter; its last stdout line is JSON."""
    done = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True, timeout=timeout)
    if done.returncode:
        raise SystemExit(f"child {args} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


@contextlib.contextmanager
def server(calls: int, **faults: Any) -> Iterator[tuple[str, str]]:
    """`python -m bland_nb.sandbox` on a free port, in its own process: (base URL, key)."""
    options = [f"--{name.replace('_', '-')}={value}" for name, value in faults.items()]
    command = [sys.executable, "-m", "bland_nb.sandbox", "--port", "0", "--calls", str(calls), *options]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        env = dict(process.stdout.readline().strip().removeprefix("export ").split("=", 1) for _ in range(2))
        yield env["BLAND_SANDBOX_URL"], env["BLAND_SANDBOX_KEY"]
    finally:
        process.terminate()
        process.wait(timeout=10)


# -- memory ----------------------------------------------------------------------------------------


def _status_kb(field: str) -> int:
    return int(re.search(rf"{field}:\s+(\d+)", Path("/proc/self/status").read_text()).group(1))


def reset_peak() -> float:
    """Reset the kernel's peak-RSS mark to the current RSS; the RSS in MB."""
    Path("/proc/self/clear_refs").write_text("5")
    return _status_kb("VmRSS") / 1024


def peak_mb() -> float:
    """This process's peak RSS in MB (VmHWM: unlike ru_maxrss, not inherited from the parent across exec)."""
    return _status_kb("VmHWM") / 1024


# -- children ------------------------------------------------------------------------------------


def child_build(how: str, records_file: str) -> dict[str, Any]:
    import pandas as pd

    from bland_nb.frames._columns import CALLS
    from bland_nb.frames._convert import frame

    records = json.loads(Path(records_file).read_text())
    build = {"frames": lambda: frame(records, CALLS), "json_normalize": lambda: pd.json_normalize(records)}[how]
    before = reset_peak()
    df = build()
    peak = peak_mb() - before
    frame_mb = df.memory_usage(deep=True).sum() / 2**20
    del df
    times = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        build()
        times.append(time.perf_counter() - started)
    return {"seconds": min(times), "peak_mb": peak, "frame_mb": frame_mb}


def child_export(url: str, key: str, out: str, start: str, end: str) -> dict[str, Any]:
    from bland_nb import BlandClient
    from bland_nb.frames import export_calls

    imported = peak_mb()
    started = time.perf_counter()
    done = export_calls(BlandClient(api_key=key, base_url=url), out, start=start, end=end, progress=False)
    return {
        "seconds": time.perf_counter() - started,
        "calls": done.calls_written,
        "imported_mb": imported,
        "peak_mb": peak_mb(),
    }


def child_list(how: str, url: str, key: str) -> dict[str, Any]:
    """Every call of the server as a frame, the naive way or with `frames.calls`."""
    import httpx
    import pandas as pd

    from bland_nb import BlandClient, frames

    def naive() -> pd.DataFrame:
        rows, start = [], 0
        with httpx.Client(base_url=url, headers={"authorization": key}, timeout=120) as http:
            while True:
                window = {"from": start, "to": start + 1000, "limit": 1000, "ascending": "true"}
                page = http.get("/v1/calls", params=window).raise_for_status().json()["calls"]
                rows.extend(page)
                if len(page) < 1000:
                    return pd.json_normalize(rows)
                start += 1000

    def ours() -> pd.DataFrame:
        with BlandClient(api_key=key, base_url=url) as client:
            return frames.calls(client, progress=False)

    before = reset_peak()
    started = time.perf_counter()
    df = {"naive": naive, "frames": ours}[how]()
    seconds, peak = time.perf_counter() - started, peak_mb() - before
    return {"seconds": seconds, "peak_mb": peak, "rows": len(df), "unique": int(df["call_id"].nunique())}


# -- the measurements -----------------------------------------------------------------------


def list_records(url: str, key: str) -> list[dict[str, Any]]:
    from bland_nb import BlandClient

    client = BlandClient(api_key=key, base_url=url)
    return [row for page in client.calls.list(limit=1000).iter_pages() for row in page.rows]


def bench_build(records: list[dict[str, Any]], workdir: Path) -> None:
    records_file = workdir / "records.json"
    records_file.write_text(json.dumps(records))
    ours, theirs = child("build", "frames", str(records_file)), child("build", "json_normalize", str(records_file))
    time_ratio, memory_ratio = ours["seconds"] / theirs["seconds"], ours["peak_mb"] / theirs["peak_mb"]
    print(
        f"\n1. DataFrame build from {len(records):,} call records (fresh interpreter each, records loaded first; "
        f"best of {REPEAT})"
    )
    for label, run in (("frames conversion (typed)", ours), ("pandas.json_normalize", theirs)):
        print(
            f"   {label:26} {run['seconds']:6.2f} s   peak +{run['peak_mb']:4.0f} MB   frame {run['frame_mb']:.0f} MB"
        )
    print(f"   time ratio {time_ratio:.2f} (target <= {TIME_TARGET})  {verdict(time_ratio <= TIME_TARGET)}")
    print(
        f"   peak-memory ratio {memory_ratio:.2f} (target <= {MEMORY_TARGET})  {verdict(memory_ratio <= MEMORY_TARGET)}"
    )


class RetryCounter(logging.Handler):
    """Counts the client's 'retrying' log lines (one per retried request)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += "retrying" in record.getMessage()


def best_of(repeat: int, action: Callable[[], Any]) -> tuple[float, Any]:
    """(the shortest wall time of `repeat` runs, the last run's result)."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - started)
    return min(times), result


def bench_detail(calls: int, latency_ms: float, concurrency: int, sample: int) -> None:
    from bland_nb import BlandClient, frames

    latency = latency_ms / 1000
    print(
        f"\n2. calls(detail=True) for {calls:,} calls over HTTP (server in its own process), "
        f"{latency_ms:g} ms latency, "
        f"best of {DETAIL_REPEAT} (load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs)"
    )
    with server(calls, latency_ms=latency_ms) as (url, key), BlandClient(api_key=key, base_url=url) as client:
        wall, df = best_of(DETAIL_REPEAT, lambda: frames.calls(client, detail=True, concurrency=concurrency))
        ids = list(df["call_id"][:sample])
        loop, _ = best_of(DETAIL_REPEAT, lambda: [client.calls.get(call_id) for call_id in ids])
    pages = math.ceil(calls / 1000)
    bound = (pages + math.ceil(calls / concurrency)) * latency
    per_call = loop / len(ids)
    sequential = per_call * calls
    print(
        f"   concurrency {concurrency}: {wall:.2f} s; bound ({pages} pages + ceil({calls}/{concurrency}) details) "
        f"x {latency_ms:g} ms = {bound:.2f} s"
    )
    print(f"   wall / bound {wall / bound:.3f} (target <= {BOUND_TARGET})  {verdict(wall / bound <= BOUND_TARGET)}")
    print(
        f"   sequential client.calls.get: {per_call * 1000:.1f} ms a call, timed on {len(ids)} calls, "
        f"extrapolated to {calls:,}: {sequential:.1f} s"
    )
    print(
        f"   speed-up {sequential / wall:.1f}x (target >= {SPEEDUP_TARGET:g}x)  "
        f"{verdict(sequential / wall >= SPEEDUP_TARGET)}"
    )
    bench_faults(calls, latency_ms, concurrency)


def bench_faults(calls: int, latency_ms: float, concurrency: int) -> None:
    """calls(detail=True) against 5 % server errors and a rate limit: every call, once, with details."""
    import warnings

    from bland_nb import BlandClient, frames
    from bland_nb.sandbox import Sandbox

    rate = concurrency / (latency_ms / 1000) / 1.5  # binds: two thirds of what the concurrency reaches unhindered
    expected = {call["call_id"] for call in Sandbox(seed=0, calls=calls).store.calls.timeline}
    retries = RetryCounter()
    logging.getLogger("bland_nb").addHandler(retries)
    logging.getLogger("bland_nb").setLevel(logging.INFO)
    with (
        server(calls, latency_ms=latency_ms, error_rate=0.05, rate_limit=rate) as (url, key),
        BlandClient(api_key=key, base_url=url, max_retries=6) as client,
        warnings.catch_warnings(record=True) as caught,
    ):
        warnings.simplefilter("always", RuntimeWarning)  # calls() warns when details fail
        wall, df = best_of(
            1, lambda: frames.calls(client, detail=True, concurrency=2 * concurrency, rate_limit=0.9 * rate)
        )
    got = list(df["call_id"])
    lost, extra, duplicated = len(expected - set(got)), len(set(got) - expected), len(got) - len(set(got))
    undetailed = int(df["request_data"].isna().sum())
    print(
        f"   with 5 % errors and a server limit of {rate:.0f}/s (client rate_limit {0.9 * rate:.0f}/s, concurrency "
        f"{2 * concurrency} to cover back-offs, max_retries 6): {wall:.1f} s, {retries.count} requests retried"
    )
    print(
        f"   calls lost {lost}, unknown {extra}, duplicated {duplicated}, without details {undetailed}, "
        f"failure warnings {len(caught)}  {verdict(not (lost or extra or duplicated or undetailed))}"
    )


def bench_export(url: str, key: str, records: list[dict[str, Any]], workdir: Path) -> None:
    import pyarrow.dataset as ds

    days = sorted(row["created_at"][:10] for row in (records[0], records[-1]))
    out = workdir / "export"
    result = child("export", url, key, str(out), days[0], days[-1])
    ids = (
        ds.dataset(out, format="parquet", partitioning="hive")
        .to_table(columns=["call_id"])
        .column("call_id")
        .to_pylist()
    )
    same = len(ids) == len(set(ids)) and set(ids) == {row["call_id"] for row in records}
    print(f"\n3. export_calls of {len(records):,} calls ({days[0]} .. {days[-1]}) over HTTP, fresh interpreter")
    print(
        f"   {result['calls']:,} calls in {result['seconds']:.1f} s; "
        f"dataset ids = listed ids, no duplicates: {same}  {verdict(same)}"
    )
    print(
        f"   peak RSS of the whole process {result['peak_mb']:.0f} MB, "
        f"{result['imported_mb']:.0f} MB of it from imports "
        f"(target < {EXPORT_MB_TARGET:g})  {verdict(result['peak_mb'] < EXPORT_MB_TARGET)}"
    )


def bench_list(calls: int) -> None:
    from bland_nb.sandbox import Sandbox

    print(
        f"\n4. frames.calls vs the naive path (httpx paging one window after another + json_normalize), "
        f"{calls:,} calls over HTTP, fresh interpreter each (load average {os.getloadavg()[0]:.2f})"
    )
    for latency_ms, target in LIST_TARGETS.items():
        with server(calls, latency_ms=latency_ms) as (url, key):
            repeat = 2 if latency_ms == 0 else 1
            runs = {how: [] for how in ("naive", "frames")}
            for _ in range(repeat):  # alternated, so both meet the same machine
                for how, done in runs.items():
                    done.append(child("list", how, url, key))
        naive, ours = (min(done, key=lambda run: run["seconds"]) for done in runs.values())
        ratio = ours["seconds"] / naive["seconds"]
        memory = runs["frames"][0]["peak_mb"] / runs["naive"][0]["peak_mb"]
        print(f"   {latency_ms:g} ms a request (best of {repeat}):")
        for label, run in (("naive", naive), ("frames.calls", ours)):
            print(
                f"     {label:13} {run['seconds']:6.2f} s   peak +{run['peak_mb']:4.0f} MB   "
                f"{run['rows']:,} rows, {run['unique']:,} ids"
            )
        print(f"     wall-time ratio {ratio:.2f} (target <= {target})  {verdict(ratio <= target)}")
        print(f"     peak-memory ratio {memory:.2f} (target <= {MEMORY_TARGET})  {verdict(memory <= MEMORY_TARGET)}")
    expected = [call["call_id"] for call in Sandbox(seed=0, calls=calls).store.calls.timeline]
    bench_list_faults(expected)


def bench_list_faults(expected: list[str]) -> None:
    """frames.calls against 5 % server errors and a rate limit: every call once, in order."""
    from bland_nb import BlandClient, frames

    rate = 20.0
    retries = RetryCounter()
    logging.getLogger("bland_nb").addHandler(retries)
    logging.getLogger("bland_nb").setLevel(logging.INFO)
    with (
        server(len(expected), latency_ms=20, error_rate=0.05, rate_limit=rate) as (url, key),
        BlandClient(api_key=key, base_url=url, max_retries=6) as client,
    ):
        started = time.perf_counter()
        df = frames.calls(client, rate_limit=0.9 * rate, progress=False)
        wall = time.perf_counter() - started
    got = list(df["call_id"])
    lost, extra = len(set(expected) - set(got)), len(set(got) - set(expected))
    duplicated = len(got) - len(set(got))
    print(
        f"   with 5 % errors, 20 ms latency and a server limit of {rate:g}/s (client rate_limit {0.9 * rate:g}/s, "
        f"max_retries 6): {wall:.1f} s, {retries.count} requests retried"
    )
    print(
        f"   calls lost {lost}, unknown {extra}, duplicated {duplicated}, in the store's order {got == expected}  "
        f"{verdict(not (lost or extra or duplicated) and got == expected)}"
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--calls", type=int, default=200_000, help="records for the build and the export (default 200000)")
    p.add_argument("--detail-calls", type=int, default=5000, help="calls for calls(detail=True) (default 5000)")
    p.add_argument("--latency-ms", type=float, default=20)
    p.add_argument("--concurrency", type=int, default=12, help="Call Details requests at once (default 12)")
    p.add_argument("--sample", type=int, default=300, help="calls in the sequential loop (default 300)")
    p.add_argument("--list-calls", type=int, default=100_000, help="calls for part 4 (default 100000)")
    p.add_argument("--only", choices=("build", "export", "detail", "list"), help="run one measurement")
    p.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        kind, *rest = args.child
        print(json.dumps({"build": child_build, "export": child_export, "list": child_list}[kind](*rest)))
        return
    started = time.perf_counter()
    if args.only == "detail":
        bench_detail(args.detail_calls, args.latency_ms, args.concurrency, args.sample)
        return
    if args.only == "list":
        bench_list(args.list_calls)
        return
    with tempfile.TemporaryDirectory() as tmp, server(args.calls) as (url, key):  # idle while 2. runs
        records = list_records(url, key)
        if args.only in (None, "build"):
            bench_build(records, Path(tmp))
        if args.only is None:
            bench_detail(args.detail_calls, args.latency_ms, args.concurrency, args.sample)
        if args.only in (None, "export"):
            bench_export(url, key, records, Path(tmp))
    if args.only is None:
        bench_list(args.list_calls)
    print(f"\n(whole run {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
