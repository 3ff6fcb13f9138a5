"""Input types shared by the endpoint groups: nested objects whose phone numbers are checked.

A nested object (a batch's call objects, Send Call's voicemail settings) is checked by a
`WireObject` model: the keys that hold phone numbers are `PhoneNumber`s, every other key passes
through as given. A parameter typed `Sent[Model]` then holds the object as the API reads it, a
plain dict with the same keys in the same order, only its numbers normalised to E.164, so the
request, the sandbox and the agents see JSON, never a model.
"""

from __future__ import annotations

from typing import Annotated, Any, Optional, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, ValidatorFunctionWrapHandler, WrapValidator

from .._types import Id, PhoneNumber

__all__ = [
    "BatchCall",
    "CallSettings",
    "IntOrId",
    "Recipient",
    "Sent",
    "SmsBatchGlobal",
    "TransferList",
    "TrustedUser",
    "Voicemail",
]


class WireObject(BaseModel):
    """Base of a nested input object: declared keys are checked, others pass through unchanged."""

    model_config = ConfigDict(extra="allow", serialize_by_alias=True, hide_input_in_errors=True)


def _as_sent(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    """The object checked by its model, then as given: same keys, same order, numbers normalised."""
    checked = handler(value).model_dump(by_alias=True, exclude_unset=True)
    return {key: checked[key] for key in value} if isinstance(value, dict) else checked


def _unchanged(value: Any) -> Any:
    return value


M = TypeVar("M", bound=WireObject)
Sent = Annotated[M, WrapValidator(_as_sent), PlainSerializer(_unchanged)]
"""`Sent[Model]`: an object checked by `Model` and held (and sent) as the JSON object it was given."""


def _int_as_given(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    return value if isinstance(value, int) and not isinstance(value, bool) else handler(value)


IntOrId = Annotated[Id, WrapValidator(_int_as_given), PlainSerializer(_unchanged)]
"""An id the API documents as an integer: an int is sent as given, text is checked as an `Id`."""

TransferList = dict[str, PhoneNumber]
"""Send Call's `transfer_list`: label (`default`, `sales`, ...) → number."""


class VoicemailSms(WireObject):
    """The text Send Call sends after leaving a voicemail."""

    to: Optional[PhoneNumber] = None
    from_: Optional[PhoneNumber] = Field(None, alias="from")


class Voicemail(WireObject):
    """Send Call's `voicemail` settings (message, action, sms, sensitive)."""

    sms: Optional[Sent[VoicemailSms]] = None


class CallSettings(WireObject):
    """Send Call's settings for every call of a batch; the numbers among them are checked."""

    from_: Optional[PhoneNumber] = Field(None, alias="from")
    transfer_phone_number: Optional[PhoneNumber] = None
    transfer_list: Optional[TransferList] = None
    voicemail: Optional[Sent[Voicemail]] = None


class Recipient(WireObject):
    """One call of a list: the number to dial, and anything else (such as placeholder values)."""

    phone_number: PhoneNumber


class BatchCall(Recipient, CallSettings):
    """One call of a batch: Send Call's fields, with the number to dial."""


class SmsBatchGlobal(WireObject):
    """Send SMS Batch's defaults: the sending number, and anything else."""

    agent_number: PhoneNumber


class TrustedUser(WireObject):
    """The person registering an A2P brand."""

    phone_number: Optional[PhoneNumber] = None
