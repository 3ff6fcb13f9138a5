"""Batches (v2): many calls sent with shared settings, with an event log per batch."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from ._store import GroupState, iso

__all__ = ["BatchesState"]

SEEDED = [("Overdue invoice reminders", 20), ("Webinar follow-ups", 9), ("Same-day confirmations", 0.05)]


class BatchesState(GroupState):
    group = "batches"
    order = 81

    def seed(self) -> None:
        self.batches: dict[str, dict[str, Any]] = {}
        self.logs: dict[str, list[dict[str, Any]]] = {}
        for description, age_days in SEEDED:
            created = self.store.now - timedelta(days=age_days)
            self._add(
                description,
                {"task": f"{description}: be brief and friendly.", "record": True},
                [],
                created,
                live=age_days < 1,
            )

    def _add(
        self, description: str, base: dict[str, Any], call_objects: list[dict[str, Any]], created: Any, *, live: bool
    ) -> dict[str, Any]:
        batch = {
            "id": self.new_id(),
            "user_id": self.store.account.user_id,
            "base_prompt": json.dumps(base),
            "created_at": iso(created),
            "call_objects": call_objects,
            "description": description,
            "status": "in_progress" if live else "completed",
        }
        self.batches[batch["id"]] = batch
        self.logs[batch["id"]] = []
        self.event(batch["id"], "lifecycle", {"status": "validating"}, created)
        self.event(batch["id"], "lifecycle", {"status": "dispatching"}, created)
        return batch

    def event(self, batch_id: str, kind: str, payload: dict[str, Any], when: Any = None) -> None:
        self.logs[batch_id].append(
            {
                "id": self.new_id(),
                "batch_id": batch_id,
                "org_id": self.store.account.user_id,
                "event_type": kind,
                "timestamp": iso(when or self.store.now),
                "payload": payload,
            }
        )

    def get(self, batch_id: str) -> dict[str, Any]:
        return self.find(self.batches, batch_id, "Batch")

    def create(self, description: str, base: dict[str, Any], call_objects: list[dict[str, Any]]) -> dict[str, Any]:
        """A new batch queuing one call per call object (each overrides the shared settings)."""
        batch = self._add(description, base, call_objects, self.store.now, live=True)
        for position, call_object in enumerate(call_objects):
            settings = {**base, **call_object}
            self.store.calls.queue(
                settings["phone_number"], batch_id=batch["id"], delay_s=position * 5, settings=settings
            )
        return batch

    def stop(self, batch_id: str) -> int:
        batch = self.get(batch_id)
        stopped = self.store.calls.cancel(self.store.calls.of_batch(batch_id))
        if batch["status"] == "in_progress":
            batch["status"] = "stopped"
            self.event(batch_id, "lifecycle", {"status": "stopped", "calls_stopped": stopped})
        return stopped

    def advance(self, now: Any) -> None:
        for batch in self.batches.values():
            calls = self.store.calls.of_batch(batch["id"])
            if batch["status"] == "in_progress" and not self.store.calls.pending_among(calls):
                batch["status"] = "completed"
                failed = sum(c["status"] in ("failed", "busy", "no-answer", "unknown") for c in calls)
                self.event(
                    batch["id"],
                    "complete",
                    {"calls_total": len(calls), "calls_failed": failed, "calls_successful": len(calls) - failed},
                    now,
                )
