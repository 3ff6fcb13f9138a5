"""Sandbox handlers: request → state call → the API's JSON shape, one module per API group.

A handler is registered for one or more endpoint names with `@handles(...)` and called as
`handler(store, request)`; it returns the JSON body of a 200 answer or raises `SandboxError`.
It reads `request.params`, calls the state with plain values and shapes the answer: the state
never sees the request. Endpoints without a handler answer with their documented example
(`example(name)`).
"""

from __future__ import annotations

import copy
import importlib
import json
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from ..state import Store

__all__ = ["HANDLERS", "Binary", "SandboxRequest", "enveloped", "example", "handles"]


@dataclass(frozen=True)
class Binary:
    """A non-JSON answer (a recording, an audio sample)."""

    content: bytes
    content_type: str = "audio/mpeg"


@dataclass
class SandboxRequest:
    """What a handler sees: the endpoint, its validated parameters, and the raw ones."""

    endpoint: Any
    params: Any
    """The endpoint's parameter model, validated (Python names; unset parameters are None)."""
    raw: dict[str, Any]
    """Path, query, body and header parameters by their API (wire) names, as sent."""
    files: dict[str, list[bytes]] = field(default_factory=dict)

    def given(self, name: str) -> bool:
        """Whether the caller set the parameter (Python name)."""
        return name in self.params.model_fields_set

    def sent(self) -> dict[str, Any]:
        """The parameters sent outside the path, validated, by their API names (`timeout`, not
        `tool_timeout`), explicit nulls included."""
        return self.params.model_dump(by_alias=True, exclude_unset=True, exclude=set(self.endpoint.path_params))


Handler = Callable[[Store, SandboxRequest], Any]
HANDLERS: dict[str, Handler] = {}


def handles(*names: str) -> Callable[[Handler], Handler]:
    """Register a handler for the named endpoints."""

    def register(handler: Handler) -> Handler:
        for name in names:
            if name in HANDLERS:
                raise RuntimeError(f"two sandbox handlers for {name}")
            HANDLERS[name] = handler
        return handler

    return register


@lru_cache(maxsize=1)
def _examples() -> dict[str, Any]:
    return json.loads(resources.files("bland_nb.sandbox").joinpath("examples.json").read_text())


def enveloped(payload: Any) -> dict[str, Any]:
    """`payload` in the `{data, errors: null}` envelope of the newer endpoints."""
    return {"data": payload, "errors": None}


def example(name: str) -> Any:
    """A fresh copy of an endpoint's documented response example ({} where none is documented)."""
    body = _examples().get(name)
    return copy.deepcopy(body) if body is not None else {}


for _module in pkgutil.iter_modules(__path__):
    if not _module.name.startswith("_"):
        importlib.import_module(f"{__name__}.{_module.name}")
