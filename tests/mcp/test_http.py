"""`bland-nb mcp --transport http --confirm human` on loopback, with the official client on both
protocol eras: tools, a read, and a stop that only a person's approval lets through."""

from __future__ import annotations

import json

import httpx
import pytest
from mcp import Client, types

from bland_nb import GROUPS
from bland_nb.mcp.confirm import DECLINED, MUST_CONFIRM

from .conftest import first_id, http_server, requests_to, served_sandbox, text

ERAS = ["auto", "legacy"]


@pytest.fixture(scope="module")
def http():
    """One server for the module: (sandbox, URL, the server's stderr lines)."""
    with served_sandbox() as (sandbox, env):
        with http_server(env, "--mode", "tools", "--allow", "read,destructive", "--confirm", "human") as (url, lines):
            yield sandbox, url, lines


@pytest.mark.parametrize("era", ERAS)
async def test_http_lists_the_tools_and_reads(http, era):
    sandbox, url, lines = http
    async with Client(url, mode=era) as client:
        names = [tool.name for tool in (await client.list_tools()).tools]
        assert names == [ep.name for group in GROUPS for ep in GROUPS[group] if ep.effect in ("read", "destructive")]
        expected = sandbox.client().invoke("list_campaigns").rows
        result = await client.call_tool("list_campaigns", {})
    assert result.structured_content["result"] == expected
    assert any("sandbox server at http://127.0.0.1:" in line for line in lines)


def answering(answer):
    async def callback(context, params):
        return answer

    return callback


@pytest.mark.parametrize("era", ERAS)
@pytest.mark.parametrize(
    "answer, stops, note",
    [
        (types.ElicitResult(action="accept", content={"approve": True}), 1, None),
        (types.ElicitResult(action="decline"), 0, DECLINED),
        (None, 0, MUST_CONFIRM),
    ],
    ids=["approved", "declined", "no-elicitation"],
)
async def test_http_a_person_confirms_the_stop(http, era, answer, stops, note):
    sandbox, url, _ = http
    campaign_id = first_id(sandbox, "list_campaigns", "campaign_id")
    since = len(sandbox.log)
    callback = {"elicitation_callback": answering(answer)} if answer else {}
    async with Client(url, mode=era, **callback) as client:
        result = await client.call_tool("stop_campaign", {"campaign_id": campaign_id, "confirm": True})
    assert requests_to(sandbox, since).count("stop_campaign") == stops
    if note:
        assert json.loads(result.content[0].text)["done"] is False and result.content[1].text == note
    else:
        assert json.loads(text(result))["result"]["status"] == "success"


def test_http_refuses_a_foreign_host_header(http):
    """On loopback the SDK's DNS-rebinding guard turns away pages that resolve a name to 127.0.0.1."""
    _, url, _ = http
    answer = httpx.post(
        url,
        headers={"Host": "attacker.example", "Accept": "application/json, text/event-stream"},
        json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
        timeout=10,
    )
    assert answer.status_code in (403, 421)
