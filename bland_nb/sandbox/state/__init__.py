"""Sandbox state, one module per API group (`<Group>State` classes), and the `Store` holding them.

Every module here is imported and its `GroupState` subclasses collected, in `order`. The group
modules import `_store` (never this package), so the store can build them without a cycle.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
from datetime import datetime, timedelta

from ._store import EPOCH, GroupState, SandboxError, iso, parse_time

__all__ = ["EPOCH", "GROUP_STATES", "GroupState", "SandboxError", "Store", "iso", "parse_time"]


def _collect() -> list[type[GroupState]]:
    for module in pkgutil.iter_modules(__path__):
        if not module.name.startswith("_"):
            importlib.import_module(f"{__name__}.{module.name}")
    found = {cls.group: cls for cls in _subclasses(GroupState) if cls.group}
    return sorted(found.values(), key=lambda cls: (cls.order, cls.group))


def _subclasses(cls: type) -> list[type]:
    return [sub for direct in cls.__subclasses__() for sub in (direct, *_subclasses(direct))]


GROUP_STATES = _collect()


class Store:
    """Everything behind one API key. Group states are reached as attributes: `store.calls`."""

    def __init__(self, seed: int = 0, *, calls: int = 5000, price_per_minute: float = 0.09, now: datetime = EPOCH):
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
