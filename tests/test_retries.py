"""Retries: reads and updates recover; anything that dials, texts or creates is never sent twice."""

from __future__ import annotations

import time

import httpx
import pytest

import bland_nb
from bland_nb._client import _BaseClient

from .conftest import Script

pytestmark = pytest.mark.usefixtures("fast_retries")

OK_CALL = httpx.Response(200, json={"call_id": "c1", "queue_status": "completed"})
QUEUED = httpx.Response(200, json={"status": "success", "message": "Call successfully queued.", "call_id": "c1"})


def send_call(caller):
    return caller("calls.send", phone_number="+14155552671", task="Say hello")


def test_get_recovers_from_503(make_caller):
    script = Script(httpx.Response(503, json={"status": "error", "message": "busy"}), OK_CALL)
    call = make_caller(script)("calls.get", "c1")
    assert call.call_id == "c1" and script.count == 2


def test_get_recovers_from_429_after_retry_after(make_caller):
    limited = httpx.Response(
        429, headers={"retry-after": "0.3"}, json={"status": "error", "message": "Rate limit exceeded"}
    )
    script = Script(limited, OK_CALL)
    started = time.monotonic()
    make_caller(script)("calls.get", "c1")
    assert script.count == 2
    assert time.monotonic() - started >= 0.3


def test_get_recovers_from_read_timeout(make_caller):
    script = Script(httpx.ReadTimeout("slow"), OK_CALL)
    assert make_caller(script)("calls.get", "c1").call_id == "c1"
    assert script.count == 2


def test_get_gives_up_after_max_retries(make_caller):
    script = Script(default=httpx.Response(503, json={"status": "error", "message": "down"}))
    with pytest.raises(bland_nb.InternalServerError, match="down"):
        make_caller(script, max_retries=3)("calls.get", "c1")
    assert script.count == 4


def test_max_retries_zero_sends_once(make_caller):
    script = Script(default=httpx.Response(503, json={}))
    with pytest.raises(bland_nb.InternalServerError):
        make_caller(script, max_retries=0)("calls.get", "c1")
    assert script.count == 1


def test_send_call_is_sent_once_on_500(make_caller):
    script = Script(httpx.Response(500, json={"status": "error", "message": "boom"}), QUEUED)
    with pytest.raises(bland_nb.InternalServerError, match="boom"):
        send_call(make_caller(script))
    assert script.count == 1


def test_send_call_is_sent_once_on_read_timeout(make_caller):
    script = Script(httpx.ReadTimeout("no answer"), QUEUED)
    with pytest.raises(bland_nb.APITimeoutError):
        send_call(make_caller(script))
    assert script.count == 1


@pytest.mark.parametrize(
    "error", [httpx.RemoteProtocolError("dropped"), httpx.WriteTimeout("stuck"), httpx.ReadError("reset")]
)
def test_send_call_is_not_retried_once_it_may_have_left(make_caller, error):
    script = Script(error, QUEUED)
    with pytest.raises(bland_nb.APIConnectionError):
        send_call(make_caller(script))
    assert script.count == 1


@pytest.mark.parametrize("error", [httpx.ConnectError("refused"), httpx.ConnectTimeout("no route")])
def test_send_call_is_retried_after_connect_error(make_caller, error):
    script = Script(error, QUEUED)
    assert send_call(make_caller(script)).call_id == "c1"
    assert script.count == 2


def test_send_call_is_retried_after_429(make_caller):
    limited = httpx.Response(
        429, headers={"retry-after": "0"}, json={"status": "error", "message": "Rate limit exceeded"}
    )
    script = Script(limited, QUEUED)
    assert send_call(make_caller(script)).call_id == "c1"
    assert script.count == 2


def test_sms_idempotency_key_is_reused_across_attempts(make_caller):
    sent = httpx.Response(200, json={"data": {"message": "ok", "conversation_id": "v1"}, "errors": None})
    script = Script(httpx.ConnectError("refused"), sent)
    make_caller(script)("sms.send", user_number="+14155552671", agent_number="+14155552672", agent_message="Hi")
    keys = [r.headers.get("idempotency-key") for r in script.requests]
    assert len(keys) == 2 and keys[0] and keys[0] == keys[1]


def test_each_logical_sms_send_gets_its_own_key(make_caller):
    script = Script(default=httpx.Response(200, json={"data": {}, "errors": None}))
    caller = make_caller(script)
    for _ in range(2):
        caller("sms.send", user_number="+14155552671", agent_number="+14155552672", agent_message="Hi")
    assert script.requests[0].headers["idempotency-key"] != script.requests[1].headers["idempotency-key"]


def test_update_is_retried_on_500_but_create_is_not(make_caller):
    script = Script(httpx.Response(500, json={}), httpx.Response(200, json={"status": "success"}))
    caller = make_caller(script)
    caller("pathways.update", "p1", name="New name")
    assert script.count == 2
    script = Script(httpx.Response(500, json={}), httpx.Response(200, json={"status": "success"}))
    with pytest.raises(bland_nb.InternalServerError):
        make_caller(script)("pathways.create", name="Flow")
    assert script.count == 1


def test_stop_campaign_is_not_retried_after_a_timeout(make_caller):
    script = Script(httpx.ReadTimeout("slow"), httpx.Response(200, json={"status": "success", "num_calls": 3}))
    with pytest.raises(bland_nb.APITimeoutError):
        make_caller(script)("campaigns.stop", "camp-1")
    assert script.count == 1


def test_outbound_and_create_endpoints_are_never_retry_safe():
    for ep in bland_nb.ENDPOINTS.values():
        if ep.effect == "outbound" or ep.method_name.startswith("create"):
            assert not ep.retry_safe, ep.name
        if ep.effect == "read":
            assert ep.retry_safe, ep.name


def test_retry_delay_honours_retry_after_up_to_a_minute(monkeypatch):
    monkeypatch.setattr(bland_nb._client, "INITIAL_RETRY_DELAY", 0.5)

    def delay(headers: dict, attempt: int = 0) -> float:
        return _BaseClient._retry_delay(attempt, httpx.Response(429, headers=headers))

    assert delay({"retry-after": "3"}) == 3.0
    assert delay({"retry-after-ms": "1500"}) == 1.5
    assert delay({"retry-after": "120"}) <= 0.5  # too long: ignored, normal back-off
    assert 0.375 <= delay({}) <= 0.5
    assert 0.75 <= delay({}, attempt=1) <= 1.0
    assert 6.0 <= delay({}, attempt=10) <= 8.0
