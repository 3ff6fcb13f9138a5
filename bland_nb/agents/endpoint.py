"""`BlandEndpointTool`: one declared endpoint as a LangChain tool.

Each tool is built from its `Endpoint` declaration: the catalog name is the tool name, the
summary plus what the tool changes in the world is the description (`descriptions.py`), and
the parameter model is the args schema, with `confirm: bool = False` added for outbound and
destructive endpoints and for any endpoint that sends account data where its arguments say
(`Endpoint.sends_to`). Without `confirm=true` those tools only read and return a preview (a
`sends_to` tool only when one of those arguments is given). Parameters the API takes at one fixed
value (`Endpoint.constants`) are filled in by the tool and not shown to the model.
"""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any, Union

from langchain_core.tools import InjectedToolArg
from pydantic import BaseModel, ConfigDict, Field, InstanceOf, StrictBool, model_validator

from .. import ENDPOINTS, AsyncPage, Endpoint, Page
from . import descriptions as say
from ._preview import echo, preview
from .base import BlandBaseTool, Plan, Request, fit, plain

__all__ = ["CONFIRMED", "BlandEndpointTool", "args_schema", "needs_confirm"]

CONFIRMED = ("outbound", "destructive")
"""Effects whose tools act only with `confirm=true`."""


def needs_confirm(endpoint: Endpoint) -> bool:
    """Whether the endpoint's tool has `confirm`: it dials, texts, spends, deletes or stops, or
    it can send account data to a URL or phone number its arguments name."""
    return endpoint.effect in CONFIRMED or bool(endpoint.sends_to)


@cache
def args_schema(endpoint: Endpoint) -> type[BaseModel]:
    """The tool's args schema: the endpoint's parameter model, plus `confirm` where it acts
    (`needs_confirm`): the JSON boolean true or false, nothing that merely looks like one.

    Constants (`Endpoint.constants`) keep their one value as default and are marked
    `InjectedToolArg`, so the schema a model reads (`tool_call_schema`) leaves them out.
    LangChain hands `_run` the validated fields by their Python names, so the subclass dumps
    by name (the parameter models send by alias)."""
    annotations: dict[str, Any] = {}
    namespace: dict[str, Any] = {
        "__module__": __name__,
        "__doc__": endpoint.summary,
        "__annotations__": annotations,
        "model_config": ConfigDict(serialize_by_alias=False),
    }
    for name, value in endpoint.constants.items():
        field = endpoint.params.model_fields[name]
        annotations[name] = Annotated[field.annotation, InjectedToolArg]
        namespace[name] = Field(value, alias=field.alias, description=field.description)
    if needs_confirm(endpoint):
        annotations["confirm"] = StrictBool
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
            "metadata": {
                "effect": endpoint.effect,
                "group": endpoint.group,
                "endpoint": endpoint.name,
                "sends_to": list(endpoint.sends_to),
            },
        }
        return {**defaults, **data, "endpoint": endpoint}

    def _plan(self, confirm: bool = False, **arguments: Any) -> Plan:
        given = {**self.endpoint.constants, **{name: value for name, value in arguments.items() if value is not None}}
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
        content = fit(envelope, "details", details, budget=self.budget, notes=(self._not_done(),))
        return content, {**envelope, "endpoint": self.name, "arguments": echo(arguments), "details": details}

    def _not_done(self) -> str:
        """The note of a preview: nothing was done, and how to do it."""
        return say.NOT_DONE.format(name=self.name)


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
