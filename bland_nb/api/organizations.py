"""Organizations: declarations of the group's endpoints, owned here."""

from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import Field

from .._endpoint import Endpoint, Params
from .._models import Billing, Member, Organization
from .._pagination import PageNumber
from .._types import DateLike, Id, Number


class CreateOrganizationParams(Params):
    """Parameters of `create_organization`."""

    name: str = Field(description='Name for the new organization.')


create_organization = Endpoint(
    name="create_organization",
    group="organizations",
    method_name="create",
    http_method="POST",
    path="/v1/orgs/create",
    effect="write",
    summary='Create an organization with the given name and return its details.',
    synonyms=("new org", "new team", "workspace"),
    params=CreateOrganizationParams,
    result=Organization,
    envelope="data",
)


class DeleteOrganizationParams(Params):
    """Parameters of `delete_organization`."""

    org_id: Id = Field(description='Organization to delete.')
    delete_confirm: str = Field(description="The org's slug, as a confirmation.")


delete_organization = Endpoint(
    name="delete_organization",
    group="organizations",
    method_name="delete",
    http_method="DELETE",
    path="/v1/orgs/{org_id}",
    effect="destructive",
    summary='Delete an organization, confirming with its slug.',
    synonyms=("remove an org", "delete a workspace"),
    params=DeleteOrganizationParams,
    envelope="data",
)


class GetOrganizationParams(Params):
    """Parameters of `get_organization`."""

    org_id: Id = Field(description='Organization ID.')


get_organization = Endpoint(
    name="get_organization",
    group="organizations",
    method_name="get",
    http_method="GET",
    path="/v1/orgs/{org_id}",
    effect="read",
    summary="Return an organization's details, including its name, plan, limits and preferences.",
    synonyms=("org plan", "org details", "limits", "tier", "subscription"),
    params=GetOrganizationParams,
    result=Organization,
    envelope="data",
)


class GetOrganizationMembersParams(Params):
    """Parameters of `get_organization_members`."""

    org_id: Id = Field(description='Organization ID.')


get_organization_members = Endpoint(
    name="get_organization_members",
    group="organizations",
    method_name="members",
    http_method="GET",
    path="/v1/orgs/{org_id}/members",
    effect="read",
    summary="List an organization's members with their names, contact details and permissions.",
    synonyms=("team members", "users", "who is on my team", "staff", "seats", "who is in the org"),
    params=GetOrganizationMembersParams,
    result=Member,
    envelope="data",
    items='',
)


class GetOrganizationCurrentServiceVersionParams(Params):
    """Parameters of `get_organization_current_service_version`."""

    org_id: Id = Field(description='Organization ID.')
    service: Id = Field(description='Service name.')


get_organization_current_service_version = Endpoint(
    name="get_organization_current_service_version",
    group="organizations",
    method_name="current_service_version",
    http_method="GET",
    path="/v1/orgs/{org_id}/versions/{service}/current",
    effect="read",
    summary='Return the version ID of a service that an organization currently uses.',
    synonyms=("which version", "current version", "running version"),
    params=GetOrganizationCurrentServiceVersionParams,
    envelope="data",
)


class ListOrganizationServiceVersionsParams(Params):
    """Parameters of `list_organization_service_versions`."""

    org_id: Id = Field(description='Organization ID.')
    service: Id = Field(description='Service name.')


list_organization_service_versions = Endpoint(
    name="list_organization_service_versions",
    group="organizations",
    method_name="service_versions",
    http_method="GET",
    path="/v1/orgs/{org_id}/versions/{service}/list",
    effect="read",
    summary='List the versions of a service available to an organization, with support status and tags.',
    synonyms=("available versions", "version options"),
    params=ListOrganizationServiceVersionsParams,
    envelope="data",
    items='versions',
)


class UpdateOrganizationServiceVersionParams(Params):
    """Parameters of `update_organization_service_version`."""

    org_id: Id = Field(description='Organization ID.')
    service: Id = Field(description='Service name.')
    version: Id = Field(description='Version ID to pin for the service.')


update_organization_service_version = Endpoint(
    name="update_organization_service_version",
    group="organizations",
    method_name="update_service_version",
    http_method="PATCH",
    path="/v1/orgs/{org_id}/versions/{service}",
    effect="write",
    summary='Pin an organization to a specific version of a service.',
    synonyms=("pin a version", "upgrade", "downgrade", "lock a version"),
    params=UpdateOrganizationServiceVersionParams,
    envelope="data",
)


class UpdateOrganizationMembersParams(Params):
    """Parameters of `update_organization_members`."""

    org_id: Id = Field(description='Organization ID.')
    action: Literal['add', 'remove'] = Field(description='Add or remove a member.')
    target: str = Field(
        description='Existing user ID, E.164 phone, or email; unknown phone/email creates an invitation (SMS '
        'or sign-up email) that auto-joins on sign-up.'
    )
    permissions: Optional[list[str]] = Field(None, description='Roles to grant; required when action is add.')
    is_invite: Optional[bool] = Field(
        None, description='For remove: whether target is a pending invite; required when action is remove.'
    )


update_organization_members = Endpoint(
    name="update_organization_members",
    group="organizations",
    method_name="update_members",
    http_method="PATCH",
    path="/v1/orgs/{org_id}/members",
    effect="destructive",
    summary='Add or invite a member to an organization, or remove a member or pending invite.',
    synonyms=(
        "invite",
        "add a member",
        "remove a member",
        "kick",
        "add a user",
        "teammate",
        "remove someone from the team",
    ),
    params=UpdateOrganizationMembersParams,
    envelope="data",
    sends_to=('target',),
)


class UpdateOrganizationMemberPermissionsParams(Params):
    """Parameters of `update_organization_member_permissions`."""

    org_id: Id = Field(description='Organization ID.')
    action: Literal['add', 'remove', 'reset', 'set'] = Field(description='How to change roles.')
    target: Id = Field(description='User ID of the member.')
    permissions: Optional[list[str]] = Field(None, description='Roles involved.')


update_organization_member_permissions = Endpoint(
    name="update_organization_member_permissions",
    group="organizations",
    method_name="update_member_permissions",
    http_method="PATCH",
    path="/v1/orgs/{org_id}/members/permissions",
    effect="write",
    summary="Change an organization member's roles and return the resulting role list.",
    synonyms=("admin", "role", "permission", "access rights", "promote a user"),
    params=UpdateOrganizationMemberPermissionsParams,
    envelope="data",
)


class UpdateOrganizationPropertiesParams(Params):
    """Parameters of `update_organization_properties`."""

    org_id: Id = Field(description='Organization ID.')
    updates: dict[str, Any] = Field(
        description='Properties to change. Allowed keys: org_display_name (string, 1-30 chars); '
        'preferences.use_bland_url (boolean); preferences.recording_lifespan_days (integer '
        '1-1825, or -1 to disable retention).'
    )


update_organization_properties = Endpoint(
    name="update_organization_properties",
    group="organizations",
    method_name="update_properties",
    http_method="PATCH",
    path="/v1/orgs/{org_id}/properties",
    effect="write",
    summary="Update an organization's display name or preferences, such as recording retention.",
    synonyms=("org settings", "preferences", "retention", "display name"),
    params=UpdateOrganizationPropertiesParams,
    result=Organization,
    envelope="data",
)


class ListUserOrganizationMembershipsParams(Params):
    """Parameters of `list_user_organization_memberships`."""


list_user_organization_memberships = Endpoint(
    name="list_user_organization_memberships",
    group="organizations",
    method_name="memberships",
    http_method="GET",
    path="/v1/orgs/self/memberships",
    effect="read",
    summary='List the organizations you belong to, with your roles in each.',
    synonyms=("my orgs", "which organizations", "memberships", "teams I belong to"),
    params=ListUserOrganizationMembershipsParams,
    result=Member,
    envelope="data",
    items='',
)


class LeaveOrganizationParams(Params):
    """Parameters of `leave_organization`."""

    org_id: Id = Field(description='Organization the caller wants to leave.')


leave_organization = Endpoint(
    name="leave_organization",
    group="organizations",
    method_name="leave",
    http_method="DELETE",
    path="/v1/orgs/self/leave",
    effect="destructive",
    summary='Leave an organization that you are a member of.',
    synonyms=("quit an org", "exit a team", "remove myself", "my access"),
    params=LeaveOrganizationParams,
    envelope="data",
)


class GetOrganizationBillingParams(Params):
    """Parameters of `get_organization_billing`."""

    org_id: Id = Field(description='Organization ID.')


get_organization_billing = Endpoint(
    name="get_organization_billing",
    group="organizations",
    method_name="billing",
    http_method="GET",
    path="/v1/orgs/{org_id}/billing",
    effect="read",
    summary="Return an organization's current balance and its automatic refill amount and threshold.",
    synonyms=("org balance", "credits", "refill threshold", "funds", "billing", "money left"),
    params=GetOrganizationBillingParams,
    result=Billing,
    envelope="data",
)


class GetOrganizationBillingRefillParams(Params):
    """Parameters of `get_organization_billing_refill`."""

    org_id: Id = Field(description='Organization ID.')


get_organization_billing_refill = Endpoint(
    name="get_organization_billing_refill",
    group="organizations",
    method_name="billing_refill",
    http_method="GET",
    path="/v1/orgs/{org_id}/billing/refill",
    effect="read",
    summary="Return an organization's automatic refill amount.",
    synonyms=("auto top-up", "refill amount", "recharge"),
    params=GetOrganizationBillingRefillParams,
    result=Optional[float],
    envelope="data",
)


class ListAuditLogsParams(Params):
    """Parameters of `list_audit_logs`."""

    event_type: Optional[str] = Field(
        None, description='Exact event type filter (e.g. pathway.created, auth.sso_login).'
    )
    actor_id: Optional[Id] = Field(None, description='Filter by acting user.')
    created_after: Optional[DateLike] = Field(None, description='ISO 8601 lower bound.')
    created_before: Optional[DateLike] = Field(None, description='ISO 8601 upper bound.')
    page: Optional[Number] = Field(None, description='1-based page. API default: 1.')
    page_size: Optional[Number] = Field(None, description='Page size 1-100. API default: 50.')


list_audit_logs = Endpoint(
    name="list_audit_logs",
    group="organizations",
    method_name="audit_logs",
    http_method="GET",
    path="/v1/audit/logs",
    effect="read",
    summary="List the organization's audit log events, filtered by event type, user and time, with paging.",
    synonyms=("audit trail", "who changed", "activity log", "history of changes", "security log"),
    params=ListAuditLogsParams,
    envelope="data",
    items='events',
    pagination=PageNumber(size="page_size", default_size=50),
    total=('data', 'total'),
)


ENDPOINTS = [
    create_organization,
    delete_organization,
    get_organization,
    get_organization_members,
    get_organization_current_service_version,
    list_organization_service_versions,
    update_organization_service_version,
    update_organization_members,
    update_organization_member_permissions,
    update_organization_properties,
    list_user_organization_memberships,
    leave_organization,
    get_organization_billing,
    get_organization_billing_refill,
    list_audit_logs,
]
