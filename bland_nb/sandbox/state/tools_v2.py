"""Tools (v2): integration actions an agent runs during calls, and their execution logs.

Tools are dicts in the API's field names (`timeout`, camelCase nowhere). The seeded logs tie
to real seeded calls (a tool runs a little after its call started); stats are computed from
the logs on every request.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any, Optional

from ._store import GroupState, SandboxError, iso, parse_time

__all__ = ["DIMENSIONS", "EQUAL", "LOG_KEYS", "MEASURES", "METRICS", "TOOL_KEYS", "ToolsV2State", "fail", "log_stats"]

TOOL_KEYS = (
    "id",
    "name",
    "description",
    "integration",
    "action",
    "input_schema",
    "speech",
    "timeout",
    "cache",
    "max_retries",
    "cooldown",
    "label",
    "is_active",
    "is_draft",
    "public",
    "created_at",
)
LOG_KEYS = (
    "id",
    "tool_id",
    "resource_id",
    "integration",
    "action",
    "status",
    "call_id",
    "execution_time_ms",
    "input_size_kb",
    "output_size_kb",
    "error_type",
    "created_at",
)
EQUAL = ("tool_id", "resource_id", "integration", "action", "status", "call_id", "error_type")
MEASURES = ("execution_time_ms", "input_size_kb", "output_size_kb")
METRICS = ("count", *(f"{m}:avg" for m in MEASURES))
DIMENSIONS = ("integration", "action", "status", "tool_id", "resource_id", "error_type", "date")
ERRORS = ("timeout", "http_error", "invalid_response")
PERIODS = {"week": timedelta(days=7), "month": timedelta(days=30)}
LIMITS = {"timeout": (1000, 60000), "max_retries": (0, 4), "cooldown": (1, 30)}

SEEDED = (
    (
        "SendSlackMessage",
        "Sends a message to a Slack channel",
        "slack",
        "send_message",
        "Sending that message to Slack now.",
        {"channel": "string", "message": "string"},
        False,
    ),
    (
        "TextConfirmation",
        "Texts the caller a confirmation",
        "bland-sms",
        "send_sms",
        "I'll text you a confirmation.",
        {"message": "string"},
        False,
    ),
    (
        "CreateHubspotContact",
        "Creates a contact in HubSpot",
        "hubspot",
        "create_contact",
        None,
        {"email": "string", "first_name": "string"},
        False,
    ),
    (
        "BookCalendlyMeeting",
        "Books a meeting on the sales calendar",
        "calendly",
        "create_booking",
        "Let me grab that slot for you.",
        {"start_time": "string"},
        True,
    ),
)


def fail(status: int, code: str, message: str) -> SandboxError:
    """The v2 tools error: `{status: "error", data: null, errors: [{code, message}]}`."""
    return SandboxError(status, {"status": "error", "data": None, "errors": [{"code": code, "message": message}]})


class ToolsV2State(GroupState):
    group = "tools_v2"
    order = 95  # after calls: the seeded logs point at seeded calls

    def seed(self) -> None:
        self.tools: dict[str, dict[str, Any]] = {}
        self.logs: list[dict[str, Any]] = []  # newest first
        for age, (name, description, integration, action, speech, properties, bound) in enumerate(SEEDED):
            schema = {
                "type": "object",
                "properties": {k: {"type": v} for k, v in properties.items()},
                "required": list(properties),
            }
            self.create(
                {
                    "name": name,
                    "description": description,
                    "integration": integration,
                    "action": action,
                    "speech": speech,
                    "input_schema": schema,
                    "resource_id": self.new_id() if bound else None,
                },
                when=self.store.now - timedelta(days=45 - 5 * age),
            )
        self._seed_logs(160)

    def _seed_logs(self, count: int) -> None:
        """`count` runs of the seeded tools, each a little after a seeded call started."""
        calls = [c for c in self.store.calls.timeline if c["started_at"]]
        tools = list(self.tools.values())
        for _ in range(count):
            tool = self.random.choice(tools)
            if calls:
                call = self.random.choice(calls)
                call_id, started = call["call_id"], parse_time(call["started_at"])
            else:  # a sandbox without calls
                call_id, started = self.new_id(), self.store.now - timedelta(days=self.random.uniform(0, 30))
            ran = min(started + timedelta(seconds=self.random.uniform(5, 120)), self.store.now)
            self.logs.append(self._log(tool, call_id, ran))
        self.logs.sort(key=lambda log: log["created_at"], reverse=True)

    def _log(self, tool: dict[str, Any], call_id: str, when: datetime) -> dict[str, Any]:
        failed = self.random.random() < 0.08
        error_type = self.random.choice(ERRORS) if failed else None
        took = tool["timeout"] if error_type == "timeout" else self.random.randint(80, 900)
        return {
            "id": f"log_{self.random.getrandbits(48):012x}",
            "tool_id": tool["id"],
            "resource_id": tool["resource_id"],
            "integration": tool["integration"],
            "action": tool["action"],
            "status": "error" if failed else "success",
            "call_id": call_id,
            "execution_time_ms": took,
            "input_size_kb": round(self.random.uniform(0.1, 2.0), 1),
            "output_size_kb": round(self.random.uniform(0.0 if failed else 0.3, 4.0), 1),
            "error_type": error_type,
            "created_at": iso(when),
        }

    # -- tools ----------------------------------------------------------------------------------

    def get(self, tool_id: str) -> dict[str, Any]:
        try:
            return self.tools[tool_id]
        except KeyError:
            raise fail(404, "TOOL_NOT_FOUND", f"Tool {tool_id} not found") from None

    def create(self, fields: dict[str, Any], when: Optional[datetime] = None) -> dict[str, Any]:
        _check(fields, "INVALID_PARAMETER")
        created = iso(when or self.store.now)
        tool = {
            "id": f"TL-{self.new_id()}",
            "input_schema": None,
            "speech": None,
            "timeout": 10000,
            "cache": False,
            "max_retries": 0,
            "cooldown": None,
            "label": None,
            "is_active": True,
            "is_draft": False,
            "public": False,
            "created_at": created,
            "updated_at": created,
            "body": None,
            "response_data": None,
            "resource_id": None,
            **{k: v for k, v in fields.items() if v is not None},
        }
        self.tools[tool["id"]] = tool
        return tool

    def update(self, tool_id: str, fields: dict[str, Any]) -> dict[str, Any]:
        """Partial update: only the fields given change."""
        tool = self.get(tool_id)
        _check(fields, "TOOL_V2_UPDATE_VALIDATION_ERROR")
        tool.update(fields, updated_at=iso(self.store.now))
        return tool

    def listed(self, search: Optional[str], ascending: bool) -> list[dict[str, Any]]:
        """Tools not bound to a resource, by creation time, matching `search` in name or description."""
        found = [t for t in self.tools.values() if t["resource_id"] is None]
        if search:
            found = [t for t in found if search.lower() in f"{t['name']} {t['description']}".lower()]
        return sorted(found, key=lambda t: t["created_at"], reverse=not ascending)

    # -- logs -----------------------------------------------------------------------------------

    def matching(
        self,
        equal: dict[str, Any],
        since: Optional[datetime] = None,
        until: Optional[datetime] = None,
        bounds: Optional[dict[str, tuple[Optional[float], Optional[float]]]] = None,
    ) -> list[dict[str, Any]]:
        """Logs, newest first, whose fields equal the non-None values of `equal`, whose measures lie
        strictly within `bounds` (measure → (above, below), either None), created in [since, until)."""
        logs = self.logs
        for name, value in equal.items():
            if value is not None:
                logs = [log for log in logs if log[name] == value]
        for name, (above, below) in (bounds or {}).items():
            logs = [
                log for log in logs if (above is None or log[name] > above) and (below is None or log[name] < below)
            ]
        return [
            log
            for log in logs
            if (since is None or parse_time(log["created_at"]) >= since)
            and (until is None or parse_time(log["created_at"]) < until)
        ]

    def period_start(self, period: str) -> datetime:
        """Where a preset period ending now starts: `today` (midnight UTC), `week` or `month`."""
        now = self.store.now
        if period == "today":
            return now.replace(hour=0, minute=0, second=0, microsecond=0)
        return now - PERIODS[period]


def log_stats(logs: list[dict[str, Any]], dims: list[str], metrics: list[str]) -> list[dict[str, Any]]:
    """Counts and averages of `logs`, one row per group of `dims` values, largest group first."""
    groups: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for log in logs:
        groups[tuple(log["created_at"][:10] if d == "date" else log[d] for d in dims)].append(log)
    ordered = sorted(groups.items(), key=lambda group: (-len(group[1]), [str(v) for v in group[0]]))
    return [_stat_row(dims, key, rows, metrics) for key, rows in ordered]


def _stat_row(dims: list[str], key: tuple, logs: list[dict[str, Any]], metrics: list[str]) -> dict[str, Any]:
    row: dict[str, Any] = dict(zip(dims, key))
    for metric in metrics:
        if metric == "count":
            row["count"] = len(logs)
        else:
            field = metric.split(":")[0]
            row[f"{field}_avg"] = round(sum(log[field] for log in logs) / len(logs), 2)
    return row


def _check(fields: dict[str, Any], code: str) -> None:
    """The documented bounds: a non-empty name, timeout/retries/cooldown ranges, extraction rules."""
    if "name" in fields and not str(fields["name"] or "").strip():
        raise fail(400, code, "name must be at least 1 character")
    for name, (low, high) in LIMITS.items():
        if fields.get(name) is not None and not low <= fields[name] <= high:
            raise fail(400, code, f"{name} must be between {low} and {high}")
    rules = fields.get("response_data") or []
    if any(not isinstance(rule, dict) or not rule.get("name") or not rule.get("data") for rule in rules):
        raise fail(400, code, "each response_data entry needs a name and a data JSONPath")
