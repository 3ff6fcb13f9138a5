"""Twilio accounts: declarations of the group's endpoints, owned here."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from .._endpoint import Endpoint, Params
from .._types import Id, PhoneNumber


class CreateTwilioEncryptedKeyParams(Params):
    """Parameters of `create_twilio_encrypted_key`."""

    account_sid: Id = Field(description='Twilio Account SID.')
    auth_token: str = Field(description='Twilio auth token.')


create_twilio_encrypted_key = Endpoint(
    name="create_twilio_encrypted_key",
    group="twilio_accounts",
    method_name="create_encrypted_key",
    http_method="POST",
    path="/v1/accounts",
    effect="write",
    summary='Store your Twilio account credentials and return an encrypted key for calls using your numbers.',
    synonyms=("byot", "bring your own twilio", "connect twilio", "twilio credentials", "link a twilio account"),
    params=CreateTwilioEncryptedKeyParams,
)


class DeleteTwilioEncryptedKeyParams(Params):
    """Parameters of `delete_twilio_encrypted_key`."""

    encrypted_key: Optional[str] = Field(None, description='Key to disable.')


delete_twilio_encrypted_key = Endpoint(
    name="delete_twilio_encrypted_key",
    group="twilio_accounts",
    method_name="delete_encrypted_key",
    http_method="POST",
    path="/v1/accounts/delete",
    effect="destructive",
    summary='Delete a stored Twilio encrypted key so it can no longer be used.',
    synonyms=("revoke twilio", "disconnect twilio", "remove the twilio key", "credentials"),
    params=DeleteTwilioEncryptedKeyParams,
    headers={'encrypted_key': 'encrypted_key'},
)


class UploadTwilioInboundNumbersParams(Params):
    """Parameters of `upload_twilio_inbound_numbers`."""

    numbers: list[PhoneNumber] = Field(description='E.164 numbers (leading +, country code, digits only) to import.')
    encrypted_key: Optional[str] = Field(None, description='Key of the Twilio account that owns the numbers.')


upload_twilio_inbound_numbers = Endpoint(
    name="upload_twilio_inbound_numbers",
    group="twilio_accounts",
    method_name="upload_inbound_numbers",
    http_method="POST",
    path="/v1/inbound/insert",
    effect="write",
    summary='Add phone numbers from your own Twilio account as inbound numbers; returns those added.',
    synonyms=("import twilio numbers", "add my numbers", "bring my numbers"),
    params=UploadTwilioInboundNumbersParams,
    headers={'encrypted_key': 'encrypted_key'},
)


class DeleteTwilioInboundNumberParams(Params):
    """Parameters of `delete_twilio_inbound_number`."""

    phone_number: Id = Field(description="Number to remove (E.164; URL-encode '+').")
    encrypted_key: Optional[str] = Field(None, description='Key of the Twilio account owning the number.')


delete_twilio_inbound_number = Endpoint(
    name="delete_twilio_inbound_number",
    group="twilio_accounts",
    method_name="delete_inbound_number",
    http_method="POST",
    path="/v1/inbound/{phone_number}/delete",
    effect="destructive",
    summary='Remove one of your Twilio inbound phone numbers.',
    synonyms=("remove a twilio number", "release a number"),
    params=DeleteTwilioInboundNumberParams,
    headers={'encrypted_key': 'encrypted_key'},
)


ENDPOINTS = [
    create_twilio_encrypted_key,
    delete_twilio_encrypted_key,
    upload_twilio_inbound_numbers,
    delete_twilio_inbound_number,
]
