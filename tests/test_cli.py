"""The `bland-nb` command as a whole: help, one-line errors, `sandbox` serving until Ctrl-C, and
`demo` dispatching to `bland_nb.demo.run`. (`export calls` is tested in tests/frames/test_cli.py.)"""

from __future__ import annotations

import argparse
import inspect
import os
import shlex
import signal
import socket
import subprocess
import sys
import threading
import types
from typing import Any

import pytest

import bland_nb
from bland_nb import cli
from bland_nb.sandbox import Sandbox
from bland_nb.sandbox.__main__ import parser as module_parser

SECRET = "sk-live-0123456789abcdefCLISECRET"
COMMAND = [sys.executable, "-m", "bland_nb.cli"]


def command(*argv: str, **options: Any) -> subprocess.CompletedProcess:
    return subprocess.run([*COMMAND, *argv], capture_output=True, text=True, timeout=60, **options)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = cli.main(list(argv))
    except SystemExit as exit:  # argparse refusing a value
        code = exit.code
    out, err = capsys.readouterr()
    return code, out, err


def subcommands(p: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    actions = [a for a in p._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(actions[0].choices) if actions else {}


def options(p: argparse.ArgumentParser) -> dict[str, argparse.Action]:
    return {a.option_strings[-1]: a for a in p._actions if a.option_strings}


PARSERS = {
    (): cli.parser(),
    ("sandbox",): subcommands(cli.parser())["sandbox"],
    ("demo",): subcommands(cli.parser())["demo"],
    ("export",): subcommands(cli.parser())["export"],
    ("export", "calls"): subcommands(subcommands(cli.parser())["export"])["calls"],
}


# -- help ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("words", list(PARSERS), ids=lambda words: " ".join(words) or "bland-nb")
def test_help_describes_every_option_and_its_examples_run(words):
    done = command(*words, "--help")
    assert done.returncode == 0 and done.stderr == ""
    text = done.stdout
    assert text.startswith(f"usage: {' '.join(('bland-nb', *words))} ")
    parser = PARSERS[words]
    assert parser.description and parser.description.split("\n")[0] in text
    for name, action in options(parser).items():
        assert name in text and action.help, f"{name} is not described"
    for name in subcommands(parser):
        assert f"    {name} " in text and subcommands(parser)[name].description
    examples = text.split("\nexamples:\n", 1)[1].rstrip().splitlines()
    assert examples and all(line.startswith(f"  {' '.join(('bland-nb', *words))}") for line in examples)
    for line in examples:  # each example is a command the parser accepts
        cli.parser().parse_args(shlex.split(line.split("#")[0])[1:])


def test_the_console_script_is_installed_and_tells_its_version():
    script = os.path.join(os.path.dirname(sys.executable), "bland-nb")
    done = subprocess.run([script, "--version"], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"bland-nb {bland_nb.__version__}\n", "")


def test_no_command_prints_the_help_and_exits_2(capsys):
    code, out, err = run(capsys)
    assert code == 2 and out == ""
    assert err.startswith("usage: bland-nb") and all(f"    {name} " in err for name in subcommands(cli.parser()))


def test_python_m_bland_nb_sandbox_takes_the_same_options():
    ours, theirs = options(PARSERS[("sandbox",)]), options(module_parser())
    assert ours.keys() == theirs.keys()
    for name in ours:
        assert (ours[name].default, ours[name].type, ours[name].help) == (
            theirs[name].default,
            theirs[name].type,
            theirs[name].help,
        )


# -- one-line errors ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv, option, value",
    [
        (["sandbox", "--port", "70000"], "--port", "70000"),
        (["sandbox", "--port", "-1"], "--port", "-1"),
        (["sandbox", "--port", "http"], "--port", "http"),
        (["sandbox", "--calls", "-5"], "--calls", "-5"),
        (["sandbox", "--error-rate", "1.5"], "--error-rate", "1.5"),
        (["sandbox", "--disconnect-rate", "nan"], "--disconnect-rate", "nan"),
        (["sandbox", "--latency-ms", "-1"], "--latency-ms", "-1"),
        (["sandbox", "--realtime", "fast"], "--realtime", "fast"),
        (["sandbox", "--rate-limit", "0"], "--rate-limit", "0"),
        (["sandbox", "--seed", "1.5"], "--seed", "1.5"),
        (["sandbox", "--rate-limit", "1e-300"], "--rate-limit", "1e-300"),
        (["sandbox", "--rate-limit", "inf"], "--rate-limit", "inf"),
        (["sandbox", "--calls", "1000000000000"], "--calls", "1000000000000"),
        (["sandbox", "--realtime", "1e300"], "--realtime", "1e300"),
        (["sandbox", "--latency-ms", "1e300"], "--latency-ms", "1e300"),
        (["sandbox", "--jitter-ms", "nan"], "--jitter-ms", "nan"),
        (["sandbox", "--host", ""], "--host", "''"),
        (["demo", "--out", " "], "--out", "' '"),
        (["sandbox", "--log-level", "loud"], "--log-level", "loud"),
        (["sandbox", "--bogus"], "unrecognized", "--bogus"),
        (["sandbox", "8000"], "unrecognized", "8000"),
        (["demo", "--lab", "--voila"], "--voila", "--lab"),
        (["demo", "--out"], "--out", "expected one argument"),
        (["launch"], "invalid choice", "launch"),
    ],
)
def test_a_bad_option_is_one_line_naming_it_and_exit_2(capsys, argv, option, value):
    code, out, err = run(capsys, *argv)
    prog = "bland-nb" if argv[0] == "launch" else f"bland-nb {argv[0]}"
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err.startswith(f"{prog}: error: ") and option in err and value in err


def test_a_bad_value_from_the_shell_has_no_traceback():
    done = command("sandbox", "--error-rate", "2", env={**os.environ, "BLAND_API_KEY": SECRET})
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == "bland-nb sandbox: error: argument --error-rate: 2 is out of range: must be between 0 and 1\n"


def test_a_port_in_use_is_one_line(capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, out, err = run(capsys, "sandbox", "--port", str(port))
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err.startswith(f"bland-nb sandbox: error: cannot listen on 127.0.0.1:{port}: ")


# -- sandbox ------------------------------------------------------------------------------------


def test_sandbox_serves_what_it_prints_until_ctrl_c(monkeypatch):
    env = {**os.environ, "BLAND_API_KEY": SECRET}
    process = subprocess.Popen(
        [*COMMAND, "sandbox", "--port", "0", "--seed", "3", "--calls", "120"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(60, process.kill)
    watchdog.start()
    try:
        lines = [process.stdout.readline() for _ in range(2)]
        assert all(line.startswith("export ") for line in lines)
        printed = dict(line.removeprefix("export ").strip().split("=", 1) for line in lines)
        assert printed.keys() == {"BLAND_SANDBOX_URL", "BLAND_SANDBOX_KEY"}
        assert printed["BLAND_SANDBOX_KEY"] == Sandbox.key_for(3)
        with bland_nb.BlandClient(
            api_key=printed["BLAND_SANDBOX_KEY"], base_url=printed["BLAND_SANDBOX_URL"]
        ) as client:
            assert client.calls.list(limit=500).total == 120
        monkeypatch.delenv("BLAND_API_KEY", raising=False)
        for name, value in printed.items():  # pasted into a shell, as printed
            monkeypatch.setenv(name, value)
        with bland_nb.connect(seed=99, announce=False) as client:
            assert client.base_url == printed["BLAND_SANDBOX_URL"] and client.account.get().total_calls == 120
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        watchdog.cancel()
        process.kill()
    assert process.returncode == 0 and out == ""
    assert "Traceback" not in err and all(line.startswith("# ") for line in err.splitlines())
    assert SECRET not in "".join(lines) + err and "BLAND_API_KEY=" not in "".join(lines) + err


# -- demo ---------------------------------------------------------------------------------------


@pytest.fixture
def demo_runs(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """`bland_nb.demo.run` replaced by a recorder returning 7 (a stand-in module if there is none)."""
    runs: list[dict[str, Any]] = []

    def record(*, lab: bool = False, voila: bool = False, out: str = "build") -> int:
        runs.append({"lab": lab, "voila": voila, "out": out})
        return 7

    try:
        import bland_nb.demo as module
    except ImportError:
        module = types.ModuleType("bland_nb.demo")
        monkeypatch.setitem(sys.modules, "bland_nb.demo", module)
    else:
        assert inspect.signature(module.run) == inspect.signature(record)
    monkeypatch.setattr(module, "run", record, raising=False)
    return runs


@pytest.mark.parametrize(
    "argv, expected",
    [
        ([], {"lab": False, "voila": False, "out": "build"}),
        (["--lab"], {"lab": True, "voila": False, "out": "build"}),
        (["--voila", "--out", "site"], {"lab": False, "voila": True, "out": "site"}),
    ],
)
def test_demo_runs_bland_nb_demo_with_the_options_and_returns_its_code(capsys, demo_runs, argv, expected):
    assert run(capsys, "demo", *argv) == (7, "", "")
    assert demo_runs == [expected]


def test_demo_with_both_front_ends_runs_nothing(capsys, demo_runs):
    assert run(capsys, "demo", "--lab", "--voila")[0] == 2
    assert demo_runs == []


def test_demo_interrupted_is_one_line(capsys, monkeypatch, demo_runs):
    def interrupted(**options: Any) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(sys.modules["bland_nb.demo"], "run", interrupted)
    assert run(capsys, "demo") == (130, "", "bland-nb: interrupted\n")
