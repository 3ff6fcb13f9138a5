"""The sandbox's request path, shared by both mounts (in-process transport and HTTP server).

`SandboxCore.handle()` takes a request as plain values and returns an `Answer`: it checks the
key, applies the faults, routes by the declarations, validates the parameters with the
endpoint's own parameter model, calls the handler under a lock, and logs what it acted on.
Routes come from the declarations (no path is written twice); literal paths are tried before
templated ones, so `/v1/calls/active` is never read as a call id.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import re
import threading
from dataclasses import dataclass, field
from typing import Any, Optional
from urllib.parse import parse_qsl, unquote

from pydantic import ValidationError

from .. import Endpoint
from ..api import ENDPOINTS
from .faults import FaultInjector, Faults
from .handlers import HANDLERS, Binary, SandboxRequest, example
from .state import SandboxError, Store

__all__ = ["Answer", "SandboxCore", "route"]

UNAUTHORIZED = {"data": None, "errors": [{"error": "AUTH_FAILURE", "message": "Unauthorized"}]}
GATEWAY = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}


@dataclass(frozen=True)
class _Route:
    method: str
    pattern: re.Pattern
    endpoints: tuple[Endpoint, ...]
    """Usually one; variants sharing a path (Send Call's, Knowledge Base's learn) in declaration order."""


def _routes() -> list[_Route]:
    shared: dict[tuple[str, str], list[Endpoint]] = {}
    for ep in ENDPOINTS.values():
        shared.setdefault((ep.http_method, ep.path), []).append(ep)
    routes = [_Route(method, eps[0].path_pattern, tuple(eps)) for (method, _), eps in shared.items()]
    return sorted(routes, key=lambda r: (r.endpoints[0].path.count("{"), -len(r.endpoints[0].path)))


_ROUTES = _routes()


def _match(method: str, path: str) -> Optional[tuple[tuple[Endpoint, ...], dict[str, str]]]:
    for candidate in _ROUTES:
        if candidate.method == method:
            match = candidate.pattern.match(path)
            if match:
                return candidate.endpoints, {k: unquote(v) for k, v in match.groupdict().items()}
    return None


def route(method: str, path: str) -> Optional[tuple[Endpoint, dict[str, str]]]:
    """The (first) endpoint and the path parameters for a request, or None."""
    found = _match(method, path)
    return (found[0][0], found[1]) if found else None


@dataclass
class Answer:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    content: Optional[bytes] = None
    """Raw bytes instead of a JSON body (recordings)."""
    delay: float = 0.0
    """Seconds the mount waits before answering."""
    drop: bool = False
    """Drop the connection instead of answering (after acting)."""

    def payload(self) -> tuple[bytes, str]:
        if self.content is not None:
            return self.content, self.headers.get("content-type", "application/octet-stream")
        return json.dumps(self.body).encode(), "application/json"


class SandboxCore:
    """One sandbox's request path: key check, faults, routing, validation, handler, log."""

    def __init__(self, store: Store, api_key: str, faults: Optional[Faults] = None):
        self.store = store
        self.api_key = api_key
        self.faults = FaultInjector(faults or Faults())
        self.log: list[dict[str, Any]] = []
        self.lock = threading.RLock()

    def handle(
        self, method: str, path: str, query: list[tuple[str, str]], headers: dict[str, str], body: bytes
    ) -> Answer:
        delay = self.faults.delay()
        retry_after = self.faults.retry_after()
        if retry_after is not None:
            return Answer(
                429,
                {"status": "error", "message": "Rate limit exceeded"},
                {"retry-after": str(retry_after)},
                delay=delay,
            )
        if headers.get("authorization") != self.api_key:
            return Answer(401, UNAUTHORIZED, delay=delay)
        found = _match(method, path)
        if found is None:
            return Answer(
                404,
                {"data": None, "errors": [{"error": "NOT_FOUND", "message": f"Cannot {method} {path}"}]},
                delay=delay,
            )
        failure = self.faults.server_error()
        if failure is not None:
            return Answer(failure, {"status": "error", "message": GATEWAY[failure]}, delay=delay)
        endpoints, path_params = found
        raw, files = _raw_params(endpoints[0], path_params, query, headers, body)
        endpoint, params = _parse(endpoints, raw)
        with self.lock:
            answer = self._dispatch(endpoint, params, raw, files)
            answer.delay = delay
            answer.drop = self.faults.disconnect()
            self.log.append(
                {
                    "endpoint": endpoint.name,
                    "method": method,
                    "path": path,
                    "query": dict(query),
                    "body": {
                        k: v for k, v in raw.items() if k not in path_params and k not in endpoint.headers.values()
                    },
                    "status": answer.status,
                    "dropped": answer.drop,
                }
            )
        return answer

    def _dispatch(self, endpoint: Endpoint, params: Any, raw: dict[str, Any], files: dict[str, list[bytes]]) -> Answer:
        try:
            if isinstance(params, SandboxError):
                raise params
            handler = HANDLERS.get(endpoint.name)
            request = SandboxRequest(endpoint=endpoint, params=params, raw=raw, files=files)
            result = handler(self.store, request) if handler else example(endpoint.name)
        except SandboxError as error:
            return Answer(error.status, error.body, dict(error.headers))
        if isinstance(result, Binary):
            return Answer(200, content=result.content, headers={"content-type": result.content_type})
        return Answer(200, result)


def _parse(endpoints: tuple[Endpoint, ...], raw: dict[str, Any]) -> tuple[Endpoint, Any]:
    """The endpoint whose parameters the request satisfies, with them validated; or, when none
    does, the first endpoint with the error to answer."""
    first_error: Optional[SandboxError] = None
    for endpoint in endpoints:
        try:
            return endpoint, endpoint.params.model_validate(raw)
        except ValidationError as exc:
            first_error = first_error or _invalid(endpoint, exc)
    return endpoints[0], first_error


def _invalid(endpoint: Endpoint, exc: ValidationError) -> SandboxError:
    """A parameter error in the endpoint's own error shape."""
    first = exc.errors(include_url=False, include_input=False)[0]
    name = ".".join(str(part) for part in first["loc"]) or "body"
    if first["type"] == "missing":
        message = f"Missing required parameter: {name}."
    elif first["type"] == "extra_forbidden":
        message = "Additional properties are not allowed"
    else:
        message = f"Invalid {name}: {first['msg'].removeprefix('Value error, ')}"
    if endpoint.envelope == "data":
        return SandboxError.data(400, "VALIDATION_ERROR", message)
    return SandboxError.flat(400, message, errors=[message])


def _raw_params(
    endpoint: Endpoint, path_params: dict[str, str], query: list[tuple[str, str]], headers: dict[str, str], body: bytes
) -> tuple[dict[str, Any], dict[str, list[bytes]]]:
    raw: dict[str, Any] = {}
    for key, value in query:
        raw[key] = (
            [*raw[key], value] if isinstance(raw.get(key), list) else ([raw[key], value] if key in raw else value)
        )
    files: dict[str, list[bytes]] = {}
    content_type = headers.get("content-type", "")
    if body and content_type.startswith("application/json"):
        try:
            parsed = json.loads(body)
        except ValueError:
            parsed = None
        if isinstance(parsed, dict):
            raw.update(parsed)
    elif body and content_type.startswith("application/x-www-form-urlencoded"):
        raw.update(parse_qsl(body.decode()))
    elif body and content_type.startswith("multipart/form-data"):
        fields, files = _multipart(body, content_type)
        raw.update(fields)
        raw.update({name: parts for name, parts in files.items()})
    for header in endpoint.headers.values():
        if header in headers:
            raw[header] = headers[header]
    raw.update(path_params)
    return raw, files


def _multipart(body: bytes, content_type: str) -> tuple[dict[str, Any], dict[str, list[bytes]]]:
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    fields: dict[str, Any] = {}
    files: dict[str, list[bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        data = part.get_payload(decode=True) or b""
        if part.get_filename() is not None:
            files.setdefault(name, []).append(data)
        else:
            text = data.decode()
            fields[name] = text
    return fields, files
