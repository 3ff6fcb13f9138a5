"""Knowledge bases, vector knowledge bases and call emotion analysis in the sandbox."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

import bland_nb
from bland_nb.sandbox import Sandbox

from .test_pathways import assert_shape, scenario_body

PDF = b"%PDF-1.4 Visitor parking is free behind the building. The office is on the third floor. Lunch is at noon."


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(seed=1, calls=200)


def ask(question: str) -> dict[str, str]:
    return {"role": "user", "content": question}


def kbs(client, **params) -> list[dict[str, Any]]:
    return client.with_raw_response.knowledge_bases.list(**params).json()["data"]["kbs"]


def named(client, name: str) -> dict[str, Any]:
    return next(kb for kb in kbs(client, limit=100) if kb["name"] == name)


def create_variant(sandbox: Sandbox, endpoint: str, **body: Any) -> dict[str, Any]:
    """Create through the client; the variants share POST /v1/knowledge/learn, told apart by `type`."""
    return sandbox.client().invoke(endpoint, **body).raw


# -- knowledge bases --------------------------------------------------------------------------


def test_seeded_knowledge_bases(sandbox):
    rows = kbs(sandbox.client(), limit=100)
    assert {kb["type"] for kb in rows} == {"FILE", "TEXT", "WEB_SCRAPE"}
    assert sorted(kb["status"] for kb in rows).count("PROCESSING") == 1
    assert all(kb["status"] in ("COMPLETED", "PROCESSING") for kb in rows)
    web = next(kb for kb in rows if kb["type"] == "WEB_SCRAPE")
    assert all(url.startswith(web["base_url"] + "/") for url in web["source_urls"].split(","))
    assert next(kb for kb in rows if kb["type"] == "FILE")["file"]["file_type"] == "application/pdf"


def test_processing_completes_when_the_clock_moves(sandbox):
    client = sandbox.client()
    pending = next(kb for kb in kbs(client) if kb["status"] == "PROCESSING")
    with pytest.raises(bland_nb.ConflictError):
        client.knowledge_bases.chat(knowledge_base_id=pending["id"], messages=[ask("pricing?")])
    sandbox.advance(minutes=5)
    done = client.knowledge_bases.get(pending["id"])
    assert done.status == "COMPLETED" and done.updated_at > done.created_at


def test_list_pages_with_a_total(sandbox):
    client = sandbox.client()
    everything = kbs(client, limit=100)
    first, second = kbs(client, page=1, limit=3), kbs(client, page=2, limit=3)
    assert [kb["id"] for kb in first + second] == [kb["id"] for kb in everything][:6]
    assert client.knowledge_bases.list(limit=3).total == len(everything)
    assert [kb.id for kb in client.knowledge_bases.list(limit=2)] == [kb["id"] for kb in everything]  # all pages
    with pytest.raises(bland_nb.BadRequestError):
        client.knowledge_bases.list(limit=500)


def test_create_from_a_file_then_update_and_soft_delete(sandbox):
    client = sandbox.client()
    created = client.knowledge_bases.create_from_file(type="file", file=("office.pdf", PDF), name="Office guide")
    assert created.status == "PROCESSING" and created.type == "FILE"
    assert created.raw["file"] == {
        "file_name": "office_guide.pdf",
        "file_size": len(PDF),
        "file_type": "application/pdf",
    }
    assert named(client, "Office guide")["id"] == created.id
    sandbox.advance(minutes=5)
    updated = client.knowledge_bases.update(created.id, name="Office handbook", description="Where things are")
    assert (updated.name, updated.description, updated.status) == ("Office handbook", "Where things are", "COMPLETED")
    assert client.knowledge_bases.get(created.id).name == "Office handbook"
    assert client.knowledge_bases.update(created.id, description=None).description is None
    total = client.knowledge_bases.list().total
    deleted = client.knowledge_bases.delete(created.id)
    assert deleted.raw == {
        "success": True,
        "message": "Knowledge base successfully deleted",
        "knowledge_base_id": created.id,
    }
    assert sandbox.store.knowledge_bases.kbs[created.id]["status"] == "DELETED"  # kept, only marked
    assert created.id not in [kb["id"] for kb in kbs(client, limit=100)]
    assert client.knowledge_bases.list().total == total - 1
    with pytest.raises(bland_nb.NotFoundError) as info:
        client.knowledge_bases.get(created.id)
    assert info.value.code == "KB_ERROR"
    with pytest.raises(bland_nb.NotFoundError):
        client.knowledge_bases.delete(created.id)


def test_text_and_web_variants_create_what_they_say(sandbox):
    client = sandbox.client()
    text = create_variant(sandbox, "create_knowledge_base_from_text", type="text", name="Parking", text="Free parking.")
    assert (text["type"], text["status"]) == ("TEXT", "PROCESSING") and "file" not in text
    urls = ["https://docs.example.com/overview", "https://docs.example.com/api"]
    web = create_variant(sandbox, "create_knowledge_base_from_web", type="web", name="Docs", urls=urls)
    assert (web["type"], web["source_urls"]) == ("WEB_SCRAPE", ",".join(urls))
    assert web["base_url"] == "https://docs.example.com"
    assert {text["id"], web["id"]} <= {kb["id"] for kb in kbs(client, limit=100)}
    sandbox.advance(minutes=5)
    answer = client.knowledge_bases.chat(knowledge_base_id=web["id"], messages=[ask("api page?")])
    assert "api page of docs.example.com" in answer.raw["response"]
    with pytest.raises(bland_nb.BadRequestError) as too_many:
        sandbox.client().knowledge_bases.create_from_web(name="x", urls=["https://a.com/p"] * 101)
    assert too_many.value.code == "INVALID_INPUT"


def test_text_variant_through_the_client(sandbox):
    created = sandbox.client().knowledge_bases.create_from_text(name="Parking", text="Parking is free.")
    assert created.type == "TEXT"


def test_chat_answers_from_the_best_matching_sentences(sandbox):
    client = sandbox.client()
    refunds = named(client, "Refund policy")
    messages = [
        {"role": "user", "content": "hello"},
        {"role": "assistant", "content": "Hi!"},
        {"role": "user", "content": "How many days do I have to get a full refund?"},
    ]
    answer = client.knowledge_bases.chat(knowledge_base_id=refunds["id"], messages=messages).raw
    assert answer["response"].startswith("Our refund policy allows full refunds within 30 days of purchase.")
    assert answer["sources"][0]["id"] == refunds["id"]
    assert answer["sources"][0]["metadata"]["knowledge_base_name"] == "Refund policy"
    nothing = client.knowledge_bases.chat(knowledge_base_id=refunds["id"], messages=[ask("zebra?")]).raw
    assert nothing["sources"] == [] and "Refund policy" in nothing["response"]
    with pytest.raises(bland_nb.BadRequestError):
        client.knowledge_bases.chat(knowledge_base_id=refunds["id"], messages=[])
    with pytest.raises(bland_nb.NotFoundError):
        client.knowledge_bases.chat(knowledge_base_id="kb_nope", messages=[ask("hi")])


def test_sitemap_urls_are_deterministic_and_under_the_site(sandbox):
    client = sandbox.client()
    found = client.knowledge_bases.discover_sitemap_urls(url="https://shop.example.org/start").raw
    assert found["sitemap_url"] == "https://shop.example.org/sitemap.xml"
    assert found["urls"][0] == "https://shop.example.org/" and len(found["urls"]) >= 6
    assert all(url.startswith("https://shop.example.org/") for url in found["urls"])
    again = Sandbox(seed=1, calls=10).client().knowledge_bases.discover_sitemap_urls(url="https://shop.example.org")
    assert again.raw == found
    with pytest.raises(bland_nb.BadRequestError):
        client.knowledge_bases.discover_sitemap_urls(url="not a site")


def test_same_seed_same_knowledge_other_seed_differs():
    def world(seed: int) -> str:
        raw = Sandbox(seed=seed, calls=20).client().with_raw_response
        return json.dumps([raw.knowledge_bases.list(limit=100).json(), raw.vector_knowledge_bases.list().json()])

    assert world(3) == world(3)
    assert world(3) != world(4)


# -- vector knowledge bases -------------------------------------------------------------------


def test_vector_lifecycle(sandbox):
    client = sandbox.client()
    raw = client.with_raw_response.vector_knowledge_bases
    seeded = raw.list().json()["vectors"]
    assert len(seeded) >= 3 and all(v["vector_id"].startswith("KB-") and "text" not in v for v in seeded)
    made = raw.create(name="Menu", description="Dishes and prices", text="Soup costs 6 dollars.")
    vector_id = made.json()["vector_id"]
    assert raw.get(vector_id).json() == {"vector_id": vector_id, "name": "Menu", "description": "Dishes and prices"}
    assert raw.get(vector_id, include_text=True).json()["text"] == "Soup costs 6 dollars."
    assert raw.update(vector_id, name="Dinner menu", text="Soup costs 7 dollars.").json() == {"vector_id": vector_id}
    listed = {v["vector_id"]: v for v in raw.list(include_text=True).json()["vectors"]}
    assert listed[vector_id] == {
        "vector_id": vector_id,
        "name": "Dinner menu",
        "description": "Dishes and prices",
        "text": "Soup costs 7 dollars.",
    }
    assert raw.delete(vector_id).json() == {"message": "Knowledge base deleted"}
    assert vector_id not in [v["vector_id"] for v in raw.list().json()["vectors"]]
    with pytest.raises(bland_nb.NotFoundError):
        client.vector_knowledge_bases.get(vector_id)


def test_vector_uploads_keep_the_document_text(sandbox):
    raw = sandbox.client().with_raw_response.vector_knowledge_bases
    doc = raw.upload_text(file=("notes.txt", b"Deliveries arrive on Tuesdays."), name="Notes").json()["vector_id"]
    assert raw.get(doc, include_text=True).json()["text"] == "Deliveries arrive on Tuesdays."
    media = raw.upload_media(file=("talk.mp3", b"ID3" + b"\0" * 64)).json()["vector_id"]
    got = raw.get(media, include_text=True).json()
    assert got["name"] == "Uploaded media" and "67 bytes" in got["text"]


# -- intelligence -----------------------------------------------------------------------------


def test_emotions_of_a_call_are_stable_and_documented(sandbox):
    client = sandbox.client()
    timeline = sandbox.store.calls.timeline
    answered = [c["call_id"] for c in timeline if c["answered_by"] == "human" and c["record"]][:12]
    moods = [client.intelligence.analyze_emotions(call_id=call_id).raw["data"] for call_id in answered]
    assert all(m["emotion"] in ("neutral", "happy", "angry", "sad", "fear") for m in moods)
    assert len({m["emotion"] for m in moods}) >= 2
    assert [m["callId"] for m in moods] == answered and moods[0]["analyzedAt"] == "2026-11-26T12:00:00.000Z"
    assert client.intelligence.analyze_emotions(call_id=answered[0]).raw["data"] == moods[0]
    with pytest.raises(bland_nb.NotFoundError):
        client.intelligence.analyze_emotions(call_id="no-such-call")
    queued = client.calls.send(phone_number="+14155550123", task="hi").call_id
    with pytest.raises(bland_nb.BadRequestError):
        client.intelligence.analyze_emotions(call_id=queued)  # nothing recorded yet
    unrecorded = next(c["call_id"] for c in timeline if c["answered_by"] == "human" and not c["record"])
    with pytest.raises(bland_nb.BadRequestError):
        client.intelligence.analyze_emotions(call_id=unrecorded)  # talked, but with record: false


# -- every endpoint answers in its documented shape --------------------------------------------


def _kb(c) -> str:
    return kbs(c)[-1]["id"]


def _vector(c) -> str:
    return c.with_raw_response.vector_knowledge_bases.list().json()["vectors"][0]["vector_id"]


def _answered(c, s) -> str:
    return next(call["call_id"] for call in s.store.calls.timeline if call["answered_by"] == "human")


SCENARIOS: dict[str, Callable[..., Any]] = {
    "create_knowledge_base_from_file": lambda r, c, s: r.knowledge_bases.create_from_file(type="file", file=PDF),
    "list_knowledge_bases": lambda r, c, s: r.knowledge_bases.list(),
    "get_knowledge_base": lambda r, c, s: r.knowledge_bases.get(_kb(c)),
    "update_knowledge_base": lambda r, c, s: r.knowledge_bases.update(_kb(c), name="Renamed"),
    "delete_knowledge_base": lambda r, c, s: r.knowledge_bases.delete(_kb(c)),
    "discover_sitemap_urls": lambda r, c, s: r.knowledge_bases.discover_sitemap_urls(url="https://example.com"),
    "chat_with_knowledge_base": lambda r, c, s: r.knowledge_bases.chat(
        knowledge_base_id=_kb(c), messages=[{"role": "user", "content": "opening hours on saturday"}]
    ),
    "create_vector_knowledge_base": lambda r, c, s: r.vector_knowledge_bases.create(
        name="n", description="d", text="t"
    ),
    "update_vector_knowledge_base": lambda r, c, s: r.vector_knowledge_bases.update(_vector(c), name="n"),
    "list_vector_knowledge_bases": lambda r, c, s: r.vector_knowledge_bases.list(),
    "get_vector_knowledge_base": lambda r, c, s: r.vector_knowledge_bases.get(_vector(c)),
    "delete_vector_knowledge_base": lambda r, c, s: r.vector_knowledge_bases.delete(_vector(c)),
    "analyze_call_emotions": lambda r, c, s: r.intelligence.analyze_emotions(call_id=_answered(c, s)),
}
VARIANTS = {  # sharing the file variant's route, told apart by the `type` the client sends
    "create_knowledge_base_from_text": {"name": "T", "text": "Some text."},
    "create_knowledge_base_from_web": {"name": "W", "urls": ["https://example.com/docs/overview"]},
}
UNDOCUMENTED = ("upload_vector_kb_media", "upload_vector_kb_text")  # no example; tested above


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_answers_have_the_documented_shape(name):
    assert_shape(name, scenario_body(name, SCENARIOS[name]))


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_variant_answers_have_the_documented_shape(name):
    client = Sandbox(seed=2, calls=50).client()
    assert_shape(name, client.with_raw_response.invoke(name, **VARIANTS[name]).json())


def test_every_endpoint_of_the_groups_is_covered():
    groups = {"knowledge_bases", "vector_knowledge_bases", "intelligence"}
    covered = set(SCENARIOS) | set(VARIANTS) | set(UNDOCUMENTED)
    assert {n for n, e in bland_nb.ENDPOINTS.items() if e.group in groups} == covered
