"""Every endpoint of the Bland API, declared once, one module per API group.

`ENDPOINTS` maps each catalog name to its `Endpoint`; `GROUPS` maps each group to its endpoints
in declaration order.
"""

from __future__ import annotations

from .._endpoint import Endpoint
from . import (
    account,
    batches,
    blocked_numbers,
    calls,
    campaigns,
    custom_tools,
    intelligence,
    knowledge_bases,
    organizations,
    pathway_chat,
    pathway_folders,
    pathway_versions,
    pathways,
    sms,
    tools_v2,
    twilio_accounts,
    vector_knowledge_bases,
    voices,
    web_agents,
)

__all__ = ["ENDPOINTS", "GROUPS"]

_MODULES = (
    calls,
    campaigns,
    batches,
    intelligence,
    sms,
    blocked_numbers,
    voices,
    pathways,
    pathway_chat,
    pathway_versions,
    pathway_folders,
    vector_knowledge_bases,
    knowledge_bases,
    custom_tools,
    tools_v2,
    web_agents,
    twilio_accounts,
    account,
    organizations,
)

GROUPS: dict[str, list[Endpoint]] = {module.__name__.rsplit(".", 1)[1]: module.ENDPOINTS for module in _MODULES}
ENDPOINTS: dict[str, Endpoint] = {ep.name: ep for endpoints in GROUPS.values() for ep in endpoints}
