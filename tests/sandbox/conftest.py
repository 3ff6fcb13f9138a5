"""Shared helpers of the sandbox tests: the catalog, shape checks, and a small seeded world."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bland_nb.sandbox import Sandbox

CATALOG_FILE = Path(__file__).parents[1] / "data" / "catalog.json"
CATALOG = {e["name"]: e for e in json.loads(CATALOG_FILE.read_text())["endpoints"]}
FREE_FORM = {"input_schema", "body", "response", "updates", "voice_meta", "example", "properties"}


def _kind(value: Any) -> str:
    return {bool: "bool", int: "number", float: "number", str: "str", list: "list", dict: "dict"}[type(value)]


def same_shape(ours: Any, theirs: Any, where: str = "body") -> None:
    """Same keys at every level (first list items compared), same kinds of non-null values."""
    if ours is None or theirs is None:
        return
    assert _kind(ours) == _kind(theirs), f"{where}: {ours!r} vs documented {theirs!r}"
    if isinstance(theirs, dict):
        assert set(ours) == set(theirs), f"{where}: keys {sorted(ours)} vs {sorted(theirs)}"
        for key in theirs:
            if key not in FREE_FORM:
                same_shape(ours[key], theirs[key], f"{where}.{key}")
    elif isinstance(theirs, list) and theirs and ours:
        same_shape(ours[0], theirs[0], f"{where}[0]")


def assert_shape(name: str, body: Any, documented: Any = None) -> None:
    """`body` has the shape of the endpoint's documented example (or of `documented`)."""
    example = documented if documented is not None else CATALOG[name]["response_example"]
    assert isinstance(body, dict) and set(body) == set(example), f"{name}: {sorted(body)} vs {sorted(example)}"
    same_shape(body, example, name)


def raw(call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """The JSON body of a client call (through `with_raw_response`)."""
    return call(*args, **kwargs).json()


def declared_too_long(url: str, key: str, method: str, path: str) -> tuple[int, Any]:
    """(status, JSON body) of a raw request declaring a huge body and sending one byte of it:
    the server must answer without waiting for the rest."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(
            f"{method} {path} HTTP/1.1\r\nhost: x\r\nauthorization: {key}\r\n"
            f"content-type: application/json\r\ncontent-length: {10**11}\r\n\r\n{{".encode()
        )
        data = b""
        while b"\r\n\r\n" not in data:
            data += sock.recv(65536)
        head, _, body = data.partition(b"\r\n\r\n")
        length = int(next(line for line in head.lower().split(b"\r\n") if line.startswith(b"content-length:"))[15:])
        while len(body) < length:
            body += sock.recv(65536)
    return int(head.split(b" ", 2)[1]), json.loads(body)


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(seed=1, calls=200)
