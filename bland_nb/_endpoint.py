"""`Endpoint`: the one declaration of an API endpoint, and `Params`, the base of its parameters.

Client methods, LangChain tools, sandbox routes and coverage tests are all derived from these
declarations (`bland_nb.api`). Where each parameter goes is derived too: names in the path
template go in the path, names in `headers` go in a header, the rest go in the query string for
GET and in the body otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal, Optional, get_args, get_origin

from pydantic import BaseModel, ConfigDict, TypeAdapter

from ._models import BlandObject
from ._pagination import Pagination

__all__ = ["EFFECTS", "SECRET_PARAMS", "Effect", "Endpoint", "Params"]

Effect = Literal["read", "write", "outbound", "destructive"]
"""What calling an endpoint does to the world: `read` nothing; `write` changes account data;
`outbound` dials, texts or spends money; `destructive` deletes or stops something."""
EFFECTS: tuple[str, ...] = get_args(Effect)
"""The effects, from least to most consequential."""

SECRET_PARAMS = frozenset({"encrypted_key"})
"""Parameters that are keys: no error, preview or tool output shows their value."""

PLACEHOLDER = re.compile(r"{(\w+)}")


class Params(BaseModel):
    """Base of every endpoint's parameter model. Unknown parameters are refused."""

    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        arbitrary_types_allowed=True,
        hide_input_in_errors=True,
        allow_inf_nan=False,
    )


@dataclass(frozen=True, eq=False)
class Endpoint:
    """One API endpoint, declared once."""

    name: str
    """The catalog name, used everywhere: tool name, sandbox handler, `client.invoke(name)`."""
    group: str
    method_name: str
    """The Python method's name on its group: `stop` for `client.campaigns.stop`."""
    http_method: str
    """`GET`, `POST`, `PATCH`, `PUT` or `DELETE`."""
    path: str
    effect: Effect
    summary: str
    params: type[Params]
    result: Any = BlandObject
    """What the payload is read into: a model, or any type pydantic validates."""
    envelope: Optional[str] = None
    """`"data"` when the payload sits in the `{data, errors}` envelope."""
    unwrap: Optional[str] = None
    """Key inside the payload that holds the result (`{"voice": {...}}` → `"voice"`)."""
    items: Optional[str] = None
    """For lists: key inside the payload that holds the items (`""`: the payload is the list)."""
    pagination: Optional[Pagination] = None
    total: tuple[str, ...] = ()
    """Path in the body to the total number of items, where the API sends one."""
    headers: Mapping[str, str] = field(default_factory=dict)
    """Parameter name → HTTP header name."""
    multipart: bool = False
    binary: bool = False
    """The success body is bytes (audio), not JSON."""
    idempotent: Optional[bool] = None
    """Safe to send twice. Default: reads, and updates or deletes of a named resource."""
    host: Optional[str] = None
    """Base URL the API documents for this endpoint when it is not the default host."""
    sends_to: tuple[str, ...] = ()
    """Parameters (Python names) naming a URL or phone number that the API will send account data
    to (call transcripts, recordings, messages, call data). Agents must confirm such calls."""
    synonyms: tuple[str, ...] = ()
    """Words and short phrases people use for this endpoint where they differ from the API's own
    ("halt", "pause" for `stop_campaign`; "do-not-call", "DNC" for `create_block_rules`). Endpoint
    discovery (`bland_nb.agents.find_endpoints`) searches them with the summary; nothing else reads them."""

    @cached_property
    def path_params(self) -> tuple[str, ...]:
        """Parameter names (Python names) that fill the path template, in order."""
        by_alias = {(f.alias or name): name for name, f in self.params.model_fields.items()}
        return tuple(by_alias[p] for p in PLACEHOLDER.findall(self.path))

    @cached_property
    def path_pattern(self) -> re.Pattern[str]:
        """A regex matching this endpoint's concrete paths, one named group per path parameter."""
        return re.compile("^" + PLACEHOLDER.sub(r"(?P<\1>[^/]+)", self.path) + "$")

    @cached_property
    def location(self) -> dict[str, str]:
        """Parameter name → `path`, `query`, `header` or `body`."""
        rest = "query" if self.http_method == "GET" else "body"
        return {
            name: "path" if name in self.path_params else "header" if name in self.headers else rest
            for name in self.params.model_fields
        }

    @cached_property
    def constants(self) -> dict[str, Any]:
        """Parameters the API takes at one fixed value (typed as a single-value `Literal`), as
        name → value: `v="2"` of `get_pathway_call_events`. Agent tools fill them in and do not
        show them to the model."""
        fields = self.params.model_fields.items()
        return {
            name: get_args(f.annotation)[0]
            for name, f in fields
            if get_origin(f.annotation) is Literal and len(get_args(f.annotation)) == 1
        }

    @cached_property
    def retry_safe(self) -> bool:
        """Whether a request that may have reached the server can be sent again.

        Reads can; so can updates and deletes of a named resource (PUT, PATCH, DELETE, or a POST
        declared `idempotent=True`). Outbound calls (dial, text, spend) and creates never can."""
        if self.idempotent is not None:
            return self.idempotent
        if self.effect == "read":
            return True
        if self.effect == "write":
            return self.http_method in ("PUT", "PATCH", "DELETE")
        return self.effect == "destructive" and self.http_method == "DELETE"

    @cached_property
    def result_adapter(self) -> TypeAdapter:
        return TypeAdapter(self.result)

    @cached_property
    def items_adapter(self) -> TypeAdapter:
        return TypeAdapter(list[self.result])  # type: ignore[name-defined]

    @property
    def is_list(self) -> bool:
        return self.items is not None

    @property
    def accepts_extra(self) -> bool:
        """The endpoint forwards parameters it does not declare (Create Campaign's Send Call fields)."""
        return self.params.model_config.get("extra") == "allow"

    def __repr__(self) -> str:
        return f"<Endpoint {self.name}: {self.http_method} {self.path} ({self.effect})>"
