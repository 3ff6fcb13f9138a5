"""`build_server` in process (`mcp.Client(server)`): the tools listed per allow set, their
annotations, results, and confirmation by a person on both protocol eras."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from mcp import Client, MCPError, types

from bland_nb import EFFECTS, ENDPOINTS, GROUPS
from bland_nb.agents import DEFAULT_BUDGET
from bland_nb.cli import main
from bland_nb.mcp import build_server
from bland_nb.mcp.confirm import DECLINED, MUST_CONFIRM
from bland_nb.sandbox import Sandbox

from .conftest import first_id, requests_to, text

ERAS = ["auto", "legacy"]
"""`auto` settles on the 2026-07-28 protocol with this SDK's server; `legacy` on 2025-11-25."""


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(seed=3, calls=200)


def server(sandbox: Sandbox, **options):
    options.setdefault("mode", "tools")
    return build_server(sandbox.client(max_retries=0), **options)


def declared(allow, groups=None) -> list[str]:
    return [ep.name for group in groups or GROUPS for ep in GROUPS[group] if ep.effect in allow]


@pytest.mark.parametrize("allow", [("read",), ("read", "destructive"), ("read", "outbound"), EFFECTS])
async def test_tools_mode_lists_one_tool_per_allowed_endpoint(sandbox, allow):
    async with Client(server(sandbox, allow=allow)) as client:
        assert [tool.name for tool in (await client.list_tools()).tools] == declared(allow)


async def test_groups_narrow_the_tools(sandbox):
    async with Client(server(sandbox, allow=EFFECTS, groups=["campaigns", "sms"])) as client:
        assert [tool.name for tool in (await client.list_tools()).tools] == declared(EFFECTS, ["campaigns", "sms"])


GATEWAY = ["find_endpoints", "describe_endpoint", "call_endpoint"]


@pytest.mark.parametrize("allow", [("read",), ("read", "destructive"), EFFECTS])
async def test_discover_mode_is_the_default_and_lists_three_tools(sandbox, allow):
    async with Client(build_server(sandbox.client(), allow=allow)) as client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
    assert list(tools) == GATEWAY
    for name in GATEWAY[:2]:
        hints = tools[name].annotations
        assert (hints.read_only_hint, hints.destructive_hint, hints.idempotent_hint, hints.open_world_hint) == (
            True,
            False,
            True,
            False,
        )
    reach, hints = [ENDPOINTS[name] for name in declared(allow)], tools["call_endpoint"].annotations
    assert (hints.read_only_hint, hints.destructive_hint, hints.idempotent_hint, hints.open_world_hint) == (
        allow == ("read",),
        "destructive" in allow,
        all(ep.retry_safe for ep in reach),
        any(ep.effect == "outbound" or bool(ep.sends_to) for ep in reach),
    )


async def test_annotations_come_from_the_declarations(sandbox):
    async with Client(server(sandbox, allow=EFFECTS)) as client:
        tools = (await client.list_tools()).tools
    assert len(tools) == len(ENDPOINTS)
    for tool in tools:
        ep, hints = ENDPOINTS[tool.name], tool.annotations
        assert tool.title == hints.title == tool.name.replace("_", " ").capitalize()
        assert (hints.read_only_hint, hints.destructive_hint, hints.idempotent_hint, hints.open_world_hint) == (
            ep.effect == "read",
            ep.effect == "destructive",
            ep.retry_safe,
            ep.effect == "outbound" or bool(ep.sends_to),
        ), tool.name
        assert tool.description.startswith(ep.summary)
        confirms = ep.effect in ("outbound", "destructive") or bool(ep.sends_to)
        assert ("confirm" in tool.input_schema["properties"]) is confirms


async def test_a_read_tool_answers_text_within_the_budget_and_the_whole_result_as_structured_content(sandbox):
    async with Client(server(sandbox)) as client:
        result = await client.call_tool("list_calls", {"limit": 100})
    assert not result.is_error and len(result.content) == 1
    content = json.loads(text(result))
    assert len(text(result)) <= DEFAULT_BUDGET and "of 100 calls shown" in content["note"]
    assert result.structured_content["result"] == sandbox.client().invoke("list_calls", limit=100).rows


async def test_a_tool_outside_allow_is_refused_and_sends_nothing(sandbox):
    async with Client(server(sandbox)) as client:
        with pytest.raises(MCPError, match="Unknown tool: 'send_call'"):
            await client.call_tool("send_call", {"phone_number": "+14155552671", "task": "hi", "confirm": True})
    assert sandbox.log == []


async def test_bad_arguments_are_a_tool_error_naming_them(sandbox):
    async with Client(server(sandbox, allow=("read", "destructive"))) as client:
        result = await client.call_tool("stop_campaign", {"campaign_id": "x", "confirm": "true"})
    assert result.is_error and "confirm" in text(result) and sandbox.log == []


# -- confirmation by a person ---------------------------------------------------------------------


def elicitation(*answers: types.ElicitResult):
    """An elicitation callback giving `answers` in turn, and the messages it was asked."""
    asked: list[str] = []

    async def answer(context, params):
        asked.append(params.message)
        return answers[len(asked) - 1]

    return answer, asked


APPROVE = types.ElicitResult(action="accept", content={"approve": True})
UNTICKED = types.ElicitResult(action="accept", content={"approve": False})
DECLINE = types.ElicitResult(action="decline")


async def stop_first_campaign(
    sandbox: Sandbox, era: str, confirm: bool = True, **client
) -> tuple[types.CallToolResult, list[str]]:
    """Call stop_campaign through a `confirm="human"` server: the result and the requests it caused."""
    campaign_id = first_id(sandbox, "list_campaigns", "campaign_id")
    since = len(sandbox.log)
    async with Client(server(sandbox, allow=("read", "destructive"), confirm="human"), mode=era, **client) as session:
        result = await session.call_tool("stop_campaign", {"campaign_id": campaign_id, "confirm": confirm})
    return result, requests_to(sandbox, since)


@pytest.mark.parametrize("era", ERAS)
async def test_human_confirm_acts_once_when_approved(sandbox, era):
    callback, asked = elicitation(APPROVE)
    result, sent = await stop_first_campaign(sandbox, era, elicitation_callback=callback)
    assert sent.count("stop_campaign") == 1 and sent[-1] == "stop_campaign"
    assert json.loads(text(result))["result"]["status"] == "success"
    assert len(asked) == 1 and asked[0].startswith("stop_campaign would stop campaign ")


@pytest.mark.parametrize("era", ERAS)
@pytest.mark.parametrize("answer", [DECLINE, UNTICKED], ids=["declined", "unticked"])
async def test_human_confirm_does_nothing_unless_approved(sandbox, era, answer):
    callback, asked = elicitation(answer)
    result, sent = await stop_first_campaign(sandbox, era, elicitation_callback=callback)
    assert "stop_campaign" not in sent and len(asked) == 1
    assert json.loads(result.content[0].text)["done"] is False and result.content[1].text == DECLINED


@pytest.mark.parametrize("era", ERAS)
async def test_a_client_that_cannot_ask_gets_the_preview_and_who_must_confirm(sandbox, era):
    result, sent = await stop_first_campaign(sandbox, era)
    assert "stop_campaign" not in sent and not result.is_error
    assert json.loads(result.content[0].text)["preview"].startswith("would stop campaign")
    assert result.content[1].text == MUST_CONFIRM


async def test_without_confirm_human_mode_previews_without_asking(sandbox):
    callback, asked = elicitation(APPROVE)
    result, sent = await stop_first_campaign(sandbox, "auto", confirm=False, elicitation_callback=callback)
    assert asked == [] and "stop_campaign" not in sent and len(result.content) == 1


async def test_discover_mode_asks_a_person_before_call_endpoint_acts(sandbox):
    campaign_id = first_id(sandbox, "list_campaigns", "campaign_id")
    callback, asked = elicitation(APPROVE)
    since = len(sandbox.log)
    async with Client(
        server(sandbox, allow=("read", "destructive"), confirm="human", mode="discover"), elicitation_callback=callback
    ) as session:
        call = {"name": "stop_campaign", "arguments": {"campaign_id": campaign_id}}
        preview = await session.call_tool("call_endpoint", call)
        assert json.loads(text(preview))["done"] is False and asked == []
        result = await session.call_tool("call_endpoint", {**call, "confirm": True})
    assert json.loads(text(result))["result"]["status"] == "success"
    assert requests_to(sandbox, since).count("stop_campaign") == 1 and asked[0].startswith("stop_campaign would stop")


async def test_an_answer_nobody_asked_for_counts_for_nothing(sandbox):
    """A client sending an approval with its first call is asked anyway; a forged state is refused."""
    campaign_id = first_id(sandbox, "list_campaigns", "campaign_id")
    callback, asked = elicitation(DECLINE)
    since = len(sandbox.log)
    human = server(sandbox, allow=("read", "destructive"), confirm="human")
    async with Client(human, elicitation_callback=callback) as session:
        arguments = {"campaign_id": campaign_id, "confirm": True}
        await session.call_tool("stop_campaign", arguments, input_responses={"approve": APPROVE})
        assert len(asked) == 1
        with pytest.raises(MCPError, match="requestState"):
            await session.call_tool(
                "stop_campaign", arguments, input_responses={"approve": APPROVE}, request_state="asked"
            )
    assert "stop_campaign" not in requests_to(sandbox, since)


# -- the package and the command ------------------------------------------------------------------


def test_import_bland_nb_loads_no_mcp():
    code = "import sys, bland_nb; print(sorted(m for m in ('mcp', 'bland_nb.mcp') if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


@pytest.mark.parametrize(
    "argv, error",
    [
        (
            ["--allow", "read,bogus"],
            "argument --allow: unknown effect 'bogus'; accepted: read, write, outbound, destructive",
        ),
        (["--groups", "calls,nope"], "argument --groups: unknown group 'nope'"),
        (["--transport", "sse"], "argument --transport: invalid choice: 'sse'"),
        (["--confirm", "maybe"], "argument --confirm: invalid choice: 'maybe'"),
    ],
)
def test_bad_options_are_one_line(capsys, argv, error):
    with pytest.raises(SystemExit) as exit:
        main(["mcp", *argv])
    err = capsys.readouterr().err
    assert exit.value.code == 2 and err.startswith(f"bland-nb mcp: error: {error}") and err.count("\n") == 1


def test_build_server_refuses_an_unknown_confirm(sandbox):
    with pytest.raises(ValueError, match="confirm='robot'"):
        build_server(sandbox.client(), mode="tools", confirm="robot")
