"""Calls: send, list, details, stop, and the live-call endpoints."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from ..state import SandboxError, Store, parse_time
from ..state.calls import PENDING, SUMMARY, CallFilters
from . import Binary, SandboxRequest, example, handles


@handles("send_call", "send_call_simple", "send_call_pathway_simple")
def send_call(store: Store, req: SandboxRequest) -> Any:
    to = req.params.phone_number
    if store.blocked_numbers.is_blocked(to):
        raise SandboxError.flat(429, "This number is blacklisted.")
    recent = [
        c
        for c in reversed(store.calls.timeline[-200:])
        if c["to"] == to and (store.now - parse_time(c["created_at"])).total_seconds() < 10
    ]
    if recent:
        raise SandboxError.flat(
            429, "Calls can only be sent every 10 seconds to the same number. Please try again in a few seconds."
        )
    settings = {k: v for k, v in req.raw.items() if k != "phone_number"}
    call = store.calls.queue(to, settings=settings)
    return {"status": "success", "message": "Call successfully queued.", "call_id": call["call_id"], "batch_id": None}


@handles("list_calls")
def list_calls(store: Store, req: SandboxRequest) -> Any:
    """The filters are the parameters of the same names; `from`, `to` and `limit` pick the window."""
    params = req.params
    filters = CallFilters(**{field.name: getattr(params, field.name) for field in fields(CallFilters)})
    start, size = params.from_ or 0, params.limit or 1000
    stop = start + size if params.to is None else min(params.to, start + size)
    window, total = store.calls.window(filters, start, stop, ascending=bool(params.ascending))
    return {"count": len(window), "total_count": total, "calls": [{k: c.get(k) for k in SUMMARY} for c in window]}


@handles("get_call")
def get_call(store: Store, req: SandboxRequest) -> Any:
    return store.calls.details(req.params.call_id)


@handles("stop_call")
def stop_call(store: Store, req: SandboxRequest) -> Any:
    call = store.calls.get(req.params.call_id)
    if call["queue_status"] not in PENDING:
        raise SandboxError.flat(400, "Call is not active.")
    store.calls.cancel([call])
    return {"status": "success", "message": "Call ended successfully."}


@handles("stop_all_active_calls")
def stop_all_active_calls(store: Store, req: SandboxRequest) -> Any:
    stopped = store.calls.cancel(list(store.calls.pending.values()))
    return {"status": "success", "message": "Stopping active calls. This may take some time...", "num_calls": stopped}


@handles("list_active_calls")
def list_active_calls(store: Store, req: SandboxRequest) -> Any:
    rows = []
    for call in store.calls.pending.values():
        moment = parse_time(call["created_at"])
        rows.append(
            {
                "call_id": call["call_id"],
                "user_id": store.account.user_id,
                "from": call["from"],
                "to": call["to"],
                "objective": (call.get("task") or "")[:10],
                "pathway_id": call.get("pathway_id") or "",
                "start_time": "",
                "international": "false",
                "status": "QUEUED" if call["queue_status"] == "queued" else "IN_PROGRESS",
                "timestamp": str(int(moment.timestamp() * 1000)),
            }
        )
    return {"data": rows, "errors": None}


def _live(store: Store, call_id: str) -> dict[str, Any]:
    call = store.calls.get(call_id)
    if call["queue_status"] != "started":
        raise SandboxError.data(400, "INVALID_CALL_STATUS", "Call is not in progress")
    return call


@handles("transfer_active_call")
def transfer_active_call(store: Store, req: SandboxRequest) -> Any:
    call_id, number = req.params.call_id, req.params.transfer_number
    call = store.calls.calls.get(call_id)
    if call is None or call["queue_status"] != "started":
        raise SandboxError.data(404, "NOT_FOUND", f"Call with id {call_id} not found or has already been completed.")
    call["transferred_to"] = number
    return {"data": {"message": f"Call {call_id} transferred to {number} successfully"}, "errors": None}


@handles("listen_to_call")
def listen_to_call(store: Store, req: SandboxRequest) -> Any:
    call_id = req.params.call_id
    _live(store, call_id)
    return {"status": "success", "data": {"url": f"wss://sandbox.bland.local/ws/listen/{call_id}"}, "errors": None}


@handles("analyze_call")
def analyze_call(store: Store, req: SandboxRequest) -> Any:
    call_id = store.calls.get(req.params.call_id)["call_id"]
    answers = [store.calls.answer(call_id, *question[:2]) if question else None for question in req.params.questions]
    return {"status": "success", "message": "Successfully analyzed call", "answers": answers}


@handles("get_corrected_transcript")
def get_corrected_transcript(store: Store, req: SandboxRequest) -> Any:
    original = store.calls.details(req.params.call_id)["transcripts"]
    timed = [(i * 3.0, i * 3.0 + 2.5, segment) for i, segment in enumerate(original)]
    corrected = [
        {
            "start": a,
            "end": b,
            "text": s["text"],
            "speaker": 2 if s["user"] == "assistant" else 1,
            "speaker_label": s["user"],
            "confidence": 0.9,
        }
        for a, b, s in timed
    ]
    aligned = [{"start": a, "end": b, "text": s["text"], "speaker": s["user"], "similarity": 0.95} for a, b, s in timed]
    rows = [{k: s[k] for k in ("id", "created_at", "text", "user", "c_id")} for s in original]
    return {"corrected": corrected, "status": "success", "aligned": aligned, "original": rows}


@handles("get_call_recording")
def get_call_recording(store: Store, req: SandboxRequest) -> Any:
    call = store.calls.details(req.params.call_id)
    if not call["recording_url"]:
        raise SandboxError.data(404, "CALL_RECORDING_NOT_FOUND", "No recording for this call")
    return Binary(b"ID3" + call["call_id"].encode(), "audio/mpeg")


@handles("get_transcript_stream_url", "get_event_stream", "get_postcall_webhook")
def call_scoped_example(store: Store, req: SandboxRequest) -> Any:
    """Endpoints about one call: the call must exist; the answer is the documented one."""
    store.calls.get(req.params.call_id)
    return example(req.endpoint.name)


@handles("create_postcall_webhook", "resend_postcall_webhook")
def postcall_webhooks(store: Store, req: SandboxRequest) -> Any:
    """Webhooks for calls: every call must exist; the answer is the documented one."""
    for call_id in req.params.call_ids:
        store.calls.get(call_id)
    return example(req.endpoint.name)
