"""LangChain's standard tool tests on tools that langchain-mcp-adapters loads from `bland-nb mcp`.

Not collected on its own: `test_langchain.py` runs it with pytest in a child process, with
`BLAND_NB_MCP_URL` (the server, over streamable HTTP) and `BLAND_SANDBOX_URL`/`BLAND_SANDBOX_KEY`
(the sandbox behind it, for example ids), and with mcp 1.x first on the path when the adapters
cannot import beside mcp 2.x. The adapters' tools are async only, so the sync `invoke` tests are
left out (`-k "not test_invoke_"`).
"""

from __future__ import annotations

import asyncio
import os
from functools import cache
from typing import Any

import pytest
from langchain_core.tools import BaseTool
from langchain_mcp_adapters.client import MultiServerMCPClient
from langchain_tests.integration_tests import ToolsIntegrationTests
from langchain_tests.unit_tests import ToolsUnitTests

from bland_nb import ENDPOINTS, BlandClient
from bland_nb.agents.endpoint import args_schema

from ..agents.examples import example, world_ids

TOOLS = ["get_campaign", "get_call", "get_corrected_transcript"]
"""Tools with arguments: for a tool whose schema is JSON (as the adapters' are), langchain-core's
`get_input_schema()` is its input union, which an empty example cannot build."""


@cache
def loaded() -> dict[str, BaseTool]:
    client = MultiServerMCPClient({"bland": {"transport": "streamable_http", "url": os.environ["BLAND_NB_MCP_URL"]}})
    return {tool.name: tool for tool in asyncio.run(client.get_tools())}


@cache
def ids() -> dict[str, str]:
    return world_ids(BlandClient(api_key=os.environ["BLAND_SANDBOX_KEY"], base_url=os.environ["BLAND_SANDBOX_URL"]))


def test_the_adapters_load_the_servers_tools_with_their_artifacts():
    tools = loaded()
    assert {*TOOLS, "list_campaigns"} <= set(tools)
    assert all(tool.response_format == "content_and_artifact" for tool in tools.values())
    message = asyncio.run(
        tools["list_campaigns"].ainvoke({"name": "list_campaigns", "args": {}, "id": "1", "type": "tool_call"})
    )
    assert message.status == "success" and message.artifact["structured_content"]["result"]


class PerTool:
    tool_name: str

    @property
    def tool_constructor(self) -> BaseTool:
        return loaded()[self.tool_name]

    @property
    def tool_invoke_params_example(self) -> dict[str, Any]:
        return example(self.tool_name, ids(), args_schema(ENDPOINTS[self.tool_name]))


class TestAdaptedToolUnit(PerTool, ToolsUnitTests):
    @pytest.fixture(autouse=True, params=TOOLS)
    def _tool_name(self, request: pytest.FixtureRequest) -> None:
        self.tool_name = request.param


class TestAdaptedToolIntegration(PerTool, ToolsIntegrationTests):
    @pytest.fixture(autouse=True, params=TOOLS)
    def _tool_name(self, request: pytest.FixtureRequest) -> None:
        self.tool_name = request.param
