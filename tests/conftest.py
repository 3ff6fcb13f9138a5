"""Shared test helpers: a scripted mock transport and a client fixture for both clients."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import bland_nb

KEY = "sk-test-0123456789-abcdefSECRETKEY"


class Script:
    """An httpx.MockTransport handler that answers from a script and records every request.

    Each answer is an `httpx.Response`, an exception to raise, or a function of the request.
    When the script runs out, `default` answers.
    """

    def __init__(self, *answers: Any, default: Any = None):
        self.answers = list(answers)
        self.default = default if default is not None else httpx.Response(200, json={"status": "success"})
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        answer = self.answers.pop(0) if self.answers else self.default
        if isinstance(answer, BaseException):
            raise answer
        if callable(answer) and not isinstance(answer, httpx.Response):
            return answer(request)
        # A fresh copy each time: httpx binds a response's stream to the client that read it.
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    @property
    def count(self) -> int:
        return len(self.requests)


class Caller:
    """Runs `client.<group>.<method_name>(...)` on either client the same way, for tests that cover both."""

    def __init__(self, client: Any):
        self.client = client

    def __call__(self, dotted: str, *args: Any, **kwargs: Any) -> Any:
        target: Any = self.client
        for part in dotted.split("."):
            target = getattr(target, part)
        result = target(*args, **kwargs)
        return asyncio.run(result) if inspect.isawaitable(result) else result


@pytest.fixture(params=["sync", "async"])
def make_caller(request: pytest.FixtureRequest) -> Callable[..., Caller]:
    """`make_caller(script, **client_kwargs)` → a Caller over a BlandClient or AsyncBlandClient."""
    cls = bland_nb.BlandClient if request.param == "sync" else bland_nb.AsyncBlandClient

    def make(script: Script, **kwargs: Any) -> Caller:
        kwargs.setdefault("api_key", KEY)
        return Caller(cls(transport=httpx.MockTransport(script), **kwargs))

    return make


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Shrink the back-off so retry tests run in milliseconds."""
    monkeypatch.setattr(bland_nb._client, "INITIAL_RETRY_DELAY", 0.001)


@pytest.fixture
def client(sandbox):
    """A client of the test's `sandbox` (each test folder seeds its own), without retries."""
    return sandbox.client(max_retries=0)
