"""Every catalog endpoint, through both clients: the declared method, path and parameter placement.

Sample arguments are built from the API catalog (tests/data/catalog.json), not from the
declarations, so a declaration that drifts from the documented API fails here.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

import bland_nb
from bland_nb import ENDPOINTS, GROUPS, BlandValidationError, Endpoint

KEY = "sk-test-0123456789-endpointsKEY"
CATALOG = json.loads((Path(__file__).parent / "data" / "catalog.json").read_text())
ENTRIES = {e["name"]: e for e in CATALOG["endpoints"] if e["method"] != "WS"}
NAMES = sorted(ENTRIES)

PHONE = "+14155552671"
DATE = "2026-01-31"
START_TIME = "2026-01-31 09:00:00 -05:00"
AUDIO = b"RIFF....WAVEfmt "
PHONE_NAMES = {
    "phone_number",
    "from_number",
    "to_number",
    "user_number",
    "agent_number",
    "transfer_phone_number",
    "transfer_number",
    "inbound_number",
    "from",
    "to",
    "numbers",
}
DATE_NAMES = {
    "start_date",
    "end_date",
    "created_at",
    "update_start_date",
    "update_end_date",
    "created_after",
    "created_before",
}
PLACEHOLDER = re.compile(r"{(\w+)}")
SHAPED = {  # (endpoint, wire name) → a value of the documented shape, where `{"k": "v"}` is not one
    ("send_call", "transfer_list"): {"default": PHONE},
    ("create_batch", "call_objects"): [{"phone_number": PHONE}],
    ("create_batch_v1_legacy", "call_data"): [{"phone_number": PHONE}],
    ("send_sms_batch", "global"): {"agent_number": PHONE},
}


# -- the catalog's parameters -------------------------------------------------------------


def catalog_params(entry: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(location, param) for every parameter a caller gives: path, query, body and header.

    `*`/`...` stand for "anything else", authorization is the client's, and content-type is
    set by the client except on Get Call Recording, where it picks the audio format."""
    for where, key in (("path", "path_params"), ("query", "query_params"), ("body", "body"), ("header", "headers")):
        for param in entry[key]:
            name = param["name"]
            if name in ("*", "...") or name.lower() == "authorization":
                continue
            if name.lower() == "content-type" and entry["name"] != "get_call_recording":
                continue
            yield where, param


def python_name(endpoint: Endpoint, wire: str) -> str:
    """The Python parameter name that is sent as `wire`."""
    fields = endpoint.params.model_fields
    for name, field in fields.items():
        if field.alias == wire:
            return name
    if wire in fields:
        return wire
    raise AssertionError(f"{endpoint.name}: no parameter is sent as {wire!r} (fields: {sorted(fields)})")


def _shape(type_: str) -> tuple[bool, str]:
    """(is_array, element kind) from catalog types such as `string[]`, `array<object>`, `string | null`."""
    text = re.sub(r"\s*\(.*\)$", "", type_).replace(" ", "")
    if text.startswith("array<"):
        return True, text[len("array<") : -1]
    if text == "array":
        return True, "string"
    match = re.fullmatch(r"(\w+)\[\d*\](\|null)?", text)
    if match:
        return True, match.group(1)
    return False, text.split("|")[0]


def _scalar(kind: str, name: str) -> Any:
    if kind.startswith("["):  # a tuple such as [string,string]: a question and its answer type
        return ["q-" + name, "string"]
    if kind == "file":
        return AUDIO
    if kind == "object":
        return {"k": "v"}
    if kind == "boolean":
        return True
    if kind in ("integer", "number"):
        return 2
    if kind == "float":
        return 1.5
    if name in PHONE_NAMES:
        return PHONE
    if name in DATE_NAMES:
        return DATE
    if name == "start_time":
        return START_TIME
    return f"text-{name}"


def sample_value(param: dict[str, Any], where: str) -> Any:
    """A valid value for one catalog parameter, from its type, enum and name."""
    name, type_ = param["name"], param.get("type", "string")
    enum = [v for v in param.get("enum") or [] if v is not None]
    if "JSON array" in type_:  # filters: a list of {field, operator, value}, sent JSON-encoded
        return [{"field": enum[0] if enum else "id", "operator": "eq", "value": "x"}]
    is_array, kind = _shape(type_)
    if is_array:
        return [enum[0] if enum else _scalar(kind, name)]
    if enum and kind != "object":
        return enum[0]
    if where == "path":
        return PHONE if name in PHONE_NAMES else f"id-{name}-1"
    return _scalar(kind, name)


@dataclass
class Sample:
    """One call's arguments: every parameter by Python name, which of them fill the path (in
    path order), and what each wire name should carry."""

    kwargs: dict[str, Any]
    path_names: list[str]
    sent: dict[str, tuple[str, Any]]

    def split(self) -> tuple[list[Any], dict[str, Any]]:
        """Path parameters positionally, the rest by keyword."""
        rest = {k: v for k, v in self.kwargs.items() if k not in self.path_names}
        return [self.kwargs[n] for n in self.path_names], rest


def sample_call(endpoint: Endpoint, entry: dict[str, Any]) -> Sample:
    sent: dict[str, tuple[str, Any]] = {}
    kwargs: dict[str, Any] = {}
    for where, param in catalog_params(entry):
        value = SHAPED.get((entry["name"], param["name"])) or sample_value(param, where)
        sent[param["name"]] = (where, value)
        kwargs[python_name(endpoint, param["name"])] = value
    path_names = [python_name(endpoint, wire) for wire in PLACEHOLDER.findall(entry["path"])]
    return Sample(kwargs, path_names, sent)


def wire_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# -- transport and clients ----------------------------------------------------------------


class Recorder:
    """MockTransport handler: records each request and answers with the catalog's example."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.endpoint = ""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if self.endpoint == "get_call_recording":
            return httpx.Response(200, content=b"ID3\x04fake-mp3", headers={"content-type": "audio/mpeg"})
        example = ENTRIES[self.endpoint]["response_example"] if self.endpoint else None
        return httpx.Response(200, json=example if example is not None else {})


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture(params=["sync", "async"])
async def client(request: pytest.FixtureRequest, recorder: Recorder):
    transport = httpx.MockTransport(recorder)
    if request.param == "sync":
        with bland_nb.BlandClient(api_key=KEY, transport=transport) as sync_client:
            yield sync_client
    else:
        async with bland_nb.AsyncBlandClient(api_key=KEY, transport=transport) as async_client:
            yield async_client


async def settle(result: Any) -> Any:
    return await result if inspect.isawaitable(result) else result


async def call(client: Any, name: str, /, *args: Any, **kwargs: Any) -> Any:
    """`client.<group>.<method_name>(*args, **kwargs)` for the endpoint `name`, awaited on the async client."""
    endpoint = ENDPOINTS[name]
    return await settle(getattr(getattr(client, endpoint.group), endpoint.method_name)(*args, **kwargs))


def page_class(client: Any) -> type:
    return bland_nb.AsyncPage if isinstance(client, bland_nb.AsyncBlandClient) else bland_nb.Page


# -- 1. declarations match the catalog ----------------------------------------------------


def test_declarations_match_the_catalog():
    """The declarations, the only source of the endpoints, still cover the catalog: each entry
    (the WebSocket stream aside: its URL comes from an answer) has one with its method, path, group
    and host, and none lacks an entry."""
    assert not set(ENTRIES) - set(ENDPOINTS), "catalog entries without a declaration"
    assert not set(ENDPOINTS) - set(ENTRIES), "declarations without a catalog entry"
    for name, entry in ENTRIES.items():
        endpoint = ENDPOINTS[name]
        declared = (endpoint.http_method, endpoint.path, endpoint.group, endpoint.host or "https://api.bland.ai")
        assert declared == (entry["method"], entry["path"], entry["group"], entry["base_url"]), name
        assert endpoint.effect in {"read", "write", "outbound", "destructive"}, name
        assert endpoint.summary.strip(), name
    for group, endpoints in GROUPS.items():
        module = importlib.import_module(f"bland_nb.api.{group}")
        assert module.ENDPOINTS is endpoints
        assert {ep.group for ep in endpoints} == {group}
        verbs = [ep.method_name for ep in endpoints]
        assert len(verbs) == len(set(verbs)), f"{group}: duplicate verbs {verbs}"


# -- 2. every endpoint sends what the catalog documents -----------------------------------


def check_request(
    request: httpx.Request, endpoint: Endpoint, entry: dict[str, Any], sent: dict[str, tuple[str, Any]]
) -> None:
    """The request carries the catalog's method, host and path, and each parameter in its place."""
    name = entry["name"]
    assert request.method == entry["method"], name
    host = "us.api.bland.ai" if entry["base_url"] == "https://us.api.bland.ai" else "api.bland.ai"
    assert request.url.host == host, name
    path = PLACEHOLDER.sub(lambda m: quote(str(sent[m.group(1)][1]), safe=""), entry["path"])
    assert request.url.raw_path.decode().split("?")[0] == path, name
    assert request.headers["authorization"] == KEY

    body_names = {p["name"] for p in entry["body"]} - {"*"}
    body: dict[str, Any] = {}
    if endpoint.multipart:
        assert request.headers["content-type"].startswith("multipart/form-data"), name
    elif request.content:
        body = json.loads(request.content)
        assert isinstance(body, dict), name
        assert set(body) <= body_names, f"{name}: undocumented body keys {set(body) - body_names}"
    if request.method == "GET":
        assert request.content == b"", name

    for wire, (where, value) in sent.items():
        label = f"{name}: {where} parameter {wire!r}"
        if where == "query":
            assert wire in request.url.params, label
            actual = request.url.params[wire]
            if isinstance(value, dict) or (isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value)):
                assert json.loads(actual) == value, label
            else:
                assert actual == wire_text(value), label
        elif where == "header":
            assert request.headers.get(wire) == wire_text(value), label
        elif where == "body" and endpoint.multipart:
            assert f'name="{wire}"'.encode() in request.content, label
        elif where == "body":
            assert wire in body and body[wire] == value, label


@pytest.mark.parametrize("name", NAMES)
async def test_endpoint_sends_documented_request(client, recorder, name):
    endpoint, entry = ENDPOINTS[name], ENTRIES[name]
    sample = sample_call(endpoint, entry)
    args, kwargs = sample.split()
    recorder.endpoint = name
    result = await call(client, name, *args, **kwargs)
    assert len(recorder.requests) == 1
    check_request(recorder.requests[0], endpoint, entry, sample.sent)
    if endpoint.items is not None:
        assert isinstance(result, page_class(client))


# -- 3. empty path parameters are refused before sending ----------------------------------


PATH_CASES = [(name, p["name"]) for name in NAMES for p in ENTRIES[name]["path_params"] if p.get("required")]


@pytest.mark.parametrize(("name", "wire"), PATH_CASES, ids=[f"{n}-{w}" for n, w in PATH_CASES])
async def test_empty_path_parameter_is_refused(client, recorder, name, wire):
    endpoint = ENDPOINTS[name]
    kwargs = sample_call(endpoint, ENTRIES[name]).kwargs
    param = python_name(endpoint, wire)
    kwargs[param] = ""
    with pytest.raises(BlandValidationError, match=param):
        await call(client, name, **kwargs)
    assert recorder.requests == []


# -- 4. phone numbers are checked and normalised ------------------------------------------


PHONE_CASES = [
    ("send_call", "phone_number", dict(task="hi")),
    ("send_sms", "user_number", dict(agent_number=PHONE)),
    ("send_sms", "agent_number", dict(user_number=PHONE)),
    ("create_block_rules", "numbers", dict(is_global=True)),
]


@pytest.mark.parametrize(("name", "param", "rest"), PHONE_CASES, ids=[f"{n}-{p}" for n, p, _ in PHONE_CASES])
async def test_phone_numbers_are_validated_and_normalised(client, recorder, name, param, rest):
    as_given = (lambda v: [v]) if param == "numbers" else (lambda v: v)
    with pytest.raises(BlandValidationError, match=param):
        await call(client, name, **{param: as_given("12")}, **rest)
    assert recorder.requests == []

    recorder.endpoint = name
    await call(client, name, **{param: as_given("(415) 555-2671")}, **rest)
    assert json.loads(recorder.requests[0].content)[param] == as_given(PHONE)


# -- 5. enum values are checked -----------------------------------------------------------


ENUM_CASES = [
    ("send_call", dict(phone_number=PHONE, task="hi", model="fast"), "model", ["base", "turbo"]),
    ("list_calls", dict(sort_by="size"), "sort_by", ["created_at", "updated_at"]),
    (
        "send_sms",
        dict(user_number=PHONE, agent_number=PHONE, channel="fax"),
        "channel",
        ["sms", "whatsapp", "imessage"],
    ),
]


@pytest.mark.parametrize(("name", "kwargs", "param", "accepted"), ENUM_CASES, ids=[c[0] for c in ENUM_CASES])
async def test_bad_enum_value_lists_accepted_values(client, recorder, name, kwargs, param, accepted):
    with pytest.raises(BlandValidationError, match=param) as info:
        await call(client, name, **kwargs)
    for value in accepted:
        assert repr(value) in str(info.value)
    assert recorder.requests == []


# -- 6. invoke(name) sends what the bound method sends ------------------------------------


INVOKE_NAMES = [
    "send_call",
    "list_calls",
    "get_campaign",
    "send_sms",
    "get_call_recording",
    "list_active_calls",
    "get_voice_sample",
    "update_custom_tool",  # has a parameter called `name`, like invoke's own first argument
]


@pytest.mark.parametrize("name", INVOKE_NAMES)
async def test_invoke_sends_the_same_request_as_the_method(client, recorder, name):
    endpoint = ENDPOINTS[name]
    sample = sample_call(endpoint, ENTRIES[name])
    args, kwargs = sample.split()
    recorder.endpoint = name
    await call(client, name, *args, **kwargs)
    await settle(client.invoke(name, **sample.kwargs))
    method_request, invoke_request = recorder.requests
    assert invoke_request.method == method_request.method
    assert invoke_request.url == method_request.url
    assert invoke_request.headers.multi_items() == method_request.headers.multi_items()
    assert invoke_request.content == method_request.content
