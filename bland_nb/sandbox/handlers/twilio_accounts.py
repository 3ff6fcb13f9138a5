"""Twilio accounts: encrypted keys (shown once) and the inbound numbers imported with them."""

from __future__ import annotations

from typing import Any

from ..state import Store
from . import SandboxRequest, handles


@handles("create_twilio_encrypted_key")
def create_twilio_encrypted_key(store: Store, req: SandboxRequest) -> Any:
    key = store.twilio_accounts.create_key(req.params.account_sid, req.params.auth_token)
    return {"status": "success", "encrypted_key": key}


@handles("delete_twilio_encrypted_key")
def delete_twilio_encrypted_key(store: Store, req: SandboxRequest) -> Any:
    store.twilio_accounts.delete_key(req.params.encrypted_key)
    return {"status": "success"}


@handles("upload_twilio_inbound_numbers")
def upload_twilio_inbound_numbers(store: Store, req: SandboxRequest) -> Any:
    inserted = store.twilio_accounts.upload(list(req.params.numbers), req.params.encrypted_key)
    return {"status": "success", "message": "Successfully inserted numbers", "inserted": inserted}


@handles("delete_twilio_inbound_number")
def delete_twilio_inbound_number(store: Store, req: SandboxRequest) -> Any:
    store.twilio_accounts.remove(req.params.phone_number, req.params.encrypted_key)
    return {"status": "success", "message": f"Successfully deleted number from database: {req.params.phone_number}"}
