"""Hostile input: ids that try to leave their path, values that cannot be sent, and the limits
of what the client accepts. Each either is refused before sending with a `BlandValidationError`
naming the parameter, or reaches exactly the declared route with the value intact."""

from __future__ import annotations

import math
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bland_nb
from bland_nb import ENDPOINTS, BlandValidationError
from bland_nb._endpoint import PLACEHOLDER

from .conftest import KEY, Caller, Script
from .test_endpoints import ENTRIES, sample_call

HOSTILE_IDS = [
    ".",
    "..",
    "../x",
    "a/b",
    "%2F",
    "?x=1",
    "#f",
    " .. ",
    "..%2F..",
    "%2e%2e",
    "x\r\nHost: evil",
    "\x00",
    "a" * 100_000,
    "é/..",
    "\t",
    "…",
]
PATH_CASES = [(name, param) for name in sorted(ENTRIES) for param in ENDPOINTS[name].path_params]
CLIENTS = {"sync": bland_nb.BlandClient, "async": bland_nb.AsyncBlandClient}


def caller(kind: str, script: Script) -> Caller:
    return Caller(CLIENTS[kind](api_key=KEY, max_retries=0, transport=httpx.MockTransport(script)))


def check_route(endpoint: bland_nb.Endpoint, request: httpx.Request, param: str, value: str) -> None:
    """The request's raw target is the declared template with one segment per parameter, and the
    segment of `param` decodes to the value given (less surrounding whitespace)."""
    target = request.url.raw_path.decode("ascii").split("?")[0]
    template = endpoint.path.split("/")
    sent = target.split("/")
    assert len(sent) == len(template), f"{endpoint.name}: {target!r} left {endpoint.path!r}"
    for want, got in zip(template, sent):
        match = PLACEHOLDER.fullmatch(want)
        if match is None:
            assert got == want
        elif endpoint.path_params[PLACEHOLDER.findall(endpoint.path).index(match.group(1))] == param:
            assert unquote(got) == value.strip() and got not in (".", "..")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=st.sampled_from(HOSTILE_IDS) | st.text(min_size=0, max_size=40))
@pytest.mark.parametrize("kind", CLIENTS)
@pytest.mark.parametrize(("name", "param"), PATH_CASES, ids=[f"{n}-{p}" for n, p in PATH_CASES])
def test_an_id_is_refused_or_reaches_its_own_route_intact(kind, name, param, value):
    endpoint = ENDPOINTS[name]
    script = Script(default=httpx.Response(200, json={}))
    kwargs = {**sample_call(endpoint, ENTRIES[name]).kwargs, param: value}
    try:
        caller(kind, script)(f"{endpoint.group}.{endpoint.method_name}", **kwargs)
    except BlandValidationError as error:
        assert param in str(error) and script.count == 0
        return
    except bland_nb.BlandError:
        pass  # the answer `{}` may not be what the endpoint returns; what was sent is checked below
    assert script.count == 1
    check_route(endpoint, script.requests[0], param, value)


@pytest.mark.parametrize("value", [".", "..", " ", "", "a/b", "x" * 257, "a\nb"])
def test_traversal_ids_are_refused_naming_the_parameter(value):
    script = Script()
    client = bland_nb.BlandClient(api_key=KEY, transport=httpx.MockTransport(script))
    with pytest.raises(BlandValidationError, match="version_id"):
        client.invoke("delete_pathway_version", pathway_id="pathway-1", version_id=value)
    assert script.count == 0


def test_the_sandbox_pathway_survives_a_dot_dot_version():
    """The reported exploit: deleting version '..' deleted the pathway itself."""
    from bland_nb.sandbox import Sandbox

    sandbox = Sandbox(seed=1, calls=20)
    client = sandbox.client(max_retries=0)
    pathway_id = client.invoke_json("list_pathways")[0]["id"]
    with pytest.raises(BlandValidationError):
        client.invoke("delete_pathway_version", pathway_id=pathway_id, version_id="..")
    assert client.invoke_json("get_pathway", pathway_id=pathway_id)


# -- values that cannot be sent ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kwargs", "named"),
    [
        ("get_call", {"call_id": "c1", "encrypted_key": "line\r\nbreak"}, "encrypted_key"),
        ("list_active_calls", {"org_id": "é-org"}, "org_id"),
        (
            "send_sms",
            {
                "user_number": "+14155552671",
                "agent_number": "+14155552672",
                "agent_message": "hi",
                "idempotency_key": "a\nb",
            },
            "idempotency_key",
        ),
    ],
)
def test_header_parameters_must_be_printable_ascii(name, kwargs, named, make_caller):
    script = Script()
    call = make_caller(script)
    with pytest.raises(BlandValidationError, match=f"{named}.*printable ASCII") as info:
        call(f"{ENDPOINTS[name].group}.{ENDPOINTS[name].method_name}", **kwargs)
    assert script.count == 0
    assert "line\r\nbreak" not in str(info.value)  # a key-like header is never echoed


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_nan_and_infinite_numbers_are_refused(value, make_caller):
    script = Script()
    with pytest.raises(BlandValidationError, match="temperature"):
        make_caller(script)("calls.send", phone_number="+14155552671", task="hi", temperature=value)
    assert script.count == 0


@pytest.mark.parametrize("value", [{"x": math.nan}, {"n": 10**5000}])
def test_values_that_json_cannot_carry_are_refused(value, make_caller):
    script = Script()
    with pytest.raises(BlandValidationError, match="cannot send"):
        make_caller(script)("calls.send", phone_number="+14155552671", task="hi", metadata=value)
    assert script.count == 0


def test_a_huge_bad_value_gives_a_short_error(make_caller):
    script = Script()
    with pytest.raises(BlandValidationError) as info:
        make_caller(script)("calls.send", phone_number="x" * 10_000_000, task="hi")
    assert len(str(info.value)) < 2000 and "more characters" in str(info.value) and "phone_number" in str(info.value)
    assert script.count == 0


def test_a_query_too_long_for_a_url_is_refused_before_sending(make_caller):
    script = Script()
    with pytest.raises(BlandValidationError, match="too long"):
        make_caller(script)("calls.list", answered_by="x" * 100_000)
    assert script.count == 0


def test_an_explicit_none_is_left_out_of_the_query(make_caller):
    script = Script(default=httpx.Response(200, json={"count": 0, "calls": []}))
    make_caller(script)("calls.list", to_number=None, from_number=None)
    assert "to_number" not in str(script.requests[0].url) and "from_number" not in str(script.requests[0].url)
