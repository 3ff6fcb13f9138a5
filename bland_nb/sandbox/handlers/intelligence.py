"""Intelligence: the emotion analysis of a past call."""

from __future__ import annotations

from typing import Any

from ..state import Store, iso
from . import SandboxRequest, handles


@handles("analyze_call_emotions")
def analyze_call_emotions(store: Store, req: SandboxRequest) -> Any:
    emotion = store.intelligence.emotion(req.params.call_id)
    analysis = {"emotion": emotion, "callId": req.params.call_id, "analyzedAt": iso(store.now)}
    return {"data": {"status": "success", "data": analysis}, "errors": None}
