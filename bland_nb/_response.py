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
from typing import Any, Optional

import httpx
from pydantic import TypeAdapter, ValidationError

from ._endpoint import Endpoint
from ._exceptions import APIStatusError, error_class_for
from ._models import BlandModel

log = logging.getLogger("bland_nb")

__all__ = ["api_error", "error_in_body", "parse_body", "payload", "read_items", "read_result", "read_rows", "read_total", "validate"]

_CODE = re.compile(r"^[A-Za-z_]+$")


def parse_body(response: httpx.Response) -> Any:
    """The JSON body, the text if it is not JSON, or None when empty."""
    if not response.content:
        return None
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return response.text


def error_details(body: Any, fallback: str) -> tuple[str, list[str], Optional[str]]:
    """(message, all messages, code) from any of the API's error shapes."""
    messages: list[str] = []
    code: Optional[str] = None
    if isinstance(body, dict):
        for item in body.get("errors") or []:
            if isinstance(item, dict):
                err, msg = item.get("error") or item.get("code"), item.get("message")
                # Generate Pathway swaps the keys: {message: CODE, error: text}.
                if isinstance(msg, str) and _CODE.match(msg) and isinstance(err, str) and " " in err:
                    err, msg = msg, err
                code = code or (str(err) if err else None)
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
    return messages[0], messages, code


def error_in_body(body: Any) -> bool:
    """Whether a 2xx body still reports an error."""
    if not isinstance(body, dict):
        return False
    if body.get("status") == "error" or (isinstance(body.get("status"), int) and body["status"] >= 400):
        return True
    return "errors" in body and body.get("data") is None and bool(body.get("errors"))


def api_error(endpoint: Endpoint, path: str, response: httpx.Response, body: Any) -> APIStatusError:
    """The exception for an error answer. It keeps a copy of the response without the request,
    so the API key cannot be reached through it."""
    status = response.status_code
    if status < 400 and isinstance(body, dict) and isinstance(body.get("status"), int):
        status = body["status"]
    message, messages, code = error_details(body, response.reason_phrase or f"HTTP {status}")
    detached = httpx.Response(response.status_code, headers=response.headers, content=response.content)
    return error_class_for(status)(
        message,
        status_code=status,
        method=endpoint.method,
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
            log.warning("could not read an answer as %s; returning its JSON as sent", adapter._type)
            return data
    if isinstance(value, BlandModel):
        value._keep_raw(data)
    return value


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
    return [data] if isinstance(data, dict) else list(data)


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
    try:
        return int(value) if endpoint.total else None
    except (TypeError, ValueError):
        return None
