"""API groups as bound objects: `client.campaigns.stop(campaign_id)`.

Each group's class is built from its `Endpoint` declarations. Every method gets a real
signature (path parameters positional, the rest keyword-only, then the per-call overrides), a
docstring from the declaration, and one body that validates and sends through the client. The
sync and async classes come from the same declarations; only the final call differs.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import cached_property
from typing import Annotated, Any, Union, get_args, get_origin

from ._constants import CALL_OPTIONS
from ._endpoint import Endpoint
from ._pagination import AsyncPage, Page

__all__ = ["APIResource", "AsyncAPIResource", "install_groups"]

_OPTION_PARAMS = [
    inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=annotation)
    for name, annotation in CALL_OPTIONS.items()
]


class APIResource:
    """A group of endpoints bound to a `BlandClient`."""

    group: str = ""
    _raw: bool = False

    def __init__(self, client: Any, *, raw: bool = False):
        self._client = client
        self._raw = raw

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {', '.join(n for n in dir(self) if not n.startswith('_') and n != 'group')}>"


class AsyncAPIResource(APIResource):
    """A group of endpoints bound to an `AsyncBlandClient`."""


def _plain(annotation: Any) -> Any:
    """The annotation without its validators (`Optional[PhoneNumber]` shows as `Optional[str]`)."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _plain(get_args(annotation)[0])
    if origin is Union:
        return Union[tuple(_plain(arg) for arg in get_args(annotation))]
    if origin is list:
        return list[_plain(get_args(annotation)[0])]
    return annotation


def signature(endpoint: Endpoint, *, page: type) -> inspect.Signature:
    """The method's signature: path parameters first and positional, then keyword-only ones."""
    fields = endpoint.params.model_fields
    params = [inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    for name in endpoint.path_params:
        params.append(
            inspect.Parameter(name, inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=_plain(fields[name].annotation))
        )
    for name, field in fields.items():
        if name in endpoint.path_params:
            continue
        default = inspect.Parameter.empty if field.is_required() else field.default
        params.append(
            inspect.Parameter(
                name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=_plain(field.annotation)
            )
        )
    params += _OPTION_PARAMS
    if endpoint.accepts_extra:
        params.append(inspect.Parameter("params", inspect.Parameter.VAR_KEYWORD, annotation=Any))
    returns = page[endpoint.result] if endpoint.is_list else (bytes if endpoint.binary else endpoint.result)
    return inspect.Signature(params, return_annotation=returns)


def docstring(endpoint: Endpoint) -> str:
    lines = [endpoint.summary, "", f"`{endpoint.http_method} {endpoint.path}` · effect: {endpoint.effect}"]
    fields = endpoint.params.model_fields
    if fields:
        lines += ["", "Args:"]
        lines += [f"    {name}: {field.description or ''}" for name, field in fields.items()]
    if endpoint.is_list:
        lines += ["", "Returns a page; iterate it to walk every page lazily."]
    return "\n".join(lines)


_OPTIONS = frozenset(CALL_OPTIONS)


def _binder(endpoint: Endpoint, sig: inspect.Signature, label: str) -> Callable[[tuple, dict], dict[str, Any]]:
    """Turns a method's arguments into the endpoint's parameters.

    The common case (path values positionally or by name, the rest by keyword) is a few dict
    operations; anything else goes through `Signature.bind` for Python's own checks and errors."""
    positional = endpoint.path_params
    names = frozenset(endpoint.params.model_fields) | _OPTIONS

    def slow(args: tuple, kwargs: dict) -> dict[str, Any]:
        try:
            bound = sig.bind(None, *args, **kwargs)
        except TypeError as exc:
            accepted = ", ".join(p for p in sig.parameters if p != "self")
            raise TypeError(f"{label}(): {exc}; accepted: {accepted}") from None
        arguments = dict(bound.arguments)
        arguments.pop("self")
        arguments.update(arguments.pop("params", {}))
        return arguments

    def bind(args: tuple, kwargs: dict) -> dict[str, Any]:
        arguments = dict(zip(positional, args))
        fast = (
            len(args) <= len(positional)
            and arguments.keys().isdisjoint(kwargs)
            and (endpoint.accepts_extra or names.issuperset(kwargs))
        )
        if fast:
            arguments.update(kwargs)
        else:
            arguments = slow(args, kwargs)
        return _drop_unset_options(arguments)

    return bind


def _drop_unset_options(arguments: dict[str, Any]) -> dict[str, Any]:
    for name in _OPTIONS.intersection(arguments):
        if arguments[name] is None:
            del arguments[name]
    return arguments


def make_method(endpoint: Endpoint, *, is_async: bool) -> Callable[..., Any]:
    """The bound method for one endpoint."""
    sig = signature(endpoint, page=AsyncPage if is_async else Page)
    bind = _binder(endpoint, sig, f"{endpoint.group}.{endpoint.method_name}")

    if is_async:

        async def method(self: APIResource, *args: Any, **kwargs: Any) -> Any:
            return await self._client.request(endpoint, bind(args, kwargs), raw=self._raw)
    else:

        def method(self: APIResource, *args: Any, **kwargs: Any) -> Any:
            return self._client.request(endpoint, bind(args, kwargs), raw=self._raw)

    method.__name__ = endpoint.method_name
    method.__qualname__ = f"{_class_name(endpoint.group, is_async)}.{endpoint.method_name}"
    method.__doc__ = docstring(endpoint)
    method.__signature__ = sig  # type: ignore[attr-defined]
    method.endpoint = endpoint  # type: ignore[attr-defined]
    return method


def _class_name(group: str, is_async: bool) -> str:
    name = "".join(part.title() for part in group.split("_"))
    return f"Async{name}" if is_async else name


def resource_class(group: str, endpoints: list[Endpoint], *, is_async: bool) -> type[APIResource]:
    base = AsyncAPIResource if is_async else APIResource
    namespace: dict[str, Any] = {"group": group, "__module__": "bland_nb"}
    namespace["__doc__"] = f"The `{group}` endpoints: " + ", ".join(e.method_name for e in endpoints) + "."
    for endpoint in endpoints:
        namespace[endpoint.method_name] = make_method(endpoint, is_async=is_async)
    return type(_class_name(group, is_async), (base,), namespace)


class _RawView:
    """`client.with_raw_response`: the same groups and `invoke`, returning the `httpx.Response`."""

    def __init__(self, client: Any):
        self._client = client

    def invoke(self, name: str, /, **params: Any) -> Any:
        """`client.invoke`, returning the `httpx.Response` (awaitable on the async client)."""
        return self._client.request(self._client.endpoint(name), params, raw=True)


def install_groups(client_class: type, groups: dict[str, list[Endpoint]], *, is_async: bool) -> dict[str, type]:
    """Attach one cached group attribute per API group to a client class (and its raw view)."""
    classes = {group: resource_class(group, endpoints, is_async=is_async) for group, endpoints in groups.items()}
    raw_view = type(f"{client_class.__name__}RawView", (_RawView,), {"__module__": "bland_nb"})
    for group, cls in classes.items():
        for owner, raw in ((client_class, False), (raw_view, True)):
            prop = cached_property(lambda self, cls=cls, raw=raw: cls(getattr(self, "_client", self), raw=raw))
            prop.__set_name__(owner, group)
            prop.__doc__ = cls.__doc__
            setattr(owner, group, prop)
    client_class.with_raw_response = cached_property(lambda self: raw_view(self))  # type: ignore[attr-defined]
    client_class.with_raw_response.__set_name__(client_class, "with_raw_response")
    return classes
