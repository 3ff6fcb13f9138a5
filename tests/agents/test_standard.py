"""LangChain's standard tool tests, once per tool: unit tests for every tool, integration tests
for every read tool against one seeded sandbox (read tools change nothing, so they share it).

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
from bland_nb.agents import BlandEndpointTool
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
