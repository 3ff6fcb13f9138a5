"""Tunables of the client core, named once."""

import httpx

__all__ = [
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
