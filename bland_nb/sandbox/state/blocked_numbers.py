"""Blocked numbers: rules refusing a caller on all your inbound lines (global) or on one of them.

Rules have integer ids. Deleting a rule turns it off for good: `get` no longer finds it, but a
list with `active_only=false` still shows it, inactive, as the API's notes say.
`is_blocked(number)` is what Send Call asks before dialing.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Optional

from ._store import GroupState, SandboxError, iso

__all__ = ["BlockedNumbersState"]

MAX_PER_REQUEST = 10
FIRST_ID = 1001
REASONS = ("Spam caller", None, "Requested no contact", "Abusive language", None)


class BlockedNumbersState(GroupState):
    group = "blocked_numbers"
    order = 25  # after organizations (org_id) and twilio_accounts (inbound lines)

    def seed(self) -> None:
        self.rules: dict[int, dict[str, Any]] = {}
        self.deleted: set[int] = set()
        lines = list(self.store.twilio_accounts.inbound)
        for position, reason in enumerate(REASONS):
            line = lines[position % len(lines)] if position % 2 else None
            when = self.store.now - timedelta(days=28 - 5 * position, minutes=self.random.randint(0, 600))
            rule = self._add(self.phone(), line, reason, when)
            rule["is_active"] = position != 4  # one rule switched off

    def _add(self, number: str, inbound_number: Optional[str], reason: Optional[str], when: Any) -> dict[str, Any]:
        rule_id = FIRST_ID + len(self.rules)
        self.rules[rule_id] = rule = {
            "id": rule_id,
            "blocked_number": number,
            "is_global": inbound_number is None,
            "inbound_number": inbound_number,
            "org_id": self.store.organizations.own_org_id,
            "reason": reason,
            "is_active": True,
            "created_at": iso(when),
            "updated_at": iso(when),
        }
        return rule

    def create(
        self, numbers: list[str], is_global: bool, inbound_number: Optional[str], reason: Optional[str]
    ) -> list[dict[str, Any]]:
        """New active rules; numbers already actively blocked in that scope are skipped."""
        if not numbers or len(numbers) > MAX_PER_REQUEST:
            raise SandboxError.invalid(f"numbers must list 1 to {MAX_PER_REQUEST} phone numbers")
        if is_global == (inbound_number is not None):
            raise SandboxError.invalid("Set is_global to true, or to false together with an inbound_number")
        taken = {r["blocked_number"] for r in self.listed(inbound_number, active_only=True)}
        return [self._add(n, inbound_number, reason, self.store.now) for n in dict.fromkeys(numbers) if n not in taken]

    def listed(self, inbound_number: Optional[str], *, active_only: bool) -> list[dict[str, Any]]:
        """Rules of one inbound line, or the global ones when no line is given."""
        return [
            r
            for r in self.rules.values()
            if r["inbound_number"] == inbound_number and (r["is_active"] or not active_only)
        ]

    def get(self, block_id: Any) -> dict[str, Any]:
        rule = self.rules.get(int(block_id)) if str(block_id).isdigit() else None
        if rule is None or rule["id"] in self.deleted:
            raise SandboxError.not_found("Block rule", block_id)
        return rule

    def edit(self, block_id: Any, changes: dict[str, Any]) -> dict[str, Any]:
        """Change `reason` and/or `is_active` (the number and the scope never change)."""
        rule = self.get(block_id)
        rule.update(changes, updated_at=iso(self.store.now))
        return rule

    def delete(self, block_id: Any) -> int:
        rule = self.edit(block_id, {"is_active": False})
        self.deleted.add(rule["id"])
        return rule["id"]

    def is_blocked(self, number: str) -> bool:
        """Whether an active global rule blocks `number` (E.164)."""
        return any(r["blocked_number"] == number for r in self.listed(None, active_only=True))
