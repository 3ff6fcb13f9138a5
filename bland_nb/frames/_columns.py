"""The declared columns of every frame: name → kind (kinds are listed in `_convert`).

Names are the API's own field names, so a column reads the same as the JSON it came from;
the few renames (`batch_id` for a batch's `id`) let frames join on the same key.
"""

from __future__ import annotations

__all__ = ["BATCHES", "BILLING", "CALLS", "CALL_DETAILS", "CAMPAIGNS", "TRANSCRIPTS"]

CALLS = {
    "call_id": "string",
    "created_at": "time",
    "started_at": "time",
    "end_at": "time",
    "to": "string",
    "from": "string",
    "call_length": "float",  # minutes
    "price": "float",  # dollars
    "completed": "bool",
    "inbound": "bool",
    "queue_status": "category",
    "status": "category",
    "answered_by": "category",
    "call_ended_by": "category",
    "error_message": "string",
    "transferred_to": "string",
    "batch_id": "string",
    "campaign_id": "string",
}
"""A row of List Calls."""

CALL_DETAILS = {
    "summary": "string",
    "concatenated_transcript": "string",
    "recording_url": "string",
    "record": "boolean",
    "corrected_duration": "float",  # seconds
    "max_duration": "float",  # minutes
    "pathway_id": "string",
    "variables": "object",
    "metadata": "object",
    "request_data": "object",
    "analysis": "object",
}
"""What Call Details adds to a List Calls row (`calls(detail=True)`)."""

TRANSCRIPTS = {
    "call_id": "string",
    "position": "int",
    "speaker": "category",
    "text": "string",
    "timestamp": "time",
}

CAMPAIGNS = {
    "campaign_id": "string",
    "campaign_name": "string",
    "count": "int",
    "human_answered": "int",
    "voicemail_answered": "int",
    "unknown_answered": "int",
    "human_ended": "int",
    "assistant_ended": "int",
    "transferred_count": "int",
}

BATCHES = {
    "batch_id": "string",
    "description": "string",
    "created_at": "time",
    "call_objects": "int",  # how many call objects the API listed
    "base_prompt": "string",  # JSON text, as sent
    "user_id": "string",
}

BILLING = {
    "scope": "category",
    "org_id": "string",
    "name": "string",
    "plan": "category",
    "balance": "float",
    "refill_at": "float",
    "refill_amount": "float",
    "overdue": "boolean",
    "error": "string",
}
