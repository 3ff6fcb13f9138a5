"""The sandbox's request path, shared by both mounts (in-process transport and HTTP server).

`SandboxCore.handle()` takes a request as plain values and returns an `Answer`, cheapest
refusals first: `admit()` checks the key (headers only), the rate limit, the route and the
declared body size (413 past `max_body`) before any body is read; `answer()` then parses the
body, validates the parameters with the endpoint's own parameter model, calls the handler under
a lock, and logs what it acted on. The HTTP server calls the two halves itself, so it reads no
body it is going to refuse. Routes come from the declarations (no path is written twice);
literal paths are tried before templated ones, so `/v1/calls/active` is never read as a call id.

Unknown parameters are refused only where the docs show that refusal (Send Call); elsewhere
they are ignored, as the API does, and named in the log entry (`ignored`) and in the answer's
`x-sandbox-ignored-fields` header (comma-separated, percent-encoded), so a test can still catch
a typo.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import logging
import re
import threading
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Optional, Union
from urllib.parse import parse_qsl, quote, unquote

from pydantic import ValidationError

from .. import Endpoint
from ..api import ENDPOINTS
from .faults import FaultInjector, Faults
from .handlers import HANDLERS, Binary, SandboxRequest, example
from .state import SandboxError, Store

__all__ = ["MAX_BODY", "Admission", "Answer", "SandboxCore", "route"]

UNAUTHORIZED = {"data": None, "errors": [{"error": "AUTH_FAILURE", "message": "Unauthorized"}]}
GATEWAY = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}
MAX_BODY = 25 * 1024 * 1024
"""Largest request body read (bytes): the API's one documented upload limit (413 past 25 MB)."""
STRICT = frozenset({"send_call", "send_call_simple", "send_call_pathway_simple"})
"""Endpoints whose docs refuse unknown body fields ("Additional properties are not allowed")."""
REMOVED = frozenset({"generate_voice_sample_legacy"})
"""Endpoints the API has removed (declared for old code): they answer like an unknown path."""
IGNORED_HEADER = "x-sandbox-ignored-fields"
MAX_DEPTH = 32
"""Deepest nesting of a JSON body (objects and lists) that is read."""

logger = logging.getLogger("bland_nb.sandbox")


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

    @classmethod
    def error(cls, error: SandboxError, delay: float = 0.0) -> Answer:
        return cls(error.status, error.body, dict(error.headers), delay=delay)


@dataclass(frozen=True)
class Admission:
    """A request that passed the cheap checks: its route and its delay; its body is still unread."""

    endpoints: tuple[Endpoint, ...]
    path_params: dict[str, str]
    delay: float


class BadRequest(ValueError):
    """A body that cannot be read as its content type says (answered 400 in the endpoint's shape)."""


def _error(endpoint: Endpoint, status: int, code: str, message: str) -> SandboxError:
    """An error in the endpoint's own shape: the `{data, errors}` envelope or the flat v1 one."""
    if endpoint.envelope == "data":
        return SandboxError.data(status, code, message)
    return SandboxError.flat(status, message, errors=[message])


class SandboxCore:
    """One sandbox's request path: key check, rate limit, body size, routing, validation, handler, log."""

    def __init__(self, store: Store, api_key: str, faults: Optional[Faults] = None, *, max_body: int = MAX_BODY):
        self.store = store
        self.api_key = api_key
        self.faults = FaultInjector(faults or Faults())
        self.max_body = max_body
        self.log: list[dict[str, Any]] = []
        self.lock = threading.RLock()

    def handle(
        self, method: str, path: str, query: list[tuple[str, str]], headers: dict[str, str], body: bytes
    ) -> Answer:
        admitted = self.admit(method, path, headers, len(body))
        if isinstance(admitted, Answer):
            return admitted
        return self.answer(admitted, method, path, query, headers, body)

    def admit(self, method: str, path: str, headers: dict[str, str], length: Optional[int]) -> Union[Admission, Answer]:
        """The refusals that need no body, cheapest first: key, rate limit, route, declared size
        (`length`, None when unknown), then injected server errors."""
        delay = self.faults.delay()
        if headers.get("authorization") != self.api_key:
            return Answer(401, UNAUTHORIZED, delay=delay)
        retry_after = self.faults.retry_after()
        if retry_after is not None:
            body = {"status": "error", "message": "Rate limit exceeded"}
            return Answer(429, body, {"retry-after": str(retry_after)}, delay=delay)
        found = _match(method, path)
        if found is None or found[0][0].name in REMOVED:
            message = f"Cannot {method} {path}"
            return Answer(404, {"data": None, "errors": [{"error": "NOT_FOUND", "message": message}]}, delay=delay)
        admission = Admission(found[0], found[1], delay)
        if length is not None and length > self.max_body:
            return self.too_large(admission)
        failure = self.faults.server_error()
        if failure is not None:
            return Answer(failure, {"status": "error", "message": GATEWAY[failure]}, delay=delay)
        return admission

    def too_large(self, admission: Admission) -> Answer:
        """413 in the endpoint's shape: the body is past `max_body` (and is not read further)."""
        megabytes = f"{self.max_body / 2**20:g} MB"
        error = _error(admission.endpoints[0], 413, "PAYLOAD_TOO_LARGE", f"Request body exceeds {megabytes}")
        return Answer.error(error, admission.delay)

    def answer(
        self,
        admission: Admission,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        headers: dict[str, str],
        body: bytes,
    ) -> Answer:
        """Parse, validate, act and log an admitted request."""
        endpoints, path_params = admission.endpoints, admission.path_params
        try:
            raw, files = _raw_params(endpoints[0], path_params, query, headers, body)
        except BadRequest as exc:
            return Answer.error(_error(endpoints[0], 400, "INVALID_BODY", str(exc)), admission.delay)
        endpoint, params, ignored = _parse(endpoints, raw)
        with self.lock:
            answer = self._dispatch(endpoint, params, raw, files)
            answer.delay = admission.delay
            answer.drop = self.faults.disconnect()
            sent = {k: v for k, v in raw.items() if k not in path_params and k not in endpoint.headers.values()}
            entry = {
                "endpoint": endpoint.name,
                "method": method,
                "path": path,
                "query": dict(query),
                "body": sent,
                "status": answer.status,
                "dropped": answer.drop,
            }
            if ignored:
                entry["ignored"] = ignored
                answer.headers[IGNORED_HEADER] = ", ".join(quote(name, safe="") for name in ignored)
            self.log.append(entry)
        return answer

    def _dispatch(self, endpoint: Endpoint, params: Any, raw: dict[str, Any], files: dict[str, list[bytes]]) -> Answer:
        try:
            if isinstance(params, SandboxError):
                raise params
            handler = HANDLERS.get(endpoint.name)
            request = SandboxRequest(endpoint=endpoint, params=params, raw=raw, files=files)
            result = handler(self.store, request) if handler else example(endpoint.name)
        except SandboxError as error:
            return Answer.error(error)
        except Exception:  # a sandbox bug: still an answer in the documented shape, and a traceback
            logger.exception("the sandbox failed on %s", endpoint.name)
            return Answer.error(_error(endpoint, 500, "INTERNAL_ERROR", GATEWAY[500]))
        if isinstance(result, Binary):
            return Answer(200, content=result.content, headers={"content-type": result.content_type})
        return Answer(200, result)


def _parse(endpoints: tuple[Endpoint, ...], raw: dict[str, Any]) -> tuple[Endpoint, Any, list[str]]:
    """The endpoint whose parameters the request satisfies, its validated parameters and the
    unknown parameters it ignored; or, when none does, the first endpoint with the error to answer.

    The variants are tried with the request as sent; then, except where unknown fields are
    refused (`STRICT`), with the fields each does not know left out."""
    errors: list[SandboxError] = []
    for lenient in (False, True):
        for endpoint in endpoints:
            ignored = sorted(set(raw) - _known(endpoint)) if lenient else []
            if lenient and (not ignored or endpoint.name in STRICT or endpoint.accepts_extra):
                continue
            fields = {k: v for k, v in raw.items() if k not in ignored} if ignored else raw
            try:
                return endpoint, endpoint.params.model_validate(fields), ignored
            except ValidationError as exc:
                errors.append(_invalid(endpoint, exc))
    lenient_errors = errors[len(endpoints) :]
    return endpoints[0], (lenient_errors or errors)[0], []


@cache
def _known(endpoint: Endpoint) -> frozenset[str]:
    """Every name a parameter of `endpoint` may be sent under (Python name and API alias)."""
    fields = endpoint.params.model_fields.items()
    return frozenset(n for name, f in fields for n in (name, f.alias, f.validation_alias) if isinstance(n, str))


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
    return _error(endpoint, 400, "VALIDATION_ERROR", message)


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
        raw.update(_json_object(body))
    elif body and content_type.startswith("application/x-www-form-urlencoded"):
        raw.update(parse_qsl(_text(body, "form")))
    elif body and content_type.startswith("multipart/form-data"):
        fields, files = _multipart(body, content_type)
        raw.update(fields)
        raw.update({name: parts for name, parts in files.items()})
    for header in endpoint.headers.values():
        if header in headers:
            raw[header] = headers[header]
    raw.update(path_params)
    return raw, files


def _json_object(body: bytes) -> dict[str, Any]:
    """A JSON body: an object, nested at most `MAX_DEPTH` deep."""
    try:
        parsed = json.loads(body)
    except (ValueError, RecursionError):
        raise BadRequest("The request body is not valid JSON") from None
    if not isinstance(parsed, dict):
        raise BadRequest("The request body must be a JSON object")
    stack = [(parsed, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise BadRequest(f"The request body is nested deeper than {MAX_DEPTH} levels")
        children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return parsed


def _text(data: bytes, what: str) -> str:
    try:
        return data.decode()
    except UnicodeDecodeError:
        raise BadRequest(f"The {what} body is not UTF-8 text") from None


def _multipart(body: bytes, content_type: str) -> tuple[dict[str, Any], dict[str, list[bytes]]]:
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    fields: dict[str, Any] = {}
    files: dict[str, list[bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        data = part.get_payload(decode=True)
        if not isinstance(name, str) or not isinstance(data, bytes):
            raise BadRequest("Every multipart part must be a named field or file")
        if part.get_filename() is not None:
            files.setdefault(name, []).append(data)
        else:
            fields[name] = _text(data, "multipart")
    return fields, files
