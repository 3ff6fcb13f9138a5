"""The sandbox over HTTP: an ASGI app on uvicorn, for anything that needs a real URL.

```python
with sandbox.serve() as url:              # uvicorn in a daemon thread, on a free port
    client = BlandClient(api_key=sandbox.api_key, base_url=url)
```

The app answers from the same `SandboxCore` as the in-process transport, so both mounts give
the same answers, faults included: latency is awaited, and a dropped connection (acted on, then
cut) sends the status line and headers, then closes before the body, so an HTTP client raises a
protocol error (`httpx.RemoteProtocolError`) without a response.

The core runs on the event loop, not in a worker thread: it holds the sandbox lock throughout,
so a thread would not let two requests overlap, and the hop cost a quarter of the throughput
(measured with 64 keep-alive connections: ~2,500 small GETs/s on the loop, ~1,900 in threads).
Latency is awaited outside the core, so slow answers do overlap (see tools/bench_sandbox.py).
A request is admitted (key, rate limit, route, declared size) before its body is read, and the
body is read only up to the core's `max_body`: a refused upload costs no memory.
`python -m bland_nb.sandbox` serves from the command line.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any, Optional
from urllib.parse import parse_qsl

from ._core import Answer, SandboxCore

if TYPE_CHECKING:
    import uvicorn

    from . import Sandbox

__all__ = ["SandboxApp", "base_url", "bind", "run", "serve"]

Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

TICK_S = 0.25
"""How often (at most) the `realtime` clock moves the sandbox on, in real seconds."""


class DroppedConnection(Exception):
    """Raised by the app after the headers of a dropped answer: the server closes the connection."""


class _QuietDrops(logging.Filter):
    """Keeps uvicorn from logging a traceback for each connection the sandbox drops on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DroppedConnection))


logging.getLogger("uvicorn.error").addFilter(_QuietDrops())


class SandboxApp:
    """An ASGI application answering HTTP requests from a `SandboxCore`."""

    def __init__(self, core: SandboxCore):
        self.core = core

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
        elif scope["type"] == "http":
            await self._http(scope, receive, send)

    async def _http(self, scope: Message, receive: Receive, send: Send) -> None:
        method, path, headers = scope["method"], scope["path"], _headers(scope)
        answer = self.core.admit(method, path, headers, _declared_length(headers))
        if not isinstance(answer, Answer):  # admitted: now the body is worth reading, up to the limit
            body = await _body(receive, self.core.max_body)
            if body is None:
                answer = self.core.too_large(answer)
            else:
                query = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
                answer = self.core.answer(answer, method, path, query, headers, body)
        if answer.delay:
            await asyncio.sleep(answer.delay)
        content, content_type = answer.payload()
        headers = {"content-type": content_type, **answer.headers, "content-length": str(len(content))}
        await send(
            {
                "type": "http.response.start",
                "status": answer.status,
                "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()],
            }
        )
        if answer.drop:
            raise DroppedConnection("the sandbox dropped this connection after acting")
        await send({"type": "http.response.body", "body": content})


async def _body(receive: Receive, limit: int) -> Optional[bytes]:
    """The request body, or None as soon as it grows past `limit` bytes (the rest is not read)."""
    chunks, size = [], 0
    while True:
        message = await receive()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body"):
            return b"".join(chunks)


def _declared_length(headers: dict[str, str]) -> Optional[int]:
    """The `content-length` the client declared, if it is a number."""
    value = headers.get("content-length", "")
    return int(value) if value.isdigit() else None


def _headers(scope: Message) -> dict[str, str]:
    """Lower-case names; a repeated header is joined with commas, as httpx does."""
    headers: dict[str, str] = {}
    for raw_name, raw_value in scope["headers"]:
        name, value = raw_name.decode("latin-1").lower(), raw_value.decode("latin-1")
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


# -- running it ---------------------------------------------------------------------------------


def bind(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A listening TCP socket (port 0: a free one); connections queue until the server runs."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)  # TCP proto: asyncio sets TCP_NODELAY
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    return sock


def base_url(sock: socket.socket) -> str:
    """`http://host:port` of a bound socket."""
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _server(sandbox: Sandbox, log_level: str, access_log: bool, log_config: Any) -> uvicorn.Server:
    try:
        import uvicorn
    except ImportError:
        raise ImportError("serving the sandbox over HTTP needs uvicorn: pip install 'bland-nb[sandbox]'") from None
    config = uvicorn.Config(
        SandboxApp(sandbox.core),
        log_level=log_level,
        access_log=access_log,
        log_config=log_config,
        lifespan="on",
        timeout_graceful_shutdown=3,
        server_header=False,
        date_header=False,
    )
    return uvicorn.Server(config)


async def _run(server: uvicorn.Server, sock: socket.socket, sandbox: Sandbox, realtime: float) -> None:
    """Serve on `sock` until the server is told to exit, moving the clock on if `realtime`."""
    ticker = asyncio.create_task(_realtime(sandbox, realtime)) if realtime else None
    try:
        await server.serve(sockets=[sock])
    finally:
        if ticker is not None:
            ticker.cancel()


async def _realtime(sandbox: Sandbox, multiple: float) -> None:
    """Advance the sandbox clock `multiple` times as fast as real time (60: a minute a second).

    An advance holds the sandbox lock; ticks are spaced to keep it under a fifth of the time."""
    last, took = time.monotonic(), 0.0
    while True:
        await asyncio.sleep(max(TICK_S, 4 * took))
        now = time.monotonic()
        try:
            await asyncio.to_thread(sandbox.advance, minutes=(now - last) * multiple / 60)
        except Exception:
            logging.getLogger("bland_nb").exception("the sandbox's realtime clock stopped")
            return
        last, took = now, time.monotonic() - now


@contextlib.contextmanager
def serve(
    sandbox: Sandbox,
    port: int = 0,
    host: str = "127.0.0.1",
    *,
    realtime: float = 0,
    log_level: str = "warning",
    access_log: bool = False,
) -> Iterator[str]:
    """Run uvicorn for `sandbox` in a daemon thread; yields the base URL once it is serving."""
    if realtime < 0:
        raise ValueError(f"realtime={realtime!r}: must be 0 (off) or a positive multiple of real time")
    server = _server(sandbox, log_level, access_log, log_config=None)  # leave the host's logging alone
    sock = bind(host, port)
    url = base_url(sock)
    thread = threading.Thread(
        target=asyncio.run, args=(_run(server, sock, sandbox, realtime),), name=f"bland-sandbox {url}", daemon=True
    )
    thread.start()
    try:
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError(f"the sandbox server at {url} did not start")
            time.sleep(0.005)
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def run(
    sandbox: Sandbox,
    sock: socket.socket,
    *,
    realtime: float = 0,
    log_level: str = "warning",
    access_log: bool = False,
) -> None:
    """Serve on `sock` in this thread until Ctrl-C or SIGTERM (the command line)."""
    import uvicorn.config

    server = _server(sandbox, log_level, access_log, log_config=uvicorn.config.LOGGING_CONFIG)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_run(server, sock, sandbox, realtime))
