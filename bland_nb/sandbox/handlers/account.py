"""Account Details."""

from __future__ import annotations

from typing import Any

from ..state import Store
from . import SandboxRequest, handles


@handles("get_account_details")
def get_account_details(store: Store, req: SandboxRequest) -> Any:
    return store.account.details(total_calls=len(store.calls.calls))
