"""Responses: envelopes unwrapped by the declarations, drifting types read into one type each."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

import bland_nb

from .conftest import Script

EXAMPLES = {
    ep["name"]: ep["response_example"]
    for ep in json.loads((Path(__file__).parent / "data" / "catalog.json").read_text())["endpoints"]
}


def answer_with(name: str, **params):
    script = Script(default=httpx.Response(200, json=EXAMPLES[name]))
    client = bland_nb.BlandClient(api_key="k" * 20, transport=httpx.MockTransport(script))
    return client.request(bland_nb.ENDPOINTS[name], params)


def test_call_details_drift():
    call = answer_with("get_call", call_id="c1")
    assert isinstance(call, bland_nb.Call)
    assert call.queue_status == "complete"  # the example says "completed"
    assert call.created_at == datetime(2024, 4, 27, 23, 51, 18, 25251, tzinfo=UTC)
    assert call.from_ == "+17163511654" and call.raw["from"] == "+17163511654"
    assert isinstance(call.corrected_duration, float)
    assert call.endpoint_url == "api.prod.bland.ai"  # undeclared field kept
    assert call.raw is not None and call.raw["queue_status"] == "completed"


def test_active_calls_strings_become_types():
    page = answer_with("list_active_calls", org_id="o1")
    first = page.items[0]
    assert first.international is False
    assert first.timestamp == datetime.fromtimestamp(1758656817.432, tz=UTC)
    assert first.status == "queued"


def test_data_envelope_is_unwrapped():
    org = answer_with("get_organization", org_id="o1")
    assert isinstance(org, bland_nb.Organization) and org.org_display_name
    billing = answer_with("get_organization_billing", org_id="o1")
    assert isinstance(billing, bland_nb.Billing) and isinstance(billing.current_balance, float)
    assert answer_with("get_organization_billing_refill", org_id="o1") == 50.0


def test_named_wrappers_are_unwrapped():
    voice = answer_with("get_voice", voice_id="v1")
    assert isinstance(voice, bland_nb.Voice) and voice.name


def test_flat_status_bodies_keep_their_fields():
    stopped = answer_with("stop_campaign", campaign_id="camp-1")
    assert stopped.status == "success" and stopped.num_calls == 0


def test_campaign_metrics_are_ints():
    page = answer_with("list_campaigns")
    assert isinstance(page, bland_nb.Page) and page.items[0].count == 1082


def test_null_data_is_none():
    assert answer_with("stop_batch", batch_id="b1") is None


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2025-05-08T19:28:12.627Z", datetime(2025, 5, 8, 19, 28, 12, 627000, tzinfo=UTC)),
        ("2024-04-27T23:51:25+00:00", datetime(2024, 4, 27, 23, 51, 25, tzinfo=UTC)),
        (1714262400, datetime(2024, 4, 28, tzinfo=UTC)),
        ("1714262400000", datetime(2024, 4, 28, tzinfo=UTC)),
        (None, None),
    ],
)
def test_timestamps(value, expected):
    assert bland_nb.Call.model_validate({"created_at": value}).created_at == expected


def test_recording_is_bytes():
    script = Script(default=httpx.Response(200, content=b"ID3audio", headers={"content-type": "audio/mpeg"}))
    client = bland_nb.BlandClient(api_key="k" * 20, transport=httpx.MockTransport(script))
    assert client.calls.recording("c1", audio_format="audio/mpeg") == b"ID3audio"
    assert script.requests[0].headers["content-type"] == "audio/mpeg"


def test_an_unreadable_value_is_dropped_not_fatal():
    call = bland_nb.Call.model_validate({"call_id": "c1", "price": 0.1})
    assert call.price == 0.1
    endpoint = bland_nb.ENDPOINTS["get_call"]
    drifting = {"call_id": "c1", "price": "n/a", "completed": "false", "transcripts": [{"id": 1, "created_at": "soon"}]}
    call = bland_nb._response.validate(endpoint.result_adapter, drifting)
    assert call.call_id == "c1" and call.price is None and call.completed is False
    assert call.transcripts[0].created_at is None and call.transcripts[0].id == 1
    assert call.raw is drifting and drifting["price"] == "n/a"  # the JSON as sent is untouched


def test_naive_timestamps_are_read_as_utc():
    assert bland_nb.Call.model_validate({"created_at": "2024-04-27 23:51:25"}).created_at.tzinfo == UTC
