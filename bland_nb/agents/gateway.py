"""Discover mode: three tools that reach every endpoint in scope, instead of one tool per endpoint.

```python
tools = BlandToolkit(client, mode="discover", allow=("read", "destructive")).get_tools()
# find_endpoints(query)                 → matches: name, effect, summary
# describe_endpoint(name)               → effect, what confirm does, sends_to, arguments as JSON Schema
# call_endpoint(name, arguments, confirm=false)
```

`call_endpoint` runs the endpoint's own `BlandEndpointTool` plan, so every rule of the per-endpoint
tools holds: arguments validated by the endpoint's schema (constants filled in), previews without
`confirm=true` for outbound and destructive endpoints and for destinations (`sends_to`), errors as
`ToolException`s, content within the budget. An endpoint outside the toolkit's scope (`Scope`:
its groups and allowed effects) is neither found, described nor called: the answer says why, and
nothing is sent. `confirm` is `call_endpoint`'s own argument, never one inside `arguments`, so
a gate that watches it (a person approving, MCP's elicitation) sees every call that would act.
"""

from __future__ import annotations

from difflib import get_close_matches
from typing import Any, Optional

from langchain_core.tools import BaseTool, ToolException
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import BaseModel, Field, PrivateAttr, StrictBool, ValidationError, model_validator

from .. import EFFECTS, ENDPOINTS, SECRET_PARAMS, AsyncBlandClient, BlandClient
from . import descriptions as say
from .base import BlandBaseTool, Plan, answer, dumps, fit, validation_message
from .discovery import find_endpoints
from .endpoint import BlandEndpointTool, args_schema, needs_confirm
from .scope import Scope

__all__ = ["CallEndpointTool", "DescribeEndpointTool", "FindEndpointsTool", "gateway_tools"]


class _CalledTool(BlandEndpointTool):
    """An endpoint's tool as `call_endpoint` runs it: its previews say to call `call_endpoint` again."""

    def _not_done(self) -> str:
        return say.NOT_DONE_CALL.format(name=self.name)


class _GatewayTool(BlandBaseTool):
    """Base of discover mode's tools: the scope they reach, and the endpoint tools made for it."""

    scope: Scope = Field(default_factory=Scope)
    _tools: dict[str, BlandEndpointTool] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _metadata(self) -> _GatewayTool:
        if self.metadata is None:
            self.metadata = {"effect": "read", "endpoints": [], "sends_to": []}
        return self

    def _endpoint_tool(self, name: str) -> BlandEndpointTool:
        """The tool of endpoint `name`, or a `ToolException` saying why there is none in scope."""
        endpoint = ENDPOINTS.get(name)
        if endpoint is None:
            names = [ep.name for ep in self.scope.endpoints()]
            close = get_close_matches(name, names, n=3, cutoff=0.75)
            extra = [say.ERRORS["close_names"].format(names=", ".join(close))] if close else []
            raise ToolException(" ".join([say.ERRORS["unknown_endpoint"].format(name=name), *extra]))
        outside = self.scope.outside(endpoint)
        if outside:
            raise ToolException(outside)
        if name not in self._tools:
            self._tools[name] = _CalledTool(
                endpoint=endpoint, client=self.client, async_client=self.async_client, budget=self.budget
            )
        return self._tools[name]


# -- find_endpoints -------------------------------------------------------------------------------


class FindEndpointsInput(BaseModel):
    query: str = Field(description=say.GATEWAY["query"])
    limit: int = Field(5, ge=1, le=20, description=say.GATEWAY["limit"])


class FindEndpointsTool(_GatewayTool):
    """The endpoints in scope that best serve a request in plain words (`discovery.find_endpoints`)."""

    name: str = "find_endpoints"
    description: str = say.GATEWAY["find"]
    args_schema: type[BaseModel] = FindEndpointsInput

    def _plan(self, query: str, limit: int = 5) -> Plan:
        matches = find_endpoints(query, limit, allow=self.scope.allow, groups=self.scope.groups)
        rows = [{"name": m.name, "effect": m.effect, "summary": m.summary} for m in matches]
        note = say.GATEWAY["found" if rows else "none_found"]
        artifact = [
            {"name": m.name, "score": m.score, "group": m.group, "effect": m.effect, "summary": m.summary}
            for m in matches
        ]
        return answer(fit({}, "matches", rows, budget=self.budget, notes=(note,), noun="matches"), artifact)


# -- describe_endpoint ----------------------------------------------------------------------------


class DescribeEndpointInput(BaseModel):
    name: str = Field(description=say.GATEWAY["name"])
    parameters: Optional[list[str]] = Field(None, description=say.GATEWAY["parameters"])


class DescribeEndpointTool(_GatewayTool):
    """One endpoint in scope: what it does, its effect, what `confirm` does, `sends_to`, and its
    arguments as the JSON Schema its own tool gives a model (constants left out, `confirm` in)."""

    name: str = "describe_endpoint"
    description: str = say.GATEWAY["describe"]
    args_schema: type[BaseModel] = DescribeEndpointInput

    def _plan(self, name: str, parameters: Optional[list[str]] = None) -> Plan:
        tool = self._endpoint_tool(name)
        endpoint = tool.endpoint
        schema = convert_to_openai_tool(tool)["function"].get("parameters") or {"type": "object", "properties": {}}
        properties = schema.get("properties", {})
        unknown = [parameter for parameter in parameters or () if parameter not in properties]
        if unknown:
            problems = f"unknown parameter(s) {', '.join(map(repr, unknown))} (accepted: {', '.join(properties)})"
            raise ToolException(say.ERRORS["invalid_for"].format(name=name, problems=problems))
        head = {
            "name": name,
            "group": endpoint.group,
            "effect": endpoint.effect,
            "description": tool.description,
            "confirm": say.CONFIRM_USE[_confirm_kind(tool)],
            "sends_to": list(endpoint.sends_to),
        }
        content = _fit_schema(head, schema, parameters or list(properties), self.budget)
        return answer(content, {**head, "parameters": schema})


def _confirm_kind(tool: BlandEndpointTool) -> str:
    """Which `CONFIRM_USE` sentence says what `confirm` does for the tool's endpoint."""
    endpoint = tool.endpoint
    if not needs_confirm(endpoint):
        return "read" if endpoint.effect == "read" else "write"
    return "confirm" if endpoint.effect in ("outbound", "destructive") else "sends"


def _fit_schema(head: dict[str, Any], schema: dict[str, Any], names: list[str], budget: int) -> str:
    """`head` with the schema of the parameters `names` under `parameters`, within `budget`: when the
    whole does not fit, as many as fit (required ones first) whole, the others only named."""
    properties = schema.get("properties", {})
    text = _schema_text(head, schema, {name: properties[name] for name in names}, [], budget)
    if len(text) <= budget:
        return text
    required = set(schema.get("required", ()))
    order = sorted(names, key=lambda name: name not in required)
    shown: dict[str, Any] = {}
    for name in order:
        trial = {**shown, name: properties[name]}
        more = [other for other in order if other not in trial]
        if len(_schema_text(head, schema, trial, more, budget)) <= budget:
            shown = trial
    text = _schema_text(head, schema, shown, [name for name in order if name not in shown], budget)
    return text if len(text) <= budget else fit({}, "endpoint", head, budget=budget)


def _schema_text(
    head: dict[str, Any], schema: dict[str, Any], shown: dict[str, Any], more: list[str], budget: int
) -> str:
    body = {**head, "parameters": {**schema, "properties": shown}}
    if more:
        body["more_parameters"] = more
        body["note"] = say.GATEWAY["more"].format(count=len(more), budget=f"{budget:,}")
    return dumps(body)


# -- call_endpoint --------------------------------------------------------------------------------


class CallEndpointInput(BaseModel):
    name: str = Field(description=say.GATEWAY["name"])
    arguments: dict[str, Any] = Field(default_factory=dict, description=say.GATEWAY["arguments"])
    confirm: StrictBool = Field(False, description=say.CONFIRM_FIELD)


class CallEndpointTool(_GatewayTool):
    """Calls one endpoint in scope through its own tool's plan: validation, previews without
    `confirm=true`, errors and the budget are the per-endpoint tool's."""

    name: str = "call_endpoint"
    description: str = say.GATEWAY["call"]
    args_schema: type[BaseModel] = CallEndpointInput

    @model_validator(mode="after")
    def _metadata(self) -> CallEndpointTool:
        """What the endpoints in scope can do: for `interrupt_on` and for an MCP server's hints."""
        if self.metadata is None:
            reach = self.scope.endpoints()
            sends_to = sorted({name for ep in reach for name in ep.sends_to})
            effect = max((ep.effect for ep in reach), key=EFFECTS.index, default="read")
            sends = say.GATEWAY["approval_sends"] if sends_to else ""
            approval = say.GATEWAY["approval"].format(allow=", ".join(self.scope.allow), sends=sends)
            self.metadata = {
                "effect": effect,
                "endpoints": [ep.name for ep in reach],
                "sends_to": sends_to,
                "approval": approval,
            }
        return self

    def _plan(self, name: str, arguments: Optional[dict[str, Any]] = None, confirm: bool = False) -> Plan:
        tool = self._endpoint_tool(name)
        arguments = dict(arguments or {})
        if "confirm" in arguments:  # call_endpoint's own argument, not the endpoint's
            inner = arguments.pop("confirm")
            if inner is True and confirm is not True:
                raise ToolException(say.ERRORS["confirm_inside"])
            if not isinstance(inner, bool):
                problems = f"confirm: {say.CONFIRM_STRICT}"
                raise ToolException(say.ERRORS["invalid_for"].format(name=name, problems=problems))
        try:
            model = args_schema(tool.endpoint).model_validate(arguments)
        except ValidationError as error:
            shown = [field for field in tool.tool_call_schema.model_fields if field != "confirm"]
            raise ToolException(
                validation_message(error, name=name, given=arguments, accepted=shown, hidden=SECRET_PARAMS)
            ) from None
        fields = {field: getattr(model, field) for field in type(model).model_fields if field != "confirm"}
        return tool._plan(confirm=confirm, **fields, **(model.model_extra or {}))


def gateway_tools(
    client: BlandClient, scope: Scope, *, async_client: Optional[AsyncBlandClient] = None, budget: int
) -> list[BaseTool]:
    """Discover mode's three tools over `scope`: `find_endpoints`, `describe_endpoint`, `call_endpoint`."""
    return [
        tool(client=client, async_client=async_client, budget=budget, scope=scope)
        for tool in (FindEndpointsTool, DescribeEndpointTool, CallEndpointTool)
    ]
