"""Tools (v2): create, partial update, list with search and paging, execution logs and stats."""

from __future__ import annotations

from typing import Any

from ..state import Store
from ..state.tools_v2 import TOOL_KEYS, fail, view
from . import SandboxRequest, handles


@handles("create_tool_v2")
def create_tool_v2(store: Store, req: SandboxRequest) -> Any:
    return {"status": "success", "data": {"id": store.tools_v2.create(req.sent())["id"]}, "errors": None}


@handles("update_tool_v2")
def update_tool_v2(store: Store, req: SandboxRequest) -> Any:
    return {"status": "success", "data": {"id": store.tools_v2.update(req.p.tool_id, req.sent())["id"]}, "errors": None}


@handles("list_tools_v2")
def list_tools_v2(store: Store, req: SandboxRequest) -> Any:
    page = 1 if req.p.page is None else req.p.page
    limit = 50 if req.p.limit is None else req.p.limit
    if page < 1 or not 1 <= limit <= 1000:
        raise fail(400, "INVALID_PARAMETER", "page must be >= 1 and limit between 1 and 1000")
    tools = store.tools_v2.listed(req.p.search, ascending=req.p.order_direction == "asc")
    more = len(tools) > page * limit
    pagination = {"page": page, "limit": limit, "hasMore": more, "nextPage": page + 1 if more else None}
    rows = [view(tool, TOOL_KEYS) for tool in tools[(page - 1) * limit: page * limit]]
    return {"data": {"tools": rows, "pagination": pagination}, "errors": None}


@handles("list_tool_execution_logs")
def list_tool_execution_logs(store: Store, req: SandboxRequest) -> Any:
    return store.tools_v2.page_of_logs(req.p)


@handles("get_tool_execution_stats")
def get_tool_execution_stats(store: Store, req: SandboxRequest) -> Any:
    return store.tools_v2.stats(req.p)
