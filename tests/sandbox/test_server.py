"""The sandbox over real HTTP (uvicorn): the same answers as in process, auth, concurrency, the CLI."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
import time
from datetime import timedelta

import httpx
import pytest

import bland_nb
from bland_nb.sandbox import Faults, Sandbox
from bland_nb.sandbox.__main__ import main as cli_main

pytest.importorskip("uvicorn")

SEED, CALLS = 5, 300
UNAUTHORIZED = {"data": None, "errors": [{"error": "AUTH_FAILURE", "message": "Unauthorized"}]}


@pytest.fixture
def served():
    """A sandbox, its HTTP base URL, and a `BlandClient` pointed there."""
    sandbox = Sandbox(seed=SEED, calls=CALLS)
    with sandbox.serve(port=0) as url:
        with bland_nb.BlandClient(api_key=sandbox.api_key, base_url=url, max_retries=0) as client:
            yield sandbox, url, client


def scenario(client: bland_nb.BlandClient) -> list[tuple[int, str, object]]:
    """Reads and writes through one client: (status, content type, JSON body) of each answer."""
    raw = client.with_raw_response
    answers = [raw.calls.list(limit=40)]
    call_id = answers[0].json()["calls"][7]["call_id"]
    answers.append(raw.calls.get(call_id))
    answers.append(raw.campaigns.list())
    live = next(c for c in answers[-1].json()["campaigns"] if c["campaign_name"] == "Event invites")
    answers.append(raw.campaigns.stop(campaign_id=live["campaign_id"]))
    answers.append(raw.campaigns.stop(campaign_id=live["campaign_id"]))  # nothing left to stop
    answers.append(raw.calls.send(phone_number="+12125550123", task="Confirm Tuesday at 10."))
    answers.append(raw.calls.get(answers[-1].json()["call_id"]))
    answers.append(raw.calls.list(limit=5, ascending=False))
    answers.append(raw.account.get())
    answers.append(raw.calls.get("00000000-0000-4000-8000-000000000000"))
    return [(r.status_code, r.headers["content-type"], r.json()) for r in answers]


def test_http_mount_answers_like_the_in_process_mount(served):
    sandbox, _url, client = served
    over_http = scenario(client)
    in_process = scenario(Sandbox(seed=SEED, calls=CALLS).client(max_retries=0))
    assert over_http == in_process
    statuses = [status for status, _, _ in over_http]
    assert statuses == [200] * 9 + [404]
    stopped, again = over_http[3][2], over_http[4][2]
    assert stopped["num_calls"] > 0 and again["num_calls"] == 0
    sent = over_http[5][2]["call_id"]
    assert over_http[6][2]["to"] == "+12125550123" and sent in sandbox.store.calls.calls
    assert [e["endpoint"] for e in sandbox.log][-5:] == [
        "send_call",
        "get_call",
        "list_calls",
        "get_account_details",
        "get_call",
    ]


def test_client_methods_read_models_over_http(served):
    sandbox, _, client = served
    campaigns = client.campaigns.list()
    assert sorted(c.campaign_id for c in campaigns) == sorted(sandbox.store.campaigns.campaigns)
    call = sandbox.store.calls.timeline[-1]
    assert client.calls.get(call["call_id"]).to == call["to"]
    with pytest.raises(bland_nb.NotFoundError):
        client.campaigns.stop(campaign_id="no-such-campaign")


def test_wrong_key_is_the_documented_401(served):
    sandbox, url, _ = served
    with bland_nb.BlandClient(api_key="sk-not-the-sandbox-key", base_url=url) as stranger:
        with pytest.raises(bland_nb.AuthenticationError) as caught:
            stranger.calls.list()
    assert caught.value.status_code == 401 and caught.value.body == UNAUTHORIZED
    assert httpx.get(f"{url}/v1/campaigns").json() == UNAUTHORIZED  # no key at all
    assert [e["endpoint"] for e in sandbox.log] == []  # refused before acting


def test_rate_limit_answers_429_with_retry_after_over_http():
    sandbox = Sandbox(seed=SEED, calls=50, faults=Faults(rate_limit_per_s=2))
    with sandbox.serve() as url, httpx.Client(base_url=url, headers={"authorization": sandbox.api_key}) as http:
        statuses = [http.get("/v1/campaigns") for _ in range(4)]
    assert [r.status_code for r in statuses[:2]] == [200, 200]
    refused = statuses[2]
    assert refused.status_code == 429 and refused.headers["retry-after"] == "1"
    assert len(sandbox.log) == sum(r.status_code == 200 for r in statuses)


def test_64_concurrent_requests_are_served_at_once():
    """With 300 ms of latency each, 64 requests one after the other would take 19 s."""
    sandbox = Sandbox(seed=SEED, calls=CALLS, faults=Faults(latency_ms=300))
    ids = [c["call_id"] for c in sandbox.store.calls.timeline[:64]]

    async def fetch_all(url: str) -> list:
        async with bland_nb.AsyncBlandClient(api_key=sandbox.api_key, base_url=url, max_retries=0) as client:
            return await asyncio.gather(*(client.calls.get(call_id) for call_id in ids))

    with sandbox.serve() as url:
        started = time.perf_counter()
        calls = asyncio.run(fetch_all(url))
        took = time.perf_counter() - started
    assert [c.call_id for c in calls] == ids
    assert 0.3 <= took < 3.0
    assert len(sandbox.log) == 64


def test_threads_share_one_server(served):
    sandbox, url, _ = served
    ids = [c["call_id"] for c in sandbox.store.calls.timeline[:64]]
    found: dict[str, str] = {}

    def fetch(call_id: str) -> None:
        with bland_nb.BlandClient(api_key=sandbox.api_key, base_url=url, max_retries=0) as client:
            found[call_id] = client.calls.get(call_id).call_id

    threads = [threading.Thread(target=fetch, args=(call_id,)) for call_id in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert found == {call_id: call_id for call_id in ids}


def test_server_stops_when_the_block_ends():
    sandbox = Sandbox(seed=SEED, calls=20)
    with sandbox.serve() as url:
        assert httpx.get(f"{url}/v1/campaigns", headers={"authorization": sandbox.api_key}).status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/v1/campaigns", timeout=2)


def test_realtime_moves_the_sandbox_clock():
    sandbox = Sandbox(seed=SEED, calls=50)
    start = sandbox.store.now
    with sandbox.serve(realtime=1200) as url:  # 20 sandbox minutes per real second
        began = time.monotonic()
        while sandbox.store.now - start < timedelta(minutes=8) and time.monotonic() - began < 5:
            time.sleep(0.05)
        elapsed = time.monotonic() - began
        httpx.get(f"{url}/v1/campaigns", headers={"authorization": sandbox.api_key})
    moved = sandbox.store.now - start
    assert timedelta(minutes=8) <= moved <= timedelta(seconds=(elapsed + 0.5) * 1200)
    assert Sandbox(seed=SEED, calls=50).store.now == start  # off by default


def test_serve_refuses_a_negative_realtime():
    with pytest.raises(ValueError, match="realtime"):
        with Sandbox(seed=SEED, calls=10).serve(realtime=-1):
            pass


# -- the command line -------------------------------------------------------------------------


def test_cli_serves_a_url_and_key_that_work():
    command = [
        sys.executable,
        "-m",
        "bland_nb.sandbox",
        "--port",
        "0",
        "--seed",
        "3",
        "--calls",
        "120",
        "--latency-ms",
        "1",
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watchdog = threading.Timer(60, process.kill)
    watchdog.start()
    try:
        lines = dict(process.stdout.readline().strip().removeprefix("export ").split("=", 1) for _ in range(2))
        assert lines["BLAND_SANDBOX_KEY"] == Sandbox(seed=3, calls=0).api_key
        assert lines["BLAND_SANDBOX_URL"].startswith("http://127.0.0.1:")
        with bland_nb.BlandClient(api_key=lines["BLAND_SANDBOX_KEY"], base_url=lines["BLAND_SANDBOX_URL"]) as client:
            assert client.calls.list(limit=500).total == 120
            assert len(list(client.campaigns.list())) == 6
    finally:
        watchdog.cancel()
        process.terminate()
        process.communicate(timeout=30)


@pytest.mark.parametrize(
    "argument, value",
    [
        ("--error-rate", "2"),
        ("--disconnect-rate", "-0.1"),
        ("--rate-limit", "0"),
        ("--latency-ms", "-5"),
        ("--port", "70000"),
        ("--calls", "-1"),
        ("--realtime", "fast"),
    ],
)
def test_cli_rejects_bad_values_in_one_line(argument, value, capsys):
    with pytest.raises(SystemExit) as exited:
        cli_main([argument, value])
    assert exited.value.code == 2
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert error.startswith("python -m bland_nb.sandbox: error: argument") and argument in error and value in error


def test_cli_error_exits_non_zero_without_a_traceback():
    done = subprocess.run(
        [sys.executable, "-m", "bland_nb.sandbox", "--error-rate", "2"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2 and done.stdout == ""
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "python -m bland_nb.sandbox: error: argument --error-rate: 2 is out of range: must be between 0 and 1"
    )
