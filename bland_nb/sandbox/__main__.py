"""Serve a sandbox over HTTP until Ctrl-C:

    python -m bland_nb.sandbox --port 8787 --seed 0 --calls 5000 --latency-ms 40 --error-rate 0.05

Prints `BLAND_BASE_URL=...` and `BLAND_API_KEY=...` lines to paste into a shell (with `export`)
or a `.env` file; any Bland client pointed there talks to the sandbox.
"""

from __future__ import annotations

import argparse
import math
import sys
from typing import Callable, Optional, Sequence

from . import Faults, Sandbox
from .server import base_url, bind, run


def _number(kind: type, test: Callable[[float], bool], meaning: str) -> Callable[[str], float]:
    """An argparse type: `kind(text)`, refused with a one-line message unless `test` holds."""

    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not {'a whole number' if kind is int else 'a number'}") from None
        if not math.isfinite(value) or not test(value):
            raise argparse.ArgumentTypeError(f"{text} is out of range: must be {meaning}")
        return value
    return parse


RATE = _number(float, lambda v: 0 <= v <= 1, "between 0 and 1")
NON_NEGATIVE = _number(float, lambda v: v >= 0, "0 or more")
POSITIVE = _number(float, lambda v: v > 0, "more than 0")
PORT = _number(int, lambda v: 0 <= v <= 65535, "a port number from 0 (any free port) to 65535")
COUNT = _number(int, lambda v: v >= 0, "0 or more")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bland_nb.sandbox",
                                description="Serve a local, stateful emulator of the Bland API over HTTP.")
    p.add_argument("--port", type=PORT, default=8787, help="port to listen on; 0 picks a free one (default 8787)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--seed", type=int, default=0, help="the same seed builds the same account and key (default 0)")
    p.add_argument("--calls", type=COUNT, default=5000, help="calls in the seeded history (default 5000)")
    p.add_argument("--latency-ms", type=NON_NEGATIVE, default=0, help="added before every answer")
    p.add_argument("--jitter-ms", type=NON_NEGATIVE, default=0, help="± random spread around --latency-ms")
    p.add_argument("--error-rate", type=RATE, default=0.0, help="share of requests answered 500/502/503 unacted")
    p.add_argument("--rate-limit", type=POSITIVE, default=None, help="requests per second before 429s")
    p.add_argument("--disconnect-rate", type=RATE, default=0.0,
                   help="share of requests acted on, then cut off before the answer")
    p.add_argument("--realtime", type=NON_NEGATIVE, default=0,
                   help="advance the sandbox clock this many times real time (60: a minute a second; 0: off)")
    p.add_argument("--log-level", default="warning", choices=("debug", "info", "warning", "error"))
    p.add_argument("--access-log", action="store_true", help="log every request")
    return p


def main(argv: Optional[Sequence[str]] = None) -> None:
    p = parser()
    args = p.parse_args(argv)
    faults = Faults(latency_ms=args.latency_ms, jitter_ms=args.jitter_ms, error_rate=args.error_rate,
                    rate_limit_per_s=args.rate_limit, disconnect_rate=args.disconnect_rate, seed=args.seed)
    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        p.error(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}")
    sandbox = Sandbox(seed=args.seed, calls=args.calls, faults=faults)
    print(f"BLAND_BASE_URL={base_url(sock)}", f"BLAND_API_KEY={sandbox.api_key}", sep="\n", flush=True)
    print(f"# {sandbox!r}; Ctrl-C to stop", file=sys.stderr, flush=True)
    run(sandbox, sock, realtime=args.realtime, log_level=args.log_level, access_log=args.access_log)


if __name__ == "__main__":
    main()
