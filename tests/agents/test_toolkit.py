"""The toolkit and its tools: what is built from the declarations, outputs, errors, both clients."""

from __future__ import annotations

import json

import httpx
import pytest
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import ValidationError

from bland_nb import ENDPOINTS, GROUPS, BlandClient, NotFoundError
from bland_nb.agents import BlandEndpointTool, BlandToolkit, interrupt_on
from bland_nb.agents.descriptions import EFFECTS

from .conftest import ALL_EFFECTS, acall, call, content, requests_to


def names(tools) -> set[str]:
    return {tool.name for tool in tools}


# -- what the toolkit holds -----------------------------------------------------------------------


def test_the_full_toolkit_has_one_tool_per_endpoint(client):
    tools = BlandToolkit(client, allow=ALL_EFFECTS).get_tools()
    assert [tool.name for tool in tools] == [ep.name for group in GROUPS.values() for ep in group]


def test_groups_and_allow_narrow_the_tools(client):
    tools = BlandToolkit(client, groups=["campaigns", "account"], allow=("read", "destructive")).get_tools()
    expected = {ep.name for group in ("campaigns", "account") for ep in GROUPS[group] if ep.effect in ("read", "destructive")}
    assert names(tools) == expected
    assert names(BlandToolkit(client, groups="calls").get_tools()) == {ep.name for ep in GROUPS["calls"] if ep.effect == "read"}


@pytest.mark.parametrize("option, value, accepted", [
    ("allow", ("read", "spend"), "read, write, outbound, destructive"),
    ("groups", ("calls", "phones"), "calls, campaigns"),
])
def test_unknown_groups_or_effects_are_refused_with_what_is_accepted(client, option, value, accepted):
    with pytest.raises(ValidationError) as error:
        BlandToolkit(client, **{option: value})
    message = str(error.value)
    assert repr(value[1]) in message and accepted in message


def test_each_tool_is_its_endpoint_declaration(client):
    for tool in BlandToolkit(client, allow=ALL_EFFECTS).get_tools():
        endpoint = ENDPOINTS[tool.name]
        assert tool.description == f"{endpoint.summary} {EFFECTS[endpoint.effect]}"
        assert tool.metadata == {"effect": endpoint.effect, "group": endpoint.group, "endpoint": endpoint.name}
        assert tool.response_format == "content_and_artifact" and tool.handle_tool_error is True
        confirmed = endpoint.effect in ("outbound", "destructive")
        fields = dict(tool.args_schema.model_fields)
        assert (fields.pop("confirm").default is False) if confirmed else "confirm" not in fields
        assert fields.keys() == endpoint.params.model_fields.keys()
        assert issubclass(tool.args_schema, endpoint.params)  # its validators run too


def test_the_schema_a_model_reads_describes_every_argument(client):
    for tool in BlandToolkit(client, allow=ALL_EFFECTS).get_tools():
        spec = convert_to_openai_tool(tool)["function"]
        assert spec["name"] == tool.name and spec["description"] == tool.description
        properties = spec["parameters"].get("properties", {})
        assert set(properties) == set(tool.args_schema.model_fields)  # Python names, as _run receives them
        assert all(prop.get("description") for prop in properties.values()), tool.name


def test_a_tool_can_be_built_from_a_catalog_name(client):
    tool = BlandEndpointTool(endpoint="get_account_details", client=client)
    assert tool.name == "get_account_details" and tool.metadata["effect"] == "read"
    with pytest.raises(ValidationError, match="unknown endpoint 'get_acount'"):
        BlandEndpointTool(endpoint="get_acount", client=client)


def test_interrupt_on_maps_every_tool_that_changes_something(client):
    tools = BlandToolkit(client, allow=ALL_EFFECTS).get_tools()
    mapping = interrupt_on(tools)
    assert set(mapping) == {name for name, ep in ENDPOINTS.items() if ep.effect != "read"}
    for name, config in mapping.items():
        assert config["allowed_decisions"] == ["approve", "edit", "reject"]
        assert config["description"]
    assert interrupt_on(BlandToolkit(client).get_tools()) == {}


# -- outputs --------------------------------------------------------------------------------------


def test_a_page_shows_what_fits_and_says_what_was_cut(client):
    tool = BlandEndpointTool(endpoint="list_calls", client=client, budget=1500)
    message = call(tool, limit=50)
    page = client.calls.list(limit=50)
    body = content(message)
    assert len(message.content) <= 1500
    assert message.artifact == page.rows
    shown = len(body["result"])
    assert 0 < shown < 50 and body["result"] == page.rows[:shown]
    assert body["total"] == page.total
    assert body["next_page"] == {"limit": 50, "from_": 50, "to": 100}
    assert f"{shown} of 50 calls shown; the artifact holds all 50" in body["note"]
    assert f"{page.total:,} match in all" in body["note"]


def test_next_page_arguments_fetch_the_next_page(client):
    tool = BlandEndpointTool(endpoint="list_calls", client=client)
    first = content(call(tool, limit=20))
    second = call(tool, **first["next_page"])
    assert second.artifact == client.calls.list(limit=20, from_=20, to=40).rows


def test_a_large_object_has_its_texts_cut_never_its_ids(client, sandbox):
    call_id = next(c["call_id"] for c in sandbox.store.calls.timeline if c["answered_by"] == "human")
    full = client.calls.get(call_id).raw
    tool = BlandEndpointTool(endpoint="get_call", client=client, budget=2000)
    message = call(tool, call_id=call_id)
    body = content(message)
    assert len(json.dumps(full, separators=(",", ":"))) > 2000 >= len(message.content)
    assert message.artifact == full
    assert body["result"]["call_id"] == call_id and body["result"]["to"] == full["to"]
    assert body["result"]["concatenated_transcript"] != full["concatenated_transcript"]
    assert full["concatenated_transcript"].startswith(body["result"]["concatenated_transcript"].rstrip("…"))
    assert "texts longer than" in body["note"]


def test_a_small_result_is_shown_whole(client):
    message = call(BlandEndpointTool(endpoint="get_account_details", client=client))
    assert content(message) == {"result": client.account.get().raw}
    assert message.artifact == client.account.get().raw


def test_the_budget_is_never_exceeded(client):
    tools = BlandToolkit(client, budget=500).get_tools()
    for tool in tools:
        if not any(field.is_required() for field in tool.args_schema.model_fields.values()):
            message = call(tool)
            assert len(message.content) <= 500, tool.name


# -- errors ---------------------------------------------------------------------------------------


def test_an_api_error_reads_as_the_status_and_the_server_message(client, sandbox):
    tool = BlandEndpointTool(endpoint="get_call", client=client)
    message = call(tool, call_id="no-such-call")
    with pytest.raises(NotFoundError) as error:
        client.calls.get("no-such-call")
    assert message.status == "error"
    assert f"{error.value.status_code}" in message.content and error.value.message in message.content


def test_bad_arguments_are_refused_before_sending_naming_each_one(client, sandbox):
    tool = BlandEndpointTool(endpoint="list_calls", client=client)
    before = len(sandbox.log)
    message = call(tool, start_date="last tuesday", colour="red")
    assert message.status == "error"
    assert "start_date" in message.content and "ISO 8601" in message.content
    assert "colour" in message.content
    assert len(sandbox.log) == before


def test_a_connection_failure_is_an_answer_too(sandbox):
    def refuse(request):
        raise httpx.ConnectError("refused")

    offline = BlandClient(api_key=sandbox.api_key, transport=httpx.MockTransport(refuse), max_retries=0)
    message = call(BlandEndpointTool(endpoint="list_campaigns", client=offline))
    assert message.status == "error" and "Could not reach the Bland API" in message.content


# -- sync and async -------------------------------------------------------------------------------


async def test_ainvoke_uses_the_async_client(sandbox, async_client):
    def fail(request):
        raise AssertionError("the sync client was used")

    sync_client = BlandClient(api_key=sandbox.api_key, transport=httpx.MockTransport(fail))
    tool = BlandEndpointTool(endpoint="list_campaigns", client=sync_client, async_client=async_client)
    message = await acall(tool)
    assert [row["campaign_id"] for row in message.artifact] == list(sandbox.store.campaigns.campaigns)


async def test_ainvoke_without_an_async_client_runs_the_sync_path(client, sandbox):
    message = await acall(BlandEndpointTool(endpoint="list_campaigns", client=client))
    assert [row["campaign_id"] for row in message.artifact] == list(sandbox.store.campaigns.campaigns)
    assert requests_to(sandbox) == ["list_campaigns"]


async def test_async_errors_and_pages_match_the_sync_ones(client, async_client):
    tool = BlandEndpointTool(endpoint="list_calls", client=client, async_client=async_client)
    assert (await acall(tool, limit=30)).content == call(tool, limit=30).content
    missing = BlandEndpointTool(endpoint="get_call", client=client, async_client=async_client)
    assert (await acall(missing, call_id="nope")).content == call(missing, call_id="nope").content
