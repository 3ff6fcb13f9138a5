"""Intelligence: the dominant emotion of a past call's recording, the same for a call every time."""

from __future__ import annotations

from typing import Any

from ._store import GroupState, SandboxError

__all__ = ["IntelligenceState"]

EMOTIONS = ("neutral", "happy", "angry", "sad", "fear")
WEIGHTS = (0.45, 0.3, 0.1, 0.1, 0.05)


class IntelligenceState(GroupState):
    group = "intelligence"
    order = 95  # after calls

    def emotion(self, call_id: str) -> str:
        """The call's dominant emotion (404 for an unknown call, 400 for one without a recording)."""
        call: dict[str, Any] = self.store.calls.details(call_id)
        if not call["recording_url"]:
            raise SandboxError.data(400, "NO_RECORDING", f"Call {call_id} has no recording to analyse")
        rng = self.store.rng(f"emotion:{call_id}")
        return rng.choices(EMOTIONS, WEIGHTS)[0]
