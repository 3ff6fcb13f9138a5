"""Account: declarations of the group's endpoints, owned here."""

from __future__ import annotations

from .._endpoint import Endpoint, Params
from .._models import Account


class GetAccountDetailsParams(Params):
    """Parameters of `get_account_details`."""


get_account_details = Endpoint(
    name="get_account_details",
    group="account",
    method_name="get",
    http_method="GET",
    path="/v1/me",
    effect="read",
    summary="Return the account's status, balance, refill setting and total call count.",
    synonyms=(
        "balance",
        "credits",
        "funds",
        "money left",
        "remaining",
        "how much",
        "billing",
        "my account",
        "usage",
        "profile",
    ),
    params=GetAccountDetailsParams,
    result=Account,
)


ENDPOINTS = [
    get_account_details,
]
