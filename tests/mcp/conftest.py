"""Fixtures of the MCP tests: a sandbox served on loopback, and `bland-nb mcp` over stdio or HTTP.

Every server runs as `python -m bland_nb.cli mcp ...` in a child process whose environment holds
no `BLAND_*` variable but those given, so it connects the way `bland_nb.connect()` says; each
wait is bounded, and each child is stopped when its test ends.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any, Optional

import pytest
from mcp import Client, StdioServerParameters
from mcp.client.stdio import stdio_client

from bland_nb.sandbox import Sandbox

COMMAND = [sys.executable, "-m", "bland_nb.cli", "mcp"]
START_S = 30
"""Seconds a server has to start (it imports LangChain, the SDK and builds its tools)."""


@contextmanager
def served_sandbox() -> Iterator[tuple[Sandbox, dict[str, str]]]:
    """A small seeded sandbox on loopback, and the environment that points `bland-nb mcp` at it."""
    sandbox = Sandbox(seed=3, calls=200)
    with sandbox.serve(port=0) as url:
        yield sandbox, {"BLAND_SANDBOX_URL": url, "BLAND_SANDBOX_KEY": sandbox.api_key}


@pytest.fixture
def served() -> Iterator[tuple[Sandbox, dict[str, str]]]:
    with served_sandbox() as world:
        yield world


def child_env(env: dict[str, str]) -> dict[str, str]:
    """This process's environment without any `BLAND_*` variable, plus `env`."""
    return {**{k: v for k, v in os.environ.items() if not k.startswith("BLAND_")}, **env}


def requests_to(sandbox: Sandbox, since: int = 0) -> list[str]:
    """Endpoint names of the requests the sandbox acted on after the first `since`."""
    return [entry["endpoint"] for entry in sandbox.log[since:]]


@asynccontextmanager
async def stdio(env: dict[str, str], *args: str, errlog: Path, **client: Any) -> AsyncIterator[Client]:
    """An `mcp.Client` of `bland-nb mcp ARGS` over stdio; the server's stderr goes to `errlog`."""
    params = StdioServerParameters(command=COMMAND[0], args=[*COMMAND[1:], *args], env=child_env(env))
    with errlog.open("w") as log:
        async with Client(stdio_client(params, errlog=log), read_timeout_seconds=START_S, **client) as session:
            yield session


@contextmanager
def http_server(env: dict[str, str], *args: str) -> Iterator[tuple[str, list[str]]]:
    """`bland-nb mcp --transport http --port 0 ARGS` in a child process: its URL and stderr lines."""
    proc = subprocess.Popen(
        [*COMMAND, "--transport", "http", "--port", "0", *args],
        env=child_env(env),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stderr), daemon=True)  # type: ignore[arg-type]
    reader.start()
    try:
        yield _announced_url(proc, lines), lines
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def _announced_url(proc: subprocess.Popen, lines: list[str]) -> str:
    deadline = time.monotonic() + START_S
    while time.monotonic() < deadline:
        url = next((line.split(" at ")[1].split(";")[0] for line in lines if "streamable HTTP at" in line), None)
        if url:
            return url
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    raise AssertionError(f"bland-nb mcp did not announce its URL: {''.join(lines)[-2000:]}")


def text(result: Any) -> str:
    """All the text of an MCP tool result."""
    return "\n".join(block.text for block in result.content)


def first_id(sandbox: Sandbox, endpoint: str, key: str, where: Optional[dict[str, Any]] = None) -> str:
    """The first id `endpoint` lists (read directly, not through the server)."""
    rows = sandbox.client().invoke(endpoint).rows
    return next(row[key] for row in rows if (where or {}).items() <= row.items())
