"""Fault injection: latency, server errors, a rate limit, and connections dropped after acting.

```python
Sandbox(faults=Faults(latency_ms=20, error_rate=0.05, rate_limit_per_s=50, disconnect_rate=0.1))
```

- `latency_ms` (± `jitter_ms`): added before every answer.
- `error_rate`: that share of requests answers 500, 502 or 503 *without acting*.
- `rate_limit_per_s`: a token bucket (bursts of one second's worth); over it, a 429 with
  `Retry-After` and nothing done.
- `disconnect_rate`: that share of requests is *acted on*, then the connection is dropped
  before the answer, so a client cannot know it succeeded; `sandbox.log` shows it happened.
"""

from __future__ import annotations

import math
import random
import threading
import time
from dataclasses import dataclass
from typing import Optional

__all__ = ["Faults", "FaultInjector"]


@dataclass(frozen=True)
class Faults:
    latency_ms: float = 0
    jitter_ms: float = 0
    error_rate: float = 0.0
    rate_limit_per_s: Optional[float] = None
    disconnect_rate: float = 0.0
    seed: int = 0

    def __post_init__(self) -> None:
        for name in ("error_rate", "disconnect_rate"):
            if not 0 <= getattr(self, name) <= 1:
                raise ValueError(f"{name}={getattr(self, name)!r}: must be between 0 and 1")
        if self.latency_ms < 0 or self.jitter_ms < 0:
            raise ValueError("latency_ms and jitter_ms must be 0 or more")
        if self.rate_limit_per_s is not None and self.rate_limit_per_s <= 0:
            raise ValueError(f"rate_limit_per_s={self.rate_limit_per_s!r}: must be a positive number, or None")


class FaultInjector:
    """Draws the faults of each request from one seeded generator; safe across threads."""

    def __init__(self, faults: Faults):
        self.faults = faults
        self._random = random.Random(faults.seed)
        self._lock = threading.Lock()
        rate = faults.rate_limit_per_s
        self._tokens = rate or 0.0
        self._stamp = time.monotonic()

    def delay(self) -> float:
        """Seconds to wait before answering."""
        f = self.faults
        if not f.latency_ms and not f.jitter_ms:
            return 0.0
        with self._lock:
            jitter = self._random.uniform(-f.jitter_ms, f.jitter_ms) if f.jitter_ms else 0.0
        return max(f.latency_ms + jitter, 0.0) / 1000

    def retry_after(self) -> Optional[int]:
        """Seconds to wait if the rate limit refuses this request, else None (a token is taken)."""
        rate = self.faults.rate_limit_per_s
        if rate is None:
            return None
        with self._lock:
            now = time.monotonic()
            self._tokens = min(rate, self._tokens + (now - self._stamp) * rate)
            self._stamp = now
            if self._tokens >= 1:
                self._tokens -= 1
                return None
            return max(1, math.ceil((1 - self._tokens) / rate))

    def server_error(self) -> Optional[int]:
        """A 5xx status to answer instead of acting, or None."""
        with self._lock:
            if self.faults.error_rate and self._random.random() < self.faults.error_rate:
                return self._random.choice([500, 502, 503])
        return None

    def disconnect(self) -> bool:
        """Whether to drop the connection after acting."""
        with self._lock:
            return bool(self.faults.disconnect_rate) and self._random.random() < self.faults.disconnect_rate
