"""Tools v2: declarations of the group's endpoints, owned here."""

from __future__ import annotations

from typing import Any, Literal, Optional, Union

from pydantic import Field

from .._endpoint import Endpoint, Params
from .._pagination import PageNumber
from .._types import DateLike, Id, Number

Integration = Literal[
    'bland-sms',
    'custom-code',
    'slack',
    'salesforce',
    'rest_api',
    'hubspot',
    'calendly',
    'cal-com-v2',
    'notion',
]


class _ToolV2Fields(Params):
    """A v2 tool's settings, all optional: what Update Tool sends. Create Tool requires the first four."""

    name: Optional[str] = Field(None, description='Tool name visible to the AI (min 1 char; avoid reserved words).')
    description: Optional[str] = Field(None, description='What the tool does.')
    integration: Optional[Integration] = Field(None, description='Integration key.')
    action: Optional[str] = Field(
        None, description='Action key in the integration (list via GET /v1/integrations/{integration}/actions).'
    )
    input_schema: Optional[dict[str, Any]] = Field(
        None, description='OpenAI function-calling parameter schema for AI-filled inputs.'
    )
    body: Optional[Union[str, dict[str, Any]]] = Field(None, description='Request template; may reference {{input.*}}.')
    speech: Optional[str] = Field(None, description='Phrase spoken while running.')
    tool_timeout: Optional[Number] = Field(None, alias='timeout', description='Timeout in ms, 1000-60000.')
    cache: Optional[bool] = Field(None, description="Cache responses (also accepts 'true'/'false' strings).")
    response_data: Optional[list[dict[str, Any]]] = Field(
        None, description='Extraction rules {name (required), data: JSONPath (required), context}.'
    )
    max_retries: Optional[Number] = Field(None, description='Retries on failure, 0-4.')
    cooldown: Optional[Number] = Field(None, description='Seconds between retries, 1-30.')
    resource_id: Optional[Id] = Field(
        None,
        description='UUID of a connected integration resource to scope the tool (list via GET '
        '/v1/integrations/{integration}/resources).',
    )
    public: Optional[bool] = Field(None, description='Public visibility.')
    label: Optional[str] = Field(None, description='Human-readable label.')


class CreateToolV2Params(_ToolV2Fields):
    """Parameters of `create_tool_v2`."""

    # The settings, with the first four required and the default of `public` stated.
    name: str = Field(description='Tool name visible to the AI (min 1 char; avoid reserved words).')
    description: str = Field(description='What the tool does.')
    integration: Integration = Field(description='Integration key.')
    action: str = Field(
        description='Action key in the integration (list via GET /v1/integrations/{integration}/actions).'
    )
    public: Optional[bool] = Field(None, description='Public visibility. API default: false.')


create_tool_v2 = Endpoint(
    name="create_tool_v2",
    group="tools_v2",
    method_name="create",
    http_method="POST",
    path="/v2/tools",
    effect="write",
    summary='Create a tool that runs an integration action during calls; returns the tool ID.',
    synonyms=("integration", "calendar", "crm", "booking", "connect an app"),
    params=CreateToolV2Params,
    envelope="data",
    sends_to=('body',),
)


class _ToolToUpdate(Params):
    """The path parameter: a last base, so that pydantic (furthest base first) lists it first."""

    tool_id: Id = Field(description='Tool to update.')


class UpdateToolV2Params(_ToolV2Fields, _ToolToUpdate):
    """Parameters of `update_tool_v2`."""


update_tool_v2 = Endpoint(
    name="update_tool_v2",
    group="tools_v2",
    method_name="update",
    http_method="POST",
    path="/v2/tools/{tool_id}",
    effect="write",
    summary="Update a tool's settings; only the fields provided are changed.",
    synonyms=("integration settings", "edit a tool"),
    params=UpdateToolV2Params,
    envelope="data",
    idempotent=True,
    sends_to=('body',),
)


class ListToolsV2Params(Params):
    """Parameters of `list_tools_v2`."""

    page: Optional[int] = Field(None, description='Page (>=1). API default: 1.')
    limit: Optional[int] = Field(None, description='Page size 1-1000. API default: 50.')
    search: Optional[str] = Field(None, description='Text filter on name and description.')
    order_by: Optional[Literal['created_at']] = Field(None, alias='orderBy', description='Sort field.')
    order_direction: Optional[Literal['asc', 'desc']] = Field(
        None, alias='orderDirection', description='Sort direction. API default: "desc".'
    )


list_tools_v2 = Endpoint(
    name="list_tools_v2",
    group="tools_v2",
    method_name="list",
    http_method="GET",
    path="/v2/tools",
    effect="read",
    summary='List your tools with text search, sorting and paging.',
    synonyms=("search tools", "find a tool"),
    params=ListToolsV2Params,
    envelope="data",
    items='tools',
    pagination=PageNumber(size="limit", default_size=50),
)


class ListToolExecutionLogsParams(Params):
    """Parameters of `list_tool_execution_logs`."""

    page: Optional[int] = Field(None, description='Page. API default: 1.')
    page_size: Optional[int] = Field(None, alias='pageSize', description='Page size, max 100. API default: 50.')
    tool_id: Optional[Id] = Field(None, description='Filter by tool.')
    resource_id: Optional[Id] = Field(None, description='Filter by resource.')
    integration: Optional[str] = Field(None, description='Filter by integration key.')
    action: Optional[str] = Field(None, description='Filter by action.')
    status: Optional[Literal['success', 'error']] = Field(None, description='Filter by outcome.')
    call_id: Optional[Id] = Field(None, description='Filter by call.')
    error_type: Optional[str] = Field(None, description='Filter by error category.')
    created_after: Optional[DateLike] = Field(None, description='ISO lower bound.')
    created_before: Optional[DateLike] = Field(None, description='ISO upper bound.')
    execution_time_ms_gt: Optional[Number] = Field(None, description='Min duration.')
    execution_time_ms_lt: Optional[Number] = Field(None, description='Max duration.')
    input_size_kb_gt: Optional[Number] = Field(None, description='Min input size.')
    input_size_kb_lt: Optional[Number] = Field(None, description='Max input size.')
    output_size_kb_gt: Optional[Number] = Field(None, description='Min output size.')
    output_size_kb_lt: Optional[Number] = Field(None, description='Max output size.')


list_tool_execution_logs = Endpoint(
    name="list_tool_execution_logs",
    group="tools_v2",
    method_name="execution_logs",
    http_method="GET",
    path="/v2/tools/logs",
    effect="read",
    summary='List tool execution logs, filtered by tool, call, status, time range, duration or size.',
    synonyms=("tool errors", "tool failures", "debug a tool", "tool runs", "why did the tool fail"),
    params=ListToolExecutionLogsParams,
    items='logs',
    pagination=PageNumber(size="page_size", default_size=50),
    total=('totalLogs',),
)


class GetToolExecutionStatsParams(Params):
    """Parameters of `get_tool_execution_stats`."""

    group_by: Optional[str] = Field(
        None,
        description='Comma list of dimensions: integration, action, status, tool_id, resource_id, error_type, date.',
    )
    metrics: Optional[str] = Field(
        None,
        description='Comma list: count and/or <field>:avg for execution_time_ms, input_size_kb, '
        'output_size_kb. API default: "count".',
    )
    period: Optional[Literal['today', 'week', 'month']] = Field(
        None, description='Preset window (overridden by start_date+end_date).'
    )
    start_date: Optional[DateLike] = Field(None, description='ISO start; range max 90 days.')
    end_date: Optional[DateLike] = Field(None, description='ISO end; range max 90 days.')
    tool_id: Optional[Id] = Field(None, description='Filter.')
    resource_id: Optional[Id] = Field(None, description='Filter.')
    integration: Optional[str] = Field(None, description='Filter.')
    action: Optional[str] = Field(None, description='Filter.')
    status: Optional[Literal['success', 'error']] = Field(None, description='Filter.')
    error_type: Optional[str] = Field(None, description='Filter.')
    call_id: Optional[Id] = Field(None, description='Filter.')
    limit: Optional[Number] = Field(None, description='Max groups, 1-1000. API default: 50.')


get_tool_execution_stats = Endpoint(
    name="get_tool_execution_stats",
    group="tools_v2",
    method_name="execution_stats",
    http_method="GET",
    path="/v2/tools/logs/stats",
    effect="read",
    summary='Return tool execution statistics such as counts and average times, grouped by chosen fields.',
    synonyms=("tool metrics", "error rate", "latency", "how often", "performance"),
    params=GetToolExecutionStatsParams,
)


ENDPOINTS = [
    create_tool_v2,
    update_tool_v2,
    list_tools_v2,
    list_tool_execution_logs,
    get_tool_execution_stats,
]
