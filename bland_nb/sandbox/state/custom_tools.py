"""Custom tools (v1): external API calls an agent can make mid-call, ids `TL-<uuid>`.

A tool is `{tool_id, label, tool: {name, description, speech, method, timeout, url, body,
input_schema, response}, public}`; `headers` and `query` join the inner `tool` when given.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from ._store import GroupState, SandboxError

__all__ = ["CustomToolsState", "RESERVED"]

RESERVED = (
    "input",
    "speak",
    "transfer",
    "switch",
    "wait",
    "finish",
    "press",
    "button",
    "say",
    "pause",
    "record",
    "play",
    "dial",
    "hang",
)
DEFINITION = ("name", "description", "speech", "method", "timeout", "url", "body", "input_schema", "response")
OPTIONAL = ("headers", "query")

SEEDED = (
    {
        "name": "BookAppointment",
        "description": "Books the appointment. Can only be used once.",
        "speech": "Please wait while I book that appointment for you",
        "method": "POST",
        "url": "https://api.sandbox-dental.example/appointments",
        "body": {"slot": "{{input}}"},
        "input_schema": {
            "type": "object",
            "example": {"date": "2024-03-16", "time": "5:00 PM"},
            "required": ["date", "time"],
            "properties": {"date": "YYYY-MM-DD", "time": "HH:MM (AM|PM)"},
        },
        "response": {"confirmation_message": "$.message"},
    },
    {
        "name": "LookupOrder",
        "description": "Finds an order's status by its number.",
        "speech": "Let me look that up.",
        "method": "GET",
        "url": "https://api.sandbox-shop.example/orders",
        "query": {"number": "{{input.order_number}}"},
        "input_schema": {
            "type": "object",
            "example": {"order_number": "A-1042"},
            "properties": {"order_number": "string"},
        },
        "response": {"order_status": "$.status", "eta": "$.eta"},
    },
    {
        "name": "CheckInventory",
        "description": "Checks whether a product is in stock.",
        "speech": None,
        "method": "GET",
        "url": "https://api.sandbox-shop.example/inventory",
        "headers": {"x-api-key": "{{shop_key}}"},
        "input_schema": {"type": "object", "properties": {"sku": "string"}},
        "response": {"in_stock": "$.available"},
    },
)


class CustomToolsState(GroupState):
    group = "custom_tools"
    order = 30

    def seed(self) -> None:
        self.tools: dict[str, dict[str, Any]] = {}
        for definition in SEEDED:
            self.create(dict(definition))

    def get(self, tool_id: str) -> dict[str, Any]:
        return self.find(self.tools, tool_id, "Tool", flat=True)

    def create(self, fields: dict[str, Any], label: Optional[str] = None) -> dict[str, Any]:
        """A new tool from its definition fields (API names); GET and 10 s by default."""
        definition = {"method": "GET", "timeout": 10000, **{k: v for k, v in fields.items() if v is not None}}
        _check(definition)
        tool = {"tool_id": f"TL-{self.new_id()}", "label": label, "tool": _ordered(definition), "public": False}
        self.tools[tool["tool_id"]] = tool
        return tool

    def update(self, tool_id: str, fields: dict[str, Any]) -> dict[str, Any]:
        """Change only the given definition fields."""
        tool = self.get(tool_id)
        definition = {**tool["tool"], **fields}
        _check(definition)
        tool["tool"] = _ordered(definition)
        return tool

    def delete(self, tool_id: str) -> None:
        del self.tools[self.get(tool_id)["tool_id"]]


def _check(definition: dict[str, Any]) -> None:
    """Refuse reserved names and non-https URLs, as the API does."""
    name = str(definition.get("name") or "")
    words = [word for word in RESERVED if word in name.lower()]
    if not name or words:
        reason = f"contains the reserved word '{words[0]}'" if words else "is empty"
        raise SandboxError.flat(400, f"Invalid tool name: '{name}' {reason}.")
    if not re.match(r"^https://\S+$", str(definition.get("url") or "")):
        raise SandboxError.flat(400, "Invalid tool url: it must start with https://.")


def _ordered(definition: dict[str, Any]) -> dict[str, Any]:
    """The inner `tool` object: the documented keys in order, then headers/query if set."""
    shown = {key: definition.get(key) for key in DEFINITION}
    shown.update({key: definition[key] for key in OPTIONAL if definition.get(key) is not None})
    return shown
