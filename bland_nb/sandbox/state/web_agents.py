"""Web agents: prompt- or pathway-driven agents that take voice calls in the browser.

An agent is a dict in the API's field names; `pathway_id`, `metadata` and `keywords` are kept
but, as in the API's listings, not shown. Authorizing a call mints a one-time session token.
"""

from __future__ import annotations

from typing import Any, Optional

from ._store import GroupState, SandboxError, iso

__all__ = ["AGENT_KEYS", "WebAgentsState"]

AGENT_KEYS = (
    "agent_id",
    "webhook",
    "dynamic_data",
    "interruption_threshold",
    "first_sentence",
    "model",
    "voice_settings",
    "voice",
    "prompt",
    "temperature",
    "max_duration",
    "language",
    "tools",
)
DEFAULTS = {"model": "base", "voice": "maya", "language": "ENG", "max_duration": 30}
PATHWAY_RESETS = ("prompt", "first_sentence", "dynamic_data", "tools")
"""Fields a pathway takes over: set with `pathway_id`, they are cleared (model goes back to base)."""

SEEDED = (
    {
        "prompt": "You are Blandie, a casually speaking, quick-witted AI phone agent that's the face of Bland AI. "
        "Find out what the caller wants to build and keep it fun.",
        "voice": "maya",
        "first_sentence": "Hey! Who's this?",
    },
    {
        "prompt": "You are the receptionist of Sandbox Dental. Book, move or cancel appointments.",
        "voice": "josh",
        "webhook": "https://hooks.sandbox-dental.example/web-calls",
        "interruption_threshold": 120,
        "tools": "custom",
        "max_duration": 15,
    },
    {"pathway_id": "pathway", "voice": "june", "language": "ENG", "metadata": {"team": "support"}},
)


class WebAgentsState(GroupState):
    group = "web_agents"
    order = 96  # after voices and both tool groups, which agents refer to

    def seed(self) -> None:
        self.agents: dict[str, dict[str, Any]] = {}
        self.sessions: dict[str, dict[str, Any]] = {}  # token -> session
        first_tool = next(iter(self.store.custom_tools.tools), None)
        for fields in SEEDED:
            fields = dict(fields)
            if fields.get("tools") == "custom":
                fields["tools"] = [first_tool] if first_tool else None
            if fields.get("pathway_id") == "pathway":
                fields["pathway_id"] = self.new_id()
            self.create(fields)

    def get(self, agent_id: str) -> dict[str, Any]:
        return self.find(self.agents, agent_id, "Agent", flat=True)

    def create(self, fields: dict[str, Any]) -> dict[str, Any]:
        if not fields.get("prompt") and not fields.get("pathway_id"):
            raise SandboxError.flat(400, "Missing required parameter: prompt.")
        agent = {key: None for key in AGENT_KEYS}
        agent.update(
            DEFAULTS,
            agent_id=self.new_id(),
            pathway_id=None,
            metadata=None,
            keywords=[],
            created_at=iso(self.store.now),
        )
        self._apply(agent, fields)
        self.agents[agent["agent_id"]] = agent
        return agent

    def update(self, agent_id: str, fields: dict[str, Any]) -> dict[str, Any]:
        """Set the fields given; null or empty clears a field (back to its default)."""
        agent = self.get(agent_id)
        self._apply(agent, fields)
        return agent

    def _apply(self, agent: dict[str, Any], fields: dict[str, Any]) -> None:
        self._check(fields)
        for key, value in fields.items():
            agent[key] = DEFAULTS.get(key) if value is None or value == "" else value
        if fields.get("pathway_id"):
            agent.update({key: None for key in PATHWAY_RESETS}, model="base")

    def _check(self, fields: dict[str, Any]) -> None:
        """The voice must exist, TL- tools must be the account's, the first sentence under 200 chars."""
        if fields.get("voice"):
            try:
                self.store.voices.get(fields["voice"])
            except SandboxError:
                raise SandboxError.flat(400, f"Invalid voice: {fields['voice']}") from None
        known = set(self.store.custom_tools.tools) | set(self.store.tools_v2.tools)
        unknown = [
            tool
            for tool in fields.get("tools") or []
            if isinstance(tool, str) and tool.startswith("TL-") and tool not in known
        ]
        if unknown:
            raise SandboxError.flat(400, f"Tool {unknown[0]} not found")
        if len(fields.get("first_sentence") or "") >= 200:
            raise SandboxError.flat(400, "first_sentence must be under 200 characters")

    def authorize(self, agent_id: str, request_data: Optional[dict[str, Any]]) -> str:
        """A one-time session token for a browser call to the agent."""
        self.get(agent_id)
        token = self.new_id()
        self.sessions[token] = {
            "agent_id": agent_id,
            "request_data": request_data or {},
            "created_at": iso(self.store.now),
        }
        return token

    def delete(self, agent_id: str) -> None:
        del self.agents[self.get(agent_id)["agent_id"]]
        self.sessions = {token: s for token, s in self.sessions.items() if s["agent_id"] != agent_id}
