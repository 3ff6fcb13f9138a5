"""Sandbox state: a seeded Bland account and the behaviour of its resources. No HTTP here.

Everything random comes from one `random.Random(seed)`, so the same seed builds the same world.
Calls are kept as dicts in the API's own shape; campaign metrics are computed from them.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Optional

__all__ = ["SandboxError", "SandboxState"]

CAMPAIGNS = ["Spring promo", "Renewal reminders", "Customer survey", "Appointment confirmations", "Win-back", "Event invites"]
LIVE_CAMPAIGN = "Event invites"  # still dialing: its newest calls are queued or in progress
OUTCOMES = [("human", 0.46), ("voicemail", 0.24), ("unknown", 0.08), ("no-answer", 0.16), ("failed", 0.06)]
EPOCH = datetime(2026, 11, 26, 12, 0, tzinfo=timezone.utc)


class SandboxError(Exception):
    """An answer the API gives as an error: HTTP status and JSON body."""

    def __init__(self, status: int, body: dict[str, Any]):
        super().__init__(body)
        self.status = status
        self.body = body

    @classmethod
    def not_found(cls, what: str, ident: str) -> "SandboxError":
        return cls(404, {"data": None, "errors": [{"error": "NOT_FOUND", "message": f"{what} {ident} not found"}]})


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


@dataclass
class SandboxState:
    """The account behind one sandbox API key."""

    seed: int = 0
    calls_count: int = 5000
    price_per_minute: float = 0.09
    now: datetime = EPOCH
    balance: float = 250.0
    refill_at: float = 20.0
    refill_amount: float = 100.0
    calls: dict[str, dict[str, Any]] = field(default_factory=dict)
    campaigns: dict[str, dict[str, Any]] = field(default_factory=dict)
    org: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.random = random.Random(self.seed)
        self._build_org()
        self._build_campaigns()

    # -- ids and world ----------------------------------------------------------------------

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.random.getrandbits(128), version=4))

    def _phone(self) -> str:
        return f"+1{self.random.choice(['415', '212', '312', '617', '206'])}{self.random.randint(2000000, 9999999)}"

    def _build_org(self) -> None:
        self.org = {
            "id": self.new_id(), "org_slug": self.new_id(), "org_display_name": "Sandbox Dental Group",
            "org_image_url": None, "org_plan": "build", "org_creation_date": _iso(self.now - timedelta(days=400)),
            "kyc_level": 2, "placement_group": "default", "is_deleted": False, "is_stripe_overdue": False,
            "is_suspended": False, "org_rate_limit": 5,
        }
        self.caller_id = self._phone()

    def _build_campaigns(self) -> None:
        weights = [self.random.uniform(0.5, 1.5) for _ in CAMPAIGNS]
        for name, weight in zip(CAMPAIGNS, weights):
            campaign_id = self.new_id()
            self.campaigns[campaign_id] = {"campaign_id": campaign_id, "campaign_name": name, "stopped": False}
            count = max(1, round(self.calls_count * weight / sum(weights)))
            for _ in range(count):
                self._add_historic_call(campaign_id, live=name == LIVE_CAMPAIGN)

    def _add_historic_call(self, campaign_id: str, *, live: bool) -> None:
        age = timedelta(minutes=self.random.uniform(0, 2 if live else 30) * 24 * 60)
        created = self.now - age
        call = self._new_call(campaign_id, self._phone(), created)
        if live and self.random.random() < 0.3:
            call["queue_status"] = self.random.choice(["queued", "queued", "started"])
        else:
            self._complete(call, charge=False)
        self.calls[call["call_id"]] = call

    def _new_call(self, campaign_id: Optional[str], to: str, created: datetime) -> dict[str, Any]:
        call_id = self.new_id()
        return {
            "call_id": call_id, "c_id": call_id, "created_at": _iso(created), "started_at": None, "end_at": None,
            "to": to, "from": self.caller_id, "call_length": 0.0, "completed": False, "queue_status": "queued",
            "status": "queued", "error_message": None, "answered_by": None, "call_ended_by": None, "batch_id": None,
            "campaign_id": campaign_id, "price": 0.0, "summary": None, "concatenated_transcript": None,
            "recording_url": None, "transferred_to": None, "inbound": False, "max_duration": 30, "record": True,
            "variables": {}, "metadata": {}, "corrected_duration": "0",
        }

    # -- lifecycle --------------------------------------------------------------------------

    def _complete(self, call: dict[str, Any], *, charge: bool) -> None:
        """Give a queued or live call its outcome; charge the account if asked."""
        roll, outcome = self.random.random(), "human"
        for name, share in OUTCOMES:
            roll -= share
            if roll < 0:
                outcome = name
                break
        minutes = {"human": self.random.uniform(0.4, 6.0), "voicemail": self.random.uniform(0.3, 1.2),
                   "unknown": self.random.uniform(0.1, 0.8)}.get(outcome, 0.0)
        started = datetime.fromisoformat(call["created_at"]) + timedelta(seconds=self.random.uniform(2, 40))
        call.update(
            started_at=_iso(started), end_at=_iso(started + timedelta(minutes=minutes)),
            call_length=round(minutes, 3), completed=True, queue_status="complete", status="completed",
            corrected_duration=str(round(minutes * 60)), price=round(minutes * self.price_per_minute, 4),
            answered_by=outcome if outcome in ("human", "voicemail", "unknown") else None,
        )
        if outcome == "failed":
            call.update(error_message="Call failed. The number you dialed is busy.", status="failed")
        elif outcome == "no-answer":
            call.update(error_message="No answer", status="no-answer")
        else:
            call["call_ended_by"] = self.random.choice(["USER", "ASSISTANT"])
            call["recording_url"] = f"https://sandbox.bland.local/recordings/{call['call_id']}.mp3"
            if outcome == "human":
                call["summary"] = "The customer listened to the offer and asked for a follow-up call next week."
                call["concatenated_transcript"] = "assistant: Hi, this is Sandbox Dental. \n user: Hello?"
                if self.random.random() < 0.06:
                    call["transferred_to"] = "+14155550100"
        if charge:
            self.charge(call["price"])

    def charge(self, amount: float) -> None:
        """Take `amount` from the balance; refill when it falls under the threshold."""
        self.balance = round(self.balance - amount, 4)
        if self.balance < self.refill_at:
            self.balance = round(self.balance + self.refill_amount, 4)

    def advance(self, minutes: float) -> int:
        """Move the clock on; queued calls start and live calls complete. Returns calls completed."""
        self.now += timedelta(minutes=minutes)
        done = 0
        for call in self.calls.values():
            if call["queue_status"] in ("queued", "started"):
                self._complete(call, charge=True)
                done += 1
        return done

    # -- reads and actions ------------------------------------------------------------------

    def call(self, call_id: str) -> dict[str, Any]:
        try:
            return self.calls[call_id]
        except KeyError:
            raise SandboxError.not_found("Call", call_id) from None

    def campaign(self, campaign_id: str) -> dict[str, Any]:
        try:
            return self.campaigns[campaign_id]
        except KeyError:
            raise SandboxError(404, {"status": "error", "message": f"Campaign {campaign_id} not found"}) from None

    def campaign_calls(self, campaign_id: str) -> list[dict[str, Any]]:
        return [c for c in self.calls.values() if c["campaign_id"] == campaign_id]

    def campaign_metrics(self, campaign_id: str) -> dict[str, Any]:
        """List Campaigns' row for one campaign, computed from its calls."""
        calls = self.campaign_calls(campaign_id)
        answered = [c["answered_by"] for c in calls]
        return {
            "campaign_id": campaign_id,
            "campaign_name": self.campaigns[campaign_id]["campaign_name"],
            "count": len(calls),
            "human_ended": sum(c["call_ended_by"] == "USER" for c in calls),
            "assistant_ended": sum(c["call_ended_by"] == "ASSISTANT" for c in calls),
            "human_answered": answered.count("human"),
            "voicemail_answered": answered.count("voicemail"),
            "unknown_answered": answered.count("unknown"),
            "transferred_count": sum(c["transferred_to"] is not None for c in calls),
        }

    def stop_campaign(self, campaign_id: str) -> int:
        """Cancel the campaign's queued and live calls; the number cancelled."""
        self.campaign(campaign_id)["stopped"] = True
        stopped = 0
        for call in self.campaign_calls(campaign_id):
            if call["queue_status"] in ("queued", "started"):
                call.update(queue_status="cancelled", status="cancelled", completed=True)
                stopped += 1
        return stopped

    def create_campaign(self, name: str, numbers: list[str]) -> str:
        campaign_id = self.new_id()
        self.campaigns[campaign_id] = {"campaign_id": campaign_id, "campaign_name": name, "stopped": False}
        for number in numbers:
            call = self._new_call(campaign_id, number, self.now)
            self.calls[call["call_id"]] = call
        return campaign_id

    def send_call(self, to: str) -> dict[str, Any]:
        recent = [c for c in self.calls.values() if c["to"] == to
                  and self.now - datetime.fromisoformat(c["created_at"]) < timedelta(seconds=10)]
        if recent:
            raise SandboxError(429, {"status": "error", "message": "Calls can only be sent every 10 seconds to the same number. Please try again in a few seconds."})
        call = self._new_call(None, to, self.now)
        self.calls[call["call_id"]] = call
        return call
