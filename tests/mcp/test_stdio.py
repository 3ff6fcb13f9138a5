"""`bland-nb mcp` over stdio, launched by the official client, against a sandbox server we count."""

from __future__ import annotations

import json

import pytest
from mcp import MCPError

from bland_nb import GROUPS

from .conftest import first_id, requests_to, stdio, text

KEY = "sk-wrong-0123456789-notakey"


async def test_stdio_round_trip(served, tmp_path):
    sandbox, env = served
    campaign_id = first_id(sandbox, "list_campaigns", "campaign_id")
    errlog = tmp_path / "stderr"
    async with stdio(env, "--mode", "tools", "--allow", "read,destructive", errlog=errlog) as client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
        allowed = ("read", "destructive")
        assert list(tools) == [ep.name for group in GROUPS for ep in GROUPS[group] if ep.effect in allowed]
        hints = tools["stop_campaign"].annotations
        assert (hints.read_only_hint, hints.destructive_hint, hints.idempotent_hint) == (False, True, False)
        assert tools["list_campaigns"].annotations.read_only_hint is True

        expected = sandbox.client().invoke("list_campaigns").rows
        since = len(sandbox.log)
        listed = await client.call_tool("list_campaigns", {})
        assert listed.structured_content["result"] == expected and requests_to(sandbox, since) == ["list_campaigns"]

        since = len(sandbox.log)
        preview = await client.call_tool("stop_campaign", {"campaign_id": campaign_id})
        assert json.loads(text(preview))["done"] is False and "stop_campaign" not in requests_to(sandbox, since)

        since = len(sandbox.log)
        stopped = await client.call_tool("stop_campaign", {"campaign_id": campaign_id, "confirm": True})
        assert json.loads(text(stopped))["result"]["status"] == "success"
        assert requests_to(sandbox, since) == ["stop_campaign"]

        since = len(sandbox.log)
        with pytest.raises(MCPError, match="Unknown tool: 'send_sms'"):
            await client.call_tool(
                "send_sms",
                {"user_number": "+14155552671", "agent_number": "+14155550100", "message": "hi", "confirm": True},
            )
        assert requests_to(sandbox, since) == []
    assert f"sandbox server at {env['BLAND_SANDBOX_URL']}" in errlog.read_text()


async def test_a_wrong_key_is_a_tool_error_not_a_crash(served, tmp_path):
    _, env = served
    errlog = tmp_path / "stderr"
    async with stdio({"BLAND_API_KEY": KEY, "BLAND_BASE_URL": env["BLAND_SANDBOX_URL"]}, errlog=errlog) as client:
        assert [tool.name for tool in (await client.list_tools()).tools] == [
            "find_endpoints",
            "describe_endpoint",
            "call_endpoint",
        ]  # the default mode
        for _ in range(2):  # and the server is still there for the next call
            result = await client.call_tool("call_endpoint", {"name": "list_campaigns"})
            assert result.is_error and json.loads(text(result))["error"]["status"] == 401
            assert KEY not in text(result) and KEY[-8:] not in text(result)
    assert "your account, real calls" in errlog.read_text()
    assert KEY not in errlog.read_text()
