"""Annotated types: what parameters accept, and how drifting response values are read.

Input types check and normalise a value before anything is sent (phone numbers to E.164,
dates to the API's formats, ids non-empty). Output types read the API's drifting values
(numbers and booleans sent as strings, epoch-millisecond timestamps, `completed` vs
`complete`) into one Python type each.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from typing import IO, Annotated, Any, Optional, Union

from pydantic import AfterValidator, BeforeValidator, PlainSerializer

__all__ = [
    "Bool",
    "DateLike",
    "FileInput",
    "Float",
    "Id",
    "Int",
    "Number",
    "PhoneNumber",
    "QueueStatus",
    "StartTime",
    "Timestamp",
]

DEFAULT_REGION = "US"  # numbers without a country code are read as US numbers, as the API does


# -- inputs -------------------------------------------------------------------------------


MAX_ID_LENGTH = 256
"""Longest id accepted: the API's ids are UUIDs and short names; anything longer is a mistake."""


def non_empty_id(value: str) -> str:
    """`value` stripped, or a ValueError saying why it cannot be an id (the rule of `Id`)."""
    value = value.strip()
    if not value:
        raise ValueError("must be a non-empty id")
    if value in (".", ".."):
        raise ValueError("must be an id, not a path segment such as '.' or '..'")
    if "/" in value:
        raise ValueError("must be a single id, without '/'")
    if not value.isprintable():
        raise ValueError("must be an id without control characters")
    if len(value) > MAX_ID_LENGTH:
        raise ValueError(f"must be an id of at most {MAX_ID_LENGTH} characters (got {len(value):,})")
    return value


def normalize_phone(value: str) -> str:
    """`value` as an E.164 number (`+14155550123`), or a ValueError saying what is accepted."""
    import phonenumbers  # imported on first use: keeps `import bland_nb` fast

    accepted = "an E.164 number such as +14155550123 (without a country code it is read as US)"
    try:
        parsed = phonenumbers.parse(value, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        raise ValueError(f"is not a phone number; expected {accepted}") from None
    if not phonenumbers.is_valid_number(parsed):
        raise ValueError(f"is not a valid phone number; expected {accepted}")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _date_like(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise ValueError("expected a date, a datetime or an ISO 8601 string such as 2026-01-31") from None
        return value
    raise ValueError("expected a date, a datetime or an ISO 8601 string such as 2026-01-31")


def _start_time(value: Any) -> str:
    """Send Call's schedule format, `YYYY-MM-DD HH:MM:SS +HH:MM`."""
    if isinstance(value, str):
        value = _parse_iso(value, "expected a datetime or a string such as '2026-01-31 09:00:00 -05:00'")
    if isinstance(value, date) and not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    if not isinstance(value, datetime):
        raise ValueError("expected a datetime or a string such as '2026-01-31 09:00:00 -05:00'")
    text = value.strftime("%Y-%m-%d %H:%M:%S")
    offset = value.strftime("%z")
    return f"{text} {offset[:3]}:{offset[3:]}" if offset else text


def _parse_iso(value: str, error: str) -> datetime:
    text = value.strip()
    if len(text) > 19 and text[19] == " ":  # '2026-01-31 09:00:00 -05:00'
        text = text[:19] + text[20:]
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(error) from None


def _id_text(value: Any) -> Any:
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


Id = Annotated[str, BeforeValidator(_id_text), AfterValidator(non_empty_id)]
"""An id: non-empty text (integer ids such as block rules' are accepted and sent as text)."""
PhoneNumber = Annotated[str, AfterValidator(normalize_phone)]
DateLike = Annotated[Union[datetime, date, str], AfterValidator(_date_like)]
StartTime = Annotated[Union[datetime, date, str], AfterValidator(_start_time)]
FileInput = Union[bytes, os.PathLike, IO[bytes], tuple]
"""A file to upload: bytes, a `pathlib.Path`, an open binary file, or `(filename, content[, content_type])`."""


# -- outputs ------------------------------------------------------------------------------


def _queue_status(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip().lower()
        return "complete" if value == "completed" else value
    return value


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


Number = Union[int, float]


def _utc(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


# Pydantic's lax mode already reads "true"/"false", numeric strings and epoch numbers (seconds or
# milliseconds, as numbers or digits); these aliases name the intent and add what it does not do.
Bool = Optional[bool]
Int = Optional[int]
Float = Optional[float]
Timestamp = Annotated[Optional[datetime], AfterValidator(_utc), PlainSerializer(_iso, when_used="json")]
"""A tz-aware UTC datetime from ISO text or epoch seconds/milliseconds."""
QueueStatus = Annotated[Optional[str], BeforeValidator(_queue_status)]
"""Lower-case, with `completed` read as `complete`."""
