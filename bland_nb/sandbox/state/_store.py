"""What every group's state shares: the `GroupState` base, `SandboxError`, and the clock's times
(`EPOCH`; `iso()` writes the API's timestamps, `parse_time()` reads any ISO date or time).

Sandbox state never sees HTTP. Every random draw comes from a generator seeded by the sandbox
seed and the group's name, so the same seed builds the same world, and one group's data does
not shift when another group's generator changes. Times come from the store's clock, which
only moves when the sandbox is advanced.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any, ClassVar, Optional, overload

if TYPE_CHECKING:
    from . import Store

__all__ = ["EPOCH", "GroupState", "SandboxError", "iso", "parse_time"]

EPOCH = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
"""The sandbox clock's default start: every seeded world is laid out backwards from here."""


AREA_CODES = ("415", "212", "312", "617", "206", "512", "303", "404")


def iso(moment: datetime) -> str:
    """The API's newer timestamp style: `2025-05-08T19:28:12.627Z`."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


@overload
def parse_time(value: None, *, end_of_day: bool = False) -> None: ...
@overload
def parse_time(value: str | date, *, end_of_day: bool = False) -> datetime: ...


def parse_time(value: Any, *, end_of_day: bool = False) -> Optional[datetime]:
    """An ISO 8601 date or time (text, date or datetime) as an aware datetime; None stays None.

    Without an offset it is UTC ("Z" is read as UTC too). With `end_of_day`, a value without a
    "T" (a bare date) means the end of that day: the next midnight.
    """
    if value is None:
        return None
    text = str(value)
    parsed = datetime.fromisoformat(text)
    parsed = parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return parsed + timedelta(days=1) if end_of_day and "T" not in text else parsed


class SandboxError(Exception):
    """An error answer: the HTTP status and the JSON body the API sends for it."""

    def __init__(self, status: int, body: Any, headers: Optional[dict[str, str]] = None):
        super().__init__(status, body)
        self.status = status
        self.body = body
        self.headers = headers or {}

    @classmethod
    def data(cls, status: int, code: str, message: str) -> SandboxError:
        """The `{data: null, errors: [{error, message}]}` shape of the newer endpoints."""
        return cls(status, {"data": None, "errors": [{"error": code, "message": message}]})

    @classmethod
    def flat(cls, status: int, message: str, **extra: Any) -> SandboxError:
        """The `{status: "error", message}` shape of the older v1 endpoints."""
        return cls(status, {"status": "error", "message": message, **extra})

    @classmethod
    def not_found(cls, what: str, ident: Any, *, flat: bool = False) -> SandboxError:
        message = f"{what} {ident} not found"
        return cls.flat(404, message) if flat else cls.data(404, "NOT_FOUND", message)

    @classmethod
    def invalid(cls, message: str, *, flat: bool = False) -> SandboxError:
        return cls.flat(400, message) if flat else cls.data(400, "VALIDATION_ERROR", message)


class GroupState:
    """Base of `<Group>State`: resources of one API group, seeded from the store."""

    group: ClassVar[str] = ""
    order: ClassVar[int] = 50
    """Groups are built and seeded in this order (lower first): a group may read earlier ones."""

    def __init__(self, store: Store):
        self.store = store
        self.random = store.rng(self.group)

    def seed(self) -> None:
        """Build this group's part of the seeded world."""

    def advance(self, now: datetime) -> None:
        """React to the clock moving on (calls complete, uploads finish...)."""

    @staticmethod
    def find(table: dict[Any, Any], ident: Any, what: str, *, flat: bool = False) -> Any:
        """`table[ident]`, or the API's 404 naming `what` (in the flat v1 shape if `flat`)."""
        try:
            return table[ident]
        except KeyError:
            raise SandboxError.not_found(what, ident, flat=flat) from None

    def new_id(self) -> str:
        """A version-4 UUID drawn from this group's generator."""
        h = f"{self.random.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"

    def phone(self) -> str:
        """A valid US number in E.164: +1, a real area code, exchange 200-999."""
        r = self.random.getrandbits(40)
        return f"+1{AREA_CODES[r % len(AREA_CODES)]}{200 + (r >> 4) % 800}{(r >> 14) % 10000:04d}"
