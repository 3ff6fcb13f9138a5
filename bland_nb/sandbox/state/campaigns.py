"""Campaigns: named dialing runs over a list of numbers. Their metrics are computed from calls."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ._store import GroupState, iso

__all__ = ["CampaignsState"]

SEEDED = [
    "Spring promo",
    "Renewal reminders",
    "Customer survey",
    "Appointment confirmations",
    "Win-back",
    "Event invites",
]
LIVE = {"Event invites"}  # still dialing in the seeded world


class CampaignsState(GroupState):
    group = "campaigns"
    order = 80

    def seed(self) -> None:
        self.campaigns: dict[str, dict[str, Any]] = {}
        pathways = list(self.store.pathways.pathways)
        for position, (age, name) in enumerate(zip((29, 24, 18, 12, 6, 1), SEEDED)):
            settings = {"pathway_id": pathways[position % len(pathways)]}
            self._add(name, self.store.now - timedelta(days=age), live=name in LIVE, settings=settings)

    def _add(self, name: str, created: Any, *, live: bool, settings: dict[str, Any] | None = None) -> dict[str, Any]:
        campaign = {
            "campaign_id": self.new_id(),
            "campaign_name": name,
            "created_at": iso(created),
            "status": "in_progress" if live else "completed",
            "settings": settings or {},
        }
        self.campaigns[campaign["campaign_id"]] = campaign
        return campaign

    def get(self, campaign_id: str) -> dict[str, Any]:
        return self.find(self.campaigns, campaign_id, "Campaign", flat=True)

    def create(self, name: str, numbers: list[str], settings: dict[str, Any]) -> dict[str, Any]:
        """A new campaign dialing `numbers`: one queued call each, spread over the next hour."""
        campaign = self._add(name, self.store.now, live=True, settings=settings)
        for position, number in enumerate(numbers):
            self.store.calls.queue(
                number, campaign_id=campaign["campaign_id"], delay_s=position * 20, settings=settings
            )
        return campaign

    def metrics(self, campaign_id: str) -> dict[str, Any]:
        """List Campaigns' row for a campaign, counted from its calls (in one pass)."""
        ended = {"USER": 0, "ASSISTANT": 0}
        answered = {"human": 0, "voicemail": 0, "unknown": 0}
        calls = self.store.calls.of_campaign(campaign_id)
        transferred = 0
        for call in calls:
            if call["call_ended_by"] in ended:
                ended[call["call_ended_by"]] += 1
            if call["answered_by"] in answered:
                answered[call["answered_by"]] += 1
            transferred += call["transferred_to"] is not None
        return {
            "campaign_id": campaign_id,
            "campaign_name": self.campaigns[campaign_id]["campaign_name"],
            "count": len(calls),
            "human_ended": ended["USER"],
            "assistant_ended": ended["ASSISTANT"],
            "human_answered": answered["human"],
            "voicemail_answered": answered["voicemail"],
            "unknown_answered": answered["unknown"],
            "transferred_count": transferred,
        }

    def stop(self, campaign_id: str) -> int:
        """Cancel the campaign's queued and live calls; how many were cancelled (0 the second time)."""
        campaign = self.get(campaign_id)
        campaign["status"] = "stopped"
        return self.store.calls.cancel(self.store.calls.of_campaign(campaign_id))

    def advance(self, now: Any) -> None:
        for campaign in self.campaigns.values():
            if campaign["status"] == "in_progress" and not self.store.calls.pending_among(
                self.store.calls.of_campaign(campaign["campaign_id"])
            ):
                campaign["status"] = "completed"
