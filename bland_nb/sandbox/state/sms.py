"""SMS: your SMS numbers and their configs, conversations with their messages, batches, A2P brands.

A conversation is between one user number and one of your agent numbers; at most one is active
per pair, and sending appends to it. Messages have integer ids and are soft-deleted; clearing a
conversation hides its messages from the AI (and the legacy history) without deleting them.
The sandbox has no LLM: the agent writes canned lines, and users sometimes text back when the
clock moves on; the AI answers them unless the number is in human mode.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, Optional

from ._store import GroupState, SandboxError, iso, parse_time

__all__ = ["SmsState"]

CONFIG_DEFAULTS = {
    "webhook": None,
    "request_data": {},
    "time_out": None,
    "timeout_action": None,
    "timeout_message": None,
    "warning_time": None,
    "warning_message": None,
    "messaging_service_sid": None,
    "objective": "Chat with the user",
    "tools": [],
    "temperature": 0.7,
    "pathway_id": None,
    "pathway_version": None,
    "start_node_id": None,
    "restart_after_end_call": True,
    "timezone": None,
    "summary_prompt": None,
    "disposition_ids": None,
    "citation_schema_ids": None,
}
SCRIPTS: dict[str, list[tuple[str, str]]] = {
    "Appointment reminder": [
        ("AGENT", "Hi {name}, this is Sandbox Dental: your cleaning is on Tuesday at 10am. Reply YES to confirm."),
        ("USER", "Yes, that works."),
        ("AGENT", "Great, you're confirmed for Tuesday at 10am. See you then!"),
        ("USER", "Actually could we do Thursday at 3pm instead?"),
        ("AGENT", "Done: you're now booked for Thursday at 3pm."),
    ],
    "Order status": [
        ("USER", "Hi, where is my order #48213?"),
        ("AGENT", "Order #48213 shipped yesterday and should arrive tomorrow."),
        ("USER", "Can you send the tracking link to ann@example.com?"),
        ("AGENT", "Sent! Anything else I can help with?"),
        ("USER", "No, thanks!"),
    ],
    "Lead follow-up": [
        (
            "AGENT",
            "Hi {name}, thanks for your interest in Sandbox Solar. Do you have a minute to talk about your roof?",
        ),
        ("USER", "Sure, I'm free Friday after 2pm."),
        ("AGENT", "Perfect, I've booked a call for Friday at 2pm."),
    ],
    "Opt-out": [
        ("AGENT", "Hi {name}, our spring sale starts today: 20% off everything."),
        ("USER", "STOP"),
        ("AGENT", "You've been unsubscribed and won't receive more messages."),
    ],
}
NUMBERS = (  # objective, webhook, timezone, scripts its conversations follow, the agent's first text
    (
        "Remind patients of appointments and confirm or reschedule them.",
        "https://hooks.example.com/sms/dental",
        "America/New_York",
        ("Appointment reminder",),
        "Hi {name}, this is Sandbox Dental: which day suits you for your next cleaning?",
    ),
    (
        "Answer order and delivery questions.",
        None,
        "America/Chicago",
        ("Order status",),
        "Hi {name}, this is Sandbox Shop: your order is on its way. Any questions? Just reply.",
    ),
    (
        "Qualify leads who asked about solar and book a call.",
        "https://hooks.example.com/sms/solar",
        None,
        ("Lead follow-up", "Opt-out"),
        "Hi {name}, this is Sandbox Solar: do you have a minute to talk about your roof?",
    ),
)
TAG_COLORS = {
    "Appointment reminder": "#4287f5",
    "Order status": "#f5a742",
    "Lead follow-up": "#42f57b",
    "Opt-out": "#f54242",
}
NAMES = ("Ann", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hugo")
REPLIES = {  # what a user may text back → the AI's answer
    "Yes, that works.": "Great, you're all set!",
    "Can you tell me more?": "Of course: I'll send the details in a moment.",
    "What about tomorrow at 9am?": "Tomorrow at 9am works, I've noted it.",
    "Thanks!": "You're welcome, have a great day!",
    "STOP": "You've been unsubscribed and won't receive more messages.",
}
FOLLOW_UP = "Just checking in: is there anything else I can help you with?"
EXTRACTORS = (  # variable, pattern over user messages (group 1 is the value; no group: True)
    ("confirmed", re.compile(r"\b(?:yes|confirm|works)\b", re.I)),
    ("preferred_day", re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)\b", re.I)),
    ("preferred_time", re.compile(r"\b(\d{1,2}(?::\d{2})?\s?(?:am|pm))\b", re.I)),
    ("order_number", re.compile(r"#(\d{4,})")),
    ("email", re.compile(r"([\w.+-]+@[\w-]+\.\w+)")),
    ("opted_out", re.compile(r"^\s*(?:stop|unsubscribe)\b", re.I)),
)
ROW = (
    "id",
    "created_at",
    "updated_at",
    "user_number",
    "agent_number",
    "variables",
    "current_node_id",
    "curr_pathway_id",
    "is_active",
    "message_count",
    "last_message",
    "last_message_at",
    "pathway_tags",
    "effective_channel",
    "summary",
    "citation_variables",
    "disposition_tag",
)
DETAIL = (
    "id",
    "created_at",
    "updated_at",
    "user_id",
    "user_number",
    "agent_number",
    "inbound_id",
    "variables",
    "current_node_id",
    "curr_pathway_id",
    "curr_pathway_version",
    "timed_out_at",
    "last_message_at",
    "is_active",
    "effective_channel",
    "summary",
    "citation_variables",
    "disposition_tag",
)
MESSAGE = ("created_at", "message", "from", "to", "sender", "id", "status", "error_code")
FILTER_FIELDS = (
    "created_at",
    "updated_at",
    "user_number",
    "agent_number",
    "is_active",
    "message_count",
    "variables",
    "current_node_id",
    "curr_pathway_id",
    "curr_pathway_version",
    "timed_out_at",
)
OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "eq": lambda have, want: have == want,
    "contains": lambda have, want: str(want) in str(have),
    "startsWith": lambda have, want: str(have).startswith(str(want)),
    "endsWith": lambda have, want: str(have).endswith(str(want)),
    "gt": lambda have, want: have is not None and have > want,
    "gte": lambda have, want: have is not None and have >= want,
    "lt": lambda have, want: have is not None and have < want,
    "lte": lambda have, want: have is not None and have <= want,
}
FIRST_MESSAGE_ID = 100001
REPLY_CHANCE = 0.6
A2P_REVIEW = timedelta(days=3)


def _not_found() -> SandboxError:
    return SandboxError.data(404, "CONVERSATION_NOT_FOUND", "Conversation not found")


def agent_not_found(*, flat: bool = False) -> SandboxError:
    message = "Agent number not found or not configured for SMS"
    return SandboxError.flat(404, message) if flat else SandboxError.data(404, "AGENT_NUMBER_NOT_FOUND", message)


class SmsState(GroupState):
    group = "sms"
    order = 40

    def seed(self) -> None:
        self.numbers: dict[str, dict[str, Any]] = {}
        self.conversations: dict[str, dict[str, Any]] = {}
        self.messages: dict[str, list[dict[str, Any]]] = {}  # conversation id → its messages, oldest first
        self.replies: list[tuple[datetime, str]] = []  # (when, conversation id) of users texting back
        self.answers: dict[str, Any] = {}  # idempotency key → the answer given
        self.files: dict[str, list[dict[str, Any]]] = {}  # recipient files for batches
        self.batches: dict[str, dict[str, Any]] = {}
        self.registrations: dict[str, dict[str, Any]] = {}
        self.next_message_id = FIRST_MESSAGE_ID
        for position, (objective, webhook, zone, scripts, opener) in enumerate(NUMBERS):
            config = {**CONFIG_DEFAULTS, "objective": objective, "webhook": webhook, "timezone": zone}
            self.numbers[self.phone()] = {
                "inbound_id": 4100 + position,
                "configs": {"sms": config},
                "human_mode": False,
                "ignore_keywords": None,
                "scripts": scripts,
                "opener": opener,
            }
        first = next(iter(self.numbers.values()))
        first["configs"]["whatsapp"] = {**first["configs"]["sms"], "webhook": None}
        self._seed_conversations()
        self.attach([{"phone_number": self.phone(), "request_data.first_name": name} for name in NAMES[:3]])

    def _seed_conversations(self) -> None:
        now = self.store.now
        starts = sorted(now - timedelta(days=self.random.uniform(0.05, 30)) for _ in range(self.random.randint(30, 60)))
        for created in starts:
            agent = self.random.choice(list(self.numbers))
            script_name = self.random.choice(self.numbers[agent]["scripts"])
            name = self.random.choice(NAMES)
            conv = self._open(
                self.phone(), agent, created, variables={"first_name": name} if self.random.random() < 0.7 else None
            )
            conv["pathway_tags"] = [{"name": script_name, "color": TAG_COLORS[script_name]}]
            moment, lines = created, SCRIPTS[script_name][: self.random.randint(1, len(SCRIPTS[script_name]))]
            for sender, text in lines:
                self._append(
                    conv,
                    sender,
                    text.format(name=name),
                    min(moment, now),
                    status="delivered" if sender == "AGENT" else None,
                )
                moment += timedelta(minutes=self.random.uniform(0.5, 40))
            if conv["last_message_at"] < iso(now - timedelta(days=3)) or ("USER", "STOP") in lines:
                conv.update(is_active=False, summary=f"{script_name} conversation with {name}; it has ended.")

    # -- numbers ------------------------------------------------------------------------------------

    def number(self, phone: Optional[str], *, flat: bool = False) -> dict[str, Any]:
        if not phone:
            raise SandboxError.invalid("phone_number is required", flat=flat)
        if phone not in self.numbers:
            raise agent_not_found(flat=flat)
        return self.numbers[phone]

    def number_rows(self, channel: Optional[str]) -> list[dict[str, Any]]:
        """List SMS Numbers: each number configured for `channel` (SMS by default), with its conversation count."""
        rows = []
        for phone, number in self.numbers.items():
            if (channel or "sms") in number["configs"]:
                count = sum(c["agent_number"] == phone for c in self.conversations.values())
                rows.append(
                    {
                        "phone_number": phone,
                        "sms_config": number["configs"][channel or "sms"],
                        "conversation_count": count,
                    }
                )
        return rows

    def configure(
        self, phone: Optional[str], changes: dict[str, Any], *, channel: str = "sms", flat: bool = False
    ) -> dict[str, Any]:
        """Change some settings of a number's config for `channel` (created from the defaults if new)."""
        number = self.number(phone, flat=flat)
        config = number["configs"].setdefault(channel, dict(CONFIG_DEFAULTS))
        check_timeouts({**config, **changes}, flat=flat)
        config.update(changes)
        return config

    # -- conversations ------------------------------------------------------------------------------

    def _open(self, user: str, agent: str, when: datetime, **fields: Any) -> dict[str, Any]:
        config = self.numbers[agent]["configs"]["sms"]
        conv = {
            "id": self.new_id(),
            "created_at": iso(when),
            "updated_at": iso(when),
            "user_id": self.store.account.user_id,
            "user_number": user,
            "agent_number": agent,
            "inbound_id": self.numbers[agent]["inbound_id"],
            "variables": None,
            "current_node_id": config["start_node_id"],
            "curr_pathway_id": config["pathway_id"],
            "curr_pathway_version": config["pathway_version"],
            "timed_out_at": None,
            "last_message_at": None,
            "is_active": True,
            "effective_channel": "sms",
            "summary": None,
            "citation_variables": None,
            "disposition_tag": None,
            "pathway_tags": [],
            "webhook": None,
            "settings": {},
        }
        conv.update(fields)
        self.conversations[conv["id"]] = conv
        self.messages[conv["id"]] = []
        return conv

    def _append(
        self, conv: dict[str, Any], sender: str, text: str, when: datetime, *, status: Optional[str]
    ) -> dict[str, Any]:
        user, agent = conv["user_number"], conv["agent_number"]
        message = {
            "created_at": iso(when),
            "message": text,
            "from": agent if sender == "AGENT" else user,
            "to": user if sender == "AGENT" else agent,
            "sender": sender,
            "id": self.next_message_id,
            "status": status,
            "error_code": None,
            "deleted": False,
            "hidden": False,
        }
        self.next_message_id += 1
        self.messages[conv["id"]].append(message)
        conv.update(updated_at=message["created_at"], last_message_at=message["created_at"])
        return message

    def get(self, conversation_id: Any) -> dict[str, Any]:
        conv = self.conversations.get(str(conversation_id))
        if conv is None:
            raise _not_found()
        return conv

    def _conversation_for(
        self, user: str, agent: str, fresh: bool, fields: dict[str, Any], settings: dict[str, Any]
    ) -> dict[str, Any]:
        """The active conversation of the pair (archived first when `fresh`), or a new one, updated."""
        self.number(agent)
        check_timeouts(settings)
        active = [
            c
            for c in self.conversations.values()
            if c["is_active"] and (c["user_number"], c["agent_number"]) == (user, agent)
        ]
        for conv in active if fresh else ():
            conv.update(is_active=False, updated_at=iso(self.store.now))
        conv = active[-1] if active and not fresh else self._open(user, agent, self.store.now)
        conv.update({k: v for k, v in fields.items() if v is not None})
        conv["settings"].update({k: v for k, v in settings.items() if v is not None})
        return conv

    def send(
        self,
        user: str,
        agent: str,
        text: Optional[str],
        *,
        fresh: bool = False,
        fields: dict[str, Any],
        settings: dict[str, Any],
    ) -> dict[str, Any]:
        """Text `user` from `agent` (the agent writes the line when `text` is None); the conversation."""
        conv = self._conversation_for(user, agent, fresh, fields, settings)
        name = (conv["variables"] or {}).get("first_name", "there")
        text = text or (FOLLOW_UP if self.visible(conv) else self.numbers[agent]["opener"].format(name=name))
        self._append(conv, "AGENT", text, self.store.now, status="delivered")
        if self.random.random() < REPLY_CHANCE:
            self.replies.append((self.store.now + timedelta(minutes=self.random.uniform(1, 20)), conv["id"]))
        return conv

    def store_message(
        self,
        user: str,
        agent: str,
        text: str,
        sender: str,
        *,
        fresh: bool,
        fields: dict[str, Any],
        settings: dict[str, Any],
    ) -> dict[str, Any]:
        """Create SMS Conversation: put a message into the history without sending it."""
        conv = self._conversation_for(user, agent, fresh, fields, settings)
        self._append(conv, sender, text, self.store.now, status=None)
        return conv

    def visible(self, conv: dict[str, Any], *, to_ai: bool = False) -> list[dict[str, Any]]:
        """The conversation's messages not deleted (and, for the AI, not cleared), in API shape."""
        return [
            {k: m[k] for k in MESSAGE}
            for m in self.messages[conv["id"]]
            if not m["deleted"] and not (to_ai and m["hidden"])
        ]

    def row(self, conv: dict[str, Any]) -> dict[str, Any]:
        """List Conversations' row: the conversation with its message count and last message."""
        messages = self.visible(conv)
        full = {**conv, "message_count": len(messages), "last_message": messages[-1]["message"] if messages else None}
        return {k: full[k] for k in ROW}

    def detail(self, conv: dict[str, Any]) -> dict[str, Any]:
        logs = [
            {
                "disposition_id": d,
                "snippet_version": 1,
                "status": "COMPLETE",
                "result": {},
                "error": None,
                "exec_time": 0,
            }
            for d in conv["settings"].get("disposition_ids") or ()
        ]
        return {**{k: conv[k] for k in DETAIL}, "messages": self.visible(conv), "disposition_logs": logs}

    def page(
        self, page: int, size: int, sort_by: str, descending: bool, filters: Any
    ) -> tuple[list[dict[str, Any]], int]:
        """One page of conversation rows, filtered and sorted; and how many match in all."""
        rows = [{**conv, **self.row(conv)} for conv in self.conversations.values()]
        for test in parse_filters(filters):
            rows = [r for r in rows if test(r)]
        rows.sort(
            key=lambda r: (r[sort_by] is not None, r[sort_by] if r[sort_by] is not None else 0), reverse=descending
        )
        return [{k: r[k] for k in ROW} for r in rows[(page - 1) * size : page * size]], len(rows)

    def set_active(self, conversation_id: Any, active: Optional[bool]) -> dict[str, Any]:
        conv = self.get(conversation_id)
        if active is not None:
            conv["is_active"] = active
        conv["updated_at"] = iso(self.store.now)
        return conv

    def delete(self, conversation_id: Any) -> None:
        """Delete a conversation and its messages for good."""
        conv = self.get(conversation_id)
        del self.conversations[conv["id"]], self.messages[conv["id"]]

    def delete_messages(self, conversation_id: Any, message_ids: list[Any]) -> int:
        """Soft-delete the listed messages of one conversation; how many were deleted."""
        conv = self.get(conversation_id)
        if not message_ids:
            raise SandboxError.invalid("message_ids must be a non-empty list")
        wanted = {str(i) for i in message_ids}
        hits = [m for m in self.messages[conv["id"]] if not m["deleted"] and str(m["id"]) in wanted]
        for message in hits:
            message["deleted"] = True
        return len(hits)

    def between(self, one: str, other: str) -> list[dict[str, Any]]:
        """Conversations between two numbers, in either role, oldest first."""
        return [c for c in self.conversations.values() if {c["user_number"], c["agent_number"]} == {one, other}]

    def clear(self, one: str, other: str) -> int:
        """Hide the history between two numbers from the AI; how many messages were hidden."""
        hidden = [
            m for c in self.between(one, other) for m in self.messages[c["id"]] if not m["deleted"] and not m["hidden"]
        ]
        for message in hidden:
            message["hidden"] = True
        return len(hidden)

    def analyze(self, conversation_id: str) -> tuple[dict[str, Any], list[dict[str, Any]], int]:
        """Variables read from the user's messages, with the message each came from; messages read."""
        messages = self.visible(self.get(conversation_id))
        values: dict[str, Any] = {}
        citations = []
        for variable, pattern in EXTRACTORS:
            for message in (m for m in messages if m["sender"] == "USER"):
                match = pattern.search(message["message"])
                if match and variable not in values:
                    values[variable] = match.group(1) if pattern.groups else True
                    citations.append({"variable": variable, "message": message["message"], "confidence": 0.9})
        return values, citations, len(messages)

    def webhook_log(self, conversation_id: Any) -> dict[str, Any]:
        """The last status webhook of a conversation (404 when no webhook is configured)."""
        conv = self.get(conversation_id)
        url = conv["webhook"] or self.numbers[conv["agent_number"]]["configs"]["sms"]["webhook"]
        if not url:
            raise SandboxError.data(404, "WEBHOOK_NOT_FOUND", "No webhook was sent for this conversation")
        payload = {
            "type": "status",
            "conversation_id": conv["id"],
            "status": "active" if conv["is_active"] else "ended",
            "phone_number": conv["user_number"],
            "agent_number": conv["agent_number"],
            "channel": conv["effective_channel"],
            "message_count": len(self.visible(conv)),
        }
        sent = conv["updated_at"][:19] + ".000Z"
        attempt = {
            "sent_at": sent,
            "response_code": 200,
            "response_time": f"{80 + int(conv['id'][:4], 16) % 200}ms",
            "send_type": "spawn",
        }
        return {
            "conversation_id": conv["id"],
            "url": url,
            "payload": payload,
            "created_at": conv["updated_at"],
            "user_id": conv["user_id"],
            "metadata": [attempt],
        }

    # -- idempotency, batches, the clock ------------------------------------------------------------

    def once(self, key: Optional[str], produce: Callable[[], Any]) -> Any:
        """`produce()`'s answer, or the answer already given for the same idempotency key."""
        if key is None:
            return produce()
        if key not in self.answers:
            self.answers[key] = produce()
        return json.loads(json.dumps(self.answers[key]))

    def workflow_id(self) -> str:
        return f"workflow_{self.random.getrandbits(64):016x}"

    def attach(self, rows: list[dict[str, Any]]) -> str:
        """Keep a recipient file (rows with phone_number and request_data.<field> columns); its file id.
        The API uploads these with /v1/files/attach, which the sandbox does not emulate."""
        file_id = f"file_{self.random.getrandbits(48):012x}"
        self.files[file_id] = [dict(row) for row in rows]
        return file_id

    def send_batch(self, file_id: str, defaults: dict[str, Any], mapping: dict[str, Any]) -> dict[str, Any]:
        """Text every recipient of a file from `defaults["agent_number"]`; the batch record."""
        if not file_id:
            raise SandboxError.data(400, "MISSING_FILE_ID", "file_id is required")
        if file_id not in self.files:
            raise SandboxError.data(404, "FILE_NOT_FOUND", "File not found or invalid file type for SMS batches")
        agent = defaults.get("agent_number")
        self.number(agent)
        conversations = []
        for row in self.files[file_id]:
            variables = {**(defaults.get("request_data") or {}), **_request_data(row, mapping)}
            conv = self.send(
                row["phone_number"],
                agent,
                defaults.get("agent_message"),
                fields={"variables": variables or None},
                settings={},
            )
            conversations.append(conv["id"])
        self.batches[file_id] = {"batch_id": file_id, "workflow_id": self.workflow_id(), "conversations": conversations}
        return self.batches[file_id]

    def advance(self, now: datetime) -> None:
        """Users whose reply is due text back; the AI answers unless the number is in human mode."""
        due = [r for r in self.replies if r[0] <= now]
        self.replies = [r for r in self.replies if r[0] > now]
        for when, conversation_id in sorted(due):
            conv = self.conversations.get(conversation_id)
            if conv is not None and conv["is_active"]:
                self._reply(conv, when)

    def _reply(self, conv: dict[str, Any], when: datetime) -> None:
        text = self.random.choice(list(REPLIES))
        self._append(conv, "USER", text, when, status=None)
        number = self.numbers[conv["agent_number"]]
        ignored = any(k.lower() in text.lower() for k in number["ignore_keywords"] or ())
        if not number["human_mode"] and not ignored:
            self._append(conv, "AGENT", REPLIES[text], when + timedelta(seconds=5), status="delivered")
        if text == "STOP":
            conv["is_active"] = False

    # -- A2P brand registration ---------------------------------------------------------------------

    def register(self, brand: dict[str, Any]) -> dict[str, Any]:
        """Submit a brand: pending now, reviewed after three days (failed when the EIN is not 9 digits)."""
        if len(brand.get("messageSamples") or ()) != 3:
            raise SandboxError.flat(400, "messageSamples must hold exactly three sample messages")
        record = {
            "registration_id": f"BN{self.random.getrandbits(128):032x}",
            "status": "pending",
            "brandType": "STANDARD",
            "failureReason": None,
            "businessName": brand["businessName"],
            "submitted_at": iso(self.store.now),
            "ein_ok": re.fullmatch(r"\d{2}-?\d{7}", brand["ein"]) is not None,
        }
        self.registrations[record["registration_id"]] = record
        return record

    def registration(self, registration_id: Optional[str]) -> dict[str, Any]:
        """A registration (the latest when no id is given), reviewed if its time has come."""
        if registration_id is None and self.registrations:
            registration_id = list(self.registrations)[-1]
        record = self.registrations.get(registration_id or "")
        if record is None:
            raise SandboxError.flat(404, f"A2P registration {registration_id} not found")
        submitted = parse_time(record["submitted_at"])
        if record["status"] == "pending" and self.store.now - submitted >= A2P_REVIEW:
            record["status"] = "approved" if record["ein_ok"] else "failed"
            record["failureReason"] = None if record["ein_ok"] else "The EIN is not a valid 9-digit number"
        return record


def check_timeouts(settings: dict[str, Any], *, flat: bool = False) -> None:
    """Refuse a warning that would come after the timeout."""
    warning, timeout = settings.get("warning_time"), settings.get("time_out")
    if warning is not None and timeout is not None and warning >= timeout:
        message = "warning_time must be less than time_out"
        raise SandboxError.flat(400, message) if flat else SandboxError.data(400, "INVALID_TIMEOUT_CONFIG", message)


def parse_filters(filters: Any) -> list[Callable[[dict[str, Any]], bool]]:
    """List Conversations' `filters` (a JSON list of {field, operator, value}) as row tests."""
    try:
        items = json.loads(filters) if isinstance(filters, str) else (filters or [])
        tests = [_test(f["field"], f["operator"], f["value"]) for f in items]
    except (ValueError, TypeError, KeyError) as exc:
        raise SandboxError.invalid(f"Invalid filters: {exc}") from None
    return tests


def _test(field: str, operator: str, value: Any) -> Callable[[dict[str, Any]], bool]:
    if field not in FILTER_FIELDS or operator not in OPERATORS:
        raise ValueError(f"unsupported filter {field} {operator}")
    compare = OPERATORS[operator]

    def test(row: dict[str, Any]) -> bool:
        have, want = row[field], value
        if isinstance(have, bool) and isinstance(want, str):
            want = want.lower() == "true"
        elif isinstance(have, int) and isinstance(want, str) and want.lstrip("-").isdigit():
            want = int(want)
        try:
            return compare(have, want)
        except TypeError:  # a number compared with text
            return False

    return test


def _request_data(row: dict[str, Any], mapping: dict[str, Any]) -> dict[str, Any]:
    """A file row's request_data: `request_data.<field>` columns and columns mapped to request_data."""
    data = dict(row.get("request_data") or {})
    for column, value in row.items():
        if column.startswith("request_data."):
            data[column.removeprefix("request_data.")] = value
        elif mapping.get(column) == "request_data":
            data[column] = value
    return data
