"""`BlandToolkit`: the Bland tools for an agent, in one of two modes.

- `mode="tools"` (default): one `BlandEndpointTool` per endpoint in scope (`endpoint.py`).
- `mode="discover"`: three tools, `find_endpoints`, `describe_endpoint` and `call_endpoint`, that
  reach every endpoint in scope with the same rules (`gateway.py`): a model reads three schemas
  instead of dozens, and finds the endpoint it needs by asking in plain words.

The scope is the toolkit's API groups and allowed effects (`Scope`): read-only by default.
`interrupt_on(tools)` lists the tools a person should approve, for either mode.
"""

from __future__ import annotations

from typing import Any, Literal, Optional

from langchain_core.tools import BaseTool, BaseToolkit
from pydantic import ConfigDict, Field

from .. import AsyncBlandClient, BlandClient
from . import descriptions as say
from .base import DEFAULT_BUDGET
from .endpoint import BlandEndpointTool, args_schema, needs_confirm
from .gateway import gateway_tools
from .scope import Scope

__all__ = ["BlandEndpointTool", "BlandToolkit", "args_schema", "interrupt_on", "needs_confirm"]

APPROVAL_DECISIONS = ["approve", "edit", "reject"]


class BlandToolkit(BaseToolkit, Scope):
    """Tools for a Bland AI account, one per endpoint or three that reach them all, read-only
    unless allowed otherwise.

    Setup:
        `pip install "bland-nb[agents]"` and set `BLAND_API_KEY` (or use the sandbox).

    Key init args:
        client: BlandClient — the sync path of every tool.
        async_client: AsyncBlandClient | None — the async path (`ainvoke`); without one,
            `ainvoke` runs the sync path in an executor.
        groups: API groups to include (`"calls"`, `"campaigns"`, ...; see `bland_nb.GROUPS`).
        allow: effects permitted: `"read"` (default), `"write"`, `"outbound"`, `"destructive"`.
        mode: `"tools"` (default), one tool per endpoint; `"discover"`, three tools:
            `find_endpoints`, `describe_endpoint` and `call_endpoint`.
        budget: characters of content a tool returns at most (default 4,000).

    Instantiate:
        ```python
        from bland_nb import BlandClient
        from bland_nb.agents import BlandToolkit

        toolkit = BlandToolkit(BlandClient(), groups=["calls", "campaigns"])
        ```

    Tools:
        ```python
        tools = toolkit.get_tools()   # list_calls, get_call, list_campaigns, ...
        BlandToolkit(client, mode="discover").get_tools()   # find_endpoints, describe_endpoint, call_endpoint
        ```

    Use within an agent:
        ```python
        tools = BlandToolkit(client, allow=("read", "destructive")).get_tools()
        model.bind_tools(tools)       # stop_campaign previews unless called with confirm=true
        ```
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    client: BlandClient
    async_client: Optional[AsyncBlandClient] = None
    mode: Literal["tools", "discover"] = "tools"
    budget: int = Field(DEFAULT_BUDGET, ge=500)

    def __init__(self, client: BlandClient, **kwargs: Any):
        super().__init__(client=client, **kwargs)

    def get_tools(self) -> list[BaseTool]:
        if self.mode == "discover":
            scope = Scope(groups=self.groups, allow=self.allow)
            return gateway_tools(self.client, scope, async_client=self.async_client, budget=self.budget)
        return [
            BlandEndpointTool(endpoint=ep, client=self.client, async_client=self.async_client, budget=self.budget)
            for ep in self.endpoints()
        ]


def interrupt_on(tools: list[BaseTool]) -> dict[str, Any]:
    """The `interrupt_on` mapping of LangChain's human-in-the-loop middleware for these tools.

    ```python
    from langchain.agents import create_agent
    from langchain.agents.middleware import HumanInTheLoopMiddleware

    agent = create_agent(model, tools, middleware=[HumanInTheLoopMiddleware(interrupt_on=interrupt_on(tools))])
    ```

    Each write, outbound and destructive tool, and each that can send account data to a URL or
    phone number (metadata `sends_to`), maps to an `InterruptOnConfig` dict,
    `{"allowed_decisions": ["approve", "edit", "reject"], "description": ...}` (no `respond`:
    its answer would read as the tool's own result); other read tools are left out, so they run
    unasked. The middleware pauses before every call of a listed tool, previews included. In
    discover mode `call_endpoint` is listed when an endpoint in its scope can act (its metadata
    gives the strongest effect in scope); `find_endpoints` and `describe_endpoint` only read."""
    listed = {}
    for tool in tools:
        metadata = tool.metadata or {}
        effect, sends_to = metadata.get("effect", "read"), tuple(metadata.get("sends_to", ()))
        if effect != "read" or sends_to:
            listed[tool.name] = {
                "allowed_decisions": list(APPROVAL_DECISIONS),
                "description": metadata.get("approval") or say.approval(effect, sends_to),
            }
    return listed
