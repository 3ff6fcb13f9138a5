"""The frames tests' seeded world (read-only, one per test module) and its calls as a frame;
`client` (tests/conftest.py) is a client of it."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from bland_nb.sandbox import Sandbox


@pytest.fixture(scope="module")
def sandbox() -> Sandbox:
    return Sandbox(seed=3, calls=1500)


@pytest.fixture(scope="module")
def calls_df(sandbox: Sandbox) -> Any:
    import bland_nb.frames as frames

    return frames.calls(sandbox.client())


class OddCallDetails(httpx.BaseTransport):
    """The sandbox, but Call Details of the calls in `odd` answered by an exception (raised: a bug
    under the client) or an `httpx.Response` (an answer the client may not read)."""

    def __init__(self, inner: httpx.BaseTransport, odd: dict[str, Any]):
        self.inner, self.odd = inner, odd

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = (
            self.odd.get(request.url.path.rsplit("/", 1)[-1]) if request.url.path.startswith("/v1/calls/") else None
        )
        if isinstance(answer, BaseException):
            raise answer
        return answer or self.inner.handle_request(request)


def odd_answers(call_ids: list[str]) -> dict[str, Any]:
    """A bug, an HTML page, a JSON list and segments that are not objects, for the first four calls."""
    answers = [
        RuntimeError("a bug under the client"),
        httpx.Response(200, text="<html>gateway</html>"),
        httpx.Response(200, json=[1, 2]),
        httpx.Response(200, json={"transcripts": "oops", "record": {"x": 1}}),
    ]
    return dict(zip(call_ids, answers))
