"""Bad requests: cheap refusals first, answers in the documented shape, unknown fields, removed endpoints."""

from __future__ import annotations

import asyncio
import json
import pickle
from typing import Any

import httpx
import pytest

from bland_nb.sandbox import Faults, Sandbox
from bland_nb.sandbox._core import MAX_BODY
from bland_nb.sandbox.server import SandboxApp

from .conftest import declared_too_long

pytest.importorskip("uvicorn")

UNAUTHORIZED = {"data": None, "errors": [{"error": "AUTH_FAILURE", "message": "Unauthorized"}]}


def asgi(app: SandboxApp, method: str, path: str, headers: dict[str, str], chunks: list[bytes]) -> tuple[Any, int]:
    """Send one request to the ASGI app: (status, JSON body) and how many body chunks it read."""
    pending = list(chunks)
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        chunk = pending.pop(0)
        return {"type": "http.request", "body": chunk, "more_body": bool(pending)}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": method,
        "path": path,
        "query_string": b"",
        "headers": [(k.encode(), v.encode()) for k, v in headers.items()],
    }
    asyncio.run(app._http(scope, receive, send))
    return (sent[0]["status"], json.loads(sent[1]["body"])), len(chunks) - len(pending)


@pytest.fixture
def small() -> Sandbox:
    return Sandbox(seed=4, calls=40)


# -- item 5: cheap refusals first --------------------------------------------------------------------


def test_a_wrong_key_is_refused_before_any_body_is_read(small):
    app = SandboxApp(small.core)
    chunks = [b"x" * 1024] * 50
    declared = {"authorization": "sk-wrong", "content-type": "application/json", "content-length": str(50 * 1024)}
    answer, read = asgi(app, "POST", "/v1/calls", declared, chunks)
    assert answer == (401, UNAUTHORIZED) and read == 0
    huge = {**declared, "content-length": str(10**12)}
    assert asgi(app, "POST", "/v1/calls", huge, chunks) == ((401, UNAUTHORIZED), 0)  # auth before size


def test_auth_comes_before_the_rate_limit():
    sandbox = Sandbox(seed=4, calls=20, faults=Faults(rate_limit_per_s=1))
    core, good = sandbox.core, {"authorization": sandbox.api_key}
    for _ in range(5):  # strangers spend no token
        assert core.handle("GET", "/v1/campaigns", [], {"authorization": "sk-wrong"}, b"").status == 401
    assert core.handle("GET", "/v1/campaigns", [], good, b"").status == 200
    assert core.handle("GET", "/v1/campaigns", [], {"authorization": "sk-wrong"}, b"").status == 401
    assert core.handle("GET", "/v1/campaigns", [], good, b"").status == 429


def test_a_declared_length_past_the_limit_is_413_unread_in_the_endpoint_shape(small):
    app = SandboxApp(small.core)
    headers = {"authorization": small.api_key, "content-type": "application/json", "content-length": str(MAX_BODY + 1)}
    (status, body), read = asgi(app, "POST", "/v1/calls", headers, [b"{}"])
    assert (status, read) == (413, 0)
    assert body["status"] == "error" and "25 MB" in body["message"]  # Send Call's flat shape
    (status, body), read = asgi(app, "POST", "/v2/batches/create", headers, [b"{}"])
    assert (status, read) == (413, 0) and body["data"] is None and body["errors"][0]["error"] == "PAYLOAD_TOO_LARGE"
    assert small.log == []


def test_a_streamed_body_is_read_only_up_to_the_limit(small):
    small.core.max_body = 10_000
    app = SandboxApp(small.core)
    headers = {"authorization": small.api_key, "content-type": "application/json"}  # no length declared
    (status, _), read = asgi(app, "POST", "/v1/calls", headers, [b" " * 4096] * 100)
    assert status == 413 and read == 3  # stopped at the third chunk, 12 kB in
    assert small.log == []


def test_over_http_a_refused_upload_leaves_the_connection_usable(small):
    small.core.max_body = 1000
    with small.serve() as url, httpx.Client(base_url=url, headers={"authorization": small.api_key}) as http:
        refused = http.post(
            "/v1/calls", content=b"{" + b" " * 5000 + b"}", headers={"content-type": "application/json"}
        )
        assert refused.status_code == 413 and refused.json()["status"] == "error"
        assert http.get("/v1/campaigns").status_code == 200


def test_a_lying_content_length_is_refused_without_waiting_for_the_body(small):
    with small.serve() as url:
        status, body = declared_too_long(url, small.api_key, "POST", "/v1/calls")
    assert status == 413 and body["status"] == "error"


# -- item 3: the documented error shape, with a 4xx ----------------------------------------------


@pytest.mark.parametrize(
    "path, content_type, body, message",
    [
        ("/v1/calls", "application/json", b"[" * 100_000, "not valid JSON"),
        ("/v1/calls", "application/json", b'{"a":' * 40 + b"1" + b"}" * 40, "nested deeper"),
        ("/v1/calls", "application/json", b"[1, 2]", "must be a JSON object"),
        ("/v1/calls", "application/x-www-form-urlencoded", b"phone_number=\xff\xfe", "not UTF-8"),
        (
            "/v1/voices/clone",
            "multipart/form-data; boundary=b",
            b'--b\r\nContent-Disposition: form-data; name="name"\r\n\r\n\xff\xfe\r\n--b--\r\n',
            "not UTF-8",
        ),
        (
            "/v1/voices/clone",
            "multipart/form-data; boundary=b",
            b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--\r\n",
            "named field",
        ),
    ],
)
def test_unreadable_bodies_are_400_in_the_endpoint_shape(small, path, content_type, body, message):
    answer = small.core.handle("POST", path, [], {"authorization": small.api_key, "content-type": content_type}, body)
    assert answer.status == 400
    text = answer.body["message"] if "message" in answer.body else answer.body["errors"][0]["message"]
    assert message in text
    assert small.log == []


def test_a_handler_bug_is_a_json_answer_not_a_bare_500(small, monkeypatch, caplog):
    from bland_nb.sandbox import handlers

    def broken(store: Any, req: Any) -> Any:
        raise KeyError("phone_number")

    monkeypatch.setitem(handlers.HANDLERS, "list_campaigns", broken)
    answer = small.core.handle("GET", "/v1/campaigns", [], {"authorization": small.api_key}, b"")
    assert answer.status == 500 and answer.body["status"] == "error"
    assert "list_campaigns" in caplog.text


# -- item 1: unknown fields refused only where documented ---------------------------------------


def test_unknown_fields_are_ignored_and_recorded_except_on_send_call(small):
    client = small.client()
    answer = client.with_raw_response.pathways.create(name="Intake", extra_body={"descripton": "typo"})
    assert answer.status_code == 200 and answer.headers["x-sandbox-ignored-fields"] == "descripton"
    pathway = small.store.pathways.pathways[answer.json()["pathway_id"]]
    assert pathway["name"] == "Intake" and "descripton" not in pathway
    assert small.log[-1]["ignored"] == ["descripton"] and small.log[-1]["status"] == 200
    headers = {"authorization": small.api_key}
    listed = small.core.handle("GET", "/v1/campaigns", [("colour", "red")], headers, b"")
    assert listed.status == 200 and listed.headers["x-sandbox-ignored-fields"] == "colour"
    sent = small.core.handle(
        "POST",
        "/v1/calls",
        [],
        {**headers, "content-type": "application/json"},
        json.dumps({"phone_number": "+14155550123", "task": "Hi", "colour": "red"}).encode(),
    )
    assert sent.status == 400 and sent.body["message"] == "Additional properties are not allowed"
    assert "x-sandbox-ignored-fields" not in sent.headers


def test_a_known_field_with_a_bad_value_is_still_refused(small):
    headers = {"authorization": small.api_key, "content-type": "application/json"}
    answer = small.core.handle("POST", "/v1/pathway/create", [], headers, json.dumps({"name": 5, "extra": 1}).encode())
    assert answer.status == 400 and "name" in json.dumps(answer.body)


# -- item 2: removed endpoints -------------------------------------------------------------------


def test_a_removed_endpoint_answers_like_an_unknown_path(small):
    voice_id = next(iter(small.store.voices.voices))
    headers = {"authorization": small.api_key, "content-type": "application/json"}
    removed = small.core.handle("POST", f"/v1/voices/{voice_id}/sample", [], headers, b'{"text": "Hello"}')
    unknown = small.core.handle("POST", f"/v1/voices/{voice_id}/nothing", [], headers, b"{}")
    assert removed.status == unknown.status == 404
    assert removed.body == {
        "data": None,
        "errors": [{"error": "NOT_FOUND", "message": f"Cannot POST /v1/voices/{voice_id}/sample"}],
    }
    assert small.log == []


# -- item 4: all or nothing ----------------------------------------------------------------------

GOOD, BAD = "+14155550123", "not-a-number"


@pytest.mark.parametrize(
    "path, body",
    [
        (
            "/v2/batches/create",
            {"global": {"task": "Hi"}, "call_objects": [{"phone_number": GOOD}, {"phone_number": BAD}]},
        ),
        (
            "/v2/batches/create",
            {"global": {"task": "Hi"}, "call_objects": [{"phone_number": GOOD}, {"task": "no number"}]},
        ),
        ("/v1/batches", {"base_prompt": "Hi", "call_data": [{"phone_number": GOOD}, {"phone_number": BAD}]}),
        ("/v1/batches", {"base_prompt": "Hi", "call_data": [{"phone_number": GOOD}, {"name": "no number"}]}),
        ("/v1/campaigns", {"name": "Spring", "numbers": [GOOD, BAD]}),
        ("/v1/blocked_numbers", {"numbers": [GOOD, BAD]}),
    ],
)
def test_a_request_creating_several_things_with_one_bad_item_creates_nothing(small, path, body):
    before = pickle.dumps(small.store)
    headers = {"authorization": small.api_key, "content-type": "application/json"}
    answer = small.core.handle("POST", path, [], headers, json.dumps(body).encode())
    assert answer.status == 400 and pickle.dumps(small.store) == before
    assert [e["status"] for e in small.log] == [400]  # refused, and logged
