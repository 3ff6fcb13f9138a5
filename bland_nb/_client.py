"""`BlandClient` and `AsyncBlandClient`: configuration, auth, retries and the request path.

All HTTP policy lives here. `_BaseClient` keeps everything that does not wait on the network
(validating parameters, building the request, deciding on retries, reading the answer);
`BlandClient` and `AsyncBlandClient` each spell out their own send loop. The API groups
(`client.calls`, `client.campaigns`, ...) are attached from the declarations by `_resource`.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import os
import random
import time
import uuid
from pathlib import Path
from typing import Any, Mapping, Optional, Union
from urllib.parse import quote

import httpx
from pydantic import ValidationError

from ._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    RETRYABLE_STATUS,
    VERSION,
)
from ._endpoint import _PLACEHOLDER, Endpoint
from .api import ENDPOINTS
from ._exceptions import APIConnectionError, APITimeoutError, BlandError, BlandValidationError
from ._pagination import AsyncPage, Page
from ._response import api_error, error_in_body, parse_body, payload, read_result, read_rows, read_total

__all__ = ["AsyncBlandClient", "BlandClient"]

log = logging.getLogger("bland_nb")

TimeoutTypes = Union[float, httpx.Timeout, None]
OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")
"""Keyword-only overrides every method takes besides the endpoint's own parameters."""

# Errors raised before the request left this machine: retrying them can never act twice.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class Secret:
    """A secret string whose repr shows at most its last four characters."""

    __slots__ = ("_value",)

    def __init__(self, value: str):
        self._value = value

    def get_secret_value(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"'…{self._value[-4:]}'" if len(self._value) >= 12 else "'…'"

    __str__ = __repr__


class _BaseClient:
    _http_class: type = httpx.Client  # the async client uses httpx.AsyncClient
    sandbox: Any = None
    """The in-process `Sandbox` answering this client, when `bland_nb.connect()` made one."""

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        base_url: Optional[str] = None,
        encrypted_key: Optional[str] = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        transport: Optional[Union[httpx.BaseTransport, httpx.AsyncBaseTransport]] = None,
        default_headers: Optional[Mapping[str, str]] = None,
    ):
        key = api_key if api_key is not None else os.environ.get("BLAND_API_KEY")
        if not key:
            raise BlandError(
                "No Bland API key: pass api_key=... or set the BLAND_API_KEY environment variable "
                "(keys are at app.bland.ai/dashboard/settings)."
            )
        if max_retries < 0:
            raise BlandValidationError(f"max_retries={max_retries!r}: must be 0 or more")
        self._api_key = Secret(key)
        self._encrypted_key = Secret(encrypted_key) if encrypted_key else None
        self.base_url = (base_url or os.environ.get("BLAND_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self._default_headers = dict(default_headers or {})
        self._http = self._http_class(transport=transport, timeout=timeout, follow_redirects=True)
        # httpx's defaults (accept, accept-encoding, connection) with this library named in the user-agent.
        self._base_headers = {**self._http.headers, "user-agent": f"bland-nb/{VERSION} {self._http.headers['user-agent']}"}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key={self._api_key!r})"

    # -- before sending -----------------------------------------------------------------

    @staticmethod
    def _endpoint(name: str) -> Endpoint:
        try:
            return ENDPOINTS[name]
        except KeyError:
            raise BlandValidationError(f"unknown endpoint {name!r}; see bland_nb.ENDPOINTS for the names") from None

    @staticmethod
    def _validate(endpoint: Endpoint, kwargs: dict[str, Any]) -> dict[str, Any]:
        """The parameters, checked and normalised, as Python names → values (only those given)."""
        try:
            model = endpoint.params.model_validate(kwargs)
        except ValidationError as exc:
            raise _validation_error(endpoint, kwargs, exc) from None
        given = {name: getattr(model, name) for name in model.model_fields_set}
        return {**given, **model.model_extra} if model.model_extra else given

    def _build_request(self, http: Union[httpx.Client, httpx.AsyncClient], endpoint: Endpoint,
                       params: dict[str, Any], options: dict[str, Any]) -> httpx.Request:
        fields = endpoint.params.model_fields
        in_path: dict[str, Any] = {}
        query: dict[str, Any] = {}
        headers: dict[str, str] = {"authorization": self._api_key.get_secret_value(), **self._default_headers}
        body: dict[str, Any] = {}
        for name, value in params.items():
            wire = (fields[name].alias or name) if name in fields else name
            where = endpoint.location.get(name, "query" if endpoint.method == "GET" else "body")
            if where == "path":
                in_path[wire] = value
            elif where == "header":
                if value is not None:
                    headers[endpoint.headers[name]] = _header_value(value)
            elif where == "query":
                query[wire] = json.dumps(value) if isinstance(value, dict) or _has_dicts(value) else value
            else:
                body[wire] = value
        for name, header in endpoint.headers.items():
            if name == "encrypted_key" and name not in params and self._encrypted_key:
                headers[header] = self._encrypted_key.get_secret_value()
            if header == "idempotency-key" and name not in params:
                headers[header] = uuid.uuid4().hex  # one per logical send, reused by every retry
        path = _PLACEHOLDER.sub(lambda m: quote(str(in_path[m.group(1)]), safe=""), endpoint.path)
        base = endpoint.host if endpoint.host and self.base_url == DEFAULT_BASE_URL else self.base_url
        query.update(options.get("extra_query") or {})
        body.update(options.get("extra_body") or {})
        headers.update(options.get("extra_headers") or {})
        content: dict[str, Any] = {}
        if endpoint.multipart:
            content["data"], content["files"] = _multipart(body)
        elif body or "body" in endpoint.location.values():
            content["json"] = body
        timeout = options.get("timeout")
        # Built directly rather than with `http.build_request`: this client keeps no cookies and
        # sends absolute URLs, so httpx's cookie and URL merging would only cost time.
        return httpx.Request(
            endpoint.method,
            base + path,
            params=query or None,
            headers={**self._base_headers, **headers},
            extensions={"timeout": httpx.Timeout(self.timeout if timeout is None else timeout).as_dict()},
            **content,
        )

    # -- retries --------------------------------------------------------------------------

    def _retry_after_error(self, endpoint: Endpoint, exc: httpx.TransportError, attempt: int) -> bool:
        """Retry a failed send? Always if it never left; otherwise only if it is safe to repeat."""
        return attempt < self.max_retries and (isinstance(exc, _NEVER_SENT) or endpoint.retry_safe)

    def _retry_after_status(self, endpoint: Endpoint, response: httpx.Response, attempt: int) -> bool:
        """Retry an answer? A 429 was refused, so always; 408/409/5xx only if safe to repeat."""
        status = response.status_code
        if attempt >= self.max_retries or status not in RETRYABLE_STATUS:
            return False
        return status == 429 or endpoint.retry_safe

    @staticmethod
    def _retry_delay(attempt: int, response: Optional[httpx.Response]) -> float:
        """The server's Retry-After (up to a minute), else exponential back-off with jitter."""
        if response is not None:
            retry_after = _retry_after_seconds(response.headers)
            if retry_after is not None and 0 <= retry_after <= MAX_RETRY_AFTER:
                return retry_after
        delay = min(INITIAL_RETRY_DELAY * 2**attempt, MAX_RETRY_DELAY)
        return delay * (1 - 0.25 * random.random())

    def _retry_or_raise(self, endpoint: Endpoint, request: httpx.Request, attempt: int, *,
                        response: Optional[httpx.Response] = None, exc: Optional[httpx.TransportError] = None) -> Optional[float]:
        """After an attempt: None to keep the response, else the delay before the next attempt.
        A transport error that may not be retried is raised as an `APIConnectionError`."""
        if exc is not None:
            if not self._retry_after_error(endpoint, exc, attempt):
                raise self._connection_error(endpoint, request, exc) from None
            what = type(exc).__name__
        elif response is not None and self._retry_after_status(endpoint, response, attempt):
            what = f"HTTP {response.status_code}"
        else:
            return None
        delay = self._retry_delay(attempt, response)
        log.info("%s: %s; retrying in %.2f s (retry %d)", endpoint.name, what, delay, attempt + 1)
        return delay

    # -- after answering --------------------------------------------------------------------

    def _connection_error(self, endpoint: Endpoint, request: httpx.Request, exc: Exception) -> APIConnectionError:
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(method=endpoint.method, path=request.url.path)
        return APIConnectionError(f"Connection error: {exc}", method=endpoint.method, path=request.url.path)

    def _read(self, endpoint: Endpoint, response: httpx.Response) -> Any:
        """The parsed body, or the error it reports raised as an exception."""
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s %s -> %d", endpoint.method, response.request.url.path, response.status_code)
        if response.is_success and (endpoint.binary or _is_audio(response)):
            return response.content
        body = parse_body(response)
        if response.is_error or error_in_body(body):
            raise api_error(endpoint, response.request.url.path, response, body)
        return body

    def _json(self, endpoint: Endpoint, response: httpx.Response) -> Any:
        """The body's result part as sent (envelope removed): no models, no pages."""
        return payload(endpoint, self._read(endpoint, response))

    def _prepare(self, endpoint: Endpoint, kwargs: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any], httpx.Request]:
        """(parameters, per-call options, request) for one call; nothing is sent yet."""
        options = {k: kwargs.pop(k) for k in OPTIONS if k in kwargs}
        params = self._validate(endpoint, kwargs)
        if endpoint.pagination is not None and endpoint.is_list:
            params = endpoint.pagination.first(params)
        return params, options, self._build_request(self._http, endpoint, params, options)

    def _finish(self, endpoint: Endpoint, params: dict[str, Any], options: dict[str, Any],
                response: httpx.Response, page_class: type) -> Any:
        """The call's result: bytes, a page that fetches the following pages, or the parsed result."""
        body = self._read(endpoint, response)
        if isinstance(body, bytes):
            return body
        if endpoint.is_list:
            return page_class(
                fetch=lambda following: self._invoke(endpoint, {**following, **options}),
                rows=read_rows(endpoint, body),
                body=body,
                params=params,
                endpoint=endpoint,
                total=read_total(endpoint, body),
            )
        return read_result(endpoint, body)


class BlandClient(_BaseClient):
    """A client for the Bland AI API.

    ```python
    from bland_nb import BlandClient

    with BlandClient() as client:                 # key from BLAND_API_KEY
        for campaign in client.campaigns.list():
            print(campaign.campaign_name, campaign.count)
        client.campaigns.stop(campaign_id)
    ```

    Pass `transport=` to send requests elsewhere than the network (the sandbox plugs in here).
    """

    _http_class = httpx.Client

    def invoke(self, name: str, /, **params: Any) -> Any:
        """Call any endpoint by its catalog name: `client.invoke("stop_campaign", campaign_id=...)`."""
        return self._invoke(self._endpoint(name), params)

    def invoke_json(self, name: str, /, **params: Any) -> Any:
        """`invoke`, but the JSON as the API sent it (its envelope removed) instead of models or a
        page: for reading many answers fast. Checks, retries and errors are `invoke`'s."""
        endpoint = self._endpoint(name)
        return self._json(endpoint, self._invoke(endpoint, params, raw=True))

    def bulk(self, name: str, items: Any, *, concurrency: int = 8, rate_limit: Optional[float] = None) -> Any:
        """Call one endpoint for many items; see `bland_nb.BulkResult`."""
        from ._bulk import run_bulk

        return run_bulk(self, self._endpoint(name), items, concurrency=concurrency, rate_limit=rate_limit)

    def _invoke(self, endpoint: Endpoint, kwargs: dict[str, Any], *, raw: bool = False) -> Any:
        params, options, request = self._prepare(endpoint, kwargs)
        response = self._send(endpoint, request)
        return response if raw else self._finish(endpoint, params, options, response, Page)

    def _send(self, endpoint: Endpoint, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            try:
                response = self._http.send(request)
            except httpx.TransportError as exc:
                delay = self._retry_or_raise(endpoint, request, attempt, exc=exc)
            else:
                delay = self._retry_or_raise(endpoint, request, attempt, response=response)
                if delay is None:
                    return response
                response.close()
            time.sleep(delay)
            attempt += 1

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "BlandClient":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()


class AsyncBlandClient(_BaseClient):
    """The asyncio twin of `BlandClient`: the same groups and methods, awaited.

    ```python
    async with AsyncBlandClient() as client:
        page = await client.calls.list(campaign_id=cid)
        async for call in page: ...
    ```
    """

    _http_class = httpx.AsyncClient

    async def invoke(self, name: str, /, **params: Any) -> Any:
        """Call any endpoint by its catalog name: `await client.invoke("get_call", call_id=...)`."""
        return await self._invoke(self._endpoint(name), params)

    async def invoke_json(self, name: str, /, **params: Any) -> Any:
        """`invoke`, but the JSON as the API sent it (its envelope removed); see `BlandClient.invoke_json`."""
        endpoint = self._endpoint(name)
        return self._json(endpoint, await self._invoke(endpoint, params, raw=True))

    async def bulk(self, name: str, items: Any, *, concurrency: int = 8, rate_limit: Optional[float] = None) -> Any:
        """Call one endpoint for many items concurrently; see `bland_nb.BulkResult`."""
        from ._bulk import arun_bulk

        return await arun_bulk(self, self._endpoint(name), items, concurrency=concurrency, rate_limit=rate_limit)

    async def _invoke(self, endpoint: Endpoint, kwargs: dict[str, Any], *, raw: bool = False) -> Any:
        params, options, request = self._prepare(endpoint, kwargs)
        response = await self._send(endpoint, request)
        return response if raw else self._finish(endpoint, params, options, response, AsyncPage)

    async def _send(self, endpoint: Endpoint, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            try:
                response = await self._http.send(request)
            except httpx.TransportError as exc:
                delay = self._retry_or_raise(endpoint, request, attempt, exc=exc)
            else:
                delay = self._retry_or_raise(endpoint, request, attempt, response=response)
                if delay is None:
                    return response
                await response.aclose()
            await asyncio.sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> "AsyncBlandClient":
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.aclose()


# -- helpers ------------------------------------------------------------------------------


def _validation_error(endpoint: Endpoint, given: dict[str, Any], exc: ValidationError) -> BlandValidationError:
    accepted = ", ".join(sorted(n for n in endpoint.params.model_fields))
    problems = []
    for err in exc.errors(include_url=False, include_input=False):
        name = str(err["loc"][0]) if err["loc"] else ""
        where = ".".join(str(p) for p in err["loc"])
        if not where:
            problems.append(err["msg"].removeprefix("Value error, "))
        elif err["type"] == "extra_forbidden":
            problems.append(f"unknown parameter {name!r} (accepted: {accepted})")
        elif err["type"] == "missing":
            problems.append(f"{where} is required")
        else:
            message = err["msg"].removeprefix("Value error, ")
            shown = f"={given[name]!r}" if name in given else ""
            problems.append(f"{where}{shown}: {message}")
    label = f"{endpoint.group}.{endpoint.verb}()"
    return BlandValidationError(f"{label}: " + "; ".join(problems), endpoint=endpoint.name,
                                errors=exc.errors(include_url=False, include_input=False))


def _is_audio(response: httpx.Response) -> bool:
    return response.headers.get("content-type", "").startswith(("audio/", "application/octet-stream"))


def _header_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _has_dicts(value: Any) -> bool:
    return isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value)


def _is_file(value: Any) -> bool:
    return isinstance(value, (bytes, os.PathLike, tuple)) or hasattr(value, "read")


def _multipart(body: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, Any]]]:
    """Split a body into form fields and files, as multipart/form-data wants them."""
    data: dict[str, Any] = {}
    files: list[tuple[str, Any]] = []
    for name, value in body.items():
        values = value if isinstance(value, list) and value and all(_is_file(v) for v in value) else [value]
        if all(_is_file(v) for v in values):
            files.extend((name, _file(v)) for v in values)
        elif isinstance(value, (dict, list)):
            data[name] = json.dumps(value)
        else:
            data[name] = _header_value(value)
    return data, files


def _file(value: Any) -> Any:
    if isinstance(value, os.PathLike):
        path = Path(value)
        return (path.name, path.read_bytes())
    if isinstance(value, bytes):
        return ("upload", value)
    return value


def _retry_after_seconds(headers: httpx.Headers) -> Optional[float]:
    """Seconds from `retry-after-ms`, or `retry-after` as seconds or an HTTP date."""
    try:
        if "retry-after-ms" in headers:
            return float(headers["retry-after-ms"]) / 1000
        value = headers.get("retry-after")
        if value is None:
            return None
        try:
            return float(value)
        except ValueError:
            when = email.utils.parsedate_to_datetime(value)
            return when.timestamp() - time.time()
    except (TypeError, ValueError):
        return None
