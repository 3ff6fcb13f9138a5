"""`bland_nb.connect()`: the real API, a sandbox server, or an in-process sandbox, said plainly."""

from __future__ import annotations

import bland_nb
from bland_nb.sandbox import Sandbox


def test_in_process_sandbox_without_any_setting(monkeypatch, capsys):
    monkeypatch.delenv("BLAND_API_KEY", raising=False)
    monkeypatch.delenv("BLAND_SANDBOX_URL", raising=False)
    client = bland_nb.connect(seed=2, calls=100)
    assert "sandbox — simulated data" in capsys.readouterr().out
    assert isinstance(client.sandbox, Sandbox) and client.sandbox.seed == 2
    assert client.account.get().total_calls == 100


def test_sandbox_server_from_the_environment(monkeypatch, capsys):
    monkeypatch.delenv("BLAND_API_KEY", raising=False)
    sandbox = Sandbox(seed=4, calls=50)
    with sandbox.serve(port=0) as url:
        monkeypatch.setenv("BLAND_SANDBOX_URL", url)
        client = bland_nb.connect(seed=4)
        assert client.sandbox is None and client.base_url == url
        assert client.account.get().total_calls == 50
    assert url in capsys.readouterr().out


def test_real_key_means_the_real_api(monkeypatch, capsys):
    monkeypatch.delenv("BLAND_BASE_URL", raising=False)
    monkeypatch.setenv("BLAND_API_KEY", "sk-real-0123456789abcdef")
    monkeypatch.setenv("BLAND_SANDBOX_URL", "http://127.0.0.1:9")
    client = bland_nb.connect()
    assert client.base_url == "https://api.bland.ai" and client.sandbox is None
    out = capsys.readouterr().out
    assert "live: api.bland.ai" in out and "0123456789abcdef" not in out
