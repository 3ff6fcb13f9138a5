"""Twilio accounts (bring your own Twilio): encrypted keys and the inbound numbers imported with them.

An encrypted key is shown once, when it is created; the sandbox keeps it only to check later
requests. The seeded world has one key and a few inbound numbers imported with it.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any, Optional

from ._store import GroupState, SandboxError, iso

__all__ = ["TwilioAccountsState"]

E164 = re.compile(r"^\+[1-9]\d{7,14}$")
SEEDED_NUMBERS = 3


class TwilioAccountsState(GroupState):
    group = "twilio_accounts"
    order = 20  # before blocked_numbers, whose per-line rules use these inbound numbers

    def seed(self) -> None:
        self.keys: dict[str, dict[str, Any]] = {}  # encrypted key → {account_sid, created_at, active}
        self.inbound: dict[str, dict[str, Any]] = {}  # phone number → {phone_number, encrypted_key, created_at}
        key = self.create_key(f"AC{self.random.getrandbits(128):032x}", "seeded-token", days_ago=20)
        self.seeded_key = key
        for _ in range(SEEDED_NUMBERS):
            self._import(self.phone(), key, days_ago=19)

    def create_key(self, account_sid: str, auth_token: str, *, days_ago: float = 0) -> str:
        """Store credentials; the new encrypted key (the only time it is handed out)."""
        if not account_sid.startswith("AC") or not auth_token:
            raise SandboxError.flat(
                400, "Invalid Twilio credentials: account_sid must start with AC and auth_token is required."
            )
        key = f"{self.random.getrandbits(256):064x}"
        self.keys[key] = {
            "account_sid": account_sid,
            "created_at": iso(self.store.now - timedelta(days=days_ago)),
            "active": True,
        }
        return key

    def _key(self, key: Optional[str]) -> dict[str, Any]:
        if not key:
            raise SandboxError.flat(400, "Missing encrypted_key header.")
        found = self.keys.get(key)
        if found is None or not found["active"]:
            raise SandboxError.flat(404, "Encrypted key not found or already deleted.")
        return found

    def delete_key(self, key: Optional[str]) -> None:
        """Disable a key: it can no longer import or remove numbers."""
        self._key(key)["active"] = False

    def _import(self, number: str, key: str, *, days_ago: float = 0) -> None:
        self.inbound[number] = {
            "phone_number": number,
            "encrypted_key": key,
            "created_at": iso(self.store.now - timedelta(days=days_ago)),
        }

    def upload(self, numbers: list[str], key: Optional[str]) -> list[str]:
        """Import numbers of the key's Twilio account; those newly inserted (known ones are skipped)."""
        self._key(key)
        bad = [n for n in numbers if not E164.match(n)]
        if bad or not numbers:
            raise SandboxError.flat(
                400, f"Invalid phone numbers (E.164 expected): {bad}" if bad else "numbers must not be empty"
            )
        inserted = [n for n in dict.fromkeys(numbers) if n not in self.inbound]
        for number in inserted:
            self._import(number, key)
        return inserted

    def remove(self, number: str, key: Optional[str]) -> None:
        """Remove an imported number; the key, when sent, must be the one it was imported with."""
        found = self.inbound.get(number)
        if found is None or (key is not None and found["encrypted_key"] != key):
            raise SandboxError.flat(404, f"Inbound number {number} not found")
        del self.inbound[number]
