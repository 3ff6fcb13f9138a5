"""Pathways in the sandbox: graphs, versions, folders, chat sessions that walk the graph, call
events and generation jobs, all driven through the real client."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

import bland_nb
from bland_nb.sandbox import Sandbox

from .conftest import CATALOG

PROMPT = (
    "Greet the caller and ask for their name. Ask which product they are interested in. "
    "Offer to email them a brochure. Thank them and say goodbye."
)
NODES = [
    {"id": "1", "type": "Default", "data": {"name": "Start", "text": "Hello, want the news?", "isStart": True}},
    {"id": "2", "type": "Default", "data": {"name": "News", "text": "Today it is sunny."}},
    {"id": "3", "type": "End Call", "data": {"name": "Bye", "text": "Goodbye!"}},
]
EDGES = [
    {"id": "e1", "source": "1", "target": "2", "label": "yes tell me the news"},
    {"id": "e2", "source": "2", "target": "3", "label": "thanks bye"},
]


# -- answer shapes, shared with test_knowledge_bases -------------------------------------------


def _layers(body: Any, where: str = "") -> dict[str, list[set[str]]]:
    """The key sets to compare: the top level, the `data` payload (nested too), and the items of
    every list of objects at those levels, by where they sit."""
    if isinstance(body, list):
        items = [set(item) for item in body if isinstance(item, dict)]
        return {where + "[]": items} if items else {}
    if not isinstance(body, dict):
        return {}
    found = {where or ".": [set(body)]}
    for key, value in body.items():
        if key == "data" or (isinstance(value, list) and value and isinstance(value[0], dict)):
            found.update(_layers(value, f"{where}.{key}"))
    return found


def assert_shape(name: str, body: Any, extra: frozenset = frozenset()) -> None:
    """The answer has the example's keys at every layer; list items may be any of the example's kinds."""
    expected = _layers(CATALOG[name]["response_example"])
    got = _layers(body)
    assert set(got) == set(expected), name
    for where, kinds in expected.items():
        least, most = set.intersection(*kinds), set.union(*kinds) | extra
        for keys in got[where]:
            assert least <= keys <= most, (name, where, keys ^ most)


# -- the seeded world -------------------------------------------------------------------------


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(seed=1, calls=200)


def pathway_named(client, name: str) -> dict[str, Any]:
    return next(p for p in client.with_raw_response.pathways.list().json() if p["name"] == name)


def test_seeded_pathways_have_real_graphs(sandbox):
    pathways = sandbox.client().with_raw_response.pathways.list().json()
    assert 4 <= len(pathways) <= 5
    assert {"Appointment booking", "Inbound support triage"} <= {p["name"] for p in pathways}
    kinds = set()
    for pathway in pathways:
        ids = [n["id"] for n in pathway["nodes"]]
        assert len(ids) == len(set(ids)) >= 4
        assert [n["id"] for n in pathway["nodes"] if n["data"].get("isStart")] == ["1"]
        assert all(e["source"] in ids and e["target"] in ids and e["label"] for e in pathway["edges"])
        assert all(n["data"]["name"] and (n["data"].get("text") or n["data"].get("prompt")) for n in pathway["nodes"])
        kinds |= {n["type"] for n in pathway["nodes"]}
    assert kinds == {"Default", "End Call", "Transfer Call"}


def test_same_seed_same_pathways_other_seed_differs():
    def world(seed: int) -> str:
        raw = Sandbox(seed=seed, calls=50).client().with_raw_response
        first = raw.pathways.list().json()[0]["id"]
        answers = [raw.pathways.list(), raw.pathway_folders.list(), raw.pathway_versions.list(first)]
        return json.dumps([answer.json() for answer in answers])

    assert world(5) == world(5)
    assert world(5) != world(6)


def test_create_update_and_delete_a_pathway(sandbox):
    client = sandbox.client()
    created = client.pathways.create(name="News line", description="Reads the news")
    assert created.status == "success"
    pathway_id = created.raw["pathway_id"]
    assert client.pathways.get(pathway_id).name == "News line" and client.pathways.get(pathway_id).nodes == []
    answer = client.with_raw_response.pathways.update(pathway_id, name="News desk", nodes=NODES, edges=EDGES).json()
    assert answer["pathway_data"] == {
        "pathway_id": pathway_id,
        "name": "News desk",
        "description": "Reads the news",
        "nodes": NODES,
        "edges": EDGES,
    }
    client.pathways.update(pathway_id, nodes=NODES[:2])  # new nodes replace the graph; dangling edges go
    fetched = client.pathways.get(pathway_id)
    assert [n["id"] for n in fetched.nodes] == ["1", "2"] and [e["id"] for e in fetched.edges] == ["e1"]
    assert pathway_id in [p.id for p in client.pathways.list()]
    assert client.pathways.delete(pathway_id).status == "success"
    assert pathway_id not in [p.id for p in client.pathways.list()]
    with pytest.raises(bland_nb.NotFoundError):
        client.pathways.get(pathway_id)


def test_update_refuses_edges_between_unknown_nodes(sandbox):
    client = sandbox.client()
    pathway = pathway_named(client, "Appointment booking")
    with pytest.raises(bland_nb.BadRequestError, match="e9"):
        client.pathways.update(pathway["id"], nodes=NODES, edges=[{"id": "e9", "source": "1", "target": "nowhere"}])
    assert client.pathways.get(pathway["id"]).nodes == pathway["nodes"]


def test_session_token_expires_in_an_hour_of_sandbox_time(sandbox):
    token = sandbox.client().with_raw_response.pathways.session_token().json()
    assert token["token"].count(".") == 2 and token["expires_at"] == "2026-11-26T13:00:00.000Z"


def test_generation_job_becomes_a_pathway(sandbox):
    client = sandbox.client()
    job = client.pathways.generate(input_prompt=PROMPT, input_name="Brochure line").raw["jobId"]
    first = client.pathways.generation_status(job)
    assert first.raw == {"ready": False, "pathway_id": None}
    ready = client.pathways.generation_status(job).raw
    assert ready["ready"] is True
    pathway = client.pathways.get(ready["pathway_id"])
    assert pathway.name == "Brochure line" and len(pathway.nodes) == 5 and pathway.nodes[-1]["type"] == "End Call"
    assert pathway.nodes[0]["data"]["prompt"].startswith("Greet the caller")
    other = client.pathways.generate(input_prompt=PROMPT).raw["jobId"]
    sandbox.advance(minutes=1)
    assert client.pathways.generation_status(other).raw["ready"] is True


def test_generation_errors_use_the_swapped_keys(sandbox):
    client = sandbox.client()
    with pytest.raises(bland_nb.BadRequestError) as info:
        client.pathways.generate(input_prompt="too short")
    assert info.value.code == "INVALID_INPUT"
    with pytest.raises(bland_nb.NotFoundError):
        client.pathways.generation_status("no-such-job")


def test_call_events_walk_the_pathway_of_the_call(sandbox):
    client = sandbox.client()
    pathway = pathway_named(client, "Inbound support triage")
    ids = [client.calls.send(phone_number=f"+1415555{2000 + i}", pathway_id=pathway["id"]).call_id for i in range(8)]
    sandbox.advance(minutes=30)
    talked = [i for i in ids if client.calls.get(i).answered_by == "human"]
    assert talked
    for call_id in talked:
        events = client.with_raw_response.pathways.call_events(call_id, v="2").json()
        assert events[0]["event_type"] == "conversation.init" and events[0]["payload"]["pathway_id"] == pathway["id"]
        assert [e["sequence"] for e in events] == list(range(len(events)))
        node = "1"
        for event in events[1:]:
            assert any(e["source"] == node and e["target"] == event["node_id"] for e in pathway["edges"])
            node = event["node_id"]
        assert events == client.with_raw_response.pathways.call_events(call_id, v="2").json()
    seeded = sandbox.store.calls.timeline[0]["call_id"]
    assert client.with_raw_response.pathways.call_events(seeded, v="2").json() == []
    with pytest.raises(bland_nb.NotFoundError):
        client.pathways.call_events("no-such-call", v="2")


# -- versions ---------------------------------------------------------------------------------


def test_seeded_versions_have_one_production_version_matching_the_live_graph(sandbox):
    client = sandbox.client()
    for pathway in client.with_raw_response.pathways.list().json():
        versions = client.with_raw_response.pathway_versions.list(pathway["id"]).json()
        assert 2 <= len(versions) <= 4 and [v["version_number"] for v in versions] == list(range(1, len(versions) + 1))
        live = [v for v in versions if v["is_latest"]]
        assert len(live) == 1
        published = client.pathway_versions.get(pathway["id"], str(live[0]["version_number"]))
        assert published.raw["nodes"] == pathway["nodes"]
        assert client.pathway_versions.get(pathway["id"], "0").raw["nodes"] == pathway["nodes"]


def test_version_create_update_publish_and_archive(sandbox):
    client = sandbox.client()
    pathway = pathway_named(client, "Restaurant reservations")
    before = client.with_raw_response.pathway_versions.list(pathway["id"]).json()
    made = client.pathway_versions.create(pathway["id"], name="News flow", nodes=NODES, edges=EDGES).raw["data"]
    assert made["version_number"] == len(before) + 1 and made["name"] == "News flow"
    listed = client.with_raw_response.pathway_versions.list(pathway["id"]).json()
    assert listed[-1]["id"] == made["id"] and listed[-1]["is_latest"] is False
    number = str(made["version_number"])
    client.pathway_versions.update(pathway["id"], number, name="News flow 2", nodes=NODES[:1], edges=[])
    got = client.pathway_versions.get(pathway["id"], made["id"]).raw
    assert got["name"] == "News flow 2" and got["nodes"] == NODES[:1]
    assert client.pathways.get(pathway["id"]).nodes == pathway["nodes"]  # not live until published
    client.pathway_versions.promote(pathway["id"], version_id=made["version_number"], environment="staging")
    assert client.pathways.get(pathway["id"]).nodes == pathway["nodes"]  # staging leaves production alone
    client.pathway_versions.promote(pathway["id"], version_id=made["version_number"])
    assert [v["is_latest"] for v in client.with_raw_response.pathway_versions.list(pathway["id"]).json()] == [
        False
    ] * len(before) + [True]
    assert client.pathways.get(pathway["id"]).nodes == NODES[:1]
    with pytest.raises(bland_nb.BadRequestError):
        client.pathway_versions.delete(pathway["id"], made["id"])  # the production version stays
    client.pathway_versions.delete(pathway["id"], "1")
    assert next(v["version_number"] for v in client.with_raw_response.pathway_versions.list(pathway["id"]).json()) == 2
    with pytest.raises(bland_nb.NotFoundError):
        client.pathway_versions.get(pathway["id"], "1")


# -- folders ----------------------------------------------------------------------------------


def test_seeded_folders_nest_and_hold_pathways(sandbox):
    client = sandbox.client()
    folders = client.with_raw_response.pathway_folders.list().json()["folders"]
    assert 2 <= len(folders) <= 3
    by_id = {f["id"]: f for f in folders}
    assert any(f["parent_folder_id"] in by_id for f in folders)
    inside = [client.with_raw_response.pathway_folders.list_pathways(f["id"]).json()["pathways"] for f in folders]
    held = [p["name"] for pathways in inside for p in pathways]
    assert "Inbound support triage" in held and "Appointment booking" not in held


def test_folder_lifecycle(sandbox):
    client = sandbox.client()
    raw = client.with_raw_response.pathway_folders
    support = next(f for f in raw.list().json()["folders"] if f["name"] == "Support")
    made = raw.create(name="Escalations", parent_folder_id=support["id"]).json()
    assert made["name"] == "Escalations" and made["parent_folder_id"] == support["id"]
    assert raw.update(made["folder_id"], name="Escalated").json()["name"] == "Escalated"
    renamed = {"id": made["folder_id"], "name": "Escalated", "parent_folder_id": support["id"]}
    assert renamed in raw.list().json()["folders"]
    pathway = pathway_named(client, "Appointment booking")
    moved = raw.move_pathway(pathway_id=pathway["id"], folder_id=made["folder_id"]).json()
    assert moved == {"pathway_id": pathway["id"], "old_folder_id": None, "new_folder_id": made["folder_id"]}
    assert [p["id"] for p in raw.list_pathways(made["folder_id"]).json()["pathways"]] == [pathway["id"]]
    with pytest.raises(bland_nb.BadRequestError, match="empty"):
        client.pathway_folders.delete(made["folder_id"])
    with pytest.raises(bland_nb.BadRequestError, match="empty"):
        client.pathway_folders.delete(support["id"])  # holds a subfolder
    raw.move_pathway(pathway_id=pathway["id"], folder_id=None)
    assert raw.delete(made["folder_id"]).json() == {"folder_id": made["folder_id"]}
    assert made["folder_id"] not in [f["id"] for f in raw.list().json()["folders"]]
    with pytest.raises(bland_nb.NotFoundError):
        client.pathway_folders.list_pathways(made["folder_id"])


# -- chat -------------------------------------------------------------------------------------


def test_chat_walks_the_graph_to_the_end(sandbox):
    client = sandbox.client()
    pathway = pathway_named(client, "Appointment booking")
    created = client.pathway_chat.create(pathway_id=pathway["id"], request_data={"name": "Ada"}).raw
    chat_id = created["chat_id"]
    assert created["variables"] == {"name": "Ada", "callID": chat_id}
    greeting = client.pathway_chat.send(chat_id).raw  # no message: the agent speaks, nothing moves
    assert greeting["current_node_id"] == "1"
    assert greeting["assistant_responses"] == [pathway["nodes"][0]["data"]["text"]]
    moved = client.pathway_chat.send(chat_id, message="I need to reschedule my appointment").raw
    assert moved["current_node_name"] == "Reschedule" and moved["completed"] is False
    assert moved["assistant_responses"][0].startswith("No problem")
    done = client.pathway_chat.send(chat_id, message="Thursday works, the new time is confirmed").raw
    assert done["completed"] is True and done["current_node_name"] == "Wrap up"
    history = client.with_raw_response.pathway_chat.history(chat_id).json()["data"]
    assert history == done["chat_history"] and len(history) == 6
    assert [m["role"] for m in history] == ["assistant"] * 2 + ["user", "assistant"] * 2
    with pytest.raises(bland_nb.BadRequestError):
        client.pathway_chat.send(chat_id, message="hello?")


@pytest.mark.parametrize("message", ["hmm", "ok", "tell me more"])
def test_a_chat_of_unrelated_messages_still_walks_every_pathway_to_an_end(sandbox, message):
    client = sandbox.client()
    for pathway in client.with_raw_response.pathways.list().json():
        walks = []
        for _ in range(2):
            chat_id = client.pathway_chat.create(pathway_id=pathway["id"]).raw["chat_id"]
            nodes, answer = [], {"completed": False}
            while not answer["completed"] and len(nodes) <= len(pathway["nodes"]):
                answer = client.pathway_chat.send(chat_id, message=message).raw
                nodes.append(answer["current_node_id"])
            walks.append(nodes)
        assert answer["completed"], f"{pathway['name']}: stuck at {nodes}"
        assert len(set(nodes)) == len(nodes) and walks[0] == walks[1]  # always onwards, and deterministic
        ending = next(n for n in pathway["nodes"] if n["id"] == nodes[-1])
        assert ending["type"] in ("End Call", "Transfer Call")


def test_chat_fills_variables_and_uses_a_chosen_version(sandbox):
    client = sandbox.client()
    pathway = pathway_named(client, "Payment reminder")
    chat = client.pathway_chat.create(pathway_id=pathway["id"], request_data={"name": "Grace"}).raw["chat_id"]
    greeting = client.pathway_chat.send(chat).raw["assistant_responses"][0]
    assert greeting.startswith("Hello Grace, this is Sandbox Energy")
    draft = next(v for v in client.with_raw_response.pathway_versions.list(pathway["id"]).json() if not v["is_latest"])
    expected = client.pathway_versions.get(pathway["id"], str(draft["version_number"])).raw["nodes"][0]["data"]["text"]
    on_draft = client.pathway_chat.create(pathway_id=pathway["id"], pathway_version=draft["version_number"]).raw
    on_draft = on_draft["chat_id"]
    answer = client.pathway_chat.send(on_draft).raw
    assert answer["assistant_responses"] == [expected] and answer["pathway_version"] == str(draft["version_number"])


def test_chat_errors(sandbox):
    client = sandbox.client()
    with pytest.raises(bland_nb.NotFoundError):
        client.pathway_chat.create(pathway_id="no-such-pathway")
    with pytest.raises(bland_nb.NotFoundError):
        client.pathway_chat.send("no-such-chat", message="hi")
    with pytest.raises(bland_nb.NotFoundError):
        client.pathway_chat.history("no-such-chat")


# -- every endpoint answers in its documented shape --------------------------------------------


def _first(client) -> str:
    return client.with_raw_response.pathways.list().json()[0]["id"]


def _folder(client) -> str:
    return client.with_raw_response.pathway_folders.list().json()["folders"][0]["id"]


def _chat(client) -> str:
    return client.pathway_chat.create(pathway_id=_first(client)).raw["chat_id"]


def _new_folder(client) -> str:
    return client.pathway_folders.create(name="Temp").raw["folder_id"]


SCENARIOS: dict[str, Callable[..., Any]] = {
    "list_pathways": lambda r, c, s: r.pathways.list(),
    "get_pathway": lambda r, c, s: r.pathways.get(_first(c)),
    "get_pathway_session_token": lambda r, c, s: r.pathways.session_token(),
    "get_pathway_call_events": lambda r, c, s: r.pathways.call_events(_pathway_call(c, s), v="2"),
    "create_pathway": lambda r, c, s: r.pathways.create(name="Shape"),
    "update_pathway": lambda r, c, s: r.pathways.update(_first(c), name="Shape", nodes=NODES, edges=EDGES),
    "delete_pathway": lambda r, c, s: r.pathways.delete(_first(c)),
    "generate_pathway": lambda r, c, s: r.pathways.generate(input_prompt=PROMPT),
    "get_pathway_generation_status": lambda r, c, s: r.pathways.generation_status(
        c.pathways.generate(input_prompt=PROMPT).raw["jobId"]
    ),
    "create_pathway_chat": lambda r, c, s: r.pathway_chat.create(pathway_id=_first(c)),
    "send_pathway_chat_message": lambda r, c, s: r.pathway_chat.send(_chat(c), message="hello"),
    "get_pathway_chat_history": lambda r, c, s: r.pathway_chat.history(_chat(c)),
    "list_pathway_versions": lambda r, c, s: r.pathway_versions.list(_first(c)),
    "get_pathway_version": lambda r, c, s: r.pathway_versions.get(_first(c), "1"),
    "promote_pathway_version": lambda r, c, s: r.pathway_versions.promote(_first(c), version_id=2),
    "create_pathway_version": lambda r, c, s: r.pathway_versions.create(_first(c), name="v", nodes=NODES, edges=EDGES),
    "update_pathway_version": lambda r, c, s: r.pathway_versions.update(
        _first(c), "1", name="v", nodes=NODES, edges=EDGES
    ),
    "delete_pathway_version": lambda r, c, s: r.pathway_versions.delete(
        _first(c), str(c.pathway_versions.create(_first(c), name="v", nodes=NODES, edges=EDGES).raw["data"]["id"])
    ),
    "list_pathway_folders": lambda r, c, s: r.pathway_folders.list(),
    "list_folder_pathways": lambda r, c, s: r.pathway_folders.list_pathways(_folder(c)),
    "create_pathway_folder": lambda r, c, s: r.pathway_folders.create(name="Shape"),
    "update_pathway_folder": lambda r, c, s: r.pathway_folders.update(_folder(c), name="Shape"),
    "move_pathway_to_folder": lambda r, c, s: r.pathway_folders.move_pathway(
        pathway_id=_first(c), folder_id=_folder(c)
    ),
    "delete_pathway_folder": lambda r, c, s: r.pathway_folders.delete(_new_folder(c)),
}
EXTRA = {"list_pathways": frozenset({"id"})}  # the docs show one pathway without its id


def _pathway_call(client, sandbox) -> str:
    """A call that ran on a pathway and was answered by a person."""
    ids = [client.calls.send(phone_number=f"+1212555{3000 + i}", pathway_id=_first(client)).call_id for i in range(8)]
    sandbox.advance(minutes=30)
    return next(i for i in ids if client.calls.get(i).answered_by == "human")


def scenario_body(name: str, scenario: Callable[..., Any]) -> Any:
    """Run a scenario (raw view, client, sandbox) on a fresh sandbox: the JSON body of its last
    request, which must be `name`'s."""
    sandbox = Sandbox(seed=2, calls=50)
    client = sandbox.client()
    response = scenario(client.with_raw_response, client, sandbox)
    assert response.status_code == 200 and sandbox.log[-1]["endpoint"] == name
    return response.json()


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_answers_have_the_documented_shape(name):
    body = scenario_body(name, SCENARIOS[name])
    if name == "list_pathways":  # the docs show one pathway object; the sandbox answers a list of them
        assert isinstance(body, list) and len(body) >= 4
        body = body[0]
    assert_shape(name, body, EXTRA.get(name, frozenset()))


def test_every_endpoint_of_the_groups_has_a_scenario():
    groups = {"pathways", "pathway_chat", "pathway_versions", "pathway_folders"}
    assert {n for n, e in bland_nb.ENDPOINTS.items() if e.group in groups} == set(SCENARIOS)
