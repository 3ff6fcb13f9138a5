"""Pathway chat: text sessions that walk a pathway's graph.

Each user message moves along the edge out of the current node whose label shares most words with
it; when none shares any, along an edge that leads closest to an end (ties broken by a hash of
the message), so any chat walks the pathway and ends. The agent answers with the node's text or
prompt. Reaching an
End Call or Transfer Call node completes the chat. A session works on a snapshot of the graph
it was opened on (the live pathway, or the version asked for).
"""

from __future__ import annotations

import copy
import zlib
from collections import deque
from typing import Any, Optional

from ._store import GroupState, SandboxError
from .pathways import ENDING, best_edge, node_text, start_node

__all__ = ["PathwayChatState"]


class PathwayChatState(GroupState):
    group = "pathway_chat"
    order = 23  # after pathways and versions

    def seed(self) -> None:
        self.chats: dict[str, dict[str, Any]] = {}

    def get(self, chat_id: str) -> dict[str, Any]:
        return self.find(self.chats, chat_id, "Chat")

    def create(
        self,
        pathway_id: str,
        *,
        start_node_id: Optional[str] = None,
        variables: Optional[dict[str, Any]] = None,
        version: Any = None,
        candidate: bool = False,
    ) -> dict[str, Any]:
        """A session at the start node (or `start_node_id`); the greeting opens its history."""
        graph = self.store.pathways.get(pathway_id, flat=False)
        if version is not None:
            graph = self.store.pathway_versions.find(pathway_id, int(version), flat=False)
        nodes = copy.deepcopy(graph["nodes"])
        start = next((n for n in nodes if n.get("id") == start_node_id), None) if start_node_id else start_node(nodes)
        if start is None:
            raise SandboxError.invalid(f"Pathway {pathway_id} has no node {start_node_id or 'to start from'}")
        chat_id = self.new_id()
        variables = {**(variables or {}), "callID": chat_id}
        chat = {
            "chat_id": chat_id,
            "pathway_id": pathway_id,
            "pathway_version": None if version is None else str(int(version)),
            "use_candidate_model": bool(candidate),
            "variables": variables,
            "nodes": nodes,
            "edges": copy.deepcopy(graph["edges"]),
            "current_node_id": start["id"],
            "completed": False,
            "chat_history": [{"role": "assistant", "content": node_text(start, variables)}],
        }
        self.chats[chat_id] = chat
        return chat

    def node(self, chat: dict[str, Any]) -> dict[str, Any]:
        return next(n for n in chat["nodes"] if n.get("id") == chat["current_node_id"])

    def send(self, chat_id: str, message: Optional[str]) -> list[str]:
        """Take the user's message (if any), move along the best-matching edge, and answer."""
        chat = self.get(chat_id)
        if chat["completed"]:
            raise SandboxError.data(400, "CHAT_COMPLETED", f"Chat {chat_id} has already reached the end of the pathway")
        if message:
            chat["chat_history"].append({"role": "user", "content": message})
            edge = best_edge(chat["edges"], chat["current_node_id"], message) or _toward_end(chat, message)
            if edge is not None:
                chat["current_node_id"] = edge["target"]
        node = self.node(chat)
        chat["completed"] = node.get("type") in ENDING
        reply = node_text(node, chat["variables"])
        chat["chat_history"].append({"role": "assistant", "content": reply})
        return [reply]


def _toward_end(chat: dict[str, Any], message: str) -> Optional[dict[str, Any]]:
    """An edge out of the current node to a node fewest steps from an end node (None at a dead end);
    among equals, the one the message's hash picks."""
    edges = [e for e in chat["edges"] if isinstance(e, dict)]
    into: dict[Any, list[Any]] = {}
    for edge in edges:
        into.setdefault(edge.get("target"), []).append(edge.get("source"))
    ends = [n["id"] for n in chat["nodes"] if n.get("type") in ENDING and "id" in n]
    steps = dict.fromkeys(ends, 0)
    queue = deque(ends)
    while queue:  # breadth first, backwards from the ends
        node = queue.popleft()
        for source in into.get(node, []):
            if source not in steps:
                steps[source] = steps[node] + 1
                queue.append(source)
    out = [e for e in edges if e.get("source") == chat["current_node_id"] and e.get("target") in steps]
    if not out:
        return None
    nearest = min(steps[e["target"]] for e in out)
    choices = [e for e in out if steps[e["target"]] == nearest]
    return choices[zlib.crc32(message.encode()) % len(choices)]
