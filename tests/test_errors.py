"""Every documented error shape maps into the BlandError tree with the server's own message."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

import bland_nb

from .conftest import Script

CATALOG = json.loads((Path(__file__).parent / "data" / "catalog.json").read_text())["endpoints"]
SEND_CALL_ERRORS = next(ep for ep in CATALOG if ep["name"] == "send_call")["error_examples"]

CLASSES = {
    400: bland_nb.BadRequestError,
    401: bland_nb.AuthenticationError,
    402: bland_nb.PaymentRequiredError,
    403: bland_nb.PermissionDeniedError,
    404: bland_nb.NotFoundError,
    409: bland_nb.ConflictError,
    413: bland_nb.BadRequestError,
    418: bland_nb.BadRequestError,
    429: bland_nb.RateLimitError,
    500: bland_nb.InternalServerError,
    503: bland_nb.InternalServerError,
}


def expected_message(body: dict) -> str:
    if body.get("errors") and isinstance(body["errors"][0], dict):
        return body["errors"][0]["message"]
    if "message" in body:
        return body["message"]
    return body.get("details") or body["error"]


@pytest.mark.parametrize("label", sorted(SEND_CALL_ERRORS))
def test_send_call_error_examples(make_caller, label):
    status = int(label.split()[0])
    body = SEND_CALL_ERRORS[label]
    script = Script(httpx.Response(status, json=body))
    with pytest.raises(bland_nb.APIStatusError) as info:
        make_caller(script, max_retries=0)("calls.send", phone_number="+14155552671", task="hi")
    error = info.value
    assert type(error) is CLASSES[status]
    assert error.status_code == status
    assert error.message == expected_message(body)
    assert error.method == "POST" and error.path == "/v1/calls"
    assert error.body == body
    assert expected_message(body) in str(error) and "/v1/calls" in str(error)


def other_examples():
    """Error examples documented beside other endpoints: (endpoint, label, body)."""
    for ep in CATALOG:
        for label, body in (ep.get("response_examples_other") or {}).items():
            if isinstance(body, dict) and (body.get("errors") or body.get("status") == "error"):
                yield pytest.param(ep["name"], body, id=f"{ep['name']}-{label}")


@pytest.mark.parametrize("name, body", list(other_examples()))
def test_data_errors_envelope_examples(name, body):
    endpoint = bland_nb.ENDPOINTS[name]
    request = httpx.Request(endpoint.http_method, "https://api.bland.ai" + endpoint.path)
    client = bland_nb.BlandClient(api_key="k" * 20)
    with pytest.raises(bland_nb.BadRequestError) as info:
        client._read(endpoint, httpx.Response(400, json=body, request=request))
    first = body["errors"][0]
    assert info.value.message == first["message"]
    assert info.value.code == first.get("error") or first.get("code")
    assert info.value.messages == [e["message"] for e in body["errors"]]


def test_validation_errors_list_every_message():
    body = {"status": "error", "message": "Invalid parameters.", "errors": ["Missing task.", "Bad voice."]}
    client = bland_nb.BlandClient(
        api_key="k" * 20, transport=httpx.MockTransport(Script(httpx.Response(400, json=body)))
    )
    with pytest.raises(bland_nb.BadRequestError) as info:
        client.calls.send(phone_number="+14155552671", task="x")
    assert info.value.messages == ["Invalid parameters.", "Missing task.", "Bad voice."]


def test_objective_validation_418_shape():
    body = {"error": "OBJECTIVE_VALIDATION_ERROR", "details": "The task asks the agent to impersonate a bank."}
    client = bland_nb.BlandClient(
        api_key="k" * 20, transport=httpx.MockTransport(Script(httpx.Response(418, json=body)))
    )
    with pytest.raises(bland_nb.BadRequestError) as info:
        client.calls.send(phone_number="+14155552671", task="x")
    assert info.value.code == "OBJECTIVE_VALIDATION_ERROR"
    assert info.value.message == body["details"]


def test_generate_pathway_swapped_keys():
    body = {
        "data": None,
        "errors": [{"message": "INVALID_PROMPT", "error": "The prompt is too short to build a pathway."}],
    }
    client = bland_nb.BlandClient(
        api_key="k" * 20, transport=httpx.MockTransport(Script(httpx.Response(400, json=body)))
    )
    with pytest.raises(bland_nb.BadRequestError) as info:
        client.pathways.generate(input_prompt="hi")
    assert info.value.code == "INVALID_PROMPT"
    assert info.value.message.startswith("The prompt is too short")


@pytest.mark.parametrize(
    "body",
    [
        {"status": "error", "message": "This number is blacklisted."},
        {"data": None, "errors": [{"error": "NOT_FOUND", "message": "gone"}]},
        {"status": 400, "data": None, "errors": [{"error": "Limit Exceeded", "message": "Too many voices."}]},
    ],
)
def test_error_bodies_sent_with_200_still_raise(body):
    client = bland_nb.BlandClient(
        api_key="k" * 20, transport=httpx.MockTransport(Script(httpx.Response(200, json=body)))
    )
    with pytest.raises(bland_nb.APIStatusError) as info:
        client.campaigns.stop("camp-1")
    assert info.value.message in json.dumps(body)


def test_success_with_empty_errors_array_is_not_an_error():
    body = {"data": {"status": "completed", "conversation_id": "v1"}, "errors": []}
    client = bland_nb.BlandClient(
        api_key="k" * 20, transport=httpx.MockTransport(Script(httpx.Response(200, json=body)))
    )
    result = client.sms.analyze_conversation(conversation_id="v1", schema_id="s1")
    assert result.conversation_id == "v1"


def test_non_json_error_page():
    page = httpx.Response(502, text="<html>Bad gateway</html>", headers={"content-type": "text/html"})
    client = bland_nb.BlandClient(api_key="k" * 20, transport=httpx.MockTransport(Script(page)), max_retries=0)
    with pytest.raises(bland_nb.InternalServerError) as info:
        client.calls.get("c1")
    assert info.value.status_code == 502 and "Bad gateway" in info.value.message


def test_rate_limit_error_exposes_retry_after():
    limited = httpx.Response(
        429, headers={"retry-after": "7"}, json={"status": "error", "message": "Rate limit exceeded"}
    )
    client = bland_nb.BlandClient(
        api_key="k" * 20, transport=httpx.MockTransport(Script(default=limited)), max_retries=0
    )
    with pytest.raises(bland_nb.RateLimitError) as info:
        client.calls.list()
    assert info.value.retry_after == "7"


def test_connection_errors_keep_method_and_path():
    client = bland_nb.BlandClient(
        api_key="k" * 20, transport=httpx.MockTransport(Script(default=httpx.ConnectError("refused"))), max_retries=0
    )
    with pytest.raises(bland_nb.APIConnectionError, match=r"refused \(GET /v1/calls/c1\)"):
        client.calls.get("c1")


def test_tree():
    assert issubclass(bland_nb.APITimeoutError, bland_nb.APIConnectionError)
    assert issubclass(bland_nb.BlandValidationError, ValueError)
    for cls in set(CLASSES.values()):
        assert issubclass(cls, bland_nb.APIStatusError) and issubclass(cls, bland_nb.BlandError)


# -- errors that cross processes, and messages that say everything ------------------------------


def every_error() -> list[bland_nb.BlandError]:
    response = httpx.Response(404, json={"message": "no"})
    status = [
        cls(
            "no",
            status_code=404,
            method="GET",
            path="/v1/x",
            messages=["no", "really"],
            code="NOT_FOUND",
            body={"message": "no"},
            response=response,
        )
        for cls in bland_nb._exceptions._BY_STATUS.values()
    ]
    return [
        *status,
        bland_nb.InternalServerError("boom", status_code=503, method="GET", path="/v1/x"),
        bland_nb.BlandError("plain"),
        bland_nb.BlandValidationError("bad", endpoint="get_call", errors=[{"loc": ("x",)}]),
        bland_nb.APIConnectionError("refused", method="GET", path="/v1/x"),
        bland_nb.APITimeoutError(method="GET", path="/v1/x"),
        bland_nb.APIResponseValidationError("unreadable", status_code=200, method="GET", path="/v1/x", excerpt="{"),
    ]


@pytest.mark.parametrize("error", every_error(), ids=lambda e: type(e).__name__)
def test_every_error_round_trips_through_pickle(error):
    import pickle

    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and str(copy) == str(error) and copy.args == error.args
    public = {k: v for k, v in vars(error).items() if k != "response"}
    assert {k: v for k, v in vars(copy).items() if k != "response"} == public


def test_a_worker_process_error_reaches_the_parent():
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(1) as pool:
        with pytest.raises(bland_nb.NotFoundError, match="404"):
            pool.apply(_fail_in_worker)


def _fail_in_worker() -> None:
    client = bland_nb.BlandClient(
        api_key="sk-test-worker-key-000",
        transport=httpx.MockTransport(
            lambda request: httpx.Response(404, json={"status": "error", "message": "Call not found"})
        ),
    )
    client.calls.get("c1")


def test_str_carries_every_server_message(make_caller):
    body = {"status": "error", "message": "Invalid parameters", "errors": ["voice is not valid", "task is required"]}
    with pytest.raises(bland_nb.BadRequestError) as info:
        make_caller(Script(httpx.Response(400, json=body)))("calls.send", phone_number="+14155552671", task="x")
    assert "Invalid parameters; voice is not valid; task is required" in str(info.value)
    assert info.value.message == "Invalid parameters"


def test_a_huge_server_message_is_cut_in_str(make_caller):
    body = {"status": "error", "message": "x" * 10_000_000}
    with pytest.raises(bland_nb.BadRequestError) as info:
        make_caller(Script(httpx.Response(400, json=body)))("calls.get", "c1")
    assert len(str(info.value)) < 3000 and "more characters" in str(info.value)
