"""Discover mode: three tools that find, describe and call any endpoint in scope, with every rule
of the per-endpoint tools (scope, previews, confirm, validation, errors, budget), and constants
that the tools fill in without showing them to the model."""

from __future__ import annotations

import json

import pytest
from langchain_core.utils.function_calling import convert_to_openai_tool

from bland_nb import ENDPOINTS
from bland_nb.agents import BlandEndpointTool, BlandToolkit, interrupt_on
from bland_nb.agents.descriptions import CONFIRM_STRICT, CONFIRM_USE, NOT_DONE_CALL, OUTSIDE

from .conftest import ALL_EFFECTS, acall, call, content, requests_to
from .examples import example

GATEWAY = ["find_endpoints", "describe_endpoint", "call_endpoint"]


def discover(client, **scope) -> dict:
    return {tool.name: tool for tool in BlandToolkit(client, mode="discover", **scope).get_tools()}


def spec_chars(tools) -> int:
    return sum(len(json.dumps(convert_to_openai_tool(tool), separators=(",", ":"))) for tool in tools)


def live_campaign(sandbox) -> str:
    return next(cid for cid, c in sandbox.store.campaigns.campaigns.items() if c["campaign_name"] == "Event invites")


def error(message) -> str:
    assert message.status == "error", message.content
    return message.content


# -- the three tools ------------------------------------------------------------------------------


@pytest.mark.parametrize("allow", [("read",), ALL_EFFECTS])
def test_discover_mode_gives_three_small_tools(client, allow):
    tools = BlandToolkit(client, mode="discover", allow=allow).get_tools()
    assert [tool.name for tool in tools] == GATEWAY
    assert spec_chars(tools) <= 4000
    assert BlandToolkit(client).mode == "tools"


def test_find_endpoints_answers_within_the_scope(client):
    tools = discover(client, allow=("read", "destructive"))
    body = content(call(tools["find_endpoints"], query="halt the spring promo campaign"))
    first = body["matches"][0]
    assert first == {"name": "stop_campaign", "effect": "destructive", "summary": ENDPOINTS["stop_campaign"].summary}
    assert "describe_endpoint" in body["note"]

    read_only = discover(client)["find_endpoints"]
    matches = content(call(read_only, query="halt the spring promo campaign", limit=10))["matches"]
    assert matches and all(ENDPOINTS[m["name"]].effect == "read" for m in matches)
    grouped = discover(client, groups="voices", allow=ALL_EFFECTS)["find_endpoints"]
    assert {ENDPOINTS[m["name"]].group for m in content(call(grouped, query="delete it"))["matches"]} == {"voices"}


def test_find_endpoints_says_so_when_nothing_matches(client):
    body = content(call(discover(client)["find_endpoints"], query="hello there"))
    assert body["matches"] == [] and "try the API's own" in body["note"]


def test_describe_gives_the_per_endpoint_tools_schema(client):
    tools = discover(client, allow=ALL_EFFECTS)
    for name in ("stop_campaign", "get_call", "create_postcall_webhook", "get_pathway_call_events"):
        message = call(tools["describe_endpoint"], name=name)
        body = content(message)
        own = BlandEndpointTool(endpoint=name, client=client)
        assert body["parameters"] == convert_to_openai_tool(own)["function"]["parameters"]
        assert body["effect"] == ENDPOINTS[name].effect and body["description"] == own.description
        assert body["sends_to"] == list(ENDPOINTS[name].sends_to)
        assert message.artifact["parameters"] == body["parameters"]
    describe = tools["describe_endpoint"]
    assert "confirm" in content(call(describe, name="stop_campaign"))["parameters"]["properties"]
    assert content(call(describe, name="stop_campaign"))["confirm"] == CONFIRM_USE["confirm"]
    assert content(call(describe, name="create_postcall_webhook"))["confirm"] == CONFIRM_USE["sends"]
    assert content(call(describe, name="get_call"))["confirm"] == CONFIRM_USE["read"]
    assert "confirm" not in content(call(describe, name="get_call"))["parameters"]["properties"]
    assert set(content(call(describe, name="get_pathway_call_events"))["parameters"]["properties"]) == {"call_id"}


def test_describe_fits_a_large_schema_in_the_budget_and_names_the_rest(client):
    describe = discover(client, allow=ALL_EFFECTS)["describe_endpoint"]
    message = call(describe, name="send_call")
    body = content(message)
    assert len(message.content) <= 4000
    shown, more = body["parameters"]["properties"], body["more_parameters"]
    assert "phone_number" in shown and "task" in shown  # required first
    assert set(shown) | set(more) == set(message.artifact["parameters"]["properties"])
    assert f"{len(more)} parameters did not fit" in body["note"]

    asked = content(call(describe, name="send_call", parameters=["voicemail", "webhook"]))
    assert set(asked["parameters"]["properties"]) == {"voicemail", "webhook"} and "more_parameters" not in asked
    assert "unknown parameter(s) 'colour'" in error(call(describe, name="send_call", parameters=["colour"]))


def test_describe_refuses_what_is_outside_the_scope(client):
    describe = discover(client)["describe_endpoint"]
    refused = error(call(describe, name="stop_campaign"))
    assert refused == OUTSIDE["effect"].format(name="stop_campaign", effect="destructive", allow="read")
    assert "Close names: get_call" in error(call(describe, name="get_cal"))


# -- call_endpoint: scope, previews, confirm --------------------------------------------------------


def test_call_endpoint_refuses_an_endpoint_outside_the_allow_set_and_sends_nothing(sandbox, client):
    campaign_id = live_campaign(sandbox)
    for tools in (discover(client), discover(client, groups="calls", allow=ALL_EFFECTS)):
        message = call(
            tools["call_endpoint"], name="stop_campaign", arguments={"campaign_id": campaign_id}, confirm=True
        )
        assert "stop_campaign is outside this toolkit" in error(message) and "Nothing was sent." in message.content
    assert "its group, campaigns, is not among calls" in message.content
    assert sandbox.log == []
    assert sandbox.store.campaigns.campaigns[campaign_id]["status"] == "in_progress"


def test_call_endpoint_previews_then_acts_once_with_confirm(sandbox, client):
    campaign_id = live_campaign(sandbox)
    tool = discover(client, allow=("read", "destructive"))["call_endpoint"]

    preview = content(call(tool, name="stop_campaign", arguments={"campaign_id": campaign_id}))
    assert preview["done"] is False and preview["preview"].startswith(f"would stop campaign {campaign_id}")
    assert preview["note"] == NOT_DONE_CALL.format(name="stop_campaign")
    assert "stop_campaign" not in requests_to(sandbox)

    body = content(call(tool, name="stop_campaign", arguments={"campaign_id": campaign_id}, confirm=True))
    assert body["result"]["campaign_id"] == campaign_id
    assert requests_to(sandbox).count("stop_campaign") == 1
    assert sandbox.store.campaigns.campaigns[campaign_id]["status"] == "stopped"


def test_a_destination_argument_previews_where_data_would_go(sandbox, client):
    tool = discover(client, allow=("read", "write"))["call_endpoint"]
    arguments = {"call_ids": ["c-1"], "webhook_url": "https://hooks.example.com/x"}
    body = content(call(tool, name="create_postcall_webhook", arguments=arguments))
    assert body["preview"].startswith("would send account data")
    assert "hooks.example.com (webhook_url)" in body["preview"]
    assert sandbox.log == []


@pytest.mark.parametrize(
    "arguments, confirm, said",
    [
        ({}, "true", f"confirm: {CONFIRM_STRICT}"),
        ({}, 1, f"confirm: {CONFIRM_STRICT}"),
        ({"confirm": True}, False, "confirm=true goes beside arguments"),
        ({"confirm": "yes"}, True, f"confirm: {CONFIRM_STRICT}"),
    ],
)
def test_confirm_is_call_endpoints_own_json_boolean(sandbox, client, arguments, confirm, said):
    tool = discover(client, allow=("read", "destructive"))["call_endpoint"]
    message = call(
        tool, name="stop_campaign", arguments={"campaign_id": live_campaign(sandbox), **arguments}, confirm=confirm
    )
    assert said in error(message)
    assert "stop_campaign" not in requests_to(sandbox)


@pytest.mark.parametrize("name", sorted(n for n, ep in ENDPOINTS.items() if ep.effect in ("outbound", "destructive")))
def test_no_endpoint_acts_through_call_endpoint_without_confirm(shared, name):
    sandbox, client, ids = shared
    tool = discover(client, allow=ALL_EFFECTS)["call_endpoint"]
    arguments = example(name, ids, BlandEndpointTool(endpoint=name, client=client).args_schema)
    before = len(sandbox.log)
    message = call(tool, name=name, arguments=arguments)
    assert all(ENDPOINTS[sent].effect == "read" for sent in requests_to(sandbox, before))
    if message.status == "success":
        assert content(message)["done"] is False


def test_confirm_given_twice_as_true_acts(sandbox, client):
    tool = discover(client, allow=("read", "destructive"))["call_endpoint"]
    arguments = {"campaign_id": live_campaign(sandbox), "confirm": True}
    content(call(tool, name="stop_campaign", arguments=arguments, confirm=True))
    assert requests_to(sandbox) == ["stop_campaign"]


# -- call_endpoint: validation, errors, budget, async ---------------------------------------------


def test_bad_arguments_are_refused_naming_each_one(sandbox, client):
    tool = discover(client)["call_endpoint"]
    message = call(tool, name="list_calls", arguments={"start_date": "last tuesday", "colour": "red"})
    text = error(message)
    assert text.startswith("Invalid arguments for list_calls: ")
    assert "start_date='last tuesday'" in text and "ISO 8601" in text
    assert "unknown parameter 'colour' (accepted: answered_by, " in text
    assert "campaign_id is required" in error(
        call(discover(client, allow=ALL_EFFECTS)["call_endpoint"], name="stop_campaign", arguments={})
    )
    assert sandbox.log == []


def test_unknown_endpoints_are_refused(client):
    message = call(discover(client)["call_endpoint"], name="list_cals", arguments={})
    assert "No endpoint is named 'list_cals'" in error(message) and "Close names: list_calls" in message.content


def test_an_api_error_reads_as_for_the_endpoints_tool(client):
    tool = discover(client)["call_endpoint"]
    via = call(tool, name="get_call", arguments={"call_id": "no-such-call"})
    direct = call(BlandEndpointTool(endpoint="get_call", client=client), call_id="no-such-call")
    assert error(via) == error(direct) and "404" in via.content


def test_answers_stay_within_the_budget(client):
    tool = BlandToolkit(client, mode="discover", budget=1500).get_tools()[2]
    message = call(tool, name="list_calls", arguments={"limit": 50})
    assert len(message.content) <= 1500
    assert message.artifact == client.calls.list(limit=50).rows
    assert "of 50 calls shown" in content(message)["note"]


async def test_call_endpoint_uses_the_async_client(sandbox, client, async_client):
    tools = {t.name: t for t in BlandToolkit(client, async_client=async_client, mode="discover").get_tools()}
    message = await acall(tools["call_endpoint"], name="list_campaigns", arguments={})
    assert [row["campaign_id"] for row in message.artifact] == list(sandbox.store.campaigns.campaigns)


# -- constants and approval ------------------------------------------------------------------------


def test_constants_are_filled_in_and_not_shown(sandbox, client):
    call_id = next(c["call_id"] for c in sandbox.store.calls.timeline)
    assert ENDPOINTS["get_pathway_call_events"].constants == {"v": "2"}
    tool = BlandEndpointTool(endpoint="get_pathway_call_events", client=client)
    assert "v" not in convert_to_openai_tool(tool)["function"]["parameters"]["properties"]
    call(tool, call_id=call_id)
    call(discover(client)["call_endpoint"], name="get_pathway_call_events", arguments={"call_id": call_id})
    assert [entry["query"].get("v") for entry in sandbox.log] == ["2", "2"]
    assert ENDPOINTS["create_knowledge_base_from_text"].constants == {"type": "text"}


def test_interrupt_on_lists_call_endpoint_when_its_scope_can_act(client):
    assert interrupt_on(BlandToolkit(client, mode="discover").get_tools()) == {}
    tools = BlandToolkit(client, mode="discover", allow=("read", "destructive")).get_tools()
    mapping = interrupt_on(tools)
    assert list(mapping) == ["call_endpoint"]
    assert mapping["call_endpoint"]["allowed_decisions"] == ["approve", "edit", "reject"]
    assert "allowed: read, destructive endpoints" in mapping["call_endpoint"]["description"]
    call_endpoint = tools[2]
    assert call_endpoint.metadata["effect"] == "destructive"
    assert set(call_endpoint.metadata["endpoints"]) == {
        name for name, ep in ENDPOINTS.items() if ep.effect in ("read", "destructive")
    }
    assert tools[0].metadata == tools[1].metadata == {"effect": "read", "endpoints": [], "sends_to": []}
