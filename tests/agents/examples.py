"""Example arguments for every tool: real ids read from a seeded sandbox, sample values for the rest.

Ids are read through the API (list endpoints), as an agent would find them; those no list shows
(a pathway chat, a pathway generation job, an A2P registration) are created once. Other parameters get a
valid value from their declared type; `OVERRIDES` holds the few the type alone cannot give.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from bland_nb import ENDPOINTS, BlandClient
from bland_nb._types import DateLike, Id, PhoneNumber, StartTime

PHONE = "+14155552671"

ID_SOURCES = {
    # parameter: (list endpoint, its parameters as id names, the row's id field[, fields the row must have])
    "call_id": ("list_calls", {}, "call_id", {"answered_by": "human"}),
    "campaign_id": ("list_campaigns", {}, "campaign_id"),
    "batch_id": ("list_batches", {}, "id"),
    "block_id": ("list_block_rules", {}, "id"),
    "voice_id": ("list_voices", {}, "id", {"public": False}),
    "sample_id": ("list_voice_samples", {"voice_id": "voice_id"}, "id"),
    "pathway_id": ("list_pathways", {}, "id"),
    "version_id": ("list_pathway_versions", {"pathway_id": "pathway_id"}, "id"),
    "folder_id": ("list_pathway_folders", {}, "id"),
    "vector_id": ("list_vector_knowledge_bases", {}, "vector_id"),
    "knowledge_base_id": ("list_knowledge_bases", {}, "id", {"status": "COMPLETED"}),
    "tool_id": ("list_custom_tools", {}, "tool_id"),
    "org_id": ("list_user_organization_memberships", {}, "org_id"),
    "agent_id": ("list_web_agents", {}, "agent_id"),
}

OVERRIDES: dict[str, dict[str, Any]] = {
    "send_call": {"task": "Confirm tomorrow's appointment."},
    "discover_sitemap_urls": {"url": "https://sandbox-dental.com"},
    "chat_with_knowledge_base": {"messages": [{"role": "user", "content": "When are you open?"}]},
    "get_organization_current_service_version": {"service": "api_server"},
    "list_organization_service_versions": {"service": "api_server"},
    "promote_pathway_version": {"version_id": 1},
    "register_a2p_brand": {"message_samples": ["Your visit is booked.", "Reply STOP to opt out.", "See you soon."]},
}


def world_ids(client: BlandClient) -> dict[str, str]:
    """One real id per id parameter, read from the sandbox behind `client`."""
    ids: dict[str, str] = {}
    for name, (endpoint, params, key, *where) in ID_SOURCES.items():
        rows = client.invoke(endpoint, **{p: ids[source] for p, source in params.items()}).rows
        wanted = where[0] if where else {}
        ids[name] = str(next(row[key] for row in rows if wanted.items() <= row.items()))
    ids["conversation_id"] = _conversation_with_webhook(client)
    ids["chat_id"] = client.pathway_chat.create(pathway_id=ids["pathway_id"]).raw["chat_id"]
    ids["job_id"] = client.invoke("generate_pathway", input_prompt="A line that books dental visits. " * 4).raw["jobId"]
    brand = example("register_a2p_brand", ids, ENDPOINTS["register_a2p_brand"].params)
    ids["registration_id"] = client.invoke("register_a2p_brand", **brand).raw["data"]["registration_id"]
    return ids


def _conversation_with_webhook(client: BlandClient) -> str:
    """An SMS conversation on a number that sends status webhooks."""
    hooked = {row["phone_number"] for row in client.invoke("list_sms_numbers").rows if row["sms_config"]["webhook"]}
    return next(row["id"] for row in client.invoke("list_sms_conversations").rows if row["agent_number"] in hooked)


def sample(annotation: Any, name: str, metadata: list[Any] = ()) -> Any:
    """A valid value of a declared parameter type (`metadata`: the field's validators)."""
    if metadata:
        annotation = Annotated[(annotation, *metadata)]
    if annotation == PhoneNumber:
        return PHONE
    if annotation in (DateLike, StartTime):
        return "2026-11-20"
    if annotation == Id:
        return f"id-{name}"
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Annotated:  # a nested object's model (`Sent[...]`)
        return sample(args[0], name)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        fields = annotation.model_fields.items()
        return {f.alias or n: sample(f.annotation, n, f.metadata) for n, f in fields if f.is_required()}
    if origin is Union:
        return sample(next(a for a in args if a is not type(None)), name)
    if origin is Literal:
        return args[0]
    if origin is list:
        return [sample(args[0], name)]
    if origin is dict or annotation is dict:
        return {}
    return {bool: True, int: 1, float: 1.0, bytes: b"RIFF....WAVEfmt "}.get(annotation, f"sample {name}")


def example(name: str, ids: dict[str, str], schema: type[BaseModel]) -> dict[str, Any]:
    """Arguments for tool `name` that its schema accepts: required fields, ids where they name one."""
    fields = schema.model_fields
    args = {n: ids.get(n) or sample(f.annotation, n, f.metadata) for n, f in fields.items() if f.is_required()}
    args.update(OVERRIDES.get(name, {}))
    schema.model_validate(args)
    return args
