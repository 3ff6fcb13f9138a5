"""Malformed requests against the HTTP server, every endpoint (hypothesis).

For each: never a 5xx; a refusal is JSON in a documented error shape and leaves the store as it
was; the server still answers a normal request afterwards.
"""

from __future__ import annotations

import json
import pickle
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bland_nb._endpoint import PLACEHOLDER
from bland_nb.api import ENDPOINTS
from bland_nb.sandbox import Sandbox

from .conftest import declared_too_long

pytest.importorskip("uvicorn")

EXAMPLES = 6  # per endpoint: about 900 requests in all, well under a minute
BAD_VALUES = ["NaN", "inf", "-1", "1e309", "", "null", "[]", "{}", "9" * 40, "\x00", "é", "true", "2026-13-45"]
CONTENT_TYPES = [
    "application/json",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=b",
    "multipart/form-data",
    "text/plain",
    "application/octet-stream",
    "",
]


@pytest.fixture(scope="module")
def served():
    sandbox = Sandbox(seed=6, calls=60)
    ids = st.sampled_from(real_ids(sandbox)) | st.text(min_size=1, max_size=12)  # fixed: the store changes
    with sandbox.serve() as url, httpx.Client(base_url=url, headers={"authorization": sandbox.api_key}) as http:
        yield sandbox, url, http, ids


def real_ids(sandbox: Sandbox) -> list[str]:
    """A few ids of every kind the seeded world holds, so some requests reach the handlers' depths."""
    found = []
    for state in sandbox.store.groups.values():
        for table in vars(state).values():
            if isinstance(table, dict):
                found += [key for key in list(table)[:2] if isinstance(key, str)]
    return sorted(set(found))


def names(endpoint: Any) -> list[str]:
    return sorted({f.alias or name for name, f in endpoint.params.model_fields.items()})


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12) | st.sampled_from(BAD_VALUES),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)


@st.composite
def bodies(draw: Any, keys: list[str]) -> tuple[str, bytes]:
    """(content type, body): random bytes, deep JSON, JSON objects of the endpoint's fields, forms."""
    kind = draw(st.sampled_from(["bytes", "deep", "json", "form", "multipart", "none"]))
    content_type = draw(st.sampled_from(CONTENT_TYPES))
    field_names = st.sampled_from(keys) | st.text(max_size=8) if keys else st.text(max_size=8)
    if kind == "bytes":
        return content_type, draw(st.binary(max_size=200))
    if kind == "deep":
        depth = draw(st.integers(30, 5000))
        opener, closer = draw(st.sampled_from([(b'{"a":', b"}"), (b"[", b"]")]))
        return "application/json", opener * depth + b"1" + closer * draw(st.sampled_from([depth, 0]))
    if kind == "json":
        fields = draw(st.dictionaries(field_names, json_values, max_size=5))
        return "application/json", json.dumps(fields).encode()
    if kind == "form":
        pairs = draw(st.lists(st.tuples(field_names, st.binary(max_size=12)), max_size=4))
        return "application/x-www-form-urlencoded", b"&".join(quote(k).encode() + b"=" + v for k, v in pairs)
    if kind == "multipart":
        name = draw(field_names).replace('"', "")
        value = draw(st.binary(max_size=30))
        filename = draw(st.sampled_from(['; filename="a.wav"', ""]))
        part = f'--b\r\nContent-Disposition: form-data; name="{name}"{filename}\r\n\r\n'.encode() + value
        return "multipart/form-data; boundary=b", part + b"\r\n--b--\r\n"
    return content_type, b""


def documented_error(body: Any) -> bool:
    """`{status: "error", message}` (v1), `{data: null, errors: [{error, message}]}` (newer), or
    Send Call's `{error, details}` (418)."""
    if not isinstance(body, dict):
        return False
    if isinstance(body.get("message"), str) and isinstance(body.get("status"), str):
        return True
    errors = body.get("errors")
    if body.get("data") is None and isinstance(errors, list) and errors:
        return all(isinstance(e, dict) and isinstance(e.get("message"), str) for e in errors)
    return "error" in body and "details" in body


def fingerprint(sandbox: Sandbox) -> bytes:
    with sandbox.core.lock:
        return pickle.dumps(sandbox.store)


@pytest.mark.parametrize("name", sorted(ENDPOINTS))
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_malformed_requests_get_a_documented_4xx_and_change_nothing(served, name, data):
    sandbox, url, http, ident = served
    endpoint = ENDPOINTS[name]
    keys = names(endpoint)
    path = PLACEHOLDER.sub(lambda _: quote(data.draw(ident), safe=""), endpoint.path)
    query = data.draw(
        st.lists(st.tuples(st.sampled_from([*keys, "page", "x"]), st.sampled_from(BAD_VALUES)), max_size=3)
    )
    before = fingerprint(sandbox)
    if data.draw(st.integers(0, 9)) == 0:
        status, body = declared_too_long(url, sandbox.api_key, endpoint.http_method, path)
        assert status in (404, 413) and documented_error(body)  # 404: a removed endpoint, an id of "/"
    else:
        content_type, content = data.draw(bodies(keys))
        headers = {"content-type": content_type} if content_type else {}
        answer = http.request(endpoint.http_method, path, params=query, content=content, headers=headers)
        status = answer.status_code
        assert status < 500, answer.text
        if status >= 300:
            assert answer.headers["content-type"] == "application/json"
            assert documented_error(answer.json()), answer.text
    if status >= 300:
        assert fingerprint(sandbox) == before, f"refused with {status} but the store changed"
    assert http.get("/v1/campaigns").status_code == 200
