"""Benchmark: per-request overhead of `BlandClient` over a hand-written raw `httpx.Client`.

Both sides talk to the same in-memory `httpx.MockTransport`, which answers canned JSON bodies
(built once), so only client-side work is timed: for the raw side, send + `raise_for_status` +
`json()`; for the client, parameter validation, request building, send, JSON parsing and
reading the answer into pydantic models.

Measured, each against raw httpx + json on the same body:
  * `get_call`   -- `client.invoke("get_call", call_id=...)` and `client.calls.get(call_id)`
                    on a call-details object (~30 fields, 3 transcript segments);
  * `list_calls` -- `client.invoke("list_calls")` on a page of 1,000 call rows (N/30 requests);
                    a page reads its rows into models on first use, so this is measured both
                    without and with `page.items` (1,000 pydantic models: not a 1.3x target).

Every side is warmed up, then the sides alternate round by round (to cancel drift); each round
times N requests with `time.perf_counter`. The median µs/request over the rounds is reported,
with the ratio client/raw against a 1.3x target, and the range of the per-round ratios (a
wide range means a noisy machine: rerun, or raise --rounds). The script reports; it exits 0.

Run from the project root:

    .venv/bin/python tools/bench_client.py                     # --requests 3000 --rounds 5
    .venv/bin/python tools/bench_client.py --requests 300 --rounds 3
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx

import bland_nb

TARGET = 1.30
BASE_URL = "https://api.bland.ai"
API_KEY = "sk-bench-0000000000000000000000000000"
CALL_ID = "c7a1e0b2-5d3f-4e8a-9b61-2f0d4c8e7a13"
LIST_ROWS = 1000


# -- canned answers ------------------------------------------------------------------------


def call_row(i: int) -> dict[str, Any]:
    """One row of List Calls, shaped like the API's."""
    return {
        "call_id": f"{CALL_ID[:-4]}{i:04d}",
        "c_id": f"{CALL_ID[:-4]}{i:04d}",
        "created_at": "2026-03-14T15:09:26.535Z",
        "started_at": "2026-03-14T15:09:31.102Z",
        "end_at": "2026-03-14T15:11:58.870Z",
        "to": "+14155550123",
        "from": "+14155550199",
        "call_length": 2.4628,
        "completed": True,
        "inbound": False,
        "queue_status": "completed",
        "status": "completed",
        "answered_by": "human",
        "call_ended_by": "USER",
        "error_message": None,
        "batch_id": None,
        "campaign_id": "cmp_8f2d1c",
        "pathway_id": None,
        "price": 0.22,
        "record": True,
        "recording_url": f"https://server.aws.dialinginc.com/recordings/{i}.mp3",
        "max_duration": 30,
        "corrected_duration": "148",
    }


def call_details() -> dict[str, Any]:
    """Call Details: a list row plus the transcript, summary, variables and the like."""
    segments = [
        {
            "id": 81231,
            "user": "assistant",
            "text": "Hi, this is Maya from Acme Dental. Is this Jordan?",
            "created_at": "2026-03-14T15:09:33.011Z",
        },
        {"id": 81232, "user": "user", "text": "Yes, speaking.", "created_at": "2026-03-14T15:09:36.402Z"},
        {
            "id": 81233,
            "user": "assistant",
            "text": "Great! I'm calling to confirm your cleaning on Tuesday at 10am.",
            "created_at": "2026-03-14T15:09:38.977Z",
        },
    ]
    return {
        **call_row(0),
        "request_data": {"patient": "Jordan", "appointment": "Tuesday 10am"},
        "endpoint_url": "api.bland.ai",
        "local_dialing": False,
        "summary": "The agent confirmed Jordan's Tuesday 10am cleaning; Jordan agreed to attend.",
        "concatenated_transcript": " ".join(f"{s['user']}: {s['text']}" for s in segments),
        "transcripts": segments,
        "variables": {
            "now": "Saturday, March 14, 2026 8:09 AM",
            "timezone": "America/Los_Angeles",
            "phone_number": "+14155550123",
            "patient": "Jordan",
            "appointment": "Tuesday 10am",
        },
        "metadata": {},
        "pathway_logs": None,
        "analysis_schema": None,
        "analysis": None,
        "disposition_tag": "COMPLETED_ACTION",
        "transferred_to": None,
    }


DETAILS_BODY = json.dumps(call_details()).encode()
LIST_BODY = json.dumps(
    {"count": LIST_ROWS, "total_count": LIST_ROWS, "calls": [call_row(i) for i in range(LIST_ROWS)]}
).encode()
JSON = {"content-type": "application/json"}


def handler(request: httpx.Request) -> httpx.Response:
    body = LIST_BODY if request.url.path == "/v1/calls" else DETAILS_BODY
    return httpx.Response(200, content=body, headers=JSON)


# -- timing --------------------------------------------------------------------------------


def us_per_request(fn: Callable[[], Any], n: int) -> float:
    """Microseconds per call of `fn`, over `n` back-to-back calls."""
    gc.collect()
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) / n * 1e6


def measure(sides: dict[str, Callable[[], Any]], n: int, rounds: int) -> dict[str, list[float]]:
    """µs/request of each side per round; sides are warmed up, then alternate within every round."""
    for fn in sides.values():
        us_per_request(fn, max(n // 10, 5))
    samples: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(rounds):
        for name, fn in sides.items():
            samples[name].append(us_per_request(fn, n))
    return samples


def report(endpoint: str, samples: dict[str, list[float]], untargeted: frozenset[str] = frozenset()) -> None:
    """One line per measured side: medians over rounds, their ratio, and the per-round ratio range.
    Sides in `untargeted` are shown for information, without a verdict."""
    (raw_name, raw_rounds), *measured = samples.items()
    raw = statistics.median(raw_rounds)
    for name, rounds in measured:
        value = statistics.median(rounds)
        ratio = value / raw
        per_round = [m / r for m, r in zip(rounds, raw_rounds)]
        verdict = "OK" if round(ratio, 2) <= TARGET else "MISSED"  # judged as printed
        target = f"(target <= {TARGET:.2f}x) {verdict:<6}" if name not in untargeted else f"{'(no target)':<26}"
        print(
            f"{endpoint:<11} {raw_name} {raw:8.1f} µs/req   {name:<16} {value:8.1f} µs/req   "
            f"ratio {ratio:4.2f}x {target}  "
            f"[rounds {min(per_round):.2f}-{max(per_round):.2f}x]"
        )


# -- main ----------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--requests", type=int, default=3000, help="requests per round (get_call); list_calls uses N/30"
    )
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds per side; the median is reported")
    args = parser.parse_args()

    transport = httpx.MockTransport(handler)
    raw = httpx.Client(transport=transport, base_url=BASE_URL, headers={"authorization": API_KEY})
    client = bland_nb.BlandClient(api_key=API_KEY, transport=transport)

    def raw_get(path: str, **params: Any) -> Callable[[], Any]:
        def send() -> Any:
            r = raw.get(path, params=params or None)
            r.raise_for_status()
            return r.json()

        return send

    # Sanity: both sides read the same answers.
    assert client.invoke("get_call", call_id=CALL_ID).call_id == raw_get(f"/v1/calls/{CALL_ID}")()["call_id"]
    assert len(client.invoke("list_calls").items) == len(raw_get("/v1/calls")()["calls"]) == LIST_ROWS

    print(
        f"bland_nb {bland_nb.__version__}, httpx {httpx.__version__}, Python {sys.version.split()[0]}; "
        f"{args.requests} requests x {args.rounds} rounds (list_calls: {max(args.requests // 30, 1)} requests)"
    )
    report(
        "get_call",
        measure(
            {
                "raw httpx+json": raw_get(f"/v1/calls/{CALL_ID}"),
                "client.invoke": lambda: client.invoke("get_call", call_id=CALL_ID),
                "client.calls.get": lambda: client.calls.get(CALL_ID),
            },
            args.requests,
            args.rounds,
        ),
    )
    report(
        "list_calls",
        measure(
            {
                "raw httpx+json": raw_get("/v1/calls", limit=LIST_ROWS, **{"from": 0, "to": LIST_ROWS}),
                "client.invoke": lambda: client.invoke("list_calls"),  # rows read into models on first use
                "+ page.items": lambda: client.invoke("list_calls").items,  # ... and here all 1,000 of them
            },
            max(args.requests // 30, 1),
            args.rounds,
        ),
        untargeted=frozenset({"+ page.items"}),
    )
    raw.close()
    client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
