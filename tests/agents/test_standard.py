"""LangChain's standard tool tests, once per tool: unit tests for every tool, integration tests
for every read tool against one seeded sandbox (read tools change nothing, so they share it), and
both for discover mode's three tools (called with arguments that only read).

Example arguments come from each tool's own schema, with ids read from the sandbox
(`tests/agents/examples.py`).
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from langchain_tests.integration_tests import ToolsIntegrationTests
from langchain_tests.unit_tests import ToolsUnitTests

from bland_nb import ENDPOINTS
from bland_nb.agents import BlandEndpointTool, BlandToolkit
from bland_nb.agents.toolkit import args_schema
from bland_nb.sandbox import Sandbox

from .examples import example, world_ids

ALL_TOOLS = sorted(ENDPOINTS)
READ_TOOLS = sorted(name for name, endpoint in ENDPOINTS.items() if endpoint.effect == "read")


@cache
def world() -> tuple[Sandbox, dict[str, str]]:
    sandbox = Sandbox(seed=5, calls=200)
    return sandbox, world_ids(sandbox.client(max_retries=0))


class PerTool:
    """The standard tests' inputs for the tool named by the class's `tool_name` parameter."""

    tool_name: str

    @property
    def tool_constructor(self) -> type[BlandEndpointTool]:
        return BlandEndpointTool

    @property
    def tool_constructor_params(self) -> dict[str, Any]:
        sandbox, _ = world()
        return {
            "endpoint": ENDPOINTS[self.tool_name],
            "client": sandbox.client(max_retries=0),
            "async_client": sandbox.async_client(max_retries=0),
        }

    @property
    def tool_invoke_params_example(self) -> dict[str, Any]:
        _, ids = world()
        return example(self.tool_name, ids, args_schema(ENDPOINTS[self.tool_name]))


class TestEveryToolUnit(PerTool, ToolsUnitTests):
    @pytest.fixture(autouse=True, params=ALL_TOOLS)
    def _tool_name(self, request: pytest.FixtureRequest) -> None:
        self.tool_name = request.param


class TestEveryReadToolIntegration(PerTool, ToolsIntegrationTests):
    @pytest.fixture(autouse=True, params=READ_TOOLS)
    def _tool_name(self, request: pytest.FixtureRequest) -> None:
        self.tool_name = request.param


GATEWAY_EXAMPLES = {
    "find_endpoints": {"query": "halt the spring promo campaign"},
    "describe_endpoint": {"name": "stop_campaign"},
    "call_endpoint": {"name": "list_campaigns", "arguments": {}},
}
"""Discover mode's tools, each with arguments that read only."""


class DiscoverTool:
    """The standard tests' inputs for the discover-mode tool named by `tool_name` (every effect allowed)."""

    tool_name: str

    @property
    def tool_constructor(self) -> Any:
        sandbox, _ = world()
        tools = BlandToolkit(
            sandbox.client(max_retries=0),
            async_client=sandbox.async_client(max_retries=0),
            mode="discover",
            allow=("read", "write", "outbound", "destructive"),
        ).get_tools()
        return next(tool for tool in tools if tool.name == self.tool_name)

    @property
    def tool_invoke_params_example(self) -> dict[str, Any]:
        return GATEWAY_EXAMPLES[self.tool_name]


class TestDiscoverToolsUnit(DiscoverTool, ToolsUnitTests):
    @pytest.fixture(autouse=True, params=list(GATEWAY_EXAMPLES))
    def _tool_name(self, request: pytest.FixtureRequest) -> None:
        self.tool_name = request.param


class TestDiscoverToolsIntegration(DiscoverTool, ToolsIntegrationTests):
    @pytest.fixture(autouse=True, params=list(GATEWAY_EXAMPLES))
    def _tool_name(self, request: pytest.FixtureRequest) -> None:
        self.tool_name = request.param
