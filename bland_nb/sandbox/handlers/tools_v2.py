"""Tools (v2): create, partial update, list with search and paging, execution logs and stats."""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import Any, Optional

from ..state import Store, parse_time
from ..state.tools_v2 import DIMENSIONS, EQUAL, LOG_KEYS, MEASURES, METRICS, TOOL_KEYS, fail, log_stats
from ..state.voices import view
from . import SandboxRequest, handles


@handles("create_tool_v2")
def create_tool_v2(store: Store, req: SandboxRequest) -> Any:
    return {"status": "success", "data": {"id": store.tools_v2.create(req.sent())["id"]}, "errors": None}


@handles("update_tool_v2")
def update_tool_v2(store: Store, req: SandboxRequest) -> Any:
    tool = store.tools_v2.update(req.params.tool_id, req.sent())
    return {"status": "success", "data": {"id": tool["id"]}, "errors": None}


@handles("list_tools_v2")
def list_tools_v2(store: Store, req: SandboxRequest) -> Any:
    page = 1 if req.params.page is None else req.params.page
    limit = 50 if req.params.limit is None else req.params.limit
    if page < 1 or not 1 <= limit <= 1000:
        raise fail(400, "INVALID_PARAMETER", "page must be >= 1 and limit between 1 and 1000")
    tools = store.tools_v2.listed(req.params.search, ascending=req.params.order_direction == "asc")
    more = len(tools) > page * limit
    pagination = {"page": page, "limit": limit, "hasMore": more, "nextPage": page + 1 if more else None}
    rows = [view(tool, TOOL_KEYS) for tool in tools[(page - 1) * limit : page * limit]]
    return {"data": {"tools": rows, "pagination": pagination}, "errors": None}


@handles("list_tool_execution_logs")
def list_tool_execution_logs(store: Store, req: SandboxRequest) -> Any:
    params = req.params
    page, size = max(params.page or 1, 1), min(max(params.page_size or 50, 1), 100)
    bounds = {name: (getattr(params, f"{name}_gt"), getattr(params, f"{name}_lt")) for name in MEASURES}
    logs = store.tools_v2.matching(
        _equal(params), parse_time(params.created_after), parse_time(params.created_before, end_of_day=True), bounds
    )
    rows = [view(log, LOG_KEYS) for log in logs[(page - 1) * size : page * size]]
    return {
        "logs": rows,
        "totalLogs": len(logs),
        "totalPages": math.ceil(len(logs) / size),
        "currentPage": page,
        "pageSize": size,
    }


@handles("get_tool_execution_stats")
def get_tool_execution_stats(store: Store, req: SandboxRequest) -> Any:
    """Counts and averages of the matching logs, one row per group of `group_by` values."""
    params = req.params
    limit = 50 if params.limit is None else int(params.limit)
    if not 1 <= limit <= 1000:
        raise fail(400, "INVALID_PARAMETER", "limit must be between 1 and 1000")
    dims = _split(params.group_by, DIMENSIONS, "group_by")
    metrics = _split(params.metrics or "count", METRICS, "metrics")
    since, until = _window(store, params)
    rows = log_stats(store.tools_v2.matching(_equal(params), since, until), dims, metrics)
    return {"results": rows[:limit], "meta": {"group_by": dims, "metrics": metrics, "period": params.period}}


def _equal(params: Any) -> dict[str, Any]:
    """The equality filters: log field → the value asked for (None: any)."""
    return {name: getattr(params, name) for name in EQUAL}


def _window(store: Store, params: Any) -> tuple[Optional[datetime], Optional[datetime]]:
    """The stats window: start_date/end_date, else the preset period ending now, else all time."""
    since, until = parse_time(params.start_date), parse_time(params.end_date, end_of_day=True)
    if since and until and until - since > timedelta(days=90):
        raise fail(400, "INVALID_PARAMETER", "Date range cannot exceed 90 days")
    if since or until or not params.period:
        return since, until
    return store.tools_v2.period_start(params.period), None


def _split(value: Optional[str], allowed: tuple[str, ...], name: str) -> list[str]:
    """A comma list of `allowed` names, or the API's 400 naming the first unknown one."""
    parts = [part.strip() for part in (value or "").split(",") if part.strip()]
    unknown = [part for part in parts if part not in allowed]
    if unknown:
        raise fail(400, "INVALID_PARAMETER", f"Invalid {name} value '{unknown[0]}'; allowed: {', '.join(allowed)}")
    return parts
