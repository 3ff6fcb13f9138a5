"""Fixtures of the agents tests: a small seeded sandbox, its clients, and tool-call helpers."""

from __future__ import annotations

import json
from typing import Any

import pytest
from langchain_core.messages import ToolMessage

from bland_nb.sandbox import Sandbox

from .examples import world_ids

ALL_EFFECTS = ("read", "write", "outbound", "destructive")


@pytest.fixture
def sandbox() -> Sandbox:
    """A small seeded account of its own per test: tools that act change it."""
    return Sandbox(seed=3, calls=200)


@pytest.fixture(scope="module")
def shared() -> tuple[Sandbox, Any, dict[str, str]]:
    """A seeded account shared by a module's tests that only read or preview, and one real id per
    id parameter (`examples.world_ids`)."""
    sandbox = Sandbox(seed=7, calls=150)
    client = sandbox.client(max_retries=0)
    return sandbox, client, world_ids(client)


@pytest.fixture
def async_client(sandbox):
    return sandbox.async_client(max_retries=0)


def call(tool: Any, **args: Any) -> ToolMessage:
    """Invoke a tool as an agent does, with a ToolCall: the answer is a ToolMessage."""
    return tool.invoke({"name": tool.name, "args": args, "id": "call-1", "type": "tool_call"})


async def acall(tool: Any, **args: Any) -> ToolMessage:
    return await tool.ainvoke({"name": tool.name, "args": args, "id": "call-1", "type": "tool_call"})


def content(message: ToolMessage) -> dict[str, Any]:
    """The message's content, parsed: every successful tool answer is one JSON object."""
    assert message.status == "success", message.content
    return json.loads(message.content)


def requests_to(sandbox: Sandbox, since: int = 0) -> list[str]:
    """Endpoint names of the requests the sandbox acted on after the first `since`."""
    return [entry["endpoint"] for entry in sandbox.log[since:]]
