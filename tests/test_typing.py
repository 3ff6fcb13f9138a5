"""Static typing: the stub of the API groups (`bland_nb/_groups.pyi`, written by
`tools/gen_stubs.py`) is up to date, matches the methods built at run time, and lets mypy and
jedi see `client.campaigns.stop(...)` and its result on both clients."""

from __future__ import annotations

import ast
import importlib.util
import inspect
import os
import re
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import jedi
import pytest

import bland_nb
from bland_nb.api import GROUPS

ROOT = Path(__file__).resolve().parent.parent
STUB = ROOT / "bland_nb" / "_groups.pyi"
REGENERATE = "run `.venv/bin/python tools/gen_stubs.py` to regenerate it"


def _gen_stubs():
    spec = importlib.util.spec_from_file_location("gen_stubs", ROOT / "tools" / "gen_stubs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- the stub is the declarations' ------------------------------------------------------------


def test_stub_is_up_to_date_with_the_declarations():
    gen = _gen_stubs()
    assert STUB.read_text() == gen.render_stub(), f"bland_nb/_groups.pyi is out of date: {REGENERATE}"
    source = gen.CLIENT.read_text()
    assert source == gen.render_client(source), (
        f"the `if TYPE_CHECKING:` group annotations in bland_nb/_client.py are out of date: {REGENERATE}"
    )


def test_package_ships_py_typed():
    assert (ROOT / "bland_nb" / "py.typed").is_file()


def _stub_classes() -> dict[str, ast.ClassDef]:
    return {node.name: node for node in ast.parse(STUB.read_text()).body if isinstance(node, ast.ClassDef)}


def _stub_parameters(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[tuple[str, str, bool]]:
    """(name, kind, required) of each parameter, as `inspect` names the kinds."""
    args = function.args
    positional = args.posonlyargs + args.args
    defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    kinds = ["POSITIONAL_ONLY"] * len(args.posonlyargs) + ["POSITIONAL_OR_KEYWORD"] * len(args.args)
    out = [(a.arg, kind, d is None) for a, kind, d in zip(positional, kinds, defaults)]
    out += [(a.arg, "KEYWORD_ONLY", d is None) for a, d in zip(args.kwonlyargs, args.kw_defaults)]
    if args.kwarg:
        out.append((args.kwarg.arg, "VAR_KEYWORD", False))
    return out


def _runtime_parameters(method) -> list[tuple[str, str, bool]]:
    params = inspect.signature(method.__func__).parameters.values()
    return [(p.name, p.kind.name, p.default is p.empty and p.kind is not p.VAR_KEYWORD) for p in params]


@pytest.mark.parametrize("client_class", [bland_nb.BlandClient, bland_nb.AsyncBlandClient])
def test_stub_methods_match_the_runtime_methods(client_class):
    """Checked from the stub's text, independently of the generator: every group and method of the
    client is there with the same parameters, `async` where the client's is, and the result the
    declaration says (the raw views take the same parameters and give the httpx.Response)."""
    is_async = client_class is bland_nb.AsyncBlandClient
    prefix = "Async" if is_async else ""
    classes = _stub_classes()
    client = client_class(api_key="k" * 20)
    for group, endpoints in GROUPS.items():
        runtime = getattr(client, group)
        cooked = classes[type(runtime).__name__]
        raw = classes[prefix + "Raw" + type(runtime).__name__.removeprefix(prefix)]
        assert type(runtime).__name__ == prefix + "".join(part.title() for part in group.split("_"))
        for stub_class in (cooked, raw):
            methods = {f.name: f for f in stub_class.body if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))}
            assert list(methods) == [e.method_name for e in endpoints], stub_class.name
            for endpoint in endpoints:
                function = methods[endpoint.method_name]
                where = f"{stub_class.name}.{endpoint.method_name}"
                assert isinstance(function, ast.AsyncFunctionDef) is is_async, where
                assert _stub_parameters(function) == _runtime_parameters(getattr(runtime, endpoint.method_name)), where
                returns = ast.unparse(function.returns)
                if stub_class is raw:
                    assert returns == "httpx.Response", where
                elif endpoint.is_list:
                    assert returns == f"{prefix}Page[{endpoint.result.__name__}]", where
                elif endpoint.binary:
                    assert returns == "bytes", where
                elif isinstance(endpoint.result, type):
                    assert returns.rpartition(".")[2] == endpoint.result.__name__, where
                assert " ".join(ast.get_docstring(function).split()) == " ".join(endpoint.summary.split()), where


def test_clients_annotate_every_group():
    classes = {
        node.name: node
        for node in ast.parse((ROOT / "bland_nb" / "_client.py").read_text()).body
        if isinstance(node, ast.ClassDef)
    }
    for name, prefix in (("BlandClient", ""), ("AsyncBlandClient", "Async")):
        blocks = [
            stmt
            for stmt in classes[name].body
            if isinstance(stmt, ast.If) and ast.unparse(stmt.test) == "TYPE_CHECKING"
        ]
        annotated = {
            ast.unparse(s.target): ast.unparse(s.annotation)
            for block in blocks
            for s in block.body
            if isinstance(s, ast.AnnAssign)
        }
        client = getattr(bland_nb, name)(api_key="k" * 20)
        expected = {group: f"_groups.{type(getattr(client, group)).__name__}" for group in GROUPS}
        expected["with_raw_response"] = f"_groups.{prefix}RawResponse"
        assert annotated == expected, name


# -- mypy -------------------------------------------------------------------------------------

SYNC_OK = '''
from typing import assert_type

import httpx

from bland_nb import BlandClient, BlandObject, Call, Page


def use(client: BlandClient) -> None:
    result = client.campaigns.stop("cmp_1")
    assert_type(result, BlandObject)
    print(result.status, result.num_calls)
    page = client.calls.list(campaign_id="cmp_1", start_date="2026-11-01", limit=100)
    assert_type(page, Page[Call])
    total: int | None = page.total
    for call in page:
        call_id: str | None = call.call_id
        print(call_id, call.answered_by, total)
    audio: bytes = client.calls.recording("call_1")
    raw = client.with_raw_response.campaigns.stop(campaign_id="cmp_1")
    assert_type(raw, httpx.Response)
    print(audio, raw.status_code, client.invoke("get_call", call_id="call_1"))


with BlandClient() as client:
    use(client)
'''

ASYNC_OK = '''
import asyncio
from datetime import date
from typing import assert_type

import httpx

from bland_nb import AsyncBlandClient, AsyncPage, BlandObject, Call


async def use() -> None:
    async with AsyncBlandClient() as client:
        result = await client.campaigns.stop("cmp_1")
        assert_type(result, BlandObject)
        print(result.status)
        page = await client.calls.list(campaign_id="cmp_1", start_date=date(2026, 11, 1))
        assert_type(page, AsyncPage[Call])
        total: int | None = page.total
        async for call in page:
            call_id: str | None = call.call_id
            print(call_id, total)
        raw = await client.with_raw_response.calls.list()
        assert_type(raw, httpx.Response)
        raw = await client.with_raw_response.invoke("list_calls")
        assert_type(raw, httpx.Response)


asyncio.run(use())
'''

WRONG_NAME = '''
from bland_nb import BlandClient

client = BlandClient()
page = client.calls.list(campaign="cmp_1")
'''

ERROR = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+): error: (?P<message>.*)$", re.MULTILINE)


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory) -> dict[str, list[str]]:
    """One mypy run (strict) over the snippets and the stub itself: file name → its errors.

    The cache lives in the system's temporary directory across runs (about 10 s cold, under 1 s
    warm); mypy checks every cached module against its source, so it is never stale."""
    if importlib.util.find_spec("mypy") is None:
        if os.environ.get("CI"):
            pytest.fail("mypy is not installed (pip install -e '.[dev]')")
        pytest.skip("mypy is not installed")
    tmp = tmp_path_factory.mktemp("mypy")
    files = {"sync_ok.py": SYNC_OK, "async_ok.py": ASYNC_OK, "wrong_name.py": WRONG_NAME}
    for name, text in files.items():
        (tmp / name).write_text(textwrap.dedent(text))
    (tmp / "mypy.ini").write_text("[mypy]\n")
    # The working tree is what is checked (MYPYPATH), whether or not it is installed; errors inside
    # the package's own modules are not this test's business (follow-imports=silent), the stub's are.
    cache = Path(tempfile.gettempdir()) / f"bland-nb-mypy-cache-{getattr(os, 'getuid', lambda: 0)()}"
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--config-file",
        str(tmp / "mypy.ini"),
        "--cache-dir",
        str(cache),
        "--strict",
        "--follow-imports=silent",
        "--no-pretty",
        "--show-error-codes",
        *files,
        str(STUB),
    ]
    done = subprocess.run(
        command,
        cwd=tmp,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "MYPYPATH": str(ROOT)},
    )
    if done.returncode not in (0, 1) or not done.stdout:
        pytest.fail(f"mypy did not run: {done.returncode}\n{done.stdout}\n{done.stderr}")
    errors: dict[str, list[str]] = {}
    for match in ERROR.finditer(done.stdout):
        errors.setdefault(Path(match["file"]).name, []).append(f"{match['line']}: {match['message']}")
    return errors


def test_mypy_sees_groups_methods_and_results_on_both_clients(mypy_errors):
    for name in ("sync_ok.py", "async_ok.py", STUB.name):
        assert mypy_errors.get(name, []) == [], name


def test_mypy_flags_a_wrong_parameter_name(mypy_errors):
    [error] = mypy_errors["wrong_name.py"]
    assert error.startswith('5: Unexpected keyword argument "campaign" for "list" of "Calls"'), error
    assert error.endswith("[call-arg]"), error
    assert set(mypy_errors) == {"wrong_name.py"}


# -- editors ----------------------------------------------------------------------------------


def test_static_completion_sees_groups_and_methods():
    """An editor's completion engine (jedi, without running anything) reads the stub."""
    source = "import bland_nb\nclient = bland_nb.AsyncBlandClient()\nclient.campaigns."
    script = jedi.Script(source, path=ROOT / "snippet.py", project=jedi.Project(ROOT))
    assert {"create", "get", "list", "stop"} <= {c.name for c in script.complete(3, len("client.campaigns."))}
    signatures = jedi.Script(source + "stop(", path=ROOT / "snippet.py", project=jedi.Project(ROOT)).get_signatures(
        3, len("client.campaigns.stop(")
    )
    assert signatures and signatures[0].params[0].name == "campaign_id"
