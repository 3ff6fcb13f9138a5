#!/usr/bin/env python3
"""Scaffold `bland_nb/api/<group>.py` from the Bland API catalog.

Run once to create the declarations (`python tools/gen_endpoints.py tests/data/catalog.json
--summaries summaries.json`); the modules it writes are then owned like hand-written code.
The tables below are the review of the catalog that went into them: method names, effect
corrections, result shapes and pagination.
"""

from __future__ import annotations

import argparse
import json
import keyword
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

VERBS = {
    # calls
    "send_call": "send", "send_call_simple": "send_simple", "send_call_pathway_simple": "send_pathway_simple",
    "analyze_call": "analyze", "stop_call": "stop", "stop_all_active_calls": "stop_all_active",
    "listen_to_call": "listen", "get_transcript_stream_url": "transcript_stream_url",
    "transfer_active_call": "transfer", "list_calls": "list", "list_active_calls": "list_active",
    "get_call": "get", "get_event_stream": "event_stream", "get_call_recording": "recording",
    "get_corrected_transcript": "corrected_transcript", "get_postcall_webhook": "postcall_webhook",
    "create_postcall_webhook": "create_postcall_webhook", "resend_postcall_webhook": "resend_postcall_webhook",
    # campaigns, batches, intelligence
    "create_campaign": "create", "list_campaigns": "list", "get_campaign": "get", "stop_campaign": "stop",
    "create_batch": "create", "list_batches": "list", "get_batch": "get", "get_batch_logs": "logs",
    "stop_batch": "stop", "create_batch_v1_legacy": "create_v1_legacy",
    "analyze_call_emotions": "analyze_emotions",
    # sms
    "list_sms_numbers": "list_numbers", "update_sms_config": "update_config", "send_sms": "send",
    "send_sms_batch": "send_batch", "create_sms_conversation": "create_conversation",
    "list_sms_conversations": "list_conversations", "get_sms_conversation": "get_conversation",
    "update_sms_conversation": "update_conversation", "delete_sms_messages": "delete_messages",
    "delete_sms_conversation": "delete_conversation", "get_sms_conversation_webhook": "conversation_webhook",
    "analyze_sms_conversation": "analyze_conversation", "update_sms_number_legacy": "update_number_legacy",
    "update_sms_webhook": "update_webhook", "toggle_sms_human_mode": "toggle_human_mode",
    "get_sms_messages_legacy": "messages_legacy", "clear_sms_conversation": "clear_conversation",
    "register_a2p_brand": "register_a2p_brand", "check_a2p_status": "a2p_status",
    # blocked numbers
    "create_block_rules": "create", "list_block_rules": "list", "get_block_rule": "get",
    "delete_block_rule": "delete", "edit_block_rule": "edit",
    # voices
    "list_voices": "list", "get_voice": "get", "clone_voice": "clone", "rename_voice": "rename",
    "delete_voice": "delete", "get_voice_settings": "settings", "update_voice_settings": "update_settings",
    "update_voice_config": "update_config", "rate_voice": "rate", "unrate_voice": "unrate",
    "check_voice_name": "check_name", "list_shared_voices": "list_shared", "add_library_voice": "add_from_library",
    "list_voice_samples": "list_samples", "add_voice_samples": "add_samples", "get_voice_sample": "get_sample",
    "update_voice_sample_transcriptions": "update_sample_transcriptions", "delete_voice_samples": "delete_samples",
    "generate_voice_sample_legacy": "generate_sample_legacy",
    # pathways
    "list_pathways": "list", "get_pathway": "get", "get_pathway_session_token": "session_token",
    "get_pathway_call_events": "call_events", "create_pathway": "create", "update_pathway": "update",
    "delete_pathway": "delete", "generate_pathway": "generate", "get_pathway_generation_status": "generation_status",
    "create_pathway_chat": "create", "send_pathway_chat_message": "send", "get_pathway_chat_history": "history",
    "list_pathway_versions": "list", "get_pathway_version": "get", "promote_pathway_version": "promote",
    "create_pathway_version": "create", "update_pathway_version": "update", "delete_pathway_version": "delete",
    "list_pathway_folders": "list", "list_folder_pathways": "list_pathways", "create_pathway_folder": "create",
    "delete_pathway_folder": "delete", "update_pathway_folder": "update", "move_pathway_to_folder": "move_pathway",
    # knowledge bases
    "create_vector_knowledge_base": "create", "upload_vector_kb_media": "upload_media",
    "upload_vector_kb_text": "upload_text", "update_vector_knowledge_base": "update",
    "list_vector_knowledge_bases": "list", "get_vector_knowledge_base": "get",
    "delete_vector_knowledge_base": "delete", "create_knowledge_base_from_file": "create_from_file",
    "create_knowledge_base_from_text": "create_from_text", "create_knowledge_base_from_web": "create_from_web",
    "list_knowledge_bases": "list", "get_knowledge_base": "get", "update_knowledge_base": "update",
    "delete_knowledge_base": "delete", "discover_sitemap_urls": "discover_sitemap_urls",
    "chat_with_knowledge_base": "chat",
    # tools, web agents, twilio
    "create_custom_tool": "create", "update_custom_tool": "update", "delete_custom_tool": "delete",
    "list_custom_tools": "list", "get_custom_tool": "get", "create_tool_v2": "create", "update_tool_v2": "update",
    "list_tools_v2": "list", "list_tool_execution_logs": "execution_logs", "get_tool_execution_stats": "execution_stats",
    "create_web_agent": "create", "update_web_agent": "update", "authorize_web_agent_call": "authorize_call",
    "delete_web_agent": "delete", "list_web_agents": "list",
    "create_twilio_encrypted_key": "create_encrypted_key", "delete_twilio_encrypted_key": "delete_encrypted_key",
    "upload_twilio_inbound_numbers": "upload_inbound_numbers", "delete_twilio_inbound_number": "delete_inbound_number",
    # account and organizations
    "get_account_details": "get", "create_organization": "create", "delete_organization": "delete",
    "get_organization": "get", "get_organization_members": "members",
    "get_organization_current_service_version": "current_service_version",
    "list_organization_service_versions": "service_versions",
    "update_organization_service_version": "update_service_version",
    "update_organization_members": "update_members", "update_organization_member_permissions": "update_member_permissions",
    "update_organization_properties": "update_properties", "list_user_organization_memberships": "memberships",
    "leave_organization": "leave", "get_organization_billing": "billing",
    "get_organization_billing_refill": "billing_refill", "list_audit_logs": "audit_logs",
}

# Where the catalog's first classification is corrected.
EFFECTS = {
    "analyze_call": "outbound",  # billed per analysis
    "analyze_call_emotions": "outbound",  # billed analysis of a recording
    "transfer_active_call": "outbound",  # dials the transfer target on a live call
}

# POST endpoints that update a named resource: safe to send twice.
IDEMPOTENT_POSTS = {
    "update_pathway", "update_custom_tool", "update_tool_v2", "edit_block_rule", "update_voice_settings",
    "update_web_agent", "update_pathway_version", "rate_voice", "add_library_voice", "update_sms_config",
    "update_sms_number_legacy", "update_sms_webhook", "toggle_sms_human_mode",
}

# name -> result spec: model, envelope, unwrap, items, pagination, total, binary
RESULTS = {
    "list_calls": dict(result="Call", items="calls", pagination='IndexWindow(size="limit", default_size=1000)', total=("total_count",)),
    "get_call": dict(result="Call"),
    "list_active_calls": dict(result="ActiveCall", items=""),
    "get_call_recording": dict(binary=True),
    "list_campaigns": dict(result="Campaign", items="campaigns"),
    "get_campaign": dict(items="campaigns", total=("count",)),
    "list_batches": dict(result="Batch", items="", pagination='Offset(size="take", default_size=100, offset="skip")'),
    "get_batch": dict(result="Batch"),
    "get_batch_logs": dict(result="BatchLog", items="", pagination='Offset(size="take", default_size=100, offset="skip")'),
    "list_sms_numbers": dict(result="SMSNumber", items=""),
    "list_sms_conversations": dict(result="SMSConversation", items="", pagination='PageNumber(size="page_size", default_size=25)', total=("extra", "pagination", "totalItems")),
    "get_sms_conversation": dict(result="SMSConversation"),
    "update_sms_conversation": dict(unwrap="conversation", result="SMSConversation"),
    "list_block_rules": dict(result="BlockRule", items="blocks", total=("data", "total_count")),
    "get_block_rule": dict(result="BlockRule"),
    "edit_block_rule": dict(result="BlockRule"),
    "list_voices": dict(result="Voice", items="voices"),
    "get_voice": dict(result="Voice", unwrap="voice"),
    "list_shared_voices": dict(result="Voice", items="voices", pagination='Offset(size="limit", default_size=50, offset="offset")'),
    "list_voice_samples": dict(items="samples"),
    "get_voice_sample": dict(unwrap="sample"),
    "list_pathways": dict(result="Pathway", items=""),
    "get_pathway": dict(result="Pathway"),
    "get_pathway_call_events": dict(items=""),
    "list_pathway_versions": dict(result="PathwayVersion", items=""),
    "get_pathway_version": dict(result="PathwayVersion"),
    "get_pathway_chat_history": dict(items=""),
    "list_pathway_folders": dict(items="folders"),
    "list_folder_pathways": dict(result="Pathway", items="pathways"),
    "list_vector_knowledge_bases": dict(items="vectors"),
    "list_knowledge_bases": dict(result="KnowledgeBase", items="kbs", pagination='PageNumber(size="limit", default_size=20)', total=("data", "total")),
    "get_knowledge_base": dict(result="KnowledgeBase"),
    "update_knowledge_base": dict(result="KnowledgeBase"),
    "create_knowledge_base_from_file": dict(result="KnowledgeBase"),
    "create_knowledge_base_from_text": dict(result="KnowledgeBase"),
    "create_knowledge_base_from_web": dict(result="KnowledgeBase"),
    "list_custom_tools": dict(items="tools"),
    "get_custom_tool": dict(unwrap="tool"),
    "list_tools_v2": dict(items="tools", pagination='PageNumber(size="limit", default_size=50)'),
    "list_tool_execution_logs": dict(items="logs", pagination='PageNumber(size="page_size", default_size=50)', total=("totalLogs",)),
    "list_web_agents": dict(items="agents"),
    "create_web_agent": dict(unwrap="agent"),
    "get_account_details": dict(result="Account"),
    "create_organization": dict(result="Organization"),
    "get_organization": dict(result="Organization"),
    "update_organization_properties": dict(result="Organization"),
    "get_organization_members": dict(result="Member", items=""),
    "list_user_organization_memberships": dict(result="Member", items=""),
    "list_organization_service_versions": dict(items="versions"),
    "get_organization_billing": dict(result="Billing"),
    "get_organization_billing_refill": dict(result="Optional[float]"),
    "list_audit_logs": dict(items="events", pagination='PageNumber(size="page_size", default_size=50)', total=("data", "total")),
}

# Python names for wire names that are not valid or clear identifiers.
RENAMES = {"x-bland-org-id": "org_id", "timeout": "tool_timeout", "content-type": "audio_format"}
PHONE_FIELDS = {"phone_number", "from", "transfer_phone_number", "transfer_number", "from_number", "to_number",
                "user_number", "agent_number", "inbound_number"}
PHONE_LISTS = {("create_campaign", "numbers"), ("create_block_rules", "numbers")}
NOT_PHONES = {("list_calls", "from"), ("list_calls", "to")}
DATE_FIELDS = {"start_date", "end_date", "created_at", "update_start_date", "update_end_date", "created_after", "created_before"}
# The catalog marks these required, but the API accepts one or the other.
NOT_REQUIRED = {("send_call", "task"), ("create_web_agent", "prompt"), ("update_web_agent", "prompt"),
                ("update_custom_tool", "name"), ("update_custom_tool", "description"), ("update_custom_tool", "url"),
                ("update_vector_knowledge_base", "name"), ("update_vector_knowledge_base", "description"),
                ("update_vector_knowledge_base", "text"), ("update_organization_member_permissions", "permissions")}
MULTIPART = {"clone_voice", "add_voice_samples", "upload_vector_kb_media", "upload_vector_kb_text", "create_knowledge_base_from_file"}

TYPES = {
    "string": "str", "number": "Number", "float": "float", "integer": "int", "integer (minutes)": "int",
    "boolean": "bool", 'boolean (multipart string "true")': "bool", "object": "dict[str, Any]",
    "array<object>": "list[dict[str, Any]]", "object[]": "list[dict[str, Any]]", "string[]": "list[str]",
    "array<string>": "list[str]", "string[3]": "list[str]", "array": "list[Any]", "any": "Any",
    "file": "FileInput", "file[]": "list[FileInput]", "string|null": "str", "string | null": "str",
    "string (uuid)": "str", "string | object": "Union[str, dict[str, Any]]",
    "array<string|object>": "list[Union[str, dict[str, Any]]]", "array<[string,string]>": "list[list[str]]",
    "object|array": "Union[dict[str, Any], list[Any]]", "string (JSON array)": "Union[str, list[Any]]",
    "string[]|null": "list[str]", "boolean|null": "bool",
}


# A bare `{id}` path parameter gets the name of what it identifies.
ID_NAMES = {"campaigns": "campaign_id", "voices": "voice_id", "sms": "conversation_id", "pathway_chat": "chat_id"}


def py_name(wire: str, group: str = "") -> str:
    if wire == "id" and group in ID_NAMES:
        return ID_NAMES[group]
    if wire in RENAMES:
        return RENAMES[wire]
    name = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", wire).replace("-", "_").lower()
    return name + "_" if keyword.iskeyword(name) else name


def annotation(endpoint: dict, param: dict, where: str) -> str:
    name, kind = param["name"], param["type"]
    if where == "path":
        return "Id"
    if (endpoint["name"], name) in PHONE_LISTS:
        return "list[PhoneNumber]"
    if name in PHONE_FIELDS and kind == "string" and (endpoint["name"], name) not in NOT_PHONES:
        return "PhoneNumber"
    if name == "to" and kind == "string" and endpoint["method"] != "GET":
        return "PhoneNumber"
    if name in DATE_FIELDS and kind == "string":
        return "DateLike"
    if name == "start_time" and kind == "string":
        return "StartTime"
    enum = param.get("enum")
    if enum and kind in ("string", "integer", "number", "string|null", "string | null"):
        values = ", ".join(repr(v) for v in enum if v is not None)
        return f"Literal[{values}]"
    return TYPES[kind]


def field_line(endpoint: dict, param: dict, where: str) -> tuple[str, bool]:
    wire = param["name"]
    name = py_name(wire, endpoint["group"] if where == "path" else "")
    ann = annotation(endpoint, param, where)
    # The BYOT key may come from the client (`BlandClient(encrypted_key=...)`), so it is never required here.
    required = param["required"] and (endpoint["name"], wire) not in NOT_REQUIRED and wire != "encrypted_key"
    description = param["description"].strip()
    if "default" in param and param["default"] is not None:
        description += f" API default: {json.dumps(param['default'])}."
    args = []
    if not required:
        ann = f"Optional[{ann}]"
        args.append("None")
    if name != wire:
        args.append(f"alias={wire!r}")
    args.append(f"description={description!r}")
    return f"    {name}: {ann} = Field({', '.join(args)})", required


def class_name(name: str) -> str:
    return "".join(part.title() for part in name.split("_")) + "Params"


def render_group(group: str, endpoints: list[dict], summaries: dict[str, str]) -> str:
    models, types_used, pagination_used = set(), set(), set()
    blocks = []
    for ep in endpoints:
        params = [(p, "path") for p in ep["path_params"]]
        params += [(p, "query") for p in ep["query_params"]] + [(p, "body") for p in ep["body"]]
        params += [(h, "header") for h in ep["headers"]
                   if h["name"].lower() not in ("authorization",) and not (h["name"] == "content-type" and ep["name"] != "get_call_recording")]
        lines, headers, wildcard = [], {}, False
        for p, where in params:
            if p["name"] in ("*", "..."):
                wildcard = True
                continue
            line, _ = field_line(ep, p, where)
            lines.append(line)
            if where == "header":
                headers[py_name(p["name"])] = p["name"]
        cls = class_name(ep["name"])
        doc = f'    """Parameters of `{ep["name"]}`."""'
        config = '\n    model_config = ConfigDict(extra="allow")  # forwards Send Call fields\n' if wildcard else ""
        body = "\n".join(lines) if lines else ""
        blocks.append(f"class {cls}(Params):\n{doc}\n{config}" + (f"\n{body}\n" if body else ""))

        spec = RESULTS.get(ep["name"], {})
        example = ep["response_example"]
        kwargs = [
            f'name="{ep["name"]}"', f'group="{group}"', f'verb="{VERBS[ep["name"]]}"', f'method="{ep["method"]}"',
            f'path="{ep["path"]}"', f'effect="{EFFECTS.get(ep["name"], ep["effect"])}"',
            f"summary={summaries[ep['name']]!r}", f"params={cls}",
        ]
        if "result" in spec:
            kwargs.append(f"result={spec['result']}")
            if not spec["result"].startswith("Optional"):
                models.add(spec["result"])
        if isinstance(example, dict) and "data" in example and "errors" in example:
            kwargs.append('envelope="data"')
        for key in ("unwrap", "items"):
            if key in spec:
                kwargs.append(f"{key}={spec[key]!r}")
        if "pagination" in spec:
            kwargs.append(f"pagination={spec['pagination']}")
            pagination_used.add(spec["pagination"].split("(")[0])
        if "total" in spec:
            kwargs.append(f"total={spec['total']!r}")
        if headers:
            kwargs.append(f"headers={headers!r}")
        if ep["name"] in MULTIPART:
            kwargs.append("multipart=True")
        if spec.get("binary"):
            kwargs.append("binary=True")
        if ep["name"] in IDEMPOTENT_POSTS:
            kwargs.append("idempotent=True")
        if ep["base_url"] != "https://api.bland.ai":
            kwargs.append(f'host="{ep["base_url"]}"')
        blocks.append(f"{ep['name']} = Endpoint(\n" + "".join(f"    {k},\n" for k in kwargs) + ")\n")

    source = "\n\n".join(blocks)
    for t in ("Id", "PhoneNumber", "DateLike", "StartTime", "FileInput", "Number"):
        if re.search(rf"[\[:] {t}\b|\[{t}\b", source):
            types_used.add(t)
    typing = sorted(n for n in ("Any", "Literal", "Optional", "Union") if re.search(rf"\b{n}\[|\bAny\b" if n == "Any" else rf"\b{n}\[", source))
    header = [
        f'"""{group.replace("_", " ").capitalize()}: endpoint declarations.',
        "",
        "Scaffolded by tools/gen_endpoints.py from the Bland API catalog, then owned here.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
    ]
    if typing:
        header.append(f"from typing import {', '.join(typing)}")
        header.append("")
    pydantic = [name for name in ("ConfigDict", "Field") if f"{name}(" in source]
    if pydantic:
        header.append(f"from pydantic import {', '.join(pydantic)}")
    header.append("")
    header.append("from .._endpoint import Endpoint, Params")
    if models:
        header.append(f"from .._models import {', '.join(sorted(models))}")
    if pagination_used:
        header.append(f"from .._pagination import {', '.join(sorted(pagination_used))}")
    if types_used:
        header.append(f"from .._types import {', '.join(sorted(types_used))}")
    footer = "\nENDPOINTS = [\n" + "".join(f"    {ep['name']},\n" for ep in endpoints) + "]\n"
    return "\n".join(header) + "\n\n\n" + source + "\n" + footer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("catalog", type=Path)
    parser.add_argument("--summaries", type=Path, required=True, help="JSON: endpoint name -> one-line summary")
    parser.add_argument("--out", type=Path, default=ROOT / "bland_nb" / "api")
    args = parser.parse_args()
    catalog = json.loads(args.catalog.read_text())
    summaries = json.loads(args.summaries.read_text())
    groups: dict[str, list[dict]] = {}
    for ep in catalog["endpoints"]:
        if ep["method"] != "WS":
            groups.setdefault(ep["group"], []).append(ep)
    for group, endpoints in groups.items():
        (args.out / f"{group}.py").write_text(render_group(group, endpoints, summaries))
    print(f"wrote {len(groups)} modules, {sum(map(len, groups.values()))} endpoints")


if __name__ == "__main__":
    main()
