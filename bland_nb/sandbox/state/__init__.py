"""Sandbox state, one module per API group (`<Group>State` classes), and the `Store` holding them.

Every module here is imported and its `GroupState` subclasses collected, in `order`.
"""

from __future__ import annotations

import importlib
import pkgutil

from ._store import EPOCH, GroupState, SandboxError, Store, iso

__all__ = ["EPOCH", "GROUP_STATES", "GroupState", "SandboxError", "Store", "iso"]


def _collect() -> list[type[GroupState]]:
    for module in pkgutil.iter_modules(__path__):
        if not module.name.startswith("_"):
            importlib.import_module(f"{__name__}.{module.name}")
    found = {cls.group: cls for cls in _subclasses(GroupState) if cls.group}
    return sorted(found.values(), key=lambda cls: (cls.order, cls.group))


def _subclasses(cls: type) -> list[type]:
    return [sub for direct in cls.__subclasses__() for sub in (direct, *_subclasses(direct))]


GROUP_STATES = _collect()
