"""Client construction, configuration and the request path."""

from __future__ import annotations

import asyncio

import httpx
import pytest

import bland_nb

from .conftest import KEY, Script


def test_key_and_base_url_from_environment(monkeypatch):
    monkeypatch.setenv("BLAND_API_KEY", KEY)
    monkeypatch.setenv("BLAND_BASE_URL", "http://127.0.0.1:8787/")
    script = Script(default=httpx.Response(200, json={"call_id": "c1"}))
    client = bland_nb.BlandClient(transport=httpx.MockTransport(script))
    client.calls.get("c1")
    request = script.requests[0]
    assert str(request.url) == "http://127.0.0.1:8787/v1/calls/c1"
    assert request.headers["authorization"] == KEY


def test_us_host_endpoints_go_to_the_documented_host_only_by_default():
    script = Script(default=httpx.Response(200, json={"folders": []}))
    bland_nb.BlandClient(api_key=KEY, transport=httpx.MockTransport(script)).pathway_folders.list()
    assert script.requests[0].url.host == "us.api.bland.ai"
    bland_nb.BlandClient(
        api_key=KEY, base_url="http://127.0.0.1:9", transport=httpx.MockTransport(script)
    ).pathway_folders.list()
    assert script.requests[1].url.host == "127.0.0.1"


def test_encrypted_key_is_sent_only_where_documented():
    script = Script(default=httpx.Response(200, json={"status": "success"}))
    client = bland_nb.BlandClient(api_key=KEY, encrypted_key="enc-1234567890", transport=httpx.MockTransport(script))
    client.calls.send(phone_number="+14155552671", task="hi")
    client.campaigns.list()
    client.calls.send(phone_number="+14155552671", task="hi", encrypted_key="enc-other-000")
    assert script.requests[0].headers["encrypted_key"] == "enc-1234567890"
    assert "encrypted_key" not in script.requests[1].headers
    assert script.requests[2].headers["encrypted_key"] == "enc-other-000"


def test_per_call_overrides():
    script = Script(default=httpx.Response(200, json={"status": "success"}))
    client = bland_nb.BlandClient(api_key=KEY, transport=httpx.MockTransport(script))
    client.calls.send(
        phone_number="+14155552671",
        task="hi",
        extra_body={"new_field": 1},
        extra_headers={"x-trace": "t1"},
        extra_query={"debug": "1"},
        timeout=3.0,
    )
    request = script.requests[0]
    assert request.headers["x-trace"] == "t1" and request.url.params["debug"] == "1"
    assert b'"new_field":1' in request.content.replace(b" ", b"")
    assert request.extensions["timeout"]["read"] == 3.0


def test_create_campaign_forwards_send_call_fields():
    script = Script(default=httpx.Response(200, json={"status": "success", "campaign_id": "camp-1"}))
    client = bland_nb.BlandClient(api_key=KEY, transport=httpx.MockTransport(script))
    result = client.campaigns.create(
        name="Spring", numbers=["(415) 555-2671"], sequence={"retries": 1}, task="Say hi", voice="maya"
    )
    assert result.campaign_id == "camp-1"
    import json

    body = json.loads(script.requests[0].content)
    assert body == {
        "name": "Spring",
        "numbers": ["+14155552671"],
        "sequence": {"retries": 1},
        "task": "Say hi",
        "voice": "maya",
    }


def test_path_values_are_url_quoted():
    script = Script(default=httpx.Response(200, json={"status": "success"}))
    client = bland_nb.BlandClient(api_key=KEY, transport=httpx.MockTransport(script))
    client.twilio_accounts.delete_inbound_number("+14155552671")
    assert script.requests[0].url.raw_path == b"/v1/inbound/%2B14155552671/delete"


def test_multipart_upload():
    script = Script(default=httpx.Response(200, json={"status": 200, "data": {"voice_id": "v1"}, "errors": None}))
    client = bland_nb.BlandClient(api_key=KEY, transport=httpx.MockTransport(script))
    client.voices.clone(name="Mine", audio_samples=[("a.wav", b"RIFFaaaa", "audio/wav"), b"RIFFbbbb"])
    request = script.requests[0]
    assert request.headers["content-type"].startswith("multipart/form-data")
    assert request.content.count(b'name="audio_samples"') == 2 and b"RIFFaaaa" in request.content


def test_dates_accept_date_objects():
    import datetime as dt

    script = Script(default=httpx.Response(200, json={"count": 0, "calls": []}))
    client = bland_nb.BlandClient(api_key=KEY, transport=httpx.MockTransport(script))
    client.calls.list(start_date=dt.date(2026, 11, 1), end_date="2026-11-20T00:00:00Z")
    assert script.requests[0].url.params["start_date"] == "2026-11-01"
    with pytest.raises(bland_nb.BlandValidationError, match=r"start_date='last week'.*ISO 8601"):
        client.calls.list(start_date="last week")


def test_raw_response_uses_the_same_path():
    script = Script(default=httpx.Response(200, json={"call_id": "c1"}, headers={"x-request-id": "r1"}))
    client = bland_nb.BlandClient(api_key=KEY, transport=httpx.MockTransport(script))
    response = client.with_raw_response.calls.get("c1")
    assert isinstance(response, httpx.Response) and response.headers["x-request-id"] == "r1"
    assert script.requests[0].url.path == "/v1/calls/c1"


def test_unknown_endpoint_name():
    with pytest.raises(bland_nb.BlandValidationError, match="unknown endpoint 'nope'"):
        bland_nb.BlandClient(api_key=KEY).invoke("nope")


def test_context_managers_close():
    sync = bland_nb.BlandClient(api_key=KEY)
    with sync:
        pass
    assert sync._http.is_closed

    async def run():
        client = bland_nb.AsyncBlandClient(api_key=KEY)
        async with client:
            pass
        return client._http.is_closed

    assert asyncio.run(run())


def test_send_call_needs_a_task_or_a_pathway():
    script = Script()
    client = bland_nb.BlandClient(api_key=KEY, transport=httpx.MockTransport(script))
    with pytest.raises(bland_nb.BlandValidationError, match=r"give task .* or pathway_id"):
        client.calls.send(phone_number="+14155552671")
    client.calls.send(phone_number="+14155552671", pathway_id="p1")
    assert script.count == 1


def test_invoke_json_is_the_answer_as_sent_without_its_envelope():
    envelope = {"status": "success", "data": [{"id": "a1", "status": "in-progress", "surprise": 1}]}
    script = Script(default=httpx.Response(200, json=envelope))
    client = bland_nb.BlandClient(api_key=KEY, transport=httpx.MockTransport(script))
    assert client.invoke_json("list_active_calls", org_id="org-1") == envelope["data"]
    assert script.requests[0].headers["x-bland-org-id"] == "org-1"  # checked and sent as invoke does
    with pytest.raises(bland_nb.BlandValidationError):
        client.invoke_json("get_call", call_id="")
    assert len(script.requests) == 1


def test_invoke_json_raises_the_api_error_sync_and_async():
    script = Script(default=httpx.Response(404, json={"status": "error", "message": "Call not found"}))
    client = bland_nb.BlandClient(api_key=KEY, transport=httpx.MockTransport(script), max_retries=0)
    with pytest.raises(bland_nb.NotFoundError, match="Call not found"):
        client.invoke_json("get_call", call_id="c1")
    aclient = bland_nb.AsyncBlandClient(api_key=KEY, transport=httpx.MockTransport(script), max_retries=0)
    with pytest.raises(bland_nb.NotFoundError, match="Call not found"):
        asyncio.run(aclient.invoke_json("get_call", call_id="c1"))
