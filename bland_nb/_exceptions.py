"""The errors bland_nb raises.

```
BlandError
├── BlandValidationError          (also a ValueError; raised before anything is sent)
├── APIConnectionError            (no HTTP answer: DNS, refused, reset, ...)
│   └── APITimeoutError
├── APIResponseValidationError    (the API answered, but not in a shape the client can read)
└── APIStatusError                (the API answered with an error)
    ├── BadRequestError           400, 413, 418, 422
    ├── AuthenticationError       401
    ├── PaymentRequiredError      402
    ├── PermissionDeniedError     403
    ├── NotFoundError             404
    ├── ConflictError             409
    ├── RateLimitError            429
    └── InternalServerError       5xx
```

Every `APIStatusError` carries `status_code`, the server's `message` (and all of them in
`messages`), its error `code` where it sent one, the parsed `body`, and the `method` and
`path` of the request. None of them holds the API key.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BlandError",
    "BlandValidationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
]


MAX_SAID = 2000
"""Characters of the server's messages an error's text carries at most."""


class BlandError(Exception):
    """Base class of every error bland_nb raises. Every one round-trips through `pickle`, so an
    error raised in a worker process reaches its parent intact."""

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (type(self), self.args, self.__dict__)


def error_location(loc: tuple[Any, ...]) -> str:
    """A pydantic error location as Python reads it: `call_objects[3].phone_number`."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else str(part)
    return text


def cap(text: str, limit: int = 300) -> str:
    """`text` cut to `limit` characters, saying how much was cut."""
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text) - limit:,} more characters)"


def _rebuild(cls: type[BlandError], args: tuple[Any, ...], state: dict[str, Any]) -> BlandError:
    """Unpickle an error without calling its `__init__` (whose keyword arguments differ by class)."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class BlandValidationError(BlandError, ValueError):
    """A parameter was refused locally, before any request was sent."""

    def __init__(self, message: str, *, endpoint: str | None = None, errors: list[dict[str, Any]] | None = None):
        super().__init__(message)
        self.endpoint = endpoint
        self.errors = errors or []

    @staticmethod
    def problems(
        errors: list[Any],
        *,
        given: Mapping[str, Any] | None = None,
        accepted: Iterable[str] = (),
        hidden: Iterable[str] = (),
        said: Mapping[str, str] | None = None,
    ) -> list[str]:
        """pydantic's errors as sentences: `call_objects[3].phone_number='12': is not a phone
        number; ...`. `given` values are echoed (short) except `hidden` ones; `said` replaces the
        message for a parameter; `accepted` lists the parameters an unknown one is refused for."""
        given, hidden, said = given or {}, set(hidden), said or {}
        problems = []
        for err in errors:
            name = str(err["loc"][0]) if err["loc"] else ""
            where = error_location(err["loc"])
            message = said.get(name) or str(err["msg"]).removeprefix("Value error, ")
            if not where:
                problems.append(message)
            elif err["type"] == "extra_forbidden":
                problems.append(f"unknown parameter {name!r} (accepted: {', '.join(sorted(accepted))})")
            elif err["type"] == "missing":
                problems.append(f"{where} is required")
            else:
                shown = f"={cap(repr(given[name]), 80)}" if name in given and name not in hidden else ""
                problems.append(f"{where}{shown}: {message}")
        return problems


class APIConnectionError(BlandError):
    """The request got no HTTP answer."""

    def __init__(self, message: str = "Connection error.", *, method: str, path: str):
        super().__init__(f"{message} ({method} {path})")
        self.method = method
        self.path = path


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, *, method: str, path: str):
        super().__init__("Request timed out.", method=method, path=path)


class APIResponseValidationError(BlandError):
    """The API answered with a success status, but its body cannot be read as documented."""

    def __init__(self, message: str, *, status_code: int, method: str, path: str, excerpt: str = ""):
        shown = f"; the body began: {excerpt}" if excerpt else ""
        super().__init__(f"{message} ({method} {path}, HTTP {status_code}){shown}")
        self.status_code = status_code
        self.method = method
        self.path = path
        self.excerpt = excerpt


class APIStatusError(BlandError):
    """The API answered with an error status (or an error body)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        method: str,
        path: str,
        messages: list[str] | None = None,
        code: str | None = None,
        body: Any = None,
        response: httpx.Response | None = None,
    ):
        label = f"{status_code} {code}" if code else str(status_code)
        said = cap("; ".join(messages or [message]), MAX_SAID)
        super().__init__(f"{label}: {said} ({method} {path})")
        self.status_code = status_code
        self.message = message
        self.messages = messages or [message]
        self.code = code
        self.body = body
        self.method = method
        self.path = path
        self.response = response

    @property
    def retry_after(self) -> str | None:
        """The server's Retry-After header, if it sent one."""
        return self.response.headers.get("retry-after") if self.response is not None else None


class BadRequestError(APIStatusError):
    """400 (and 413, 418, 422): the API refused the parameters."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or not allowed here."""


class PaymentRequiredError(APIStatusError):
    """402: no billing record or not enough balance."""


class PermissionDeniedError(APIStatusError):
    """403: the account may not do this (flagged, gated feature, another org's resource)."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class ConflictError(APIStatusError):
    """409: the resource is in a conflicting state."""


class RateLimitError(APIStatusError):
    """429: too many requests; see `retry_after`."""


class InternalServerError(APIStatusError):
    """5xx: the API failed."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: BadRequestError,
    418: BadRequestError,
    422: BadRequestError,
    429: RateLimitError,
}


def error_class_for(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP status."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)
