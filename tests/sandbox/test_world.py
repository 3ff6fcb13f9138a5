"""The sandbox as a whole: one seeded world, every endpoint given behaviour."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

import bland_nb
from bland_nb.sandbox import Sandbox
from bland_nb.sandbox.handlers import HANDLERS
from bland_nb.sandbox.state import parse_time
from bland_nb.sandbox.state.calls import CallFilters

REMOVED_FROM_THE_API = {"generate_voice_sample_legacy"}  # answers its (empty) documented example


def world(sandbox: Sandbox) -> str:
    """Every group's state, as text."""

    def plain(value: Any) -> Any:
        return {k: v for k, v in vars(value).items() if k not in ("store", "random")}

    return json.dumps({name: plain(state) for name, state in sandbox.store.groups.items()}, sort_keys=True, default=str)


def test_same_seed_same_world_byte_for_byte():
    first, second = world(Sandbox(seed=11, calls=400)), world(Sandbox(seed=11, calls=400))
    assert first == second and len(first) > 100_000
    assert world(Sandbox(seed=12, calls=400)) != first


def test_every_group_is_seeded():
    sandbox = Sandbox(seed=0, calls=300)
    assert set(sandbox.store.groups) == set(bland_nb.GROUPS)  # one state per API group
    client = sandbox.client()
    assert len(client.campaigns.list().items) >= 6 and len(client.batches.list().items) >= 3
    assert client.pathways.list().items and client.voices.list().items and client.knowledge_bases.list().items
    assert client.sms.list_conversations().total > 0 and client.web_agents.list().items
    assert client.organizations.memberships().items and client.blocked_numbers.list(active_only=False).items


def test_every_endpoint_has_a_handler():
    assert set(bland_nb.ENDPOINTS) - set(HANDLERS) == REMOVED_FROM_THE_API


@pytest.mark.parametrize(
    "value, end_of_day, expected",
    [
        ("2026-11-10", False, datetime(2026, 11, 10, tzinfo=UTC)),
        ("2026-11-10", True, datetime(2026, 11, 11, tzinfo=UTC)),
        (date(2026, 11, 10), True, datetime(2026, 11, 11, tzinfo=UTC)),
        ("2026-11-10T05:30:00Z", True, datetime(2026, 11, 10, 5, 30, tzinfo=UTC)),
        ("2026-11-10T05:30:00.250Z", False, datetime(2026, 11, 10, 5, 30, 0, 250000, tzinfo=UTC)),
        ("2026-11-10T05:30:00", False, datetime(2026, 11, 10, 5, 30, tzinfo=UTC)),
        ("2026-11-10T05:30:00+02:00", False, datetime(2026, 11, 10, 5, 30, tzinfo=timezone(timedelta(hours=2)))),
        (None, True, None),
    ],
)
def test_one_time_parser_reads_dates_times_and_z(value, end_of_day, expected):
    parsed = parse_time(value, end_of_day=end_of_day)
    assert parsed == expected and (parsed is None or parsed.utcoffset() == expected.utcoffset())


def test_state_answers_plain_values_as_the_endpoints_do():
    """State methods take plain values; the handlers read the request and shape the answer."""
    sandbox = Sandbox(seed=3, calls=300)
    client, calls, tools = sandbox.client(), sandbox.store.calls, sandbox.store.tools_v2
    window, total = calls.window(CallFilters(answered_by="human", start_date="2026-11-20"), 2, 7, ascending=True)
    page = client.calls.list(answered_by="human", start_date="2026-11-20", ascending=True, limit=5, from_=2)
    assert len(window) == 5 and [c["call_id"] for c in window] == [c.call_id for c in page.items]
    assert total == page.total
    errors = tools.matching({"status": "error"}, since=parse_time("2026-11-15"))
    assert errors and [log["id"] for log in errors] == [
        log.id for log in client.tools_v2.execution_logs(status="error", created_after="2026-11-15", page_size=100)
    ]
