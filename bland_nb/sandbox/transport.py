"""The sandbox mounted in process: an httpx transport, no sockets.

`BlandClient(transport=SandboxTransport(core))` sends every request to the sandbox. A dropped
connection (fault injection) is raised as `httpx.RemoteProtocolError` after the sandbox acted.
"""

from __future__ import annotations

import asyncio
import time

import httpx

from ._core import Answer, SandboxCore

__all__ = ["SandboxTransport"]


class SandboxTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers a client's requests from a sandbox, synchronously or with asyncio."""

    def __init__(self, core: SandboxCore):
        self.core = core

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = self._answer(request, request.read())
        if answer.delay:
            time.sleep(answer.delay)
        return self._response(request, answer)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        answer = self._answer(request, await request.aread())
        if answer.delay:
            await asyncio.sleep(answer.delay)
        return self._response(request, answer)

    def _answer(self, request: httpx.Request, body: bytes) -> Answer:
        headers = {k.lower(): v for k, v in request.headers.items()}
        return self.core.handle(request.method, request.url.path, list(request.url.params.multi_items()), headers, body)

    @staticmethod
    def _response(request: httpx.Request, answer: Answer) -> httpx.Response:
        if answer.drop:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        content, content_type = answer.payload()
        return httpx.Response(answer.status, headers={"content-type": content_type, **answer.headers}, content=content)
