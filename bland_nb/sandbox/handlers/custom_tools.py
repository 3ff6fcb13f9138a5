"""Custom tools (v1): create, update (only the fields sent), list, get, delete."""

from __future__ import annotations

from typing import Any

from ..state import Store
from . import SandboxRequest, handles


@handles("create_custom_tool")
def create_custom_tool(store: Store, req: SandboxRequest) -> Any:
    return {"status": "success", "tool_id": store.custom_tools.create(req.sent())["tool_id"]}


@handles("update_custom_tool")
def update_custom_tool(store: Store, req: SandboxRequest) -> Any:
    return {"status": "success", "tool_id": store.custom_tools.update(req.params.tool_id, req.sent())["tool_id"]}


@handles("delete_custom_tool")
def delete_custom_tool(store: Store, req: SandboxRequest) -> Any:
    store.custom_tools.delete(req.params.tool_id)
    return {"status": "success", "message": "Tool has been deleted."}


@handles("list_custom_tools")
def list_custom_tools(store: Store, req: SandboxRequest) -> Any:
    return {"status": "success", "tools": list(store.custom_tools.tools.values())}


@handles("get_custom_tool")
def get_custom_tool(store: Store, req: SandboxRequest) -> Any:
    return {"status": "success", "tool": store.custom_tools.get(req.params.tool_id)}
