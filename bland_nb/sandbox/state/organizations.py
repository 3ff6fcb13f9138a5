"""Organizations: the orgs the key belongs to, their members, invitations, preferences, pinned
service versions, billing and audit log.

The first org is the account's own: its billing *is* the account's (`store.account`), read live,
so calls charged as the clock moves show up in its balance. The key acts as the account's user
(`store.account.user_id`); what it may do in an org follows its permissions there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any, Optional

from ._store import GroupState, SandboxError, iso, parse_time

__all__ = ["OrganizationsState"]

ROLES = ("owner", "admin", "operator", "viewer")
ADMIN = ("owner", "admin")
SERVICES = ("api_server", "ws_server")
FIRST = (
    "Ava",
    "Liam",
    "Maya",
    "Noah",
    "Zoe",
    "Ethan",
    "Priya",
    "Lucas",
    "Hana",
    "Omar",
    "Sofia",
    "Jonah",
    "Iris",
    "Mateo",
)
LAST = ("Chen", "Okafor", "Garcia", "Novak", "Patel", "Smith", "Larsen", "Haddad", "Kim", "Moreau", "Silva", "Brennan")
ORG_NAMES = ("Northwind Support", "Acme Outreach", "Bluebird Clinics", "Harbor Realty", "Pinecrest Insurance")
KEY_ROLES = (["owner"], ["admin"], ["operator", "viewer"])
"""The key's permissions in each seeded org: its own, one it runs, one it only watches."""
EVENT_TYPES = (
    "auth.sso_login",
    "auth.logout",
    "pathway.created",
    "pathway.updated",
    "pathway.deleted",
    "pathway.published",
    "kb.content_updated",
    "kb.file_replaced",
    "kb.urls_replaced",
    "kb.version_restored",
)
RESOURCE_TYPES = {"pathway": "convo_pathway", "kb": "knowledge_base"}
E164 = re.compile(r"^\+[1-9]\d{6,14}$")
PROPERTIES = {
    "org_display_name": (
        lambda v: isinstance(v, str) and 1 <= len(v.strip()) <= 30,
        "VALIDATION_ERROR",
        "org_display_name must be a string of 1-30 characters",
    ),
    "preferences.use_bland_url": (
        lambda v: isinstance(v, bool),
        "INVALID_ORG_PREFERENCES",
        "preferences.use_bland_url must be a boolean",
    ),
    "preferences.recording_lifespan_days": (
        lambda v: isinstance(v, int) and not isinstance(v, bool) and (v == -1 or 1 <= v <= 1825),
        "INVALID_ORG_PREFERENCES",
        "preferences.recording_lifespan_days must be an integer 1-1825, or -1",
    ),
}
"""Update Organization Properties: each allowed key, its check, and the error when it fails."""


def forbidden(message: str) -> SandboxError:
    return SandboxError.data(403, "FORBIDDEN", message)


class OrganizationsState(GroupState):
    group = "organizations"
    order = 10  # after the account, whose user the key acts as

    def seed(self) -> None:
        self.orgs: dict[str, dict[str, Any]] = {}
        self.people: dict[str, dict[str, Any]] = {}  # every user the sandbox knows, by user id
        self.members: dict[str, dict[str, dict[str, Any]]] = {}  # org id → user id → membership
        self.invites: dict[str, dict[str, list[str]]] = {}  # org id → invited phone/email → permissions
        self.balances: dict[str, dict[str, Any]] = {}  # billing of every org but the account's own
        self.current: dict[str, dict[str, str]] = {}  # org id → service → pinned version id
        self.events: dict[str, list[dict[str, Any]]] = {}  # org id → audit events, oldest first
        self.versions = {service: self._seed_versions(service) for service in SERVICES}
        self._seed_people()
        names = ["Sandbox Dental", *self.random.sample(ORG_NAMES, len(KEY_ROLES) - 1)]
        for position, (name, roles) in enumerate(zip(names, KEY_ROLES)):
            self._seed_org(name, roles, own=position == 0)
        self.own_org_id = next(iter(self.orgs))

    # -- the seeded world -----------------------------------------------------------------------

    def _seed_versions(self, service: str) -> list[dict[str, Any]]:
        """Newest first: Latest, the stable release, an older supported one, a retired one."""
        minor = self.random.randint(3, 9)
        names = ("Latest", f"v1.{minor}.1", f"v1.{minor}.0", f"v1.{minor - 1}.4")
        moment, versions = self.store.now, []
        for position, name in enumerate(names):
            moment -= timedelta(days=self.random.uniform(5, 60))
            versions.append(
                {
                    "created_at": iso(moment),
                    "git_sha": "" if position == 0 else f"{self.random.getrandbits(160):040x}",
                    "friendly_name": name,
                    "tags": {0: ["latest"], 1: ["stable"]}.get(position, []),
                    "currently_supported": position < 3,
                    "recommended_upgrade_to": None,
                    "service": service,
                    "id": self.new_id(),
                    "placement_group": "blandshared",
                }
            )
        versions[-1]["recommended_upgrade_to"] = versions[1]["id"]
        return versions

    def _seed_people(self) -> None:
        pairs = self.random.sample([(f, last) for f in FIRST for last in LAST], 12)
        for position, (first, last) in enumerate(pairs):
            user_id = self.store.account.user_id if position == 0 else self.new_id()
            self.people[user_id] = {
                "user_id": user_id,
                "first_name": first,
                "last_name": last,
                "member_email": f"{first}.{last}@example.com".lower(),
                "member_phone_number": self.phone(),
            }

    def _seed_org(self, name: str, key_roles: list[str], *, own: bool) -> None:
        created = self.store.now - timedelta(days=self.random.uniform(200, 700))
        org = self._add(name, created, plan="enterprise" if own else self.random.choice(("starter", "build", "scale")))
        others = [uid for uid in self.people if uid != self.store.account.user_id]
        team = self.random.sample(others, self.random.randint(3, 5))
        founder = self.store.account.user_id if own else team[0]
        self._join(org["id"], founder, ["owner"], created, creator=True)
        for user_id in [self.store.account.user_id, *team]:
            if user_id not in self.members[org["id"]]:
                roles = (
                    key_roles
                    if user_id == self.store.account.user_id
                    else self.random.choice((*KEY_ROLES[1:], ["viewer"]))
                )
                self._join(org["id"], user_id, list(roles), created + (self.store.now - created) * self.random.random())
        refill = None if own else self.random.choice((50.0, 100.0, None))
        self.balances[org["id"]] = {
            "current_balance": round(self.random.uniform(5, 400), 3),
            "refill_amount": refill,
            "refill_at": 10.0 if refill else None,
        }
        self.current[org["id"]] = {
            service: versions[0 if own else 1]["id"] for service, versions in self.versions.items()
        }
        if org["org_plan"] == "enterprise":
            self._seed_events(org["id"], created)

    def _seed_events(self, org_id: str, created: datetime) -> None:
        actors = [uid for uid, m in self.members[org_id].items() if set(m["permissions"]) & set(ADMIN)]
        resources = {family: [self.new_id() for _ in range(4)] for family in RESOURCE_TYPES}
        start = max(created, self.store.now - timedelta(days=30))
        moments = sorted(
            start + (self.store.now - start) * self.random.random() for _ in range(self.random.randint(70, 130))
        )
        for moment in moments:
            kind = self.random.choice(EVENT_TYPES)
            family, actor = kind.split(".")[0], self.random.choice(actors)
            resource = self.random.choice(resources[family]) if family in resources else None
            self.record(
                org_id,
                kind,
                resource_type=RESOURCE_TYPES.get(family),
                resource_id=resource,
                metadata=self._metadata(kind, actor),
                actor_id=actor,
                when=moment,
            )

    def _metadata(self, kind: str, actor: str) -> Optional[dict[str, Any]]:
        if kind == "auth.sso_login":
            return {"provider_id": "okta", "email": self.people[actor]["member_email"]}
        if kind.startswith("auth."):
            return None
        metadata = {"version_number": self.random.randint(1, 12)}
        if kind == "pathway.published":
            metadata["environment"] = self.random.choice(("production", "staging"))
        return metadata

    def _add(self, name: str, created: datetime, *, plan: str) -> dict[str, Any]:
        org = {
            "id": self.new_id(),
            "org_slug": self.new_id(),
            "org_display_name": name,
            "org_image_url": None,
            "org_plan": plan,
            "org_creation_date": iso(created),
            "kyc_level": 2 if plan == "enterprise" else 0,
            "placement_group": "blandshared",
            "is_deleted": False,
            "is_stripe_overdue": False,
            "is_suspended": False,
            "org_rate_limit": 20 if plan == "enterprise" else 5,
            "org_type": "normal",
            "entitlements": ["audit_logs", "sso"] if plan == "enterprise" else [],
            "preferences": {"use_bland_url": True},
        }
        self.orgs[org["id"]] = org
        self.members[org["id"]], self.invites[org["id"]], self.events[org["id"]] = {}, {}, []
        return org

    def _join(
        self, org_id: str, user_id: str, permissions: list[str], when: datetime, *, creator: bool = False
    ) -> None:
        self.members[org_id][user_id] = {
            "permissions": permissions,
            "is_owner": "owner" in permissions,
            "is_org_creator": creator,
            "joined_at": iso(when),
        }

    # -- access ---------------------------------------------------------------------------------

    @property
    def me(self) -> str:
        return self.store.account.user_id

    def check(self, org_id: str, roles: Iterable[str] = ()) -> dict[str, Any]:
        """The org, if it exists (else 404), the key belongs to it and holds one of `roles` (else 403)."""
        org = self.orgs.get(org_id)
        if org is None or org["is_deleted"]:
            raise SandboxError.not_found("Organization", org_id)
        mine = self.members[org_id].get(self.me)
        if mine is None:
            raise forbidden(f"You are not a member of organization {org_id}")
        roles = tuple(roles)
        if roles and not set(roles) & set(mine["permissions"]):
            raise forbidden(f"This action needs one of these permissions: {', '.join(roles)}")
        return org

    # -- organizations --------------------------------------------------------------------------

    def create(self, name: str) -> dict[str, Any]:
        """A new starter org owned and created by the key, with no balance and no auto-refill."""
        self._check_properties({"org_display_name": name})
        org = self._add(name.strip(), self.store.now, plan="starter")
        self._join(org["id"], self.me, ["owner"], self.store.now, creator=True)
        self.balances[org["id"]] = {"current_balance": 0.0, "refill_amount": None, "refill_at": None}
        self.current[org["id"]] = {service: versions[0]["id"] for service, versions in self.versions.items()}
        return org

    def delete(self, org_id: str, confirm: str) -> None:
        """Soft delete, confirmed with the org's slug; owners only, never the account's own org."""
        org = self.check(org_id, ("owner",))
        if confirm != org["org_slug"]:
            raise SandboxError.invalid("delete_confirm must be the organization's slug")
        if org_id == self.own_org_id:
            raise SandboxError.invalid("The account's own organization cannot be deleted")
        org["is_deleted"] = True

    def update_properties(self, org_id: str, updates: dict[str, Any]) -> dict[str, Any]:
        """Apply allowed property updates (dotted or nested `preferences`) and log an audit event."""
        org = self.check(org_id, ADMIN)
        flat = _flatten(updates)
        self._check_properties(flat)
        for key, value in flat.items():
            target, _, name = key.rpartition(".")
            (org[target] if target else org)[name] = value.strip() if isinstance(value, str) else value
        self.record(
            org_id,
            "org.properties_updated",
            resource_type="organization",
            resource_id=org_id,
            metadata={"updates": flat},
        )
        return org

    @staticmethod
    def _check_properties(flat: dict[str, Any]) -> None:
        if not flat:
            raise SandboxError.invalid("updates must name at least one property")
        for key, value in flat.items():
            if key not in PROPERTIES:
                raise SandboxError.invalid(f"{key} is not an updatable property; allowed: {', '.join(PROPERTIES)}")
            accepts, code, message = PROPERTIES[key]
            if not accepts(value):
                raise SandboxError.data(400, code, message)

    # -- members --------------------------------------------------------------------------------

    def member_rows(self, org_id: str) -> list[dict[str, Any]]:
        """Get Organization Members: membership, person and org in one row each."""
        org = self.check(org_id)
        return [
            {
                "org_id": org_id,
                "user_id": user_id,
                **membership,
                "first_name": self.people[user_id]["first_name"],
                "last_name": self.people[user_id]["last_name"],
                "combo_id": f"{org_id}::{user_id}",
                "org_slug": org["org_slug"],
                "org_display_name": org["org_display_name"],
                "member_email": self.people[user_id]["member_email"],
                "member_phone_number": self.people[user_id]["member_phone_number"],
            }
            for user_id, membership in self.members[org_id].items()
        ]

    def find_user(self, target: str) -> Optional[str]:
        """The user id behind a user id, E.164 phone or email, or None if nobody has it."""
        wanted = target.strip().lower()
        for user_id, person in self.people.items():
            if wanted in (user_id, person["member_email"], person["member_phone_number"]):
                return user_id
        return None

    def add_member(self, org_id: str, target: str, permissions: Optional[list[str]]) -> None:
        """Add a known user; invite an unknown phone or email (pending until sign-up)."""
        self.check(org_id, ADMIN)
        if not permissions:
            raise SandboxError.invalid("permissions is required when action is add")
        roles = _roles(permissions)
        user_id = self.find_user(target)
        if user_id is None:
            self.invites[org_id][_invitee(target)] = roles
        elif user_id in self.members[org_id]:
            raise SandboxError.invalid(f"User {target} is already a member of this organization")
        else:
            self._join(org_id, user_id, roles, self.store.now)

    def remove_member(self, org_id: str, target: str, is_invite: Optional[bool]) -> None:
        """Remove a member, or withdraw a pending invitation (`is_invite`)."""
        self.check(org_id, ADMIN)
        if is_invite is None:
            raise SandboxError.invalid("is_invite is required when action is remove")
        if is_invite:
            if self.invites[org_id].pop(_invitee(target), None) is None:
                raise SandboxError.not_found("Invitation for", target)
            return
        user_id = self._member(org_id, target)
        self._keep_an_owner(org_id, user_id, [])
        del self.members[org_id][user_id]

    def update_permissions(self, org_id: str, action: str, target: str, permissions: Optional[list[str]]) -> list[str]:
        """add / remove / set the member's roles, or reset them to viewer; the resulting roles."""
        self.check(org_id, ADMIN)
        user_id = self._member(org_id, target)
        if action != "reset" and not permissions:
            raise SandboxError.invalid(f"permissions is required when action is {action}")
        given, current = _roles(permissions or []), self.members[org_id][user_id]["permissions"]
        roles = {
            "add": current + [r for r in given if r not in current],
            "remove": [r for r in current if r not in given],
            "set": given,
            "reset": ["viewer"],
        }[action]
        self._keep_an_owner(org_id, user_id, roles)
        self.members[org_id][user_id].update(permissions=roles, is_owner="owner" in roles)
        return roles

    def _member(self, org_id: str, target: str) -> str:
        user_id = self.find_user(target)
        if user_id is None or user_id not in self.members[org_id]:
            raise SandboxError.not_found("Member", target)
        return user_id

    def _keep_an_owner(self, org_id: str, user_id: str, roles: list[str]) -> None:
        others = [uid for uid, m in self.members[org_id].items() if uid != user_id and m["is_owner"]]
        if "owner" not in roles and not others:
            raise SandboxError.invalid("An organization must keep at least one owner")

    # -- the key's memberships ------------------------------------------------------------------

    def memberships(self) -> list[dict[str, Any]]:
        return [
            {
                "org_id": org_id,
                "org_slug": org["org_slug"],
                "org_display_name": org["org_display_name"],
                **self.members[org_id][self.me],
            }
            for org_id, org in self.orgs.items()
            if not org["is_deleted"] and self.me in self.members[org_id]
        ]

    def leave(self, org_id: str) -> None:
        self.check(org_id)
        self._keep_an_owner(org_id, self.me, [])
        del self.members[org_id][self.me]

    # -- service versions -----------------------------------------------------------------------

    def service_versions(self, org_id: str, service: str) -> list[dict[str, Any]]:
        self.check(org_id)
        if service not in self.versions:
            raise SandboxError.not_found("Service", service)
        return self.versions[service]

    def current_version(self, org_id: str, service: str) -> str:
        self.service_versions(org_id, service)
        return self.current[org_id][service]

    def pin_version(self, org_id: str, service: str, version: str) -> None:
        self.check(org_id, ADMIN)
        if version not in [v["id"] for v in self.service_versions(org_id, service)]:
            raise SandboxError.invalid(f"Version {version} is not a version of {service}")
        self.current[org_id][service] = version

    # -- billing --------------------------------------------------------------------------------

    def billing(self, org_id: str) -> dict[str, Any]:
        """current_balance, refill_amount, refill_at; the account's own org reads the live account."""
        self.check(org_id)
        if org_id != self.own_org_id:
            return self.balances[org_id]
        account = self.store.account
        refills = account.refill_amount > 0
        return {
            "current_balance": round(account.balance, 4),
            "refill_amount": account.refill_amount if refills else None,
            "refill_at": account.refill_at if refills else None,
        }

    # -- audit log ------------------------------------------------------------------------------

    def record(
        self,
        org_id: str,
        event_type: str,
        *,
        resource_type: Optional[str] = None,
        resource_id: Optional[str] = None,
        metadata: Optional[dict[str, Any]] = None,
        actor_id: Optional[str] = None,
        when: Optional[datetime] = None,
    ) -> None:
        """Append an audit event (by the key's user, now, unless told otherwise)."""
        self.events[org_id].append(
            {
                "id": self.new_id(),
                "org_id": org_id,
                "actor_id": actor_id or self.me,
                "event_type": event_type,
                "resource_type": resource_type,
                "resource_id": resource_id,
                "metadata": metadata,
                "created_at": iso(when or self.store.now),
            }
        )

    def audit_events(
        self,
        event_type: Optional[str] = None,
        actor_id: Optional[str] = None,
        after: Optional[Any] = None,
        before: Optional[Any] = None,
    ) -> list[dict[str, Any]]:
        """The key's own org's events, newest first: enterprise plan and admin or owner only."""
        org = self.check(self.own_org_id, ADMIN)
        if org["org_plan"] != "enterprise":
            raise forbidden("Audit logs are available on the Enterprise plan only")
        low, high = parse_time(after), parse_time(before)
        return [
            e
            for e in reversed(self.events[org["id"]])
            if (event_type is None or e["event_type"] == event_type)
            and (actor_id is None or e["actor_id"] == actor_id)
            and (low is None or parse_time(e["created_at"]) >= low)
            and (high is None or parse_time(e["created_at"]) <= high)
        ]


def _flatten(updates: dict[str, Any]) -> dict[str, Any]:
    """`{"preferences": {"a": 1}}` and `{"preferences.a": 1}` alike as dotted keys."""
    flat: dict[str, Any] = {}
    for key, value in updates.items():
        if key == "preferences" and isinstance(value, dict):
            flat.update({f"preferences.{name}": inner for name, inner in value.items()})
        else:
            flat[key] = value
    return flat


def _roles(permissions: list[str]) -> list[str]:
    unknown = [p for p in permissions if p not in ROLES]
    if unknown:
        raise SandboxError.invalid(f"Unknown permissions {unknown}; allowed: {', '.join(ROLES)}")
    return list(dict.fromkeys(permissions))


def _invitee(target: str) -> str:
    """An invitation's key: an E.164 phone or an email (lower case); a bare unknown id is a 404."""
    wanted = target.strip().lower()
    if not (E164.match(wanted) or "@" in wanted):
        raise SandboxError.not_found("User", target)
    return wanted
