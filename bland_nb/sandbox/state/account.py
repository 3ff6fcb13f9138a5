"""The account: balance, refill settings, the user. Completed calls are charged here."""

from __future__ import annotations

from typing import Any

from ._store import GroupState

__all__ = ["AccountState"]


class AccountState(GroupState):
    group = "account"
    order = 0

    balance: float = 250.0
    refill_at: float = 20.0
    """When the balance falls under this, `refill_amount` is added (auto-recharge)."""
    refill_amount: float = 100.0

    def seed(self) -> None:
        self.user_id = self.new_id()
        self.refills = 0
        self.spent = 0.0

    def charge(self, amount: float) -> None:
        """Take `amount` off the balance, refilling once it drops under the threshold."""
        self.spent = round(self.spent + amount, 6)
        self.balance = round(self.balance - amount, 6)
        while self.balance < self.refill_at and self.refill_amount > 0:
            self.balance = round(self.balance + self.refill_amount, 6)
            self.refills += 1

    def details(self, total_calls: int) -> dict[str, Any]:
        """Account Details: `{status, billing: {current_balance, refill_to}, total_calls}`."""
        return {
            "status": "success",
            "billing": {"current_balance": round(self.balance, 4), "refill_to": self.refill_amount or None},
            "total_calls": total_calls,
        }
