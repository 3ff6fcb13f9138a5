"""An agent loop with a scripted tool-calling chat model: list campaigns, ask to stop one, read
the preview, confirm, and the campaign is stopped, once. Sync (`invoke`) and async (`ainvoke`),
with one tool per endpoint and in discover mode (find → describe → call → preview → confirm)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.utils.function_calling import convert_to_openai_tool

from bland_nb.agents import BlandToolkit

from .conftest import requests_to


class ScriptedToolModel(GenericFakeChatModel):
    """A fake chat model that can be bound to tools; its answers come from `messages`."""

    def bind_tools(self, tools: list[Any], **kwargs: Any) -> Any:
        return self.bind(tools=[convert_to_openai_tool(tool) for tool in tools], **kwargs)


def tool_call(name: str, args: dict[str, Any], ident: str) -> AIMessage:
    return AIMessage("", tool_calls=[{"name": name, "args": args, "id": ident, "type": "tool_call"}])


def script(conversation: list[BaseMessage]) -> Iterator[AIMessage]:
    """What the model says, turn by turn, reading the tool answers as a model would."""
    yield tool_call("list_campaigns", {}, "1")
    campaigns = json.loads(conversation[-1].content)["result"]
    target = next(c["campaign_id"] for c in campaigns if c["campaign_name"] == "Event invites")
    yield tool_call("stop_campaign", {"campaign_id": target}, "2")
    preview = json.loads(conversation[-1].content)
    assert preview["done"] is False and preview["preview"].startswith(f"would stop campaign {target}")
    yield tool_call("stop_campaign", {"campaign_id": target, "confirm": True}, "3")
    stopped = json.loads(conversation[-1].content)["result"]["num_calls"]
    yield AIMessage(f"Stopped the campaign; {stopped} calls were cancelled.")


def discover_script(conversation: list[BaseMessage]) -> Iterator[AIMessage]:
    """The same task in discover mode: find the endpoints, read their arguments, call them."""
    yield tool_call("find_endpoints", {"query": "stop the Event invites campaign"}, "1")
    found = [match["name"] for match in json.loads(conversation[-1].content)["matches"]]
    assert found[0] == "stop_campaign" and "list_campaigns" in found
    yield tool_call("call_endpoint", {"name": "list_campaigns"}, "2")
    campaigns = json.loads(conversation[-1].content)["result"]
    target = next(c["campaign_id"] for c in campaigns if c["campaign_name"] == "Event invites")
    yield tool_call("describe_endpoint", {"name": "stop_campaign"}, "3")
    described = json.loads(conversation[-1].content)
    assert described["effect"] == "destructive" and "campaign_id" in described["parameters"]["required"]
    stop = {"name": "stop_campaign", "arguments": {"campaign_id": target}}
    yield tool_call("call_endpoint", stop, "4")
    preview = json.loads(conversation[-1].content)
    assert preview["done"] is False and preview["preview"].startswith(f"would stop campaign {target}")
    assert "call_endpoint again" in preview["note"]
    yield tool_call("call_endpoint", {**stop, "confirm": True}, "5")
    stopped = json.loads(conversation[-1].content)["result"]["num_calls"]
    yield AIMessage(f"Stopped the campaign; {stopped} calls were cancelled.")


MODES = {"tools": script, "discover": discover_script}


def setup(mode: str = "tools", **clients: Any) -> tuple[list[BaseMessage], Any, dict[str, Any]]:
    conversation: list[BaseMessage] = [HumanMessage("Stop the Event invites campaign.")]
    tools = BlandToolkit(allow=("read", "destructive"), groups="campaigns", mode=mode, **clients).get_tools()
    model = ScriptedToolModel(messages=MODES[mode](conversation)).bind_tools(tools)
    return conversation, model, {tool.name: tool for tool in tools}


def run_agent(client: Any, mode: str = "tools") -> list[BaseMessage]:
    conversation, model, tools = setup(mode, client=client)
    while True:
        answer = model.invoke(conversation)
        conversation.append(answer)
        if not answer.tool_calls:
            return conversation
        conversation.extend(tools[call["name"]].invoke(call) for call in answer.tool_calls)


async def arun_agent(client: Any, async_client: Any, mode: str = "tools") -> list[BaseMessage]:
    conversation, model, tools = setup(mode, client=client, async_client=async_client)
    while True:
        answer = await model.ainvoke(conversation)
        conversation.append(answer)
        if not answer.tool_calls:
            return conversation
        conversation.extend([await tools[call["name"]].ainvoke(call) for call in answer.tool_calls])


def event_invites(sandbox: Any) -> tuple[str, int]:
    """The live campaign's id and how many of its calls are queued or live."""
    campaign_id = next(
        cid for cid, c in sandbox.store.campaigns.campaigns.items() if c["campaign_name"] == "Event invites"
    )
    return campaign_id, sandbox.store.calls.pending_among(sandbox.store.calls.of_campaign(campaign_id))


def check_stopped(sandbox: Any, conversation: list[BaseMessage], pending: int, campaign_id: str) -> None:
    assert sandbox.store.campaigns.campaigns[campaign_id]["status"] == "stopped"
    assert sandbox.store.calls.pending_among(sandbox.store.calls.of_campaign(campaign_id)) == 0
    assert requests_to(sandbox).count("stop_campaign") == 1
    assert all(m.status == "success" for m in conversation if isinstance(m, ToolMessage))
    assert conversation[-1].content == f"Stopped the campaign; {pending} calls were cancelled."


@pytest.mark.parametrize("mode", MODES)
def test_agent_previews_then_confirms_and_the_campaign_stops(sandbox, client, mode):
    campaign_id, pending = event_invites(sandbox)
    assert pending > 0 and sandbox.store.campaigns.campaigns[campaign_id]["status"] == "in_progress"
    conversation = run_agent(client, mode)
    check_stopped(sandbox, conversation, pending, campaign_id)
    assert len([m for m in conversation if isinstance(m, ToolMessage)]) == {"tools": 3, "discover": 5}[mode]


@pytest.mark.parametrize("mode", MODES)
async def test_the_same_agent_with_ainvoke(sandbox, client, async_client, mode):
    campaign_id, pending = event_invites(sandbox)
    conversation = await arun_agent(client, async_client, mode)
    check_stopped(sandbox, conversation, pending, campaign_id)
