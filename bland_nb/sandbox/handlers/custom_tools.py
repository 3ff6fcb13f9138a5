"""Custom tools (v1): create, update (only the fields sent), list, get, delete."""

from __future__ import annotations

from typing import Any

from ..state import Store
from . import SandboxRequest, handles


def sent(req: SandboxRequest) -> dict[str, Any]:
    """The fields sent outside the path, validated, by their API names (`timeout`, not
    `tool_timeout`), explicit nulls included. Tools v2 and web agents use it too."""
    return req.p.model_dump(by_alias=True, exclude_unset=True, exclude=set(req.endpoint.path_params))


@handles("create_custom_tool")
def create_custom_tool(store: Store, req: SandboxRequest) -> Any:
    return {"status": "success", "tool_id": store.custom_tools.create(sent(req))["tool_id"]}


@handles("update_custom_tool")
def update_custom_tool(store: Store, req: SandboxRequest) -> Any:
    return {"status": "success", "tool_id": store.custom_tools.update(req.p.tool_id, sent(req))["tool_id"]}


@handles("delete_custom_tool")
def delete_custom_tool(store: Store, req: SandboxRequest) -> Any:
    store.custom_tools.delete(req.p.tool_id)
    return {"status": "success", "message": "Tool has been deleted."}


@handles("list_custom_tools")
def list_custom_tools(store: Store, req: SandboxRequest) -> Any:
    return {"status": "success", "tools": list(store.custom_tools.tools.values())}


@handles("get_custom_tool")
def get_custom_tool(store: Store, req: SandboxRequest) -> Any:
    return {"status": "success", "tool": store.custom_tools.get(req.p.tool_id)}
