"""Web agents: create, update, authorize a browser call, delete (POST .../delete), list."""

from __future__ import annotations

from typing import Any

from ..state import Store
from ..state.voices import view
from ..state.web_agents import AGENT_KEYS
from . import SandboxRequest, handles

CREATED_KEYS = tuple(key for key in AGENT_KEYS if key != "webhook")  # Create's example shows no webhook


@handles("create_web_agent")
def create_web_agent(store: Store, req: SandboxRequest) -> Any:
    return {"agent": view(store.web_agents.create(req.sent()), CREATED_KEYS)}


@handles("update_web_agent")
def update_web_agent(store: Store, req: SandboxRequest) -> Any:
    updates = req.sent()
    store.web_agents.update(req.params.agent_id, updates)
    return {"status": "success", "message": f"Successfully updated agent {req.params.agent_id}.", "updates": updates}


@handles("authorize_web_agent_call")
def authorize_web_agent_call(store: Store, req: SandboxRequest) -> Any:
    return {"token": store.web_agents.authorize(req.params.agent_id, req.params.request_data)}


@handles("delete_web_agent")
def delete_web_agent(store: Store, req: SandboxRequest) -> Any:
    store.web_agents.delete(req.params.agent_id)
    return {"status": "success", "message": f"Successfully deleted agent {req.params.agent_id}"}


@handles("list_web_agents")
def list_web_agents(store: Store, req: SandboxRequest) -> Any:
    return {"agents": [view(agent, AGENT_KEYS) for agent in store.web_agents.agents.values()]}
