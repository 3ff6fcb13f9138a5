"""Reading answers: the API's envelopes and error shapes, handled in this one place.

The API answers in several shapes. Success: a bare object or array, a flat
`{status: "success", ...}` object, or the `{data, errors}` envelope (sometimes with `status`).
Errors: `{data: null, errors: [{error, message}]}`, `{status: "error", message, errors?: [..]}`
and `{error: CODE, details | message}`. `Endpoint.envelope`, `unwrap` and `items` say where the
result sits; `error_details` reads any error shape into one message.
"""

from __future__ import annotations

import copy
import json
import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Optional

import httpx
from pydantic import TypeAdapter, ValidationError

from ._exceptions import APIResponseValidationError, APIStatusError, BlandError, cap, error_class_for
from ._models import BlandModel

if TYPE_CHECKING:
    from ._endpoint import Endpoint

log = logging.getLogger("bland_nb")

__all__ = [
    "api_error",
    "error_in_body",
    "excerpt",
    "parse_body",
    "payload",
    "read_items",
    "read_result",
    "read_rows",
    "read_total",
    "readable",
    "validate",
]

_CODE = re.compile(r"^[A-Za-z_]+$")
MAX_MESSAGE = 1000
"""Characters kept of one server message."""
UNREADABLE = (TypeError, ValueError, OverflowError, RecursionError, KeyError, IndexError, AttributeError)
"""What reading a hostile or malformed answer can raise; `readable` turns it into a `BlandError`."""


class Unreadable(ValueError):
    """An answer that is not in any shape the endpoint can be read from."""


def readable(endpoint: Endpoint, response: httpx.Response, read: Callable[[], Any]) -> Any:
    """`read()`, with any failure to read the answer raised as `APIResponseValidationError`."""
    try:
        return read()
    except BlandError:
        raise
    except UNREADABLE as exc:
        error = unreadable(endpoint, response.status_code, response.request.url.path, exc, response.content)
    raise error  # outside the handler: nothing chained


def unreadable(
    endpoint: Endpoint, status: int, path: str, exc: BaseException, content: Any = b""
) -> APIResponseValidationError:
    reason = str(exc) if isinstance(exc, Unreadable) else f"{type(exc).__name__}: {str(exc)[:200]}"
    return APIResponseValidationError(
        f"Could not read the answer of {endpoint.name} ({reason})",
        status_code=status,
        method=endpoint.http_method,
        path=path,
        excerpt=excerpt(content),
    )


def excerpt(content: Any, limit: int = 200) -> str:
    """The start of a body, as text, for an error message."""
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else str(content)
    return text[:limit] + ("…" if len(text) > limit else "")


def parse_body(response: httpx.Response) -> Any:
    """The JSON body, the text if it is not JSON, or None when empty. A success that says it is
    JSON but cannot be parsed (or nests deeper than Python can read) is `Unreadable`."""
    if not response.content:
        return None
    try:
        return response.json()
    except (ValueError, RecursionError) as exc:
        if response.is_success and "json" in response.headers.get("content-type", ""):
            raise Unreadable(f"the body is not readable JSON: {type(exc).__name__}") from None
        return response.text


def error_details(body: Any, fallback: str) -> tuple[str, list[str], Optional[str]]:
    """(message, all messages, code) from any of the API's error shapes."""
    messages: list[str] = []
    code: Optional[str] = None
    if isinstance(body, dict):
        errors = body.get("errors")
        for item in errors if isinstance(errors, list) else [errors] if errors else []:
            if isinstance(item, dict):
                err, msg = item.get("error") or item.get("code"), item.get("message")
                # Generate Pathway swaps the keys: {message: CODE, error: text}.
                if isinstance(msg, str) and _CODE.match(msg) and isinstance(err, str) and " " in err:
                    err, msg = msg, err
                code = code or (str(err) if isinstance(err, (str, int)) and err else None)
                messages.append(str(msg or err))
            elif item:
                messages.append(str(item))
        if isinstance(body.get("message"), str) and body["message"] not in messages:
            messages.insert(0, body["message"])
        if isinstance(body.get("error"), str):
            code = code or body["error"]
            detail = body.get("details") or body.get("message")
            if detail and str(detail) not in messages:
                messages.append(detail if isinstance(detail, str) else json.dumps(detail))
        if not messages and isinstance(body.get("status"), str) and body["status"] not in ("error", "success"):
            messages.append(body["status"])  # Send Call: {status: "DNC Error"}
    elif isinstance(body, str) and body.strip():
        messages.append(body.strip()[:500])
    if not messages:
        messages.append(fallback)
    messages = [cap(str(message), MAX_MESSAGE) for message in messages[:20]]
    return messages[0], messages, code[:100] if code else None


def error_in_body(body: Any) -> bool:
    """Whether a 2xx body still reports an error."""
    if not isinstance(body, dict):
        return False
    status = body.get("status")
    if status == "error" or (isinstance(status, int) and not isinstance(status, bool) and status >= 400):
        return True
    return "errors" in body and body.get("data") is None and bool(body.get("errors"))


def api_error(endpoint: Endpoint, path: str, response: httpx.Response, body: Any) -> APIStatusError:
    """The exception for an error answer. It keeps a copy of the response without the request,
    so the API key cannot be reached through it."""
    status = response.status_code
    if status < 400 and isinstance(body, dict) and isinstance(body.get("status"), int) and 400 <= body["status"] < 600:
        status = body["status"]
    message, messages, code = error_details(body, response.reason_phrase or f"HTTP {status}")
    detached = httpx.Response(response.status_code, headers=response.headers, content=response.content)
    return error_class_for(status)(
        message,
        status_code=status,
        method=endpoint.http_method,
        path=path,
        messages=messages,
        code=code,
        body=body,
        response=detached,
    )


def payload(endpoint: Endpoint, body: Any) -> Any:
    """The part of the body the endpoint's result is read from."""
    if endpoint.envelope and isinstance(body, dict) and endpoint.envelope in body:
        body = body[endpoint.envelope]
    if endpoint.unwrap and isinstance(body, dict) and endpoint.unwrap in body:
        body = body[endpoint.unwrap]
    return body


def validate(adapter: TypeAdapter, data: Any) -> Any:
    """`data` read into the adapter's type, leniently: a value that cannot be read is set to None
    (it stays in `raw`), so one drifting field never loses a whole answer."""
    try:
        value = adapter.validate_python(data)
    except ValidationError as exc:
        try:
            value = adapter.validate_python(_without_unreadable(data, exc))
        except ValidationError:
            raise Unreadable(f"not the documented shape ({_shape(data)})") from None
    if isinstance(value, BlandModel):
        value._keep_raw(data)
    return value


def _shape(data: Any) -> str:
    return (
        f"an object with keys {', '.join(map(str, list(data)[:8]))}" if isinstance(data, dict) else type(data).__name__
    )


def _without_unreadable(data: Any, exc: ValidationError) -> Any:
    cleaned = copy.deepcopy(data)
    for error in exc.errors(include_url=False, include_input=False):
        *parents, leaf = error["loc"] or (None,)
        target = cleaned
        try:
            for key in parents:
                target = target[key]
            target[leaf] = None
        except (KeyError, IndexError, TypeError):
            continue
    return cleaned


def read_result(endpoint: Endpoint, body: Any) -> Any:
    """The result of a non-list endpoint, read into its declared type."""
    data = payload(endpoint, body)
    if data is None:
        return None
    return validate(endpoint.result_adapter, data)


def read_rows(endpoint: Endpoint, body: Any) -> list[Any]:
    """The raw JSON items of a list endpoint. A lone object where a list was documented is one item."""
    data = payload(endpoint, body)
    if endpoint.items and isinstance(data, dict) and endpoint.items in data:
        data = data[endpoint.items]
    if data is None:
        return []
    if isinstance(data, dict):
        return [data]
    if not isinstance(data, list):
        raise Unreadable(f"expected a list of {endpoint.items or 'items'}, got {_shape(data)}")
    return data


def read_items(endpoint: Endpoint, rows: list[Any]) -> list[Any]:
    """List items read into the endpoint's type: the whole page in one call, row by row if it fails."""
    try:
        items = endpoint.items_adapter.validate_python(rows)
    except ValidationError:
        return [validate(endpoint.result_adapter, row) for row in rows]
    for item, row in zip(items, rows):
        if isinstance(item, BlandModel):
            item._keep_raw(row)
    return items


def read_total(endpoint: Endpoint, body: Any) -> Optional[int]:
    """The API's total item count, where it sends one."""
    value: Any = body
    for key in endpoint.total:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    if not endpoint.total or isinstance(value, bool):
        return None
    try:
        total = int(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return total if 0 <= total < 2**53 else None
