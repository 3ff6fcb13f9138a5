"""The API key (and the BYOT encrypted key) never show in a repr, an exception or a log."""

from __future__ import annotations

import logging
import traceback

import httpx
import pytest

import bland_nb

from .conftest import KEY, Script

ENCRYPTED = "enc-0123456789-TWILIO-SECRET"


def leaks(text: str) -> bool:
    return KEY in text or ENCRYPTED in text


def error_texts(error: BaseException) -> list[str]:
    texts = [str(error), repr(error), "".join(traceback.format_exception(error)), repr(vars(error))]
    response = getattr(error, "response", None)
    if response is not None:
        texts += [repr(response.headers), response.text]
        with pytest.raises(RuntimeError):
            response.request  # detached: the request, and its authorization header, is not kept
    return texts


def test_client_repr_shows_at_most_the_last_four_characters():
    client = bland_nb.BlandClient(api_key=KEY, encrypted_key=ENCRYPTED)
    for text in (repr(client), str(client), repr(vars(client)), repr(client.calls)):
        assert not leaks(text)
    assert KEY[-4:] in repr(client)


@pytest.mark.parametrize("answer", [
    httpx.Response(401, json={"data": None, "errors": [{"error": "AUTH_FAILURE", "message": "Unauthorized"}]}),
    httpx.Response(500, json={"status": "error", "message": "boom"}),
    httpx.ConnectError("refused"),
    httpx.ReadTimeout("slow"),
])
def test_errors_hold_no_key(answer, fast_retries, caplog):
    caplog.set_level(logging.DEBUG)
    script = Script(default=answer)
    client = bland_nb.BlandClient(api_key=KEY, encrypted_key=ENCRYPTED, transport=httpx.MockTransport(script))
    with pytest.raises(bland_nb.BlandError) as info:
        client.calls.get("c1")  # sends the encrypted key header too
    assert script.requests[0].headers["authorization"] == KEY
    assert script.requests[0].headers["encrypted_key"] == ENCRYPTED
    for text in error_texts(info.value):
        assert not leaks(text)
    assert caplog.records, "expected log lines to check"
    assert not any(leaks(record.getMessage()) or leaks(repr(record.args)) for record in caplog.records)


def test_logs_of_successful_calls_hold_no_key(caplog):
    caplog.set_level(logging.DEBUG)
    script = Script(default=httpx.Response(200, json={"call_id": "c1"}))
    with bland_nb.BlandClient(api_key=KEY, transport=httpx.MockTransport(script)) as client:
        call = client.calls.get("c1")
    assert any("/v1/calls/c1" in r.getMessage() for r in caplog.records)
    assert not any(leaks(r.getMessage()) for r in caplog.records)
    assert not leaks(repr(call)) and not leaks(repr(call.raw))


def test_validation_error_holds_no_key():
    client = bland_nb.BlandClient(api_key=KEY)
    with pytest.raises(bland_nb.BlandValidationError) as info:
        client.calls.send(phone_number="12", task="x")
    for text in error_texts(info.value):
        assert not leaks(text)


def test_missing_key_error_says_how_to_fix(monkeypatch):
    monkeypatch.delenv("BLAND_API_KEY", raising=False)
    with pytest.raises(bland_nb.BlandError, match="BLAND_API_KEY"):
        bland_nb.BlandClient()
