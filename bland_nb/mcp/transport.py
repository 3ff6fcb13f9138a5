"""Serving an MCP server: over stdio, or over streamable HTTP on a socket already bound."""

from __future__ import annotations

import socket

import anyio
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

__all__ = ["run_http", "run_stdio"]


def run_stdio(server: Server) -> None:
    """Serve one client on this process's stdin and stdout until it closes them."""

    async def serve() -> None:
        async with stdio_server() as (read, write):
            await server.run(read, write, server.create_initialization_options())

    anyio.run(serve)


def run_http(server: Server, sock: socket.socket, *, host: str = "127.0.0.1") -> None:
    """Serve streamable HTTP at `/mcp` on `sock` until Ctrl-C or SIGTERM.

    On a loopback `host` the SDK refuses requests whose Host or Origin header is not loopback
    (DNS rebinding). There is no authentication: whoever reaches the port uses the account."""
    import uvicorn

    app = server.streamable_http_app(host=host)
    config = uvicorn.Config(app, log_level="warning", timeout_graceful_shutdown=3, server_header=False)
    uvicorn.Server(config).run(sockets=[sock])
