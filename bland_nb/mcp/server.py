"""`build_server`: the Bland tools as an MCP server, on the official SDK's low-level `Server`.

The tools are `BlandToolkit(client, ...).get_tools()`: each is listed with the schema LangChain
gives a model, a title and MCP annotations from its endpoint's declaration, and each call runs
the LangChain tool itself (`ainvoke` with a tool call), so previews, `confirm`, the character
budget and the error texts are the toolkit's. A result is the tool's content as text (within
the budget) and its artifact as structured content; a tool error is a result with `isError`.
With `confirm="human"`, a call that would act only after `confirm=true` asks a person first
(`confirm.py`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal, Optional

from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool
from mcp import types
from mcp.server.context import ServerRequestContext
from mcp.server.lowlevel import Server
from mcp.server.request_state import RequestStateBoundary, RequestStateSecurity
from mcp.shared.exceptions import MCPError

import bland_nb

from .. import ENDPOINTS, BlandClient, Endpoint
from ..agents import BlandToolkit
from .calls import run_tool
from .confirm import ask_first

__all__ = ["INSTRUCTIONS", "annotations", "build_server", "listing"]

Confirm = Literal["model", "human"]

INSTRUCTIONS = (
    "Tools for one Bland AI account (AI phone calls, campaigns, pathways, SMS, billing). Each "
    "tool's annotations and description say what it changes. Tools that dial, text, spend, "
    "delete, stop or send account data elsewhere do nothing without confirm=true: they answer "
    "with a preview first. Answers are compact JSON within a character budget; the structured "
    "content holds the whole result."
)
"""What the server tells the client about its tools when a session starts."""


def build_server(
    client: BlandClient,
    *,
    allow: Iterable[str] = ("read",),
    mode: Literal["tools", "discover"] = "discover",
    groups: Optional[Iterable[str]] = None,
    confirm: Confirm = "model",
) -> Server:
    """An MCP server over `BlandToolkit(client, allow=..., groups=..., mode=...)`'s tools.

    `confirm="model"`: a tool acts when the model calls it with `confirm=true` (the toolkit's
    rule). `confirm="human"`: such a call first asks the user through MCP elicitation, with the
    preview as the message, and acts only if they approve. Serve it with `run_stdio(server)` or
    mount `server.streamable_http_app()`; `mcp.Client(server)` talks to it in process."""
    if confirm not in ("model", "human"):
        raise ValueError(f"confirm={confirm!r}: accepted: 'model', 'human'")
    toolkit = BlandToolkit(client, allow=tuple(allow), groups=tuple(groups) if groups else None, mode=mode)
    tools = {tool.name: tool for tool in toolkit.get_tools()}
    listed = [listing(tool) for tool in tools.values()]
    schemas = {tool.name: tool.input_schema for tool in listed}

    async def list_tools(ctx: ServerRequestContext, params: Any) -> types.ListToolsResult:
        return types.ListToolsResult(tools=listed)

    async def call_tool(ctx: ServerRequestContext, params: types.CallToolRequestParams) -> Any:
        tool = tools.get(params.name)
        if tool is None:
            raise MCPError(
                code=types.INVALID_PARAMS,
                message=f"Unknown tool: {params.name!r}; "
                "tools/list names this server's tools (bland-nb mcp --allow lets in more)",
            )
        arguments = params.arguments or {}
        if confirm == "human" and arguments.get("confirm") is True:
            return await ask_first(ctx, params, tool, arguments)
        return (await run_tool(tool, arguments)).result()

    server = Server(
        "bland-nb",
        version=bland_nb.__version__,
        title="Bland AI",
        instructions=INSTRUCTIONS,
        on_list_tools=list_tools,
        on_call_tool=call_tool,
        get_tool_input_schema=schemas.get,
    )
    # Seals the state a confirmation round carries to the client (see confirm.py).
    server.middleware.append(RequestStateBoundary(RequestStateSecurity.ephemeral(), default_audience=server.name))
    return server


# -- listing ------------------------------------------------------------------------------------


def listing(tool: BaseTool) -> types.Tool:
    """The MCP description of a tool: name, title, description, the input schema a LangChain
    model gets, and annotations from its endpoint's declaration."""
    spec = convert_to_openai_tool(tool)["function"]
    title = tool.name.replace("_", " ").capitalize()
    return types.Tool(
        name=tool.name,
        title=title,
        description=spec.get("description", ""),
        input_schema=spec.get("parameters") or {"type": "object", "properties": {}},
        annotations=annotations(_endpoints(tool), title),
    )


def annotations(endpoints: list[Endpoint], title: str) -> types.ToolAnnotations:
    """MCP hints of a tool that calls these endpoints (one, or any of them): read-only when all
    read; destructive when one deletes or stops; idempotent when all are safe to repeat
    (`Endpoint.retry_safe`); open-world when one dials, texts or sends account data elsewhere."""
    return types.ToolAnnotations(
        title=title,
        read_only_hint=all(ep.effect == "read" for ep in endpoints),
        destructive_hint=any(ep.effect == "destructive" for ep in endpoints),
        idempotent_hint=all(ep.retry_safe for ep in endpoints),
        open_world_hint=any(ep.effect == "outbound" or bool(ep.sends_to) for ep in endpoints),
    )


def _endpoints(tool: BaseTool) -> list[Endpoint]:
    """The endpoints a tool may call, from its metadata: `endpoint` (one) or `endpoints` (names;
    none for discover mode's `find_endpoints` and `describe_endpoint`, which only read the catalog)."""
    metadata = tool.metadata or {}
    names = metadata["endpoints"] if "endpoints" in metadata else [metadata["endpoint"]]
    return [ENDPOINTS[name] for name in names]
