"""Batches: declarations of the group's endpoints, owned here."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import ConfigDict, Field

from .._endpoint import Endpoint, Params
from .._models import Batch, BatchLog
from .._pagination import Offset
from .._types import Id, PhoneNumber
from ._shared import BatchCall, CallSettings, Recipient, Sent


class CreateBatchParams(Params):
    """Parameters of `create_batch`."""

    call_objects: Optional[list[Sent[BatchCall]]] = Field(
        None,
        description='Per-call objects using the /v1/calls schema (phone_number required per entry); may '
        'include start_time and b_cid (caller-supplied UUIDv7 call ID, needs entitlement).',
    )
    global_: Sent[CallSettings] = Field(
        alias='global',
        description='Defaults merged into every call object; must contain task or pathway_id; phone_number is '
        'forbidden here.',
    )
    description: Optional[str] = Field(
        None, description='Dashboard label, max 60 chars. API default: "Untitled Batch".'
    )
    status_webhook: Optional[str] = Field(
        None, description='URL that receives one POST per lifecycle phase plus a final one; 10 s timeout, no retries.'
    )
    encrypted_key: Optional[str] = Field(
        None, description='BYOT key (description on page is vague: "securing batch payloads").'
    )


create_batch = Endpoint(
    name="create_batch",
    group="batches",
    method_name="create",
    http_method="POST",
    path="/v2/batches/create",
    effect="outbound",
    summary='Create a batch of outbound calls from per-call objects plus shared defaults; returns the batch ID.',
    synonyms=(
        "bulk calls",
        "mass calling",
        "call many numbers",
        "call a list",
        "spreadsheet",
        "csv",
        "blast",
        "broadcast",
    ),
    params=CreateBatchParams,
    envelope="data",
    headers={'encrypted_key': 'encrypted_key'},
    sends_to=('call_objects', 'global_', 'status_webhook'),
)


class ListBatchesParams(Params):
    """Parameters of `list_batches`."""

    take: Optional[int] = Field(None, description='Page size.')
    skip: Optional[int] = Field(None, description='Items to skip.')


list_batches = Endpoint(
    name="list_batches",
    group="batches",
    method_name="list",
    http_method="GET",
    path="/v2/batches/list",
    effect="read",
    summary='List call batches with their base settings, call objects and creation time, with paging.',
    synonyms=("batch history", "all batches"),
    params=ListBatchesParams,
    result=Batch,
    envelope="data",
    items='',
    pagination=Offset(size="take", default_size=100, offset="skip"),
)


class GetBatchParams(Params):
    """Parameters of `get_batch`."""

    batch_id: Id = Field(description='Batch ID.')


get_batch = Endpoint(
    name="get_batch",
    group="batches",
    method_name="get",
    http_method="GET",
    path="/v2/batches/{batch_id}",
    effect="read",
    summary="Return one batch's details, including its base settings, call objects and status.",
    synonyms=("batch details", "batch status"),
    params=GetBatchParams,
    result=Batch,
    envelope="data",
)


class GetBatchLogsParams(Params):
    """Parameters of `get_batch_logs`."""

    batch_id: Id = Field(description='Batch ID.')
    take: Optional[int] = Field(None, description='Entries to return.')
    skip: Optional[int] = Field(None, description='Entries to skip.')
    direction: Optional[Literal['asc', 'desc']] = Field(None, description='Sort order. API default: "desc".')


get_batch_logs = Endpoint(
    name="get_batch_logs",
    group="batches",
    method_name="logs",
    http_method="GET",
    path="/v2/batches/{batch_id}/logs",
    effect="read",
    summary="Return a batch's lifecycle log entries, such as dispatch and completion events, with paging.",
    synonyms=("batch log", "dispatched", "finished", "completion"),
    params=GetBatchLogsParams,
    result=BatchLog,
    envelope="data",
    items='',
    pagination=Offset(size="take", default_size=100, offset="skip"),
)


class StopBatchParams(Params):
    """Parameters of `stop_batch`."""

    batch_id: Id = Field(description='Running or scheduled batch to stop.')


stop_batch = Endpoint(
    name="stop_batch",
    group="batches",
    method_name="stop",
    http_method="POST",
    path="/v2/batches/{batch_id}/stop",
    effect="destructive",
    summary='Stop a running or scheduled batch so its remaining calls are not placed.',
    synonyms=("halt", "cancel", "abort", "pause", "kill"),
    params=StopBatchParams,
    envelope="data",
)


class CreateBatchV1LegacyParams(Params):
    """Parameters of `create_batch_v1_legacy`."""

    model_config = ConfigDict(extra="allow")  # forwards Send Call fields

    base_prompt: str = Field(description='Shared prompt with {{variable}} placeholders.')
    call_data: list[Sent[Recipient]] = Field(
        description='Per-call objects; each needs phone_number; keys fill placeholders.'
    )
    from_: Optional[PhoneNumber] = Field(None, alias='from', description='Caller number for all calls.')
    label: Optional[str] = Field(None, description='Friendly batch label.')
    campaign_id: Optional[Id] = Field(None, description='Group related batches.')
    test_mode: Optional[bool] = Field(None, description='Dispatch only the first call. API default: false.')
    batch_webhook: Optional[str] = Field(None, description='URL notified when the batch completes.')


create_batch_v1_legacy = Endpoint(
    name="create_batch_v1_legacy",
    group="batches",
    method_name="create_v1_legacy",
    http_method="POST",
    path="/v1/batches",
    effect="outbound",
    summary='Send a batch of calls from a shared prompt template and per-call data using the legacy v1 API.',
    synonyms=("old", "v1", "legacy", "prompt template", "bulk calls", "blast"),
    params=CreateBatchV1LegacyParams,
    sends_to=('batch_webhook',),
)


ENDPOINTS = [
    create_batch,
    list_batches,
    get_batch,
    get_batch_logs,
    stop_batch,
    create_batch_v1_legacy,
]
