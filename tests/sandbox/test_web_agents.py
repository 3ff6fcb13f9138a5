"""Web agents in the sandbox: create, update, authorize a browser call, delete, list."""

from __future__ import annotations

import json

import pytest

import bland_nb
from bland_nb.sandbox import Sandbox

from .conftest import CATALOG, assert_shape, raw


@pytest.fixture
def client():
    return Sandbox(seed=1, calls=200).client(max_retries=0)


def agent(client, agent_id: str):
    return next(a for a in client.web_agents.list() if a.agent_id == agent_id)


def test_seeded_agents(client):
    agents = client.web_agents.list().items
    assert len(agents) == 3 and {a.voice for a in agents} == {"maya", "josh", "june"}
    receptionist = next(a for a in agents if a.webhook)
    assert receptionist.tools == [client.custom_tools.list().items[0].tool_id]


def test_create_then_list_shows_it_with_defaults(client):
    created = raw(client.with_raw_response.web_agents.create, prompt="Sell umbrellas.", voice="nat", max_duration=12)
    listed = agent(client, created["agent"]["agent_id"])
    assert (listed.prompt, listed.voice, listed.max_duration, listed.model, listed.language) == (
        "Sell umbrellas.",
        "nat",
        12,
        "base",
        "ENG",
    )
    assert "webhook" not in created["agent"] and listed.webhook is None


def test_update_changes_only_what_is_sent_and_nulls_clear(client):
    agent_id = client.web_agents.create(prompt="Hi", webhook="https://hooks.example/a", max_duration=10).agent_id
    answer = client.web_agents.update(agent_id, model="turbo", webhook=None, max_duration=None)
    assert answer.raw == {
        "status": "success",
        "message": f"Successfully updated agent {agent_id}.",
        "updates": {"webhook": None, "model": "turbo", "max_duration": None},
    }
    updated = agent(client, agent_id)
    assert (updated.model, updated.webhook, updated.max_duration, updated.prompt) == ("turbo", None, 30, "Hi")


def test_a_pathway_takes_over_the_prompt(client):
    agent_id = client.web_agents.create(prompt="Hi", first_sentence="Hello!", model="turbo").agent_id
    client.web_agents.update(agent_id, pathway_id="c3f9d1e2-0000-4000-8000-000000000001")
    updated = agent(client, agent_id)
    assert (updated.prompt, updated.first_sentence, updated.model) == (None, None, "base")


def test_refusals(client):
    with pytest.raises(bland_nb.BadRequestError, match="prompt"):
        client.web_agents.create(voice="maya")
    with pytest.raises(bland_nb.BadRequestError, match="Invalid voice"):
        client.web_agents.create(prompt="Hi", voice="nobody")
    with pytest.raises(bland_nb.BadRequestError, match="TL-nope"):
        client.web_agents.create(prompt="Hi", tools=["TL-nope"])
    with pytest.raises(bland_nb.NotFoundError):
        client.web_agents.update("no-such-agent", model="turbo")


def test_authorize_gives_fresh_deterministic_tokens():
    def tokens(seed: int) -> list[str]:
        client = Sandbox(seed=seed, calls=20).client()
        agent_id = client.web_agents.list().items[0].agent_id
        return [client.web_agents.authorize_call(agent_id, request_data={"name": "Ann"}).token for _ in range(2)]

    first = tokens(4)
    assert first == tokens(4) and first[0] != first[1] and first != tokens(5)


def test_delete_removes_the_agent(client):
    agent_id = client.web_agents.create(prompt="Temporary").agent_id
    assert client.web_agents.delete(agent_id).message == f"Successfully deleted agent {agent_id}"
    assert agent_id not in [a.agent_id for a in client.web_agents.list()]
    for gone in (client.web_agents.delete, client.web_agents.authorize_call):
        with pytest.raises(bland_nb.NotFoundError):
            gone(agent_id)


def test_same_seed_same_agents():
    def listed(seed: int) -> str:
        return json.dumps(raw(Sandbox(seed=seed, calls=20).client().with_raw_response.web_agents.list))

    assert listed(8) == listed(8) and listed(8) != listed(9)


@pytest.mark.parametrize("name", [n for n, e in CATALOG.items() if e["group"] == "web_agents"])
def test_every_web_agent_answer_has_the_documented_shape(client, name):
    r = client.with_raw_response.web_agents
    agent_id = client.web_agents.list().items[0].agent_id
    answers = {
        "create_web_agent": lambda: raw(r.create, prompt="Hi", voice="maya"),
        "update_web_agent": lambda: raw(r.update, agent_id, model="base"),
        "authorize_web_agent_call": lambda: raw(r.authorize_call, agent_id),
        "delete_web_agent": lambda: raw(r.delete, agent_id),
        "list_web_agents": lambda: raw(r.list),
    }
    assert_shape(name, answers[name]())
