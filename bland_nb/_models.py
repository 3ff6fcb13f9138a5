"""Lenient response models: the API's main resources, unknown fields kept.

Every model accepts what the API really sends (see `_types` for the drifting values) and keeps
fields it does not declare (`model_extra`, or plain attribute access). `model.raw` is the JSON
object a result was read from, untouched. A value that still cannot be read is set to None by
`_response.validate` rather than failing the whole answer (it stays in `raw`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Optional

from pydantic import BaseModel, ConfigDict, Field

from ._types import Bool, Float, Int, QueueStatus, Timestamp

__all__ = [
    "LIVE_STATES",
    "Account",
    "ActiveCall",
    "Batch",
    "BatchLog",
    "Billing",
    "BlandModel",
    "BlandObject",
    "BlockRule",
    "Call",
    "Campaign",
    "KnowledgeBase",
    "Member",
    "Organization",
    "Pathway",
    "PathwayVersion",
    "SMSConversation",
    "SMSMessage",
    "SMSNumber",
    "TranscriptSegment",
    "Voice",
    "pending_calls",
]

LIVE_STATES = frozenset({"started", "in-progress"})
"""Queue states of a call that is on the line now; the other not-completed calls are queued."""


def pending_calls(rows: Iterable[Mapping[str, Any]]) -> tuple[int, int]:
    """(queued, live) among List Calls rows of calls that are not completed (`completed=False`):
    what stopping their campaign, batch or account would cancel and end."""
    queued = live = 0
    for row in rows:
        if row.get("queue_status") in LIVE_STATES:
            live += 1
        else:
            queued += 1
    return queued, live


class BlandModel(BaseModel):
    """Base of every response model: lenient, extra fields kept, raw JSON reachable."""

    model_config = ConfigDict(extra="allow", validate_by_name=True, validate_by_alias=True, serialize_by_alias=True)

    @property
    def raw(self) -> Any:
        """The JSON object this result was read from, exactly as the API sent it.

        Set on results and list items; a nested model's JSON is inside its parent's `raw`."""
        return (self.__pydantic_private__ or {}).get("raw")

    def _keep_raw(self, data: Any) -> None:
        # Kept in pydantic's private slot without declaring a PrivateAttr: declaring one makes
        # pydantic set up private state for every model built, nested ones included.
        object.__setattr__(self, "__pydantic_private__", {"raw": data})

    def __repr_args__(self) -> Any:
        return [(name, value) for name, value in super().__repr_args__() if value is not None]

    def to_dict(self) -> dict[str, Any]:
        """The normalised fields (declared and extra) as a plain dict, API field names."""
        return self.model_dump(by_alias=True)


class BlandObject(BlandModel):
    """Any API object without a dedicated model; all its fields are attributes."""

    if TYPE_CHECKING:  # pydantic's own __getattr__ (extra fields) is hidden from type checkers

        def __getattr__(self, name: str) -> Any: ...


class TranscriptSegment(BlandModel):
    id: Optional[Int] = None
    user: Optional[str] = None
    text: Optional[str] = None
    created_at: Timestamp = None


class Call(BlandModel):
    """A call: a row of List Calls, or the full Call Details."""

    call_id: Optional[str] = None
    c_id: Optional[str] = None
    created_at: Timestamp = None
    started_at: Timestamp = None
    end_at: Timestamp = None
    to: Optional[str] = None
    from_: Optional[str] = Field(default=None, alias="from")
    call_length: Float = None
    """Minutes."""
    completed: Bool = None
    inbound: Bool = None
    queue_status: QueueStatus = None
    status: Optional[str] = None
    answered_by: Optional[str] = None
    call_ended_by: Optional[str] = None
    error_message: Optional[str] = None
    batch_id: Optional[str] = None
    campaign_id: Optional[str] = None
    pathway_id: Optional[str] = None
    price: Float = None
    record: Bool = None
    recording_url: Optional[str] = None
    summary: Optional[str] = None
    concatenated_transcript: Optional[str] = None
    transcripts: Optional[list[TranscriptSegment]] = None
    transferred_to: Optional[str] = None
    corrected_duration: Float = None
    """Seconds (sent as a string)."""
    max_duration: Float = None
    variables: Optional[dict[str, Any]] = None
    metadata: Optional[dict[str, Any]] = None


class ActiveCall(BlandModel):
    """A row of List Active Calls (booleans and the epoch-ms timestamp arrive as strings)."""

    call_id: Optional[str] = None
    to: Optional[str] = None
    from_: Optional[str] = Field(default=None, alias="from")
    status: QueueStatus = None
    international: Bool = None
    timestamp: Timestamp = None
    pathway_id: Optional[str] = None


class Campaign(BlandModel):
    """A campaign with the metrics List Campaigns computes from its calls."""

    campaign_id: Optional[str] = None
    campaign_name: Optional[str] = None
    count: Int = None
    human_ended: Int = None
    assistant_ended: Int = None
    human_answered: Int = None
    voicemail_answered: Int = None
    unknown_answered: Int = None
    transferred_count: Int = None


class Batch(BlandModel):
    id: Optional[str] = None
    description: Optional[str] = None
    base_prompt: Optional[str] = None
    """A JSON string, as the API sends it."""
    created_at: Timestamp = None
    call_objects: Optional[list[dict[str, Any]]] = None


class BatchLog(BlandModel):
    id: Optional[str] = None
    batch_id: Optional[str] = None
    event_type: Optional[str] = None
    timestamp: Timestamp = None
    payload: Optional[dict[str, Any]] = None


class Pathway(BlandModel):
    id: Optional[str] = None
    pathway_id: Optional[str] = None
    name: Optional[str] = None
    description: Optional[str] = None
    nodes: Optional[list[dict[str, Any]]] = None
    edges: Optional[list[dict[str, Any]]] = None


class PathwayVersion(BlandModel):
    id: Optional[str] = None
    version_number: Int = None
    name: Optional[str] = None
    is_latest: Bool = None
    created_at: Timestamp = None


class Organization(BlandModel):
    id: Optional[str] = None
    org_slug: Optional[str] = None
    org_display_name: Optional[str] = None
    org_plan: Optional[str] = None
    org_creation_date: Timestamp = None
    is_stripe_overdue: Bool = None
    is_suspended: Bool = None
    org_rate_limit: Int = None


class Member(BlandModel):
    """A member of an organization, or one of the key's own memberships."""

    org_id: Optional[str] = None
    user_id: Optional[str] = None
    org_slug: Optional[str] = None
    org_display_name: Optional[str] = None
    permissions: Optional[list[str]] = None
    is_owner: Bool = None
    is_org_creator: Bool = None
    joined_at: Timestamp = None
    first_name: Optional[str] = None
    last_name: Optional[str] = None
    member_email: Optional[str] = None
    member_phone_number: Optional[str] = None


class Billing(BlandModel):
    """An organization's balance and refill settings."""

    current_balance: Float = None
    refill_amount: Float = None
    refill_at: Float = None


class Account(BlandModel):
    """Account Details: balance (`billing`) and total calls."""

    status: Optional[str] = None
    billing: Optional[BlandObject] = None
    total_calls: Int = None


class Voice(BlandModel):
    id: Optional[str] = None
    voice_id: Optional[str] = None
    name: Optional[str] = None
    description: Optional[str] = None
    public: Bool = None
    tags: Optional[list[str]] = None
    service: Optional[str] = None
    total_ratings: Int = None
    average_rating: Float = None


class SMSMessage(BlandModel):
    id: Optional[Int] = None
    created_at: Timestamp = None
    message: Optional[str] = None
    sender: Optional[str] = None
    from_: Optional[str] = Field(default=None, alias="from")
    to: Optional[str] = None
    status: Optional[str] = None


class SMSConversation(BlandModel):
    id: Optional[str] = None
    created_at: Timestamp = None
    updated_at: Timestamp = None
    user_number: Optional[str] = None
    agent_number: Optional[str] = None
    is_active: Bool = None
    message_count: Int = None
    messages: Optional[list[SMSMessage]] = None


class SMSNumber(BlandModel):
    phone_number: Optional[str] = None
    sms_config: Optional[dict[str, Any]] = None
    conversation_count: Int = None


class BlockRule(BlandModel):
    id: Optional[Int] = None
    blocked_number: Optional[str] = None
    inbound_number: Optional[str] = None
    is_global: Bool = None
    is_active: Bool = None
    reason: Optional[str] = None
    created_at: Timestamp = None


class KnowledgeBase(BlandModel):
    id: Optional[str] = None
    name: Optional[str] = None
    description: Optional[str] = None
    status: Optional[str] = None
    type: Optional[str] = None
    created_at: Timestamp = None
    updated_at: Timestamp = None
