"""Organizations: orgs, members and permissions, properties, memberships, service versions,
billing (the account's own org reads the live account) and the audit log."""

from __future__ import annotations

import copy
import math
from typing import Any

from ..state import SandboxError, Store
from . import SandboxRequest, enveloped, handles


def _ok(data: Any) -> dict[str, Any]:
    """The `{data, errors: null}` envelope, with a copy of the state's data."""
    return enveloped(copy.deepcopy(data))


@handles("create_organization")
def create_organization(store: Store, req: SandboxRequest) -> Any:
    return _ok(store.organizations.create(req.params.name))


@handles("get_organization")
def get_organization(store: Store, req: SandboxRequest) -> Any:
    return _ok(store.organizations.check(req.params.org_id))


@handles("delete_organization")
def delete_organization(store: Store, req: SandboxRequest) -> Any:
    store.organizations.delete(req.params.org_id, req.params.delete_confirm)
    return _ok(None)


@handles("get_organization_members")
def get_organization_members(store: Store, req: SandboxRequest) -> Any:
    return _ok(store.organizations.member_rows(req.params.org_id))


@handles("update_organization_members")
def update_organization_members(store: Store, req: SandboxRequest) -> Any:
    params = req.params
    if params.action == "add":
        store.organizations.add_member(params.org_id, params.target, params.permissions)
    else:
        store.organizations.remove_member(params.org_id, params.target, params.is_invite)
    return _ok(None)


@handles("update_organization_member_permissions")
def update_organization_member_permissions(store: Store, req: SandboxRequest) -> Any:
    params = req.params
    permissions = store.organizations.update_permissions(
        params.org_id, params.action, params.target, params.permissions
    )
    return _ok({"newPermissions": permissions})


@handles("update_organization_properties")
def update_organization_properties(store: Store, req: SandboxRequest) -> Any:
    return _ok(store.organizations.update_properties(req.params.org_id, req.params.updates))


@handles("list_user_organization_memberships")
def list_user_organization_memberships(store: Store, req: SandboxRequest) -> Any:
    return _ok(store.organizations.memberships())


@handles("leave_organization")
def leave_organization(store: Store, req: SandboxRequest) -> Any:
    store.organizations.leave(req.params.org_id)
    return _ok(None)


@handles("get_organization_current_service_version")
def get_organization_current_service_version(store: Store, req: SandboxRequest) -> Any:
    return _ok({"version": store.organizations.current_version(req.params.org_id, req.params.service)})


@handles("list_organization_service_versions")
def list_organization_service_versions(store: Store, req: SandboxRequest) -> Any:
    return _ok({"versions": store.organizations.service_versions(req.params.org_id, req.params.service)})


@handles("update_organization_service_version")
def update_organization_service_version(store: Store, req: SandboxRequest) -> Any:
    store.organizations.pin_version(req.params.org_id, req.params.service, req.params.version)
    return _ok(None)


@handles("get_organization_billing")
def get_organization_billing(store: Store, req: SandboxRequest) -> Any:
    return _ok(store.organizations.billing(req.params.org_id))


@handles("get_organization_billing_refill")
def get_organization_billing_refill(store: Store, req: SandboxRequest) -> Any:
    return _ok(store.organizations.billing(req.params.org_id)["refill_amount"])


@handles("list_audit_logs")
def list_audit_logs(store: Store, req: SandboxRequest) -> Any:
    params = req.params
    page, size = int(params.page or 1), int(params.page_size or 50)
    if page < 1 or not 1 <= size <= 100:
        raise SandboxError.invalid("page must be 1 or more and page_size 1-100")
    events = store.organizations.audit_events(
        params.event_type, params.actor_id, params.created_after, params.created_before
    )
    return _ok(
        {
            "events": events[(page - 1) * size : page * size],
            "total": len(events),
            "total_pages": math.ceil(len(events) / size),
            "current_page": page,
            "page_size": size,
        }
    )
