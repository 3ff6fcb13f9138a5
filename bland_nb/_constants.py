"""Tunables of the client core, named once."""

from typing import Any, Optional

import httpx

__all__ = [
    "CALL_OPTIONS",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "VERSION",
]

VERSION = "0.1.0"

DEFAULT_BASE_URL = "https://api.bland.ai"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2

INITIAL_RETRY_DELAY = 0.5  # seconds; doubles on each attempt
MAX_RETRY_DELAY = 8.0  # cap on the computed back-off
MAX_RETRY_AFTER = 60.0  # a server's Retry-After is honoured up to this many seconds

RETRYABLE_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})

CALL_OPTIONS: dict[str, Any] = {
    "extra_headers": Optional[dict[str, str]],
    "extra_query": Optional[dict[str, Any]],
    "extra_body": Optional[dict[str, Any]],
    "timeout": Optional[float],
}
"""Keyword-only overrides every method takes besides the endpoint's own parameters, and their types."""
