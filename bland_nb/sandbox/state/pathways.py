"""Pathways: conversational graphs (nodes and edges), generation jobs, and the event timeline of
calls that ran on a pathway. Also the graph helpers the chat, version and folder states share.

A pathway is kept as `{id, name, description, nodes, edges, created_at, updated_at, folder_id}`;
nodes and edges are stored exactly as sent (`{id, type, data}` and `{id, source, target, label}`).
"""

from __future__ import annotations

import base64
import copy
import itertools
import json
import re
from datetime import datetime, timedelta
from typing import Any, Optional

from ._store import GroupState, SandboxError, iso, parse_time

__all__ = ["PathwaysState", "best_edge", "check_graph", "node_text", "start_node", "words"]

# (name, description, nodes as (key, type, name, "text" | "prompt", content), edges as (source, target, label))
TEMPLATES = [
    (
        "Appointment booking",
        "Books, moves and cancels dental appointments.",
        [
            (
                "start",
                "Default",
                "Start",
                "text",
                "Hi, this is Ava from Sandbox Dental. Would you like to book, move or cancel an appointment?",
            ),
            (
                "book",
                "Default",
                "Book appointment",
                "prompt",
                "Ask which day and time suit them, offer the nearest free slot and confirm it.",
            ),
            (
                "move",
                "Default",
                "Reschedule",
                "text",
                "No problem. Which appointment would you like to move, and when would suit you better?",
            ),
            (
                "cancel",
                "Default",
                "Cancel appointment",
                "text",
                "I can cancel that for you. Can you confirm the date of the appointment?",
            ),
            ("done", "End Call", "Wrap up", "text", "You're all set. Thanks for calling Sandbox Dental, goodbye!"),
        ],
        [
            ("start", "book", "book a new appointment"),
            ("start", "move", "reschedule or move an appointment"),
            ("start", "cancel", "cancel an appointment"),
            ("book", "done", "time slot confirmed"),
            ("move", "done", "new time confirmed"),
            ("cancel", "done", "cancellation date confirmed"),
        ],
    ),
    (
        "Inbound support triage",
        "Routes inbound support calls to billing, technical help or a person.",
        [
            (
                "start",
                "Default",
                "Start",
                "text",
                "Thanks for calling Sandbox support. What can I help you with today?",
            ),
            (
                "billing",
                "Default",
                "Billing question",
                "prompt",
                "Answer the billing question: invoices, charges, refunds and payment methods.",
            ),
            (
                "tech",
                "Default",
                "Technical issue",
                "prompt",
                "Troubleshoot step by step: what fails, since when, and on which device.",
            ),
            (
                "human",
                "Transfer Call",
                "Transfer to agent",
                "text",
                "Let me connect you with one of our support specialists now.",
            ),
            ("done", "End Call", "End call", "text", "Glad I could help. Have a great day!"),
        ],
        [
            ("start", "billing", "billing invoice charge refund or payment question"),
            ("start", "tech", "technical problem error or something not working"),
            ("start", "human", "wants to speak to a person or agent"),
            ("billing", "done", "question answered"),
            ("tech", "done", "issue resolved"),
            ("tech", "human", "issue not resolved needs an agent"),
        ],
    ),
    (
        "Lead qualification",
        "Qualifies inbound leads on budget and timeline, then books a demo.",
        [
            (
                "start",
                "Default",
                "Start",
                "text",
                "Hi! Thanks for your interest in Sandbox CRM. Are you looking for a tool for your sales team?",
            ),
            (
                "budget",
                "Default",
                "Budget",
                "text",
                "Great. How big is the team, and what monthly budget do you have in mind?",
            ),
            ("timeline", "Default", "Timeline", "text", "And when would you like to be up and running?"),
            (
                "demo",
                "Default",
                "Book demo",
                "text",
                "Sounds like a great fit! Shall I book a 30 minute demo with our team this week?",
            ),
            ("nofit", "End Call", "Not a fit", "text", "Thanks for your time. I'll email you some resources. Goodbye!"),
            ("done", "End Call", "Demo booked", "text", "You're booked. Look out for the calendar invite. Bye!"),
        ],
        [
            ("start", "budget", "yes interested in a tool for the sales team"),
            ("start", "nofit", "not interested"),
            ("budget", "timeline", "team size and budget shared"),
            ("timeline", "demo", "start this month or quarter"),
            ("timeline", "nofit", "no timeline or much later"),
            ("demo", "done", "yes book the demo"),
            ("demo", "nofit", "no demo thanks"),
        ],
    ),
    (
        "Payment reminder",
        "Reminds customers of an invoice due and takes payment or sets up a plan.",
        [
            (
                "start",
                "Default",
                "Start",
                "text",
                "Hello {{name}}, this is Sandbox Energy calling about your invoice due on Friday. Is now a good time?",
            ),
            (
                "pay",
                "Default",
                "Take payment",
                "prompt",
                "Take the card payment securely and read back the amount paid.",
            ),
            ("plan", "Default", "Payment plan", "text", "We can split the amount over three months. Would that help?"),
            ("later", "End Call", "Call back later", "text", "No problem, we'll call back tomorrow. Goodbye!"),
            ("done", "End Call", "Paid", "text", "Thank you, your payment is complete. Goodbye!"),
        ],
        [
            ("start", "pay", "yes pay the invoice now"),
            ("start", "plan", "cannot pay in full needs more time"),
            ("start", "later", "bad time call back later"),
            ("plan", "done", "yes plan agreed"),
            ("pay", "done", "payment taken"),
        ],
    ),
    (
        "Restaurant reservations",
        "Takes table reservations for Bland Bistro.",
        [
            (
                "start",
                "Default",
                "Start",
                "text",
                "Hey there, this is the Bland Bistro reservation line. Do you want to make a reservation?",
            ),
            ("party", "Default", "Party size", "text", "Lovely. How many people, and for what day and time?"),
            (
                "hours",
                "Default",
                "Opening hours",
                "text",
                "We're open Tuesday to Sunday, 5pm to 11pm. Would you like to book a table?",
            ),
            ("done", "End Call", "Confirmed", "text", "Your table is booked. See you soon!"),
        ],
        [
            ("start", "party", "yes make a reservation book a table"),
            ("start", "hours", "opening hours when are you open"),
            ("hours", "party", "yes book a table"),
            ("party", "done", "party size day and time given"),
            ("hours", "done", "no thanks goodbye"),
        ],
    ),
]
ENDING = ("End Call", "Transfer Call")
STOPWORDS = frozenset(
    "a an and are as at be but by can do for from i i'm in is it me my no of on or so that the this "
    "to was we what when with you your".split()
)
JWT_HEADER = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"


# -- graph helpers --------------------------------------------------------------------------------


def words(text: Any) -> set[str]:
    """The meaningful lower-case words of a text (no stop words, plural s dropped)."""
    found = re.findall(r"[a-z0-9']+", str(text or "").lower())
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in found if w not in STOPWORDS}


def start_node(nodes: list[dict[str, Any]]) -> Optional[dict[str, Any]]:
    """The node marked `isStart`, else the first node."""
    graph = [n for n in nodes if isinstance(n, dict) and "id" in n]
    return next((n for n in graph if (n.get("data") or {}).get("isStart")), graph[0] if graph else None)


def node_text(node: dict[str, Any], variables: Optional[dict[str, Any]] = None) -> str:
    """What the agent says at a node: its static text, else its prompt, with {{variables}} filled in."""
    data = node.get("data") or {}
    text = str(data.get("text") or data.get("prompt") or "")
    values = variables or {}
    return re.sub(r"{{\s*(\w+)\s*}}", lambda m: str(values.get(m.group(1), m.group(0))), text)


def _label(edge: dict[str, Any]) -> str:
    return str(edge.get("label") or (edge.get("data") or {}).get("label") or "")


def best_edge(edges: list[dict[str, Any]], source: str, message: str) -> Optional[dict[str, Any]]:
    """The edge out of `source` whose label shares most words with `message` (None if none shares any)."""
    said = words(message)
    scored = [(len(said & words(_label(e))), -i, e) for i, e in enumerate(edges) if e.get("source") == source]
    best = max(scored, default=None, key=lambda s: s[:2])
    return best[2] if best and best[0] > 0 else None


def check_graph(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> None:
    """Refuse nodes without ids and edges between unknown nodes."""
    ids = set()
    for node in nodes:
        if not isinstance(node, dict) or ("id" not in node and "globalConfig" not in node):
            raise SandboxError.invalid("Every node needs an id", flat=True)
        ids.add(node.get("id"))
    for edge in edges:
        if not isinstance(edge, dict) or edge.get("source") not in ids or edge.get("target") not in ids:
            ident = edge.get("id") if isinstance(edge, dict) else edge
            raise SandboxError.invalid(f"Edge {ident} must connect two nodes of the pathway", flat=True)


# -- the state ------------------------------------------------------------------------------------


class PathwaysState(GroupState):
    group = "pathways"
    order = 20

    def seed(self) -> None:
        self.pathways: dict[str, dict[str, Any]] = {}
        self.jobs: dict[str, dict[str, Any]] = {}
        for age, (name, description, nodes, edges) in zip((60, 45, 33, 21, 9), TEMPLATES):
            created = self.store.now - timedelta(days=age, hours=self.random.uniform(0, 8))
            self._add(name, description, created, *self._graph(nodes, edges, created))

    def _graph(self, nodes: list[tuple], edges: list[tuple], created: datetime) -> tuple[list, list]:
        """A template's nodes and edges, with ids in the editor's style."""
        stamp = int(created.timestamp() * 1000)
        ids = {
            key: "1" if key == "start" else f"randomnode_{stamp + 1000 * i + self.random.randint(0, 999)}"
            for i, (key, *_) in enumerate(nodes)
        }
        built = []
        for key, kind, name, field, content in nodes:
            data = {"name": name, field: content, **({"isStart": True} if key == "start" else {})}
            if kind == "Transfer Call":
                data["transferNumber"] = self.phone()
            built.append({"id": ids[key], "type": kind, "data": data})
        links = [
            {"id": f"reactflow__edge-{ids[s]}-{ids[t]}", "source": ids[s], "target": ids[t], "label": label}
            for s, t, label in edges
        ]
        return built, links

    def _add(
        self,
        name: str,
        description: Optional[str],
        created: datetime,
        nodes: list[dict[str, Any]],
        edges: list[dict[str, Any]],
    ) -> dict[str, Any]:
        pathway = {
            "id": self.new_id(),
            "name": name,
            "description": description,
            "nodes": nodes,
            "edges": edges,
            "created_at": iso(created),
            "updated_at": iso(created),
            "folder_id": None,
        }
        self.pathways[pathway["id"]] = pathway
        return pathway

    # -- reads and writes -----------------------------------------------------------------------

    def get(self, pathway_id: str, *, flat: bool = True) -> dict[str, Any]:
        return self.find(self.pathways, pathway_id, "Pathway", flat=flat)

    def create(self, name: str, description: Optional[str]) -> dict[str, Any]:
        """An empty pathway."""
        return self._add(name, description, self.store.now, [], [])

    def update(self, pathway_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        """Set the given fields; nodes and edges replace the whole graph."""
        pathway = self.get(pathway_id)
        nodes = changes.get("nodes", pathway["nodes"]) or []
        ids = {n.get("id") for n in nodes if isinstance(n, dict)}
        kept = [e for e in pathway["edges"] if e.get("source") in ids and e.get("target") in ids]
        edges = changes.get("edges", kept) or []
        check_graph(nodes, edges)
        pathway.update(changes, nodes=nodes, edges=edges, updated_at=iso(self.store.now))
        return pathway

    def replace_graph(self, pathway_id: str, nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> None:
        """Make a graph live (a version was published)."""
        pathway = self.get(pathway_id)
        pathway.update(nodes=copy.deepcopy(nodes), edges=copy.deepcopy(edges), updated_at=iso(self.store.now))

    def delete(self, pathway_id: str) -> None:
        self.get(pathway_id)
        del self.pathways[pathway_id]

    def in_folder(self, folder_id: Optional[str]) -> list[dict[str, Any]]:
        return [p for p in self.pathways.values() if p["folder_id"] == folder_id]

    def session_token(self) -> dict[str, Any]:
        """A JWT-shaped token, valid for one hour of sandbox time."""
        expires = self.store.now + timedelta(hours=1)
        claims = json.dumps({"sub": self.new_id(), "exp": int(expires.timestamp())}, separators=(",", ":"))
        body = base64.urlsafe_b64encode(claims.encode()).decode().rstrip("=")
        signature = base64.urlsafe_b64encode(self.random.getrandbits(256).to_bytes(32, "big")).decode().rstrip("=")
        return {"token": f"{JWT_HEADER}.{body}.{signature}", "expires_at": iso(expires)}

    # -- generation -----------------------------------------------------------------------------

    def generate(self, prompt: str, name: Optional[str]) -> dict[str, Any]:
        """A generation job; processing starts at the first status poll (or when the clock moves)."""
        if not 100 <= len(prompt) <= 8000:
            # Generate Pathway's error swaps the keys: {message: CODE, error: text}.
            raise SandboxError(
                400,
                {
                    "data": None,
                    "errors": [
                        {"message": "INVALID_INPUT", "error": "input_prompt must be between 100 and 8000 characters"}
                    ],
                },
            )
        job = {"id": self.new_id(), "prompt": prompt, "name": name, "started": False, "pathway_id": None}
        self.jobs[job["id"]] = job
        return job

    def job_status(self, job_id: str) -> dict[str, Any]:
        """The job after a poll: the first poll starts it, the next one finds it ready."""
        try:
            job = self.jobs[job_id]
        except KeyError:
            raise SandboxError.not_found("Generation job", job_id) from None
        if job["started"]:
            self._finish(job)
        job["started"] = True
        return job

    def advance(self, now: datetime) -> None:
        for job in self.jobs.values():
            self._finish(job)

    def _finish(self, job: dict[str, Any]) -> None:
        if job["pathway_id"] is None:
            sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", job["prompt"]) if s.strip()][:4]
            nodes = [
                ("start" if i == 0 else f"step{i}", "Default", _title(s), "prompt", s) for i, s in enumerate(sentences)
            ]
            nodes.append(("end", "End Call", "End call", "text", "Thanks for your time. Goodbye!"))
            edges = [(a[0], b[0], b[2].lower()) for a, b in itertools.pairwise(nodes)]
            name = job["name"] or f"Generated: {_title(job['prompt'])}"
            pathway = self._add(name, job["prompt"][:200], self.store.now, *self._graph(nodes, edges, self.store.now))
            job["pathway_id"] = pathway["id"]

    # -- call events ----------------------------------------------------------------------------

    def call_events(self, call: dict[str, Any]) -> list[dict[str, Any]]:
        """The v2 event timeline of a call on a pathway, up to the sandbox's now ([] for other calls)."""
        pathway = self.pathways.get(call.get("pathway_id") or "")
        start = start_node(pathway["nodes"]) if pathway else None
        if (
            start is None
            or not call["started_at"]
            or (call["completed"] and call["answered_by"] in (None, "no-answer"))
        ):
            return []  # not a pathway call, or nobody talked
        rng = self.store.rng(f"pathway-events:{call['call_id']}")  # the same call always walks the same way
        began = parse_time(call["started_at"])
        ends = began + timedelta(minutes=call["call_length"] or 1)
        version = self.store.pathway_versions.production_number(pathway["id"])
        events = [
            self._event(
                call,
                0,
                "conversation.init",
                None,
                began,
                {
                    "pathway_id": pathway["id"],
                    "start_node_id": start["id"],
                    "version": str(version) if version else None,
                    "initial_variables": call.get("metadata") or {},
                },
            )
        ]
        node, moment = start, began
        while call["answered_by"] != "voicemail" and node.get("type") not in ENDING and len(events) < 10:
            exits = [e for e in pathway["edges"] if e.get("source") == node["id"]]
            if not exits:
                break
            edge = rng.choice(exits)
            moment += timedelta(seconds=rng.uniform(8, 40))
            if moment > min(ends, self.store.now):
                break
            target = next((n for n in pathway["nodes"] if n.get("id") == edge["target"]), None)
            if target is None:
                break
            events.append(
                self._event(
                    call,
                    len(events),
                    "node.transition",
                    target["id"],
                    moment,
                    {"from_node_id": node["id"], "to_node_id": target["id"], "label": _label(edge)},
                )
            )
            node = target
        return events

    @staticmethod
    def _event(
        call: dict[str, Any],
        sequence: int,
        kind: str,
        node_id: Optional[str],
        moment: datetime,
        payload: dict[str, Any],
    ) -> dict[str, Any]:
        return {
            "conversation_id": call["call_id"],
            "sequence": sequence,
            "event_type": kind,
            "node_id": node_id,
            "operation_id": None,
            "payload": payload,
            "created_at": iso(moment),
        }


def _title(sentence: str) -> str:
    """A short node name from a sentence: its first meaningful words."""
    kept = [w for w in re.findall(r"[A-Za-z0-9']+", sentence) if w.lower() not in STOPWORDS][:4]
    return " ".join(kept).capitalize() or "Step"
