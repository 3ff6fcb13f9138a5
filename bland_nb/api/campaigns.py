"""Campaigns: declarations of the group's endpoints, owned here."""

from __future__ import annotations

from typing import Any

from pydantic import ConfigDict, Field

from .._endpoint import Endpoint, Params
from .._models import Campaign
from .._types import Id, PhoneNumber


class CreateCampaignParams(Params):
    """Parameters of `create_campaign`."""

    model_config = ConfigDict(extra="allow")  # forwards Send Call fields

    name: str = Field(description='Campaign label.')
    numbers: list[PhoneNumber] = Field(description='Phone numbers to call.')
    sequence: dict[str, Any] = Field(
        description='Follow-up plan: retries (int, attempts when unanswered) and wait_period (int, days '
        'between attempts).'
    )


create_campaign = Endpoint(
    name="create_campaign",
    group="campaigns",
    method_name="create",
    http_method="POST",
    path="/v1/campaigns",
    effect="outbound",
    summary='Create a campaign that calls a list of numbers with shared call settings and a follow-up retry plan.',
    synonyms=("autodialer", "dialer", "outreach", "drip", "leads", "call list", "promo", "follow-up sequence"),
    params=CreateCampaignParams,
)


class ListCampaignsParams(Params):
    """Parameters of `list_campaigns`."""


list_campaigns = Endpoint(
    name="list_campaigns",
    group="campaigns",
    method_name="list",
    http_method="GET",
    path="/v1/campaigns",
    effect="read",
    summary='List all campaigns with their call counts and answer and hang-up statistics.',
    synonyms=("campaign stats", "performance", "answer rate", "how campaigns are doing", "overview"),
    params=ListCampaignsParams,
    result=Campaign,
    items='campaigns',
)


class GetCampaignParams(Params):
    """Parameters of `get_campaign`."""

    campaign_id: Id = Field(alias='id', description='Campaign ID.')


get_campaign = Endpoint(
    name="get_campaign",
    group="campaigns",
    method_name="get",
    http_method="GET",
    path="/v1/campaigns/{id}",
    effect="read",
    summary="Return a campaign's details, including its per-number entries, sequence steps and current state.",
    synonyms=("campaign status", "progress", "numbers reached", "campaign details"),
    params=GetCampaignParams,
    items='campaigns',
    total=('count',),
)


class StopCampaignParams(Params):
    """Parameters of `stop_campaign`."""

    campaign_id: Id = Field(description='Campaign to halt.')


stop_campaign = Endpoint(
    name="stop_campaign",
    group="campaigns",
    method_name="stop",
    http_method="POST",
    path="/v1/campaigns/{campaign_id}/stop",
    effect="destructive",
    summary='Stop a campaign and cancel its associated calls; returns how many calls were stopped.',
    synonyms=("halt", "pause", "cancel", "end", "kill", "abort", "shut down"),
    params=StopCampaignParams,
)


ENDPOINTS = [
    create_campaign,
    list_campaigns,
    get_campaign,
    stop_campaign,
]
