"""The sandbox mounted as an httpx transport: requests are answered in process, no sockets.

Routes come from the endpoint declarations (no path is written twice): each declared method and
path template becomes a regex; literal paths are tried before templated ones, so
`/v1/calls/active` is never read as a call id.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from typing import Any, Optional
from urllib.parse import unquote

import httpx

from ..api import ENDPOINTS
from .._endpoint import Endpoint
from ._handlers import HANDLERS, example
from ._state import SandboxError, SandboxState

__all__ = ["SandboxTransport", "route"]

UNAUTHORIZED = {"data": None, "errors": [{"error": "AUTH_FAILURE", "message": "Unauthorized"}]}


@dataclass(frozen=True)
class Route:
    method: str
    pattern: re.Pattern
    endpoint: Endpoint


def _routes() -> list[Route]:
    seen, routes = set(), []
    for ep in ENDPOINTS.values():
        if (ep.method, ep.path) in seen:  # the Send Call variants share one route
            continue
        seen.add((ep.method, ep.path))
        regex = re.sub(r"{(\w+)}", r"(?P<\1>[^/]+)", ep.path)
        routes.append(Route(ep.method, re.compile(f"^{regex}$"), ep))
    return sorted(routes, key=lambda r: (r.endpoint.path.count("{"), -len(r.endpoint.path)))


ROUTES = _routes()


def route(method: str, path: str) -> Optional[tuple[Endpoint, dict[str, str]]]:
    """The endpoint and path parameters for a request, or None."""
    for candidate in ROUTES:
        if candidate.method == method:
            match = candidate.pattern.match(path)
            if match:
                return candidate.endpoint, {k: unquote(v) for k, v in match.groupdict().items()}
    return None


def _params(request: httpx.Request, path_params: dict[str, str]) -> dict[str, Any]:
    params: dict[str, Any] = dict(request.url.params)
    content_type = request.headers.get("content-type", "")
    if request.content and content_type.startswith("application/json"):
        body = json.loads(request.content)
        if isinstance(body, dict):
            params.update(body)
    params.update(path_params)
    return params


class SandboxTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers requests from a `SandboxState`, for `BlandClient(transport=...)`."""

    def __init__(self, state: SandboxState, api_key: str):
        self.state = state
        self._api_key = api_key
        self.log: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self._answer(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self._answer(request)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.headers.get("authorization") != self._api_key:
            return httpx.Response(401, json=UNAUTHORIZED)
        found = route(request.method, path)
        if found is None:
            return httpx.Response(404, json={"data": None, "errors": [{"error": "NOT_FOUND", "message": f"Cannot {request.method} {path}"}]})
        endpoint, path_params = found
        params = _params(request, path_params)
        with self._lock:
            try:
                handler = HANDLERS.get(endpoint.name)
                status, body = 200, handler(self.state, params) if handler else example(endpoint.name)
            except SandboxError as error:
                status, body = error.status, error.body
            self.log.append({"endpoint": endpoint.name, "method": request.method, "path": path,
                             "query": dict(request.url.params), "body": _loggable(request), "status": status})
        if endpoint.binary and status == 200:
            return httpx.Response(200, content=b"ID3sandbox-recording", headers={"content-type": "audio/mpeg"})
        return httpx.Response(status, json=body)


def _loggable(request: httpx.Request) -> Any:
    if request.headers.get("content-type", "").startswith("application/json") and request.content:
        return json.loads(request.content)
    return None
