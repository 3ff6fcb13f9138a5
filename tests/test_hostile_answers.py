"""Hostile answers: whatever a server sends, every endpoint returns a result or raises a
`BlandError`, never a raw Python error, and a list is a list, never the characters of a string."""

from __future__ import annotations

import json

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bland_nb
from bland_nb import ENDPOINTS, AsyncPage, BlandError, Page

from .conftest import KEY, Caller, Script
from .test_endpoints import ENTRIES, sample_call

NAMES = sorted(ENTRIES)
DEEP = "[" * 100_000 + "]" * 100_000
HUGE = "9" * 5000

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
"""JSON-like values, NaN and infinities included (Python's json writes them as NaN and Infinity)."""

KNOWN_BAD = [
    '{"errors": 5}',
    '{"data": null, "errors": 5}',
    '{"total_count": Infinity, "count": Infinity, "calls": []}',
    f'{{"count": {HUGE}, "calls": []}}',
    f'{{"status": {HUGE}}}',
    DEEP,
    '{"calls": "abc"}',
    '{"data": "abc"}',
    '{"status": "error", "errors": {"a": 1}}',
    '"just a string"',
    "[1, 2, 3]",
    "<html>oops</html>",
    "{",
]


def body_of(value: object) -> bytes:
    return value.encode() if isinstance(value, str) else json.dumps(value).encode()


answers = st.tuples(
    st.sampled_from([200, 201, 204, 400, 401, 402, 404, 409, 422, 429, 500, 503]),
    st.sampled_from(KNOWN_BAD) | json_values,
    st.sampled_from(["application/json", "text/plain", "text/html", "application/octet-stream"]),
)


def consume(result: object) -> None:
    """Read a result the way users do: a page's items and every following page."""
    if isinstance(result, Page):
        result.items
        assert all(not isinstance(rows, str) for rows in result.rows)
        result.all_rows()
        list(result)


async def aconsume(result: object) -> None:
    if isinstance(result, AsyncPage):
        result.items
        await result.all_rows()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer=answers)
@pytest.mark.parametrize("name", NAMES)
def test_any_answer_is_a_result_or_a_bland_error(name, answer):
    status, value, content_type = answer
    endpoint = ENDPOINTS[name]
    script = Script(default=httpx.Response(status, content=body_of(value), headers={"content-type": content_type}))
    kwargs = sample_call(endpoint, ENTRIES[name]).kwargs
    for cls in (bland_nb.BlandClient, bland_nb.AsyncBlandClient):
        client = cls(api_key=KEY, max_retries=0, transport=httpx.MockTransport(script))
        call = Caller(client)
        try:
            result = call(f"{endpoint.group}.{endpoint.method_name}", **kwargs)
            if isinstance(client, bland_nb.AsyncBlandClient):
                import asyncio

                asyncio.run(aconsume(result))
            else:
                consume(result)
            client.invoke_json(name, **kwargs) if isinstance(client, bland_nb.BlandClient) else None
        except BlandError as error:
            assert len(str(error)) < 5000


@pytest.mark.parametrize("body", KNOWN_BAD)
def test_known_hostile_bodies_raise_typed_errors(body):
    client = bland_nb.BlandClient(
        api_key=KEY,
        max_retries=0,
        transport=httpx.MockTransport(
            Script(default=httpx.Response(200, content=body.encode(), headers={"content-type": "application/json"}))
        ),
    )
    try:
        consume(client.calls.list())
        consume(client.campaigns.list())
        client.calls.get("c1")
    except BlandError as error:
        assert "Traceback" not in str(error)


def test_a_string_where_a_list_was_documented_is_an_error_not_characters():
    client = bland_nb.BlandClient(
        api_key=KEY,
        transport=httpx.MockTransport(Script(default=httpx.Response(200, json={"count": 3, "calls": "abc"}))),
    )
    with pytest.raises(bland_nb.APIResponseValidationError, match="expected a list of calls") as info:
        client.calls.list()
    assert info.value.status_code == 200 and info.value.path == "/v1/calls" and "abc" in info.value.excerpt


def test_a_server_ignoring_the_page_window_stops_with_an_error():
    page = {"count": 10**9, "calls": [{"call_id": f"c{i}"} for i in range(1000)]}
    script = Script(default=httpx.Response(200, json=page))
    client = bland_nb.BlandClient(api_key=KEY, transport=httpx.MockTransport(script))
    with pytest.raises(bland_nb.APIResponseValidationError, match="already sent"):
        client.calls.list().all_rows()
    assert script.count == 2


def test_a_server_paging_past_its_total_stops_with_an_error():
    counter = iter(range(10**6))

    def fresh(request: httpx.Request) -> httpx.Response:
        n = next(counter)
        return httpx.Response(200, json={"total_count": 2000, "calls": [{"call_id": f"c{n}-{i}"} for i in range(1000)]})

    script = Script(default=fresh)
    client = bland_nb.BlandClient(api_key=KEY, transport=httpx.MockTransport(script))
    with pytest.raises(bland_nb.APIResponseValidationError, match="past its total"):
        client.calls.list().all_rows()
    assert script.count <= 4
