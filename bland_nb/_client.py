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
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, Union
from urllib.parse import quote

import httpx
from pydantic import ValidationError

from ._constants import (
    CALL_OPTIONS,
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    RETRYABLE_STATUS,
    VERSION,
)
from ._endpoint import PLACEHOLDER, SECRET_PARAMS, Endpoint
from ._exceptions import APIConnectionError, APITimeoutError, BlandError, BlandValidationError, cap
from ._pagination import AsyncPage, Page
from ._response import (
    api_error,
    error_in_body,
    parse_body,
    payload,
    read_result,
    read_rows,
    read_total,
    readable,
)
from ._types import non_empty_id
from .api import ENDPOINTS

if TYPE_CHECKING:
    from . import _groups  # a stub only (_groups.pyi): the groups, typed

__all__ = ["AsyncBlandClient", "BlandClient"]

log = logging.getLogger("bland_nb")

TimeoutTypes = Union[float, httpx.Timeout, None]

# Errors raised before the request left this machine: retrying them can never act twice.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class Secret:
    """A secret string whose repr shows at most its last four characters."""

    __slots__ = ("_value",)

    def __init__(self, value: str):
        self._value = value

    @classmethod
    def checked(cls, name: str, value: str) -> Secret:
        """`value` without surrounding whitespace, refused if it could not be sent as a header.
        The error says where the bad character is, never what the key is."""
        text = value.strip()
        bad = _unprintable_at(text)
        if bad is None and text:
            return cls(text)
        length = len(text)
        del value, text  # no frame of the raised error keeps the key
        if bad is None:
            raise BlandValidationError(f"{name} is empty or only whitespace")
        raise BlandValidationError(
            f"{name} has a control or non-ASCII character at position {bad + 1} of {length}; "
            "keys are printable ASCII (check the file or variable it was read from)"
        )

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
        if max_retries < 0:
            raise BlandValidationError(f"max_retries={max_retries!r}: must be 0 or more")
        try:
            self._api_key, self._encrypted_key = _secrets(api_key, encrypted_key)
        finally:
            api_key = encrypted_key = None  # only the Secrets hold the keys, even in an error's traceback
        self.base_url = (base_url or os.environ.get("BLAND_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self._default_headers = dict(default_headers or {})
        self._hosts = {httpx.URL(url).host for url in {self.base_url, *(e.host for e in ENDPOINTS.values() if e.host)}}
        self._http = self._http_class(
            transport=transport, timeout=timeout, follow_redirects=True, event_hooks={"request": [self._redirect_hook]}
        )
        # httpx's defaults (accept, accept-encoding, connection) with this library named in the user-agent.
        self._base_headers = {
            **self._http.headers,
            "user-agent": f"bland-nb/{VERSION} {self._http.headers['user-agent']}",
        }

    def __repr__(self) -> str:
        base_url, key = getattr(self, "base_url", None), getattr(self, "_api_key", None)  # half-built in __init__
        return f"{type(self).__name__}(base_url={base_url!r}, api_key={key!r})"

    # -- before sending -----------------------------------------------------------------

    @staticmethod
    def endpoint(name: str) -> Endpoint:
        """The declaration of the endpoint with this catalog name (`bland_nb.ENDPOINTS[name]`)."""
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

    def _build_request(self, endpoint: Endpoint, params: dict[str, Any], options: dict[str, Any]) -> httpx.Request:
        """The request, or a `BlandValidationError` for anything that cannot be sent as given."""
        try:
            return self._request(endpoint, params, options)
        except BlandValidationError as exc:
            error = exc
        except (ValueError, TypeError, OverflowError, RecursionError, httpx.InvalidURL) as exc:
            reason = self._scrub(f"{type(exc).__name__}: {exc}")
            error = _refused(endpoint, f"cannot send these parameters ({cap(reason)})")
        raise error  # outside the handler: no chained exception keeps the request's headers

    def _request(self, endpoint: Endpoint, params: dict[str, Any], options: dict[str, Any]) -> httpx.Request:
        fields = endpoint.params.model_fields
        in_path: dict[str, str] = {}
        query: dict[str, Any] = {}
        headers: dict[str, str] = dict(self._default_headers)
        body: dict[str, Any] = {}
        for name, value in params.items():
            wire = (fields[name].alias or name) if name in fields else name
            where = endpoint.location.get(name, "query" if endpoint.http_method == "GET" else "body")
            if where == "path":
                in_path[wire] = _path_segment(endpoint, name, value)
            elif where == "header":
                if value is not None:
                    headers[endpoint.headers[name]] = _header_value(endpoint, name, value)
            elif where == "query":
                if value is not None:  # an explicit None is left out, as if not given
                    query[wire] = json.dumps(value) if isinstance(value, dict) or _has_dicts(value) else value
            else:
                body[wire] = value
        for name, header in endpoint.headers.items():
            if name == "encrypted_key" and name not in params and self._encrypted_key:
                headers[header] = self._encrypted_key.get_secret_value()
            if header == "idempotency-key" and name not in params:
                headers[header] = uuid.uuid4().hex  # one per logical send, reused by every retry
        path = PLACEHOLDER.sub(lambda m: in_path[m.group(1)], endpoint.path)
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
        request = httpx.Request(
            endpoint.http_method,
            base + path,
            params=query or None,
            headers={**self._base_headers, **headers},
            extensions={"timeout": httpx.Timeout(self.timeout if timeout is None else timeout).as_dict()},
            **content,
        )
        request.headers["authorization"] = self._api_key.get_secret_value()  # last: no failure above holds it
        return request

    def _same_host(self, request: httpx.Request) -> None:
        """httpx's request hook: a redirect to another host is not followed, so neither the key
        nor `encrypted_key` goes there (httpx would strip only `authorization`)."""
        if request.url.host not in self._hosts:
            raise _OtherHost(request.url.host)

    def _redirect_hook(self, request: httpx.Request) -> None:
        self._same_host(request)

    def _without_keys(self, response: httpx.Response) -> httpx.Response:
        """The response, with any echo of the keys in its body blanked out (a server that repeats
        the request's headers back must not put the key into errors, results or tool output)."""
        content = response.content
        secrets = [s.get_secret_value().encode() for s in (self._api_key, self._encrypted_key) if s is not None]
        if not any(secret in content for secret in secrets):
            return response
        for secret in secrets:
            content = content.replace(secret, "…".encode())
        headers = response.headers.copy()
        headers.pop("content-encoding", None)  # the content is decoded already
        return httpx.Response(
            response.status_code,
            headers=headers,
            content=content,
            request=response.request,
            extensions=response.extensions,
        )

    def _scrub(self, text: str) -> str:
        """`text` with the keys blanked out, for messages built from another library's errors."""
        for secret in (self._api_key, self._encrypted_key):
            if secret is not None:
                text = text.replace(secret.get_secret_value(), "…")
        return text

    # -- retries --------------------------------------------------------------------------

    def _retry_after_error(self, endpoint: Endpoint, exc: Exception, attempt: int) -> bool:
        """Retry a failed send? Always if it never left; otherwise only if it is safe to repeat.
        Redirect failures are never retried."""
        if attempt >= self.max_retries or not isinstance(exc, httpx.TransportError):
            return False
        return isinstance(exc, _NEVER_SENT) or endpoint.retry_safe

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

    def _next_step(
        self,
        endpoint: Endpoint,
        request: httpx.Request,
        attempt: int,
        *,
        response: Optional[httpx.Response] = None,
        exc: Optional[Exception] = None,
    ) -> Union[float, APIConnectionError, None]:
        """After an attempt: None to keep the response, the delay before the next attempt, or the
        `APIConnectionError` to raise for a failure that may not be retried."""
        if exc is not None:
            if not self._retry_after_error(endpoint, exc, attempt):
                return self._connection_error(endpoint, request, exc)
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
        path = request.url.path
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(method=endpoint.http_method, path=path)
        if isinstance(exc, _OtherHost):
            return APIConnectionError(
                f"Redirected to another host, {exc.host}; not followed, so the key stays with the API's host",
                method=endpoint.http_method,
                path=path,
            )
        if isinstance(exc, httpx.TooManyRedirects):
            return APIConnectionError("Too many redirects", method=endpoint.http_method, path=path)
        return APIConnectionError(
            f"Connection error: {cap(self._scrub(str(exc)))}", method=endpoint.http_method, path=path
        )

    def _read(self, endpoint: Endpoint, response: httpx.Response) -> Any:
        """The parsed body, or the error it reports raised as an exception."""
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s %s -> %d", endpoint.http_method, response.request.url.path, response.status_code)
        if response.is_success and (endpoint.binary or _is_audio(response)):
            return response.content
        response = self._without_keys(response)
        body = parse_body(response)
        if response.is_error or error_in_body(body):
            raise api_error(endpoint, response.request.url.path, response, body)
        return body

    def _json(self, endpoint: Endpoint, response: httpx.Response) -> Any:
        """The body's result part as sent (envelope removed): no models, no pages."""
        return readable(endpoint, response, lambda: payload(endpoint, self._read(endpoint, response)))

    def _prepare(
        self, endpoint: Endpoint, kwargs: dict[str, Any]
    ) -> tuple[dict[str, Any], dict[str, Any], httpx.Request]:
        """(parameters, per-call options, request) for one call; nothing is sent yet."""
        options = {k: kwargs.pop(k) for k in CALL_OPTIONS if k in kwargs}
        params = self._validate(endpoint, kwargs)
        if endpoint.pagination is not None and endpoint.is_list:
            params = endpoint.pagination.first(params)
        return params, options, self._build_request(endpoint, params, options)

    def _finish(
        self,
        endpoint: Endpoint,
        params: dict[str, Any],
        options: dict[str, Any],
        response: httpx.Response,
        page_class: type,
    ) -> Any:
        """The call's result: bytes, a page that fetches the following pages, or the parsed result.
        Any failure to read the answer is an `APIResponseValidationError` (see `readable`)."""

        def result() -> Any:
            body = self._read(endpoint, response)
            if isinstance(body, bytes):
                return body
            if endpoint.is_list:
                return page_class(
                    fetch=lambda following: self.request(endpoint, {**following, **options}),
                    rows=read_rows(endpoint, body),
                    body=body,
                    params=params,
                    endpoint=endpoint,
                    total=read_total(endpoint, body),
                )
            return read_result(endpoint, body)

        return readable(endpoint, response, result)


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

    if TYPE_CHECKING:  # attached by _resource.install_groups; typed by _groups.pyi (tools/gen_stubs.py)
        calls: _groups.Calls
        campaigns: _groups.Campaigns
        batches: _groups.Batches
        intelligence: _groups.Intelligence
        sms: _groups.Sms
        blocked_numbers: _groups.BlockedNumbers
        voices: _groups.Voices
        pathways: _groups.Pathways
        pathway_chat: _groups.PathwayChat
        pathway_versions: _groups.PathwayVersions
        pathway_folders: _groups.PathwayFolders
        vector_knowledge_bases: _groups.VectorKnowledgeBases
        knowledge_bases: _groups.KnowledgeBases
        custom_tools: _groups.CustomTools
        tools_v2: _groups.ToolsV2
        web_agents: _groups.WebAgents
        twilio_accounts: _groups.TwilioAccounts
        account: _groups.Account
        organizations: _groups.Organizations
        with_raw_response: _groups.RawResponse

    _http_class = httpx.Client

    def invoke(self, name: str, /, **params: Any) -> Any:
        """Call any endpoint by its catalog name: `client.invoke("stop_campaign", campaign_id=...)`."""
        return self.request(self.endpoint(name), params)

    def invoke_json(self, name: str, /, **params: Any) -> Any:
        """`invoke`, but the JSON as the API sent it (its envelope removed) instead of models or a
        page: for reading many answers fast. Checks, retries and errors are `invoke`'s."""
        endpoint = self.endpoint(name)
        return self._json(endpoint, self.request(endpoint, params, raw=True))

    def bulk(self, name: str, items: Any, *, concurrency: int = 8, rate_limit: Optional[float] = None) -> Any:
        """Call one endpoint for many items; see `bland_nb.BulkResult`."""
        from ._bulk import run_bulk

        return run_bulk(self, self.endpoint(name), items, concurrency=concurrency, rate_limit=rate_limit)

    def request(self, endpoint: Endpoint, kwargs: dict[str, Any], *, raw: bool = False) -> Any:
        """Call a declared endpoint with its parameters (and per-call options) as a dict: the one
        entry point of the group methods, `invoke` and `bulk`. `raw=True` gives the httpx.Response."""
        params, options, request = self._prepare(endpoint, kwargs)
        try:
            response = self._send(endpoint, request)
        finally:
            del request  # an error's traceback keeps this frame: it must not keep the key
        return response if raw else self._finish(endpoint, params, options, response, Page)

    def _send(self, endpoint: Endpoint, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            response, failure = self._attempt(request)
            step = self._next_step(endpoint, request, attempt, response=response, exc=failure)
            if isinstance(step, BlandError):
                del request, response, failure  # the error's traceback keeps this frame: not the key
                raise step
            if step is None:
                assert response is not None
                return response
            time.sleep(step)
            attempt += 1

    def _attempt(self, request: httpx.Request) -> tuple[Optional[httpx.Response], Optional[Exception]]:
        """One send: (the response, read within the deadline, None) or (None, the failure)."""
        deadline = _deadline(request)
        try:
            response = self._http.send(request, stream=True)
            try:
                return _read_by(response, deadline), None
            finally:
                response.close()
        except (httpx.HTTPError, _OtherHost) as exc:
            return None, exc

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> BlandClient:
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

    if TYPE_CHECKING:  # attached by _resource.install_groups; typed by _groups.pyi (tools/gen_stubs.py)
        calls: _groups.AsyncCalls
        campaigns: _groups.AsyncCampaigns
        batches: _groups.AsyncBatches
        intelligence: _groups.AsyncIntelligence
        sms: _groups.AsyncSms
        blocked_numbers: _groups.AsyncBlockedNumbers
        voices: _groups.AsyncVoices
        pathways: _groups.AsyncPathways
        pathway_chat: _groups.AsyncPathwayChat
        pathway_versions: _groups.AsyncPathwayVersions
        pathway_folders: _groups.AsyncPathwayFolders
        vector_knowledge_bases: _groups.AsyncVectorKnowledgeBases
        knowledge_bases: _groups.AsyncKnowledgeBases
        custom_tools: _groups.AsyncCustomTools
        tools_v2: _groups.AsyncToolsV2
        web_agents: _groups.AsyncWebAgents
        twilio_accounts: _groups.AsyncTwilioAccounts
        account: _groups.AsyncAccount
        organizations: _groups.AsyncOrganizations
        with_raw_response: _groups.AsyncRawResponse

    _http_class = httpx.AsyncClient

    async def invoke(self, name: str, /, **params: Any) -> Any:
        """Call any endpoint by its catalog name: `await client.invoke("get_call", call_id=...)`."""
        return await self.request(self.endpoint(name), params)

    async def invoke_json(self, name: str, /, **params: Any) -> Any:
        """`invoke`, but the JSON as the API sent it (its envelope removed); see `BlandClient.invoke_json`."""
        endpoint = self.endpoint(name)
        return self._json(endpoint, await self.request(endpoint, params, raw=True))

    async def bulk(self, name: str, items: Any, *, concurrency: int = 8, rate_limit: Optional[float] = None) -> Any:
        """Call one endpoint for many items concurrently; see `bland_nb.BulkResult`."""
        from ._bulk import arun_bulk

        return await arun_bulk(self, self.endpoint(name), items, concurrency=concurrency, rate_limit=rate_limit)

    async def _redirect_hook(self, request: httpx.Request) -> None:  # type: ignore[override]
        self._same_host(request)

    async def request(self, endpoint: Endpoint, kwargs: dict[str, Any], *, raw: bool = False) -> Any:
        """Call a declared endpoint with its parameters as a dict; see `BlandClient.request`."""
        params, options, request = self._prepare(endpoint, kwargs)
        try:
            response = await self._send(endpoint, request)
        finally:
            del request  # an error's traceback keeps this frame: it must not keep the key
        return response if raw else self._finish(endpoint, params, options, response, AsyncPage)

    async def _send(self, endpoint: Endpoint, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            response, failure = await self._attempt(request)
            step = self._next_step(endpoint, request, attempt, response=response, exc=failure)
            if isinstance(step, BlandError):
                del request, response, failure  # the error's traceback keeps this frame: not the key
                raise step
            if step is None:
                assert response is not None
                return response
            await asyncio.sleep(step)
            attempt += 1

    async def _attempt(self, request: httpx.Request) -> tuple[Optional[httpx.Response], Optional[Exception]]:
        """One send: (the response, read within the deadline, None) or (None, the failure)."""
        deadline = _deadline(request)
        try:
            async with asyncio.timeout_at(None if deadline is None else _loop_time(deadline)):
                return await self._http.send(request), None
        except TimeoutError:
            return None, httpx.ReadTimeout("the request's deadline passed", request=request)
        except (httpx.HTTPError, _OtherHost) as exc:
            return None, exc

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> AsyncBlandClient:
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.aclose()


# -- helpers ------------------------------------------------------------------------------


def _validation_error(endpoint: Endpoint, given: dict[str, Any], exc: ValidationError) -> BlandValidationError:
    errors = exc.errors(include_url=False, include_input=False)
    problems = BlandValidationError.problems(
        errors, given=given, accepted=endpoint.params.model_fields, hidden=SECRET_PARAMS
    )
    error = _refused(endpoint, "; ".join(problems))
    error.errors = errors
    return error


def _secrets(api_key: Optional[str], encrypted_key: Optional[str]) -> tuple[Secret, Optional[Secret]]:
    """The client's keys, checked. The raised error holds neither key, nor does any frame it keeps."""
    key = api_key if api_key is not None else os.environ.get("BLAND_API_KEY")
    api_key = None
    if not key:
        raise BlandError(
            "No Bland API key: pass api_key=... or set the BLAND_API_KEY environment variable "
            "(keys are at app.bland.ai/dashboard/settings)."
        )
    try:
        return Secret.checked("api_key", key), Secret.checked("encrypted_key", encrypted_key) if encrypted_key else None
    except BlandValidationError as exc:
        error = exc
    key = encrypted_key = None
    raise error


def _path_segment(endpoint: Endpoint, name: str, value: Any) -> str:
    """`value` percent-encoded as exactly one path segment (`/`, `?`, `#` and `%` included), after
    the same check as `Id` (here too for any path value not declared as one)."""
    try:
        text = non_empty_id(str(value))
    except ValueError as exc:
        problem = f"{name}={cap(repr(value), 80)}: {exc}"
    else:
        return quote(text, safe="")
    raise _refused(endpoint, problem)


def _deadline(request: httpx.Request) -> Optional[float]:
    """When (time.monotonic) the attempt must be over, from the request's timeout."""
    seconds = request.extensions["timeout"].get("read")
    return None if seconds is None else time.monotonic() + seconds


def _loop_time(deadline: float) -> float:
    """A `time.monotonic()` instant on the running loop's clock."""
    loop = asyncio.get_running_loop()
    return loop.time() + (deadline - time.monotonic())


def _read_by(streamed: httpx.Response, deadline: Optional[float]) -> httpx.Response:
    """The response read in full, checking the deadline as each chunk arrives (httpx's own
    timeouts apply to each read, so a slow trickle of bytes could otherwise last for ever)."""
    if streamed.is_stream_consumed:  # answered in full already (in process, or a mock)
        return streamed
    chunks = []
    for chunk in streamed.iter_raw():
        chunks.append(chunk)
        if deadline is not None and time.monotonic() > deadline:
            raise httpx.ReadTimeout("the request's deadline passed", request=streamed.request)
    response = httpx.Response(
        streamed.status_code,
        headers=streamed.headers,
        stream=httpx.ByteStream(b"".join(chunks)),
        request=streamed.request,
        extensions=streamed.extensions,
    )
    response.read()
    return response


class _OtherHost(Exception):
    """A redirect led to a host the client does not send its keys to."""

    def __init__(self, host: str):
        super().__init__(host)
        self.host = host


def _is_audio(response: httpx.Response) -> bool:
    return response.headers.get("content-type", "").startswith(("audio/", "application/octet-stream"))


def _form_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _header_value(endpoint: Endpoint, name: str, value: Any) -> str:
    """`value` as a header, refused unless it is printable ASCII (no CR or LF)."""
    text = _form_value(value)
    if _unprintable_at(text) is not None:
        shown = "" if name in SECRET_PARAMS else f"={cap(repr(value), 80)}"
        raise _refused(
            endpoint, f"{name}{shown}: is sent as a header, so it must be printable ASCII without line breaks"
        )
    return text


def _unprintable_at(text: str) -> Optional[int]:
    """The index of the first character of `text` that a header cannot carry (control or non-ASCII)."""
    return next((i for i, char in enumerate(text) if not (char.isascii() and char.isprintable())), None)


def _refused(endpoint: Endpoint, problem: str) -> BlandValidationError:
    """A parameter refused before sending, labelled with the method it was given to."""
    return BlandValidationError(f"{endpoint.group}.{endpoint.method_name}(): {problem}", endpoint=endpoint.name)


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
            data[name] = _form_value(value)
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
