"""Custom tools (v1) and tools (v2) in the sandbox: CRUD, listing, execution logs and stats."""

from __future__ import annotations

import json
from collections import Counter

import pytest

import bland_nb
from bland_nb.sandbox import Sandbox

from .conftest import CATALOG, assert_shape, raw

BOOKING = {
    "name": "BookTable",
    "description": "Books a table.",
    "url": "https://api.example.com/tables",
    "method": "POST",
    "body": {"party": "{{input.party}}"},
    "tool_timeout": 5000,
}
SLACK = {
    "name": "PostUpdate",
    "description": "Posts an update to Slack",
    "integration": "slack",
    "action": "send_message",
    "speech": "Posting that now.",
}


def all_logs(client, **filters):
    return list(client.tools_v2.execution_logs(page_size=100, **filters))


# -- custom tools (v1) ----------------------------------------------------------------------------


def test_seeded_custom_tools(client):
    tools = client.custom_tools.list().items
    assert len(tools) == 3 and all(t.tool_id.startswith("TL-") for t in tools)
    assert tools[0].tool["name"] == "BookAppointment"
    assert tools[0].tool["response"] == {"confirmation_message": "$.message"}


def test_custom_tool_create_update_delete(client):
    tool_id = client.custom_tools.create(**BOOKING).tool_id
    tool = client.custom_tools.get(tool_id)
    assert (tool.tool["timeout"], tool.tool["method"]) == (5000, "POST")
    assert tool.tool["body"] == {"party": "{{input.party}}"}
    assert tool_id in [t.tool_id for t in client.custom_tools.list()]

    client.custom_tools.update(tool_id, speech="One moment.", tool_timeout=8000)
    updated = client.custom_tools.get(tool_id).tool
    assert (updated["speech"], updated["timeout"], updated["name"], updated["url"]) == (
        "One moment.",
        8000,
        "BookTable",
        BOOKING["url"],
    )

    deleted = raw(client.with_raw_response.custom_tools.delete, tool_id)
    assert deleted == {"status": "success", "message": "Tool has been deleted."}
    assert tool_id not in [t.tool_id for t in client.custom_tools.list()]
    with pytest.raises(bland_nb.NotFoundError) as info:
        client.custom_tools.get(tool_id)
    assert info.value.body == {"status": "error", "message": f"Tool {tool_id} not found"}
    with pytest.raises(bland_nb.NotFoundError):
        client.custom_tools.delete(tool_id)


def test_custom_tool_defaults_and_refusals(client):
    created = client.custom_tools.create(name="Weather", description="d", url="https://w.example")
    tool = client.custom_tools.get(created.tool_id)
    assert (tool.tool["method"], tool.tool["timeout"]) == ("GET", 10000)
    with pytest.raises(bland_nb.BadRequestError, match="reserved word 'transfer'"):
        client.custom_tools.create(**{**BOOKING, "name": "TransferCall"})
    with pytest.raises(bland_nb.BadRequestError, match="https://"):
        client.custom_tools.update(tool.tool_id, url="http://insecure.example")
    assert client.custom_tools.get(tool.tool_id).tool["url"] == "https://w.example"


# -- tools (v2) -----------------------------------------------------------------------------------


def test_v2_list_hides_resource_bound_tools_and_sorts(sandbox, client):
    tools = client.tools_v2.list().items
    stored = sandbox.store.tools_v2.tools.values()
    assert {t.id for t in tools} == {t["id"] for t in stored if t["resource_id"] is None}
    assert len(tools) == len(stored) - 1
    assert [t.created_at for t in tools] == sorted((t.created_at for t in tools), reverse=True)
    oldest_first = client.tools_v2.list(order_by="created_at", order_direction="asc").items
    assert [t.id for t in oldest_first] == [t.id for t in reversed(tools)]
    assert [t.name for t in client.tools_v2.list(search="slack").items] == ["SendSlackMessage"]


def test_v2_paging(client):
    first = raw(client.with_raw_response.tools_v2.list, limit=2)["data"]
    assert len(first["tools"]) == 2 and first["pagination"] == {"page": 1, "limit": 2, "hasMore": True, "nextPage": 2}
    second = raw(client.with_raw_response.tools_v2.list, limit=2, page=2)["data"]
    assert len(second["tools"]) == 1 and second["pagination"]["hasMore"] is False
    assert len([t.id for t in client.tools_v2.list(limit=2)]) == 3


def test_v2_create_and_partial_update(client):
    tool_id = client.tools_v2.create(**SLACK, tool_timeout=20000).id
    listed = client.tools_v2.list().items[0]
    assert (listed.id, listed.name, listed.timeout, listed.integration, listed.is_active) == (
        tool_id,
        "PostUpdate",
        20000,
        "slack",
        True,
    )
    client.tools_v2.update(tool_id, label="Ops", max_retries=2)
    updated = next(t for t in client.tools_v2.list() if t.id == tool_id)
    assert (updated.label, updated.max_retries, updated.name, updated.speech, updated.timeout) == (
        "Ops",
        2,
        "PostUpdate",
        "Posting that now.",
        20000,
    )
    with pytest.raises(bland_nb.BadRequestError) as info:
        client.tools_v2.update(tool_id, cooldown=90)
    assert info.value.code == "TOOL_V2_UPDATE_VALIDATION_ERROR"
    with pytest.raises(bland_nb.BadRequestError) as info:
        client.tools_v2.create(**SLACK, tool_timeout=500)
    assert info.value.code == "INVALID_PARAMETER" and info.value.body["errors"][0]["code"] == "INVALID_PARAMETER"
    with pytest.raises(bland_nb.NotFoundError) as info:
        client.tools_v2.update("TL-missing", label="x")
    assert info.value.code == "TOOL_NOT_FOUND"


def test_execution_logs_page_and_filter(sandbox, client):
    page = raw(client.with_raw_response.tools_v2.execution_logs, page=2, page_size=30)
    counts = (page["totalLogs"], page["totalPages"], page["currentPage"], page["pageSize"], len(page["logs"]))
    assert counts == (160, 6, 2, 30, 30)
    logs = all_logs(client)
    assert len(logs) == 160 and [entry.created_at for entry in logs] == sorted(
        (entry.created_at for entry in logs), reverse=True
    )
    errors = client.tools_v2.execution_logs(status="error", page_size=100)
    assert errors.total == sum(entry.status == "error" for entry in logs) > 0
    assert all(entry.error_type for entry in errors.items)
    slow = all_logs(client, execution_time_ms_gt=500, created_after="2026-11-20")
    assert slow and all(entry.execution_time_ms > 500 and entry.created_at >= "2026-11-20" for entry in slow)
    assert len(slow) == sum(entry.execution_time_ms > 500 and entry.created_at >= "2026-11-20" for entry in logs)
    assert client.calls.get(logs[0].call_id).call_id == logs[0].call_id  # logs point at real calls


def test_execution_stats_are_computed_from_the_logs(client):
    week = [entry for entry in all_logs(client) if entry.created_at >= "2026-11-19T12:00:00"]
    stats = raw(
        client.with_raw_response.tools_v2.execution_stats,
        group_by="integration,status",
        metrics="count,execution_time_ms:avg",
        period="week",
    )
    assert stats["meta"] == {
        "group_by": ["integration", "status"],
        "metrics": ["count", "execution_time_ms:avg"],
        "period": "week",
    }
    counted = Counter((entry.integration, entry.status) for entry in week)
    assert {(r["integration"], r["status"]): r["count"] for r in stats["results"]} == dict(counted)
    row = stats["results"][0]
    times = [
        entry.execution_time_ms
        for entry in week
        if (entry.integration, entry.status) == (row["integration"], row["status"])
    ]
    assert row["execution_time_ms_avg"] == round(sum(times) / len(times), 2) and row["count"] == max(counted.values())
    overall = raw(client.with_raw_response.tools_v2.execution_stats)
    assert overall == {"results": [{"count": 160}], "meta": {"group_by": [], "metrics": ["count"], "period": None}}
    by_tool = raw(client.with_raw_response.tools_v2.execution_stats, group_by="tool_id", status="error")["results"]
    assert sum(r["count"] for r in by_tool) == len(all_logs(client, status="error"))
    with pytest.raises(bland_nb.BadRequestError, match="group_by"):
        client.tools_v2.execution_stats(group_by="colour")


def test_same_seed_same_tools_and_logs():
    def answers(seed: int) -> str:
        r = Sandbox(seed=seed, calls=30).client().with_raw_response
        logs = raw(r.tools_v2.execution_logs, page_size=100)
        return json.dumps([raw(r.custom_tools.list), raw(r.tools_v2.list), logs])

    assert answers(2) == answers(2)
    assert answers(2) != answers(3)


# -- every answer has the documented shape --------------------------------------------------------


def _tool_answers(client) -> dict:
    v1, v2 = client.with_raw_response.custom_tools, client.with_raw_response.tools_v2
    tool_id = client.custom_tools.list().items[0].tool_id
    new_v2 = client.tools_v2.create(**SLACK).id
    return {
        "create_custom_tool": lambda: raw(v1.create, **BOOKING),
        "update_custom_tool": lambda: raw(v1.update, tool_id, speech="Hi"),
        "delete_custom_tool": lambda: raw(v1.delete, tool_id),
        "list_custom_tools": lambda: raw(v1.list),
        "get_custom_tool": lambda: raw(v1.get, tool_id),
        "create_tool_v2": lambda: raw(v2.create, **SLACK),
        "update_tool_v2": lambda: raw(v2.update, new_v2, label="x"),
        "list_tools_v2": lambda: raw(v2.list),
        "list_tool_execution_logs": lambda: raw(v2.execution_logs),
        "get_tool_execution_stats": lambda: raw(
            v2.execution_stats, group_by="integration,status", metrics="count,execution_time_ms:avg", period="week"
        ),
    }


@pytest.mark.parametrize("name", [n for n, e in CATALOG.items() if e["group"] in ("custom_tools", "tools_v2")])
def test_every_tool_answer_has_the_documented_shape(client, name):
    assert_shape(name, _tool_answers(client)[name]())
