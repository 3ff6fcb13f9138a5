"""The sandbox's account: one `Store` per API key, holding a state object per API group.

Sandbox state never sees HTTP. Every random draw comes from a generator seeded by the sandbox
seed and the group's name, so the same seed builds the same world, and one group's data does
not shift when another group's generator changes. Times come from the store's clock, which
only moves when the sandbox is advanced.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from typing import Any, ClassVar, Optional

__all__ = ["EPOCH", "GroupState", "SandboxError", "Store", "iso"]

EPOCH = datetime(2026, 11, 26, 12, 0, tzinfo=timezone.utc)
"""The sandbox clock's default start: every seeded world is laid out backwards from here."""


AREA_CODES = ("415", "212", "312", "617", "206", "512", "303", "404")


def iso(moment: datetime) -> str:
    """The API's newer timestamp style: `2025-05-08T19:28:12.627Z`."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


class SandboxError(Exception):
    """An error answer: the HTTP status and the JSON body the API sends for it."""

    def __init__(self, status: int, body: Any, headers: Optional[dict[str, str]] = None):
        super().__init__(status, body)
        self.status = status
        self.body = body
        self.headers = headers or {}

    @classmethod
    def data(cls, status: int, code: str, message: str) -> "SandboxError":
        """The `{data: null, errors: [{error, message}]}` shape of the newer endpoints."""
        return cls(status, {"data": None, "errors": [{"error": code, "message": message}]})

    @classmethod
    def flat(cls, status: int, message: str, **extra: Any) -> "SandboxError":
        """The `{status: "error", message}` shape of the older v1 endpoints."""
        return cls(status, {"status": "error", "message": message, **extra})

    @classmethod
    def not_found(cls, what: str, ident: Any, *, flat: bool = False) -> "SandboxError":
        message = f"{what} {ident} not found"
        return cls.flat(404, message) if flat else cls.data(404, "NOT_FOUND", message)

    @classmethod
    def invalid(cls, message: str, *, flat: bool = False) -> "SandboxError":
        return cls.flat(400, message) if flat else cls.data(400, "VALIDATION_ERROR", message)


class GroupState:
    """Base of `<Group>State`: resources of one API group, seeded from the store."""

    group: ClassVar[str] = ""
    order: ClassVar[int] = 50
    """Groups are built and seeded in this order (lower first): a group may read earlier ones."""

    def __init__(self, store: "Store"):
        self.store = store
        self.random = store.rng(self.group)

    def seed(self) -> None:
        """Build this group's part of the seeded world."""

    def advance(self, now: datetime) -> None:
        """React to the clock moving on (calls complete, uploads finish...)."""

    @staticmethod
    def find(table: dict[Any, Any], ident: Any, what: str, *, flat: bool = False) -> Any:
        """`table[ident]`, or the API's 404 naming `what` (in the flat v1 shape if `flat`)."""
        try:
            return table[ident]
        except KeyError:
            raise SandboxError.not_found(what, ident, flat=flat) from None

    def new_id(self) -> str:
        """A version-4 UUID drawn from this group's generator."""
        h = f"{self.random.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"

    def phone(self) -> str:
        """A valid US number in E.164: +1, a real area code, exchange 200-999."""
        r = self.random.getrandbits(40)
        return f"+1{AREA_CODES[r % len(AREA_CODES)]}{200 + (r >> 4) % 800}{(r >> 14) % 10000:04d}"


class Store:
    """Everything behind one API key. Group states are reached as attributes: `store.calls`."""

    def __init__(self, seed: int = 0, *, calls: int = 5000, price_per_minute: float = 0.09, now: datetime = EPOCH):
        from . import GROUP_STATES  # the group modules import this one

        self.seed_value = seed
        self.calls_wanted = calls
        self.price_per_minute = price_per_minute
        self.now = now
        self.groups: dict[str, GroupState] = {}
        for cls in GROUP_STATES:
            state = cls(self)
            self.groups[cls.group] = state
            setattr(self, cls.group, state)
        for state in self.groups.values():
            state.seed()

    def rng(self, name: str) -> random.Random:
        """The seeded generator of one group (or any named stream)."""
        return random.Random(f"{self.seed_value}:{name}")

    def advance(self, minutes: float) -> None:
        """Move the clock on and let every group react, in group order."""
        self.now += timedelta(minutes=minutes)
        for state in self.groups.values():
            state.advance(self.now)
