"""`timeout` is an overall deadline for each attempt, as users expect: a server on loopback that
trickles its answer a byte at a time (each read well inside httpx's per-read timeout) is cut off
once the deadline passes, not after the whole answer."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator

import pytest

import bland_nb

TRICKLE_SECONDS = 8.0


def trickle(listener: socket.socket, stop: threading.Event) -> None:
    """Answer each connection with headers, then one body byte every 0.2 s for a bounded time."""
    listener.settimeout(0.5)
    while not stop.is_set():
        try:
            conn, _ = listener.accept()
        except OSError:
            continue
        with conn:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n")
            ends = time.monotonic() + TRICKLE_SECONDS
            try:
                while time.monotonic() < ends and not stop.is_set():
                    conn.sendall(b" ")
                    time.sleep(0.2)
            except OSError:
                pass  # the client hung up: what the test wants


@pytest.fixture
def slow_server() -> Iterator[str]:
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()
    thread = threading.Thread(target=trickle, args=(listener, stop), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join(timeout=TRICKLE_SECONDS + 2)
    listener.close()


def test_the_sync_client_stops_at_the_deadline(slow_server):
    client = bland_nb.BlandClient(api_key="sk-test-deadline-0000", base_url=slow_server, timeout=1.0, max_retries=0)
    started = time.monotonic()
    with pytest.raises(bland_nb.APITimeoutError):
        client.calls.get("c1")
    assert time.monotonic() - started < 2.0


def test_the_async_client_stops_at_the_deadline(slow_server):
    async def call() -> None:
        async with bland_nb.AsyncBlandClient(
            api_key="sk-test-deadline-0000", base_url=slow_server, timeout=1.0, max_retries=0
        ) as client:
            await client.calls.get("c1")

    started = time.monotonic()
    with pytest.raises(bland_nb.APITimeoutError):
        asyncio.run(call())
    assert time.monotonic() - started < 1.5


def test_a_per_call_timeout_is_a_deadline_too(slow_server):
    client = bland_nb.BlandClient(api_key="sk-test-deadline-0000", base_url=slow_server, max_retries=0)
    started = time.monotonic()
    with pytest.raises(bland_nb.APITimeoutError):
        client.calls.get("c1", timeout=0.5)
    assert time.monotonic() - started < 1.5
