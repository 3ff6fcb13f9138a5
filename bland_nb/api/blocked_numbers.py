"""Blocked numbers: declarations of the group's endpoints, owned here."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from .._endpoint import Endpoint, Params
from .._models import BlockRule
from .._types import Id, PhoneNumber


class CreateBlockRulesParams(Params):
    """Parameters of `create_block_rules`."""

    numbers: list[PhoneNumber] = Field(description='E.164 numbers to block, at most 10 per request.')
    is_global: bool = Field(
        description='true = block on all your inbound numbers; false = only on inbound_number. Cannot combine '
        'true with inbound_number.'
    )
    inbound_number: Optional[PhoneNumber] = Field(
        None, description='Your inbound line the rule applies to; required when is_global is false.'
    )
    reason: Optional[str] = Field(None, description='Free-text note.')


create_block_rules = Endpoint(
    name="create_block_rules",
    group="blocked_numbers",
    method_name="create",
    http_method="POST",
    path="/v1/blocked_numbers",
    effect="write",
    summary='Block up to 10 numbers from calling all your inbound numbers or one specific inbound number.',
    synonyms=("do-not-call", "DNC", "blacklist", "ban", "block a caller", "spam", "stop calling us"),
    params=CreateBlockRulesParams,
    envelope="data",
)


class ListBlockRulesParams(Params):
    """Parameters of `list_block_rules`."""

    inbound_number: Optional[PhoneNumber] = Field(
        None, description='Restrict to rules for this inbound line; omitted = only global rules.'
    )
    active_only: Optional[bool] = Field(
        None, description='Only enforced rules; false includes inactive/deleted. API default: true.'
    )


list_block_rules = Endpoint(
    name="list_block_rules",
    group="blocked_numbers",
    method_name="list",
    http_method="GET",
    path="/v1/blocked_numbers",
    effect="read",
    summary='List block rules for one inbound number, or global rules if none is given, optionally active only.',
    synonyms=("blocked numbers", "blocked callers", "blocklist", "DNC list", "do-not-call list"),
    params=ListBlockRulesParams,
    result=BlockRule,
    envelope="data",
    items='blocks',
    total=('data', 'total_count'),
)


class GetBlockRuleParams(Params):
    """Parameters of `get_block_rule`."""

    block_id: Id = Field(description='Numeric rule ID.')


get_block_rule = Endpoint(
    name="get_block_rule",
    group="blocked_numbers",
    method_name="get",
    http_method="GET",
    path="/v1/blocked_numbers/{block_id}",
    effect="read",
    summary='Return one block rule, including the blocked number, scope, reason and whether it is active.',
    synonyms=("block details",),
    params=GetBlockRuleParams,
    result=BlockRule,
    envelope="data",
)


class DeleteBlockRuleParams(Params):
    """Parameters of `delete_block_rule`."""

    block_id: Id = Field(description='Numeric rule ID.')


delete_block_rule = Endpoint(
    name="delete_block_rule",
    group="blocked_numbers",
    method_name="delete",
    http_method="DELETE",
    path="/v1/blocked_numbers/{block_id}",
    effect="destructive",
    summary='Delete a block rule so the number can call your inbound lines again.',
    synonyms=("unblock", "allow again", "whitelist", "remove from DNC"),
    params=DeleteBlockRuleParams,
    envelope="data",
)


class EditBlockRuleParams(Params):
    """Parameters of `edit_block_rule`."""

    block_id: Id = Field(description='Numeric rule ID.')
    reason: Optional[str] = Field(None, description='New reason; null clears it.')
    is_active: Optional[bool] = Field(None, description='Enable/disable enforcement; null leaves unchanged.')


edit_block_rule = Endpoint(
    name="edit_block_rule",
    group="blocked_numbers",
    method_name="edit",
    http_method="POST",
    path="/v1/blocked_numbers/{block_id}/edit",
    effect="write",
    summary="Change a block rule's reason or turn its enforcement on or off.",
    synonyms=("disable the block", "pause the block", "reason", "toggle the block", "unblock for now"),
    params=EditBlockRuleParams,
    result=BlockRule,
    envelope="data",
    idempotent=True,
)


ENDPOINTS = [
    create_block_rules,
    list_block_rules,
    get_block_rule,
    delete_block_rule,
    edit_block_rule,
]
