"""`Scope`: which endpoints a toolkit reaches, by API group and by effect.

`BlandToolkit` makes its tools from it, and discover mode's tools (`gateway.py`) check every
name they are given against it, so an endpoint outside it is neither found, described nor called.
"""

from __future__ import annotations

from typing import Any, Optional, Union

from pydantic import BaseModel, field_validator

from .. import EFFECTS, GROUPS, Endpoint
from . import descriptions as say

__all__ = ["Scope"]


class Scope(BaseModel):
    """API groups (`groups`, all when not given) and effects (`allow`, read-only by default)."""

    groups: Optional[tuple[str, ...]] = None
    allow: tuple[str, ...] = ("read",)

    @field_validator("groups", "allow", mode="before")
    @classmethod
    def _one_or_many(cls, value: Union[str, Any]) -> Any:
        return (value,) if isinstance(value, str) else value

    @field_validator("groups")
    @classmethod
    def _known_groups(cls, groups: Optional[tuple[str, ...]]) -> Optional[tuple[str, ...]]:
        unknown = [group for group in groups or () if group not in GROUPS]
        if unknown:
            raise ValueError(f"unknown group(s) {', '.join(map(repr, unknown))}; accepted: {', '.join(GROUPS)}")
        return groups

    @field_validator("allow")
    @classmethod
    def _known_effects(cls, allow: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [effect for effect in allow if effect not in EFFECTS]
        if unknown:
            raise ValueError(f"unknown effect(s) {', '.join(map(repr, unknown))}; accepted: {', '.join(EFFECTS)}")
        return allow

    def endpoints(self) -> list[Endpoint]:
        """The endpoints in scope, in declaration order."""
        groups = self.groups or tuple(GROUPS)
        return [ep for group in groups for ep in GROUPS[group] if ep.effect in self.allow]

    def outside(self, endpoint: Endpoint) -> Optional[str]:
        """Why the endpoint is out of scope, as a sentence; None when it is in scope."""
        if endpoint.effect not in self.allow:
            return say.OUTSIDE["effect"].format(name=endpoint.name, effect=endpoint.effect, allow=", ".join(self.allow))
        if self.groups and endpoint.group not in self.groups:
            return say.OUTSIDE["group"].format(name=endpoint.name, group=endpoint.group, groups=", ".join(self.groups))
        return None
