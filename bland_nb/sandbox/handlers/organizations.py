"""Organizations: orgs, members and permissions, properties, memberships, service versions,
billing (the account's own org reads the live account) and the audit log."""

from __future__ import annotations

import copy
import math
from typing import Any

from ..state import SandboxError, Store
from . import SandboxRequest, handles


def _ok(data: Any) -> dict[str, Any]:
    """The `{data, errors: null}` envelope, with a copy of the state's data."""
    return {"data": copy.deepcopy(data), "errors": None}


@handles("create_organization")
def create_organization(store: Store, req: SandboxRequest) -> Any:
    return _ok(store.organizations.create(req.p.name))


@handles("get_organization")
def get_organization(store: Store, req: SandboxRequest) -> Any:
    return _ok(store.organizations.check(req.p.org_id))


@handles("delete_organization")
def delete_organization(store: Store, req: SandboxRequest) -> Any:
    store.organizations.delete(req.p.org_id, req.p.delete_confirm)
    return _ok(None)


@handles("get_organization_members")
def get_organization_members(store: Store, req: SandboxRequest) -> Any:
    return _ok(store.organizations.member_rows(req.p.org_id))


@handles("update_organization_members")
def update_organization_members(store: Store, req: SandboxRequest) -> Any:
    p = req.p
    if p.action == "add":
        store.organizations.add_member(p.org_id, p.target, p.permissions)
    else:
        store.organizations.remove_member(p.org_id, p.target, p.is_invite)
    return _ok(None)


@handles("update_organization_member_permissions")
def update_organization_member_permissions(store: Store, req: SandboxRequest) -> Any:
    p = req.p
    return _ok({"newPermissions": store.organizations.update_permissions(p.org_id, p.action, p.target, p.permissions)})


@handles("update_organization_properties")
def update_organization_properties(store: Store, req: SandboxRequest) -> Any:
    return _ok(store.organizations.update_properties(req.p.org_id, req.p.updates))


@handles("list_user_organization_memberships")
def list_user_organization_memberships(store: Store, req: SandboxRequest) -> Any:
    return _ok(store.organizations.memberships())


@handles("leave_organization")
def leave_organization(store: Store, req: SandboxRequest) -> Any:
    store.organizations.leave(req.p.org_id)
    return _ok(None)


@handles("get_organization_current_service_version")
def get_organization_current_service_version(store: Store, req: SandboxRequest) -> Any:
    return _ok({"version": store.organizations.current_version(req.p.org_id, req.p.service)})


@handles("list_organization_service_versions")
def list_organization_service_versions(store: Store, req: SandboxRequest) -> Any:
    return _ok({"versions": store.organizations.service_versions(req.p.org_id, req.p.service)})


@handles("update_organization_service_version")
def update_organization_service_version(store: Store, req: SandboxRequest) -> Any:
    store.organizations.pin_version(req.p.org_id, req.p.service, req.p.version)
    return _ok(None)


@handles("get_organization_billing")
def get_organization_billing(store: Store, req: SandboxRequest) -> Any:
    return _ok(store.organizations.billing(req.p.org_id))


@handles("get_organization_billing_refill")
def get_organization_billing_refill(store: Store, req: SandboxRequest) -> Any:
    return _ok(store.organizations.billing(req.p.org_id)["refill_amount"])


@handles("list_audit_logs")
def list_audit_logs(store: Store, req: SandboxRequest) -> Any:
    p = req.p
    page, size = int(p.page or 1), int(p.page_size or 50)
    if page < 1 or not 1 <= size <= 100:
        raise SandboxError.invalid("page must be 1 or more and page_size 1-100")
    events = store.organizations.audit_events(p.event_type, p.actor_id, p.created_after, p.created_before)
    return _ok({"events": events[(page - 1) * size: page * size], "total": len(events),
                "total_pages": math.ceil(len(events) / size), "current_page": page, "page_size": size})
