"""The API key (and the BYOT encrypted key) never show in a repr, an exception, a log, the command
line's output, a tool message or a widget's saved state, even when they arrive with a stray
newline, NUL or spaces around them (what `open(f).read()` or a CRLF `.env` file gives)."""

from __future__ import annotations

import json
import logging
import pickle
import traceback
import types
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import bland_nb

from .conftest import KEY, Script

ENCRYPTED = "enc-0123456789-TWILIO-SECRET"
PLANTED = [KEY + "\n", KEY + "\r\n", KEY + "\x00", "  " + KEY + "  ", "\t" + KEY + "\n", KEY[:12] + "\x00" + KEY[12:]]
CLEAN = [k for k in PLANTED if k.strip() == KEY]
"""The planted keys that are only whitespace around a good key: accepted, stripped."""


def leaks(text: str) -> bool:
    return any(part in text for part in (KEY, ENCRYPTED, KEY[12:], KEY[:12] + "\\x00"))


def reachable(value: Any, seen: set[int] | None = None, depth: int = 0) -> Iterator[str]:
    """Every string reachable from an error: str and repr, args, attributes, chained errors,
    tracebacks with the locals of this package's frames, responses' headers and bodies."""
    seen = set() if seen is None else seen
    if id(value) in seen or depth > 8 or value is None:
        return
    seen.add(id(value))
    if isinstance(value, (str, bytes)):
        yield value if isinstance(value, str) else value.decode("latin-1")
        return
    yield repr(value)
    if isinstance(value, BaseException):
        yield str(value)
        yield "".join(traceback.format_exception(value))
        for part in (value.args, value.__context__, value.__cause__):
            yield from reachable(part, seen, depth + 1)
        tb = value.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename.find("bland_nb") >= 0:
                yield from reachable(dict(tb.tb_frame.f_locals), seen, depth + 1)
            tb = tb.tb_next
    if isinstance(value, httpx.Response):
        yield from (f"{k}: {v}" for k, v in value.headers.items())
        yield value.text
        return
    if isinstance(value, dict):
        for key, item in value.items():
            yield from reachable(key, seen, depth + 1)
            yield from reachable(item, seen, depth + 1)
    elif isinstance(value, (list, tuple, set)):
        for item in value:
            yield from reachable(item, seen, depth + 1)
    elif isinstance(getattr(value, "__dict__", None), dict) and not isinstance(value, (type, types.ModuleType)):
        if not isinstance(value, bland_nb.BlandClient | bland_nb.AsyncBlandClient):  # holds the key by design
            yield from reachable(vars(value), seen, depth + 1)


def assert_no_key(error: BaseException) -> None:
    for text in reachable(error):
        assert not leaks(text), f"key found in: {text[:200]!r}"
    for text in reachable(pickle.loads(pickle.dumps(error))):
        assert not leaks(text)


def illegal_header(request: httpx.Request) -> httpx.Response:
    """A transport failing the way httpcore does on a bad header value: it quotes the value."""
    raise httpx.LocalProtocolError(f"Illegal header value {request.headers['authorization']!r}")


FAILURES = {
    "401": httpx.Response(401, json={"data": None, "errors": [{"error": "AUTH_FAILURE", "message": "Unauthorized"}]}),
    "500": httpx.Response(500, json={"status": "error", "message": "boom"}),
    "connect": httpx.ConnectError("refused"),
    "timeout": httpx.ReadTimeout("slow"),
    "quoting transport": illegal_header,
    "unreadable": httpx.Response(200, content=b"{", headers={"content-type": "application/json"}),
    "redirect away": httpx.Response(302, headers={"location": "https://elsewhere.example/steal"}),
}


@pytest.mark.parametrize("failure", FAILURES)
@pytest.mark.parametrize("planted", CLEAN, ids=repr)
def test_errors_hold_no_key_however_it_was_padded(planted, failure, fast_retries, caplog):
    caplog.set_level(logging.DEBUG)
    script = Script(default=FAILURES[failure])
    client = bland_nb.BlandClient(
        api_key=planted, encrypted_key=ENCRYPTED + "\n", transport=httpx.MockTransport(script)
    )
    with pytest.raises(bland_nb.BlandError) as info:
        client.calls.get("c1")  # sends the encrypted key header too
    assert script.requests[0].headers["authorization"] == KEY  # stripped, and sent
    assert script.requests[0].headers["encrypted_key"] == ENCRYPTED
    assert_no_key(info.value)
    assert not any(leaks(record.getMessage()) or leaks(repr(record.args)) for record in caplog.records)


@pytest.mark.parametrize("planted", [k for k in PLANTED if k not in CLEAN], ids=repr)
@pytest.mark.parametrize("which", ["api_key", "encrypted_key"])
def test_a_key_with_a_control_character_is_refused_without_showing_it(planted, which):
    kwargs = {"api_key": KEY, which: planted.replace(KEY, ENCRYPTED) if which == "encrypted_key" else planted}
    with pytest.raises(bland_nb.BlandValidationError, match=f"{which} has a control or non-ASCII character") as info:
        bland_nb.BlandClient(**kwargs)
    assert_no_key(info.value)


def test_a_redirect_to_another_host_is_not_followed(fast_retries):
    script = Script(httpx.Response(302, headers={"location": "https://elsewhere.example/steal"}))
    client = bland_nb.BlandClient(api_key=KEY, encrypted_key=ENCRYPTED, transport=httpx.MockTransport(script))
    with pytest.raises(bland_nb.APIConnectionError, match=r"another host, elsewhere\.example; not followed"):
        client.calls.get("c1")
    assert [r.url.host for r in script.requests] == ["api.bland.ai"]


def test_a_redirect_on_the_same_host_is_followed_with_the_key():
    script = Script(
        httpx.Response(307, headers={"location": "https://api.bland.ai/v1/calls/c2"}),
        httpx.Response(200, json={"call_id": "c2"}),
    )
    client = bland_nb.BlandClient(api_key=KEY, transport=httpx.MockTransport(script))
    assert client.calls.get("c1").call_id == "c2"
    assert script.requests[1].headers["authorization"] == KEY


def test_a_redirect_loop_is_a_connection_error(fast_retries):
    script = Script(default=httpx.Response(302, headers={"location": "https://api.bland.ai/v1/calls/c1"}))
    client = bland_nb.BlandClient(api_key=KEY, transport=httpx.MockTransport(script))
    with pytest.raises(bland_nb.APIConnectionError, match="Too many redirects") as info:
        client.calls.get("c1")
    assert_no_key(info.value)


def test_client_repr_shows_at_most_the_last_four_characters():
    client = bland_nb.BlandClient(api_key=KEY, encrypted_key=ENCRYPTED)
    for text in (repr(client), str(client), repr(vars(client)), repr(client.calls)):
        assert not leaks(text)
    assert KEY[-4:] in repr(client)


def test_logs_of_successful_calls_hold_no_key(caplog):
    caplog.set_level(logging.DEBUG)
    script = Script(default=httpx.Response(200, json={"call_id": "c1"}))
    with bland_nb.BlandClient(api_key=KEY, transport=httpx.MockTransport(script)) as client:
        call = client.calls.get("c1")
    assert any("/v1/calls/c1" in r.getMessage() for r in caplog.records)
    assert not any(leaks(r.getMessage()) for r in caplog.records)
    assert not leaks(repr(call)) and not leaks(repr(call.raw))


def test_validation_errors_hold_no_key():
    client = bland_nb.BlandClient(api_key=KEY)
    with pytest.raises(bland_nb.BlandValidationError) as info:
        client.calls.send(phone_number="12", task="x")
    assert_no_key(info.value)


def test_a_per_call_encrypted_key_is_not_echoed():
    """Given per call, the key is the caller's argument: the error's text and data never hold it."""
    client = bland_nb.BlandClient(api_key=KEY)
    with pytest.raises(bland_nb.BlandValidationError, match="encrypted_key") as info:
        client.calls.get("c1", encrypted_key=ENCRYPTED + "\n")
    error = info.value
    assert not any(leaks(text) for text in (str(error), repr(error), repr(error.args), repr(vars(error))))


def test_missing_key_error_says_how_to_fix(monkeypatch):
    monkeypatch.delenv("BLAND_API_KEY", raising=False)
    with pytest.raises(bland_nb.BlandError, match="BLAND_API_KEY"):
        bland_nb.BlandClient()


# -- the front doors: command line, tools, widgets ------------------------------------------------


@pytest.mark.parametrize("planted", [k for k in PLANTED if "\x00" not in k], ids=repr)  # no environment holds NUL
def test_the_command_line_never_prints_the_key(planted, monkeypatch, tmp_path, capsys):
    from bland_nb import cli

    monkeypatch.setenv("BLAND_API_KEY", planted)
    monkeypatch.setenv("BLAND_BASE_URL", "http://127.0.0.1:9")  # nothing listens: a connection error
    monkeypatch.setattr(bland_nb._client, "INITIAL_RETRY_DELAY", 0.001)
    code = cli.main(["export", "calls", "--out", str(tmp_path / "out"), "--start", "2026-11-01", "--end", "2026-11-02"])
    out, err = capsys.readouterr()
    assert code == 1 and err.strip()
    assert not leaks(out + err)


@pytest.mark.parametrize("planted", CLEAN, ids=repr)
def test_tool_messages_hold_no_key(planted, fast_retries):
    pytest.importorskip("langchain_core")
    from bland_nb.agents import BlandToolkit

    for failure in FAILURES.values():
        client = bland_nb.BlandClient(
            api_key=planted, encrypted_key=ENCRYPTED, transport=httpx.MockTransport(Script(default=failure))
        )
        tool = next(t for t in BlandToolkit(client).get_tools() if t.name == "get_call")
        message = tool.invoke({"type": "tool_call", "id": "1", "name": "get_call", "args": {"call_id": "c1"}})
        assert message.status == "error" and not leaks(str(message.content)) and not leaks(repr(message))


@pytest.mark.parametrize("planted", CLEAN, ids=repr)
def test_widget_state_holds_no_key(planted, fast_retries):
    pytest.importorskip("ipywidgets")
    from ipywidgets.embed import dependency_state, embed_data

    from bland_nb.widgets import CallExplorer, CampaignDashboard

    client = bland_nb.BlandClient(api_key=planted, transport=httpx.MockTransport(Script(default=illegal_header)))
    for panel in (CampaignDashboard(client), CallExplorer(client)):
        assert panel.last_error is not None  # the panel met the failure and said so
        state = json.dumps(embed_data(views=[panel], state=dependency_state([panel])))
        assert not leaks(state)
