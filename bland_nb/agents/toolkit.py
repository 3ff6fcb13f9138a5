"""`BlandToolkit`: one LangChain tool per declared endpoint, all of one class, `BlandEndpointTool`.

Each tool is built from its `Endpoint` declaration: the catalog name is the tool name, the
summary plus what the tool changes in the world is the description (`descriptions.py`), and
the parameter model is the args schema, with `confirm: bool = False` added for outbound and
destructive endpoints and for any endpoint that sends account data where its arguments say
(`Endpoint.sends_to`). Without `confirm=true` those tools only read and return a preview (a
`sends_to` tool only when one of those arguments is given).
"""

from __future__ import annotations

from functools import cache
from typing import Any, Optional, Union

from langchain_core.tools import BaseTool, BaseToolkit
from pydantic import BaseModel, ConfigDict, Field, InstanceOf, StrictBool, field_validator, model_validator

from .. import EFFECTS, ENDPOINTS, GROUPS, AsyncBlandClient, AsyncPage, BlandClient, Endpoint, Page
from . import descriptions as say
from ._preview import echo, preview
from .base import DEFAULT_BUDGET, BlandBaseTool, Plan, Request, fit, plain

__all__ = ["BlandEndpointTool", "BlandToolkit", "args_schema", "interrupt_on", "needs_confirm"]

CONFIRMED = ("outbound", "destructive")
"""Effects whose tools act only with `confirm=true`."""

APPROVAL_DECISIONS = ["approve", "edit", "reject"]


def needs_confirm(endpoint: Endpoint) -> bool:
    """Whether the endpoint's tool has `confirm`: it dials, texts, spends, deletes or stops, or
    it can send account data to a URL or phone number its arguments name."""
    return endpoint.effect in CONFIRMED or bool(endpoint.sends_to)


@cache
def args_schema(endpoint: Endpoint) -> type[BaseModel]:
    """The tool's args schema: the endpoint's parameter model, plus `confirm` where it acts
    (`needs_confirm`): the JSON boolean true or false, nothing that merely looks like one.

    LangChain hands `_run` the validated fields by their Python names, so the subclass dumps
    by name (the parameter models send by alias)."""
    namespace: dict[str, Any] = {
        "__module__": __name__,
        "__doc__": endpoint.summary,
        "model_config": ConfigDict(serialize_by_alias=False),
    }
    if needs_confirm(endpoint):
        namespace["__annotations__"] = {"confirm": StrictBool}
        namespace["confirm"] = Field(False, description=say.CONFIRM_FIELD)
    stem = endpoint.params.__name__.removesuffix("Params")
    return type(f"{stem}Input", (endpoint.params,), namespace)


class BlandEndpointTool(BlandBaseTool):
    """One Bland API endpoint as a LangChain tool.

    ```python
    tool = BlandEndpointTool(endpoint="stop_campaign", client=client)
    tool.invoke({"campaign_id": cid})                  # a preview: changes nothing
    tool.invoke({"campaign_id": cid, "confirm": True})  # stops it
    ```

    `name`, `description`, `args_schema` and `metadata` (`effect`, `group`, `endpoint`) come
    from the declaration (`endpoint` may be given by catalog name)."""

    endpoint: InstanceOf[Endpoint]

    @model_validator(mode="before")
    @classmethod
    def _from_endpoint(cls, data: Any) -> Any:
        if not isinstance(data, dict) or "endpoint" not in data:
            return data
        endpoint = data["endpoint"]
        if isinstance(endpoint, str):
            if endpoint not in ENDPOINTS:
                raise ValueError(f"unknown endpoint {endpoint!r}; the names are the keys of bland_nb.ENDPOINTS")
            endpoint = ENDPOINTS[endpoint]
        defaults = {
            "name": endpoint.name,
            "description": say.describe(endpoint.summary, endpoint.effect, endpoint.sends_to),
            "args_schema": args_schema(endpoint),
            "metadata": {"effect": endpoint.effect, "group": endpoint.group, "endpoint": endpoint.name,
                         "sends_to": list(endpoint.sends_to)},
        }
        return {**defaults, **data, "endpoint": endpoint}

    def _plan(self, confirm: bool = False, **arguments: Any) -> Plan:
        given = {name: value for name, value in arguments.items() if value is not None}
        sends_data = any(name in given for name in self.endpoint.sends_to)
        if (self.endpoint.effect in CONFIRMED or sends_data) and confirm is not True:
            return self._preview(given)
        return self._act(given)

    def _act(self, arguments: dict[str, Any]) -> Plan:
        result = yield Request(self.endpoint.name, arguments)
        artifact = plain(result)
        if not isinstance(result, (Page, AsyncPage)):
            return fit({}, "result", artifact, budget=self.budget), artifact
        envelope, notes = _page_envelope(result)
        noun = self.endpoint.items or "items"
        return fit(envelope, "result", artifact, budget=self.budget, notes=notes, noun=noun), artifact

    def _preview(self, arguments: dict[str, Any]) -> Plan:
        sentence, details = yield from preview(self.endpoint, arguments)
        envelope = {"preview": sentence, "done": False}
        not_done = say.NOT_DONE.format(name=self.name)
        content = fit(envelope, "details", details, budget=self.budget, notes=(not_done,))
        return content, {**envelope, "endpoint": self.name, "arguments": echo(arguments), "details": details}


def _page_envelope(page: Union[Page, AsyncPage]) -> tuple[dict[str, Any], tuple[str, ...]]:
    """What a page's content says beside its rows: the API's total and the next page's arguments."""
    envelope: dict[str, Any] = {}
    notes = []
    if page.total is not None:
        envelope["total"] = page.total
        notes.append(say.TOTAL.format(total=f"{page.total:,}"))
    following = page.next_params()
    if following is not None:
        envelope["next_page"] = following
        notes.append(say.NEXT_PAGE)
    return envelope, tuple(notes)


class BlandToolkit(BaseToolkit):
    """Tools for a Bland AI account, one per endpoint, read-only unless allowed otherwise.

    Setup:
        `pip install "bland-nb[agents]"` and set `BLAND_API_KEY` (or use the sandbox).

    Key init args:
        client: BlandClient — the sync path of every tool.
        async_client: AsyncBlandClient | None — the async path (`ainvoke`); without one,
            `ainvoke` runs the sync path in an executor.
        groups: API groups to include (`"calls"`, `"campaigns"`, ...; see `bland_nb.GROUPS`).
        allow: effects permitted: `"read"` (default), `"write"`, `"outbound"`, `"destructive"`.
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
    groups: Optional[tuple[str, ...]] = None
    allow: tuple[str, ...] = ("read",)
    budget: int = Field(DEFAULT_BUDGET, ge=500)

    def __init__(self, client: BlandClient, **kwargs: Any):
        super().__init__(client=client, **kwargs)

    @field_validator("groups", "allow", mode="before")
    @classmethod
    def _one_or_many(cls, value: Union[str, Any]) -> Any:
        return (value,) if isinstance(value, str) else value

    @field_validator("groups")
    @classmethod
    def _known_groups(cls, groups: Optional[tuple[str, ...]]) -> Optional[tuple[str, ...]]:
        unknown = [group for group in groups or () if group not in GROUPS]
        if unknown:
            raise ValueError(f"unknown group(s) {', '.join(map(repr, unknown))}; accepted: {', '.join(GROUPS)}")
        return groups

    @field_validator("allow")
    @classmethod
    def _known_effects(cls, allow: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [effect for effect in allow if effect not in EFFECTS]
        if unknown:
            raise ValueError(f"unknown effect(s) {', '.join(map(repr, unknown))}; accepted: {', '.join(EFFECTS)}")
        return allow

    def endpoints(self) -> list[Endpoint]:
        """The endpoints this toolkit makes tools of, in declaration order."""
        groups = self.groups or tuple(GROUPS)
        return [ep for group in groups for ep in GROUPS[group] if ep.effect in self.allow]

    def get_tools(self) -> list[BaseTool]:
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
    unasked. The middleware pauses before every call of a listed tool, previews included."""
    listed = {}
    for tool in tools:
        metadata = tool.metadata or {}
        effect, sends_to = metadata.get("effect", "read"), tuple(metadata.get("sends_to", ()))
        if effect != "read" or sends_to:
            listed[tool.name] = {"allowed_decisions": list(APPROVAL_DECISIONS),
                                 "description": say.approval(effect, sends_to)}
    return listed
