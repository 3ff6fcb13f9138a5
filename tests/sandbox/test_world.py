"""The sandbox as a whole: one seeded world, every endpoint given behaviour."""

from __future__ import annotations

import json
from typing import Any

import bland_nb
from bland_nb.sandbox import Sandbox
from bland_nb.sandbox.handlers import HANDLERS

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
