"""Write `bland_nb/_groups.pyi`: the static types of the client's API groups and methods.

The groups (`client.campaigns`) and their methods (`client.campaigns.stop(campaign_id)`) are
built at import time from the endpoint declarations (`bland_nb._resource.install_groups`), so
editors and type checkers cannot see them. This script writes them out as a stub, from the same
declarations and the same signatures (`bland_nb._resource.signature`): one class per group for
`BlandClient` (`Campaigns`), one for `AsyncBlandClient` (`AsyncCampaigns`, `async def`), and the
raw-response views (`RawCampaigns`, `AsyncRawCampaigns`, `RawResponse`, `AsyncRawResponse`),
whose methods return the `httpx.Response`. Parameters are the plain types a caller passes (ids
and phone numbers as `str`, dates as `str | date | datetime`, nested objects as dicts); list
endpoints return `Page[Model]` / `AsyncPage[Model]`, audio `bytes`, the rest the declared result.

It also keeps the `if TYPE_CHECKING:` block of each client class in `bland_nb/_client.py`, which
types the group attributes (`campaigns: _groups.Campaigns`), in step with the groups.

Run it after changing a declaration (`tests/test_typing.py` fails until you do):

    .venv/bin/python tools/gen_stubs.py            # write
    .venv/bin/python tools/gen_stubs.py --check    # exit 1 if anything is out of date
"""

from __future__ import annotations

import argparse
import ast
import inspect
import keyword
import os
import sys
import textwrap
import types
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import httpx

import bland_nb  # noqa: F401  (installs the groups)
from bland_nb._endpoint import Endpoint
from bland_nb._pagination import AsyncPage, Page
from bland_nb._resource import _class_name, signature
from bland_nb.api import GROUPS
from bland_nb.api._shared import WireObject

ROOT = Path(__file__).resolve().parent.parent
STUB = ROOT / "bland_nb" / "_groups.pyi"
CLIENT = ROOT / "bland_nb" / "_client.py"
WIDTH = 120
CLIENT_CLASSES = {"BlandClient": False, "AsyncBlandClient": True}

HEADER = '''\
# Written by tools/gen_stubs.py from the endpoint declarations (bland_nb/api/): do not edit.
# After changing a declaration, run `.venv/bin/python tools/gen_stubs.py`.
"""Static types of the API groups that `_resource.install_groups` builds at import time.

`BlandClient` and `AsyncBlandClient` annotate their group attributes with these classes (in an
`if TYPE_CHECKING:` block), so editors and type checkers see every group, method, parameter and
result. At run time the groups are the classes built from the declarations; this module does not
exist there.
"""
'''

# Where the package's own classes are defined (their `__module__` is rewritten to `bland_nb`).
_HOME_MODULES = ("bland_nb._models", "bland_nb._pagination", "bland_nb._types", "bland_nb._endpoint")


class Renderer:
    """Writes annotations as stub source, collecting the imports they need.

    `shadowed` holds the names a class body defines (its methods: `list`, `get`, ...); a builtin
    of the same name is written `builtins.list`, since the class's own name would win there.
    `taken` holds the stub's own class names: a package class of the same name (the `Account`
    model, result of the `account` group's `get`) is written through its module, `_models.Account`."""

    def __init__(self, taken: frozenset[str] = frozenset()) -> None:
        self.imports: dict[str, set[str]] = {}
        self.plain_imports: set[str] = set()
        self.shadowed: frozenset[str] = frozenset()
        self.taken = taken

    def _name(self, module: str, name: str) -> str:
        if module == "builtins":
            if name in self.shadowed:
                self.plain_imports.add("builtins")
                return f"builtins.{name}"
            return name
        if name in self.shadowed:
            raise SystemExit(f"gen_stubs: {module}.{name} is shadowed by a method of the same name")
        if module.startswith("bland_nb.") and name in self.taken:
            package, _, submodule = module.rpartition(".")
            self.imports.setdefault("." + package.removeprefix("bland_nb"), set()).add(submodule)
            return f"{submodule}.{name}"
        if name in self.taken:
            raise SystemExit(f"gen_stubs: {module}.{name} has the name of a group class")
        if module.startswith("bland_nb."):
            module = "." + module.removeprefix("bland_nb.")
        elif module == "bland_nb":
            module = "."
        self.imports.setdefault(module, set()).add(name)
        return name

    def _class(self, cls: type) -> str:
        module = cls.__module__
        if module == "bland_nb":
            module = next((m for m in _HOME_MODULES if getattr(sys.modules[m], cls.__name__, None) is cls), module)
        if module in ("os", "httpx"):
            self.plain_imports.add(module)
            return f"{module}.{cls.__qualname__}"
        return self._name(module, cls.__qualname__)

    def input(self, annotation: Any) -> str:
        """A parameter's type, as a caller passes it: nested objects (`Sent[Model]`) as dicts."""
        return self.render(annotation, inputs=True)

    def render(self, annotation: Any, *, inputs: bool = False) -> str:
        if annotation is Any:
            return self._name("typing", "Any")
        if annotation is None or annotation is type(None):
            return "None"
        origin = get_origin(annotation)
        args = get_args(annotation)
        if origin is Annotated:
            return self.render(args[0], inputs=inputs)
        if origin is Union or origin is types.UnionType:
            rendered = [self.render(arg, inputs=inputs) for arg in args if arg is not type(None)]
            rendered = list(dict.fromkeys(rendered))
            if "float" in rendered and "int" in rendered:  # int is a float to a type checker
                rendered.remove("int")
            if type(None) in args:
                rendered.append("None")
            return " | ".join(rendered)
        if origin is Literal:
            return f"{self._name('typing', 'Literal')}[{', '.join(repr(arg) for arg in args)}]"
        if isinstance(origin, type):
            base = self._class(origin)
            if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
                return f"{base}[{self.render(args[0], inputs=inputs)}, ...]"
            return f"{base}[{', '.join(self.render(arg, inputs=inputs) for arg in args)}]"
        if annotation is tuple:  # a file given as (filename, content[, content_type])
            return f"{self._class(tuple)}[{self.render(Any)}, ...]"
        if isinstance(annotation, type):
            if inputs and issubclass(annotation, WireObject):
                return f"{self._name('builtins', 'dict')}[{self._name('builtins', 'str')}, {self.render(Any)}]"
            bare = _BARE_GENERICS.get(annotation)
            if bare is not None:
                return f"{self._class(annotation)}[{', '.join(self.render(arg) for arg in bare)}]"
            return self._class(annotation)
        raise SystemExit(f"gen_stubs: cannot write the annotation {annotation!r}; teach Renderer.render")


# Bare generic classes in the declarations, written with their parameters.
_BARE_GENERICS: dict[type, tuple[Any, ...]] = {
    list: (Any,),
    dict: (Any, Any),
    set: (Any,),
    frozenset: (Any,),
    type: (Any,),
    os.PathLike: (Any,),
}


def _default(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, (int, float, str)) and len(repr(value)) <= 40:
        return repr(value)
    return "..."


def _docstring(text: str, indent: str) -> list[str]:
    text = " ".join(text.split()).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        text = text[:-1] + '\\"'
    one = f'{indent}"""{text}"""'
    if len(one) <= WIDTH:
        return [one]
    lines = textwrap.wrap(text, WIDTH - len(indent), break_long_words=False, break_on_hyphens=False)
    return [f'{indent}"""{lines[0]}', *(f"{indent}{line}" for line in lines[1:]), f'{indent}"""']


def _parameters(renderer: Renderer, sig: inspect.Signature) -> list[str]:
    out: list[str] = []
    star = False
    for param in sig.parameters.values():
        if param.name == "self":
            out.append("self")
            continue
        if keyword.iskeyword(param.name):
            raise SystemExit(f"gen_stubs: parameter {param.name!r} is a Python keyword")
        if param.kind is inspect.Parameter.VAR_KEYWORD:
            out.append(f"**{param.name}: {renderer.render(Any)}")
            continue
        if param.kind is inspect.Parameter.KEYWORD_ONLY and not star:
            out.append("*")
            star = True
        text = renderer.input(param.annotation)
        default = "" if param.default is inspect.Parameter.empty else f" = {_default(param.default)}"
        out.append(f"{param.name}: {text}{default}")
    return out


def _def(indent: str, prefix: str, name: str, params: list[str], returns: str) -> list[str]:
    one = f"{indent}{prefix}def {name}({', '.join(params)}) -> {returns}:"
    if len(one) <= WIDTH:
        return [one]
    return [f"{indent}{prefix}def {name}(", *(f"{indent}    {p}," for p in params), f"{indent}) -> {returns}:"]


def _returns(renderer: Renderer, endpoint: Endpoint, *, is_async: bool, raw: bool) -> str:
    if raw:
        return renderer._class(httpx.Response)
    sig = signature(endpoint, page=AsyncPage if is_async else Page)
    return renderer.render(sig.return_annotation)


def stub_class(group: str, *, is_async: bool, raw: bool = False) -> str:
    """The stub's class for a group: `Campaigns`, `AsyncCampaigns`, `RawCampaigns`, `AsyncRawCampaigns`
    (the first two are also the names of the classes built at run time)."""
    name = _class_name(group, False)
    return ("Async" if is_async else "") + ("Raw" if raw else "") + name


def _raw_view_class(is_async: bool) -> str:
    return "AsyncRawResponse" if is_async else "RawResponse"


def _group_class(renderer: Renderer, group: str, endpoints: list[Endpoint], *, is_async: bool, raw: bool) -> list[str]:
    name = stub_class(group, is_async=is_async, raw=raw)
    base = renderer._name("bland_nb._resource", "AsyncAPIResource" if is_async else "APIResource")
    renderer.shadowed = frozenset(e.method_name for e in endpoints)
    verbs = ", ".join(e.method_name for e in endpoints)
    what = "returning the `httpx.Response`" if raw else ("awaited" if is_async else "")
    doc = f"The `{group}` endpoints: {verbs}" + (f" ({what})." if what else ".")
    lines = [f"class {name}({base}):", *_docstring(doc, "    ")]
    for endpoint in endpoints:
        sig = signature(endpoint, page=AsyncPage if is_async else Page)
        lines.append("")
        lines += _def(
            "    ",
            "async " if is_async else "",
            endpoint.method_name,
            _parameters(renderer, sig),
            _returns(renderer, endpoint, is_async=is_async, raw=raw),
        )
        lines += _docstring(endpoint.summary, "        ")
    renderer.shadowed = frozenset()
    return lines


def _raw_view(renderer: Renderer, *, is_async: bool) -> list[str]:
    name = _raw_view_class(is_async)
    client = "AsyncBlandClient" if is_async else "BlandClient"
    renderer.shadowed = frozenset(GROUPS) | {"invoke"}
    response = renderer._class(httpx.Response)
    lines = [
        f"class {name}:",
        *_docstring(
            f"`{client}.with_raw_response`: the same groups and `invoke`, returning the `httpx.Response`.", "    "
        ),
    ]
    for group, endpoints in GROUPS.items():
        cls = stub_class(group, is_async=is_async, raw=True)
        lines += [
            "",
            "    @property",
            f"    def {group}(self) -> {cls}:",
            *_docstring(f"The `{group}` endpoints: {', '.join(e.method_name for e in endpoints)}.", "        "),
        ]
    lines += [
        "",
        *_def(
            "    ",
            "async " if is_async else "",
            "invoke",
            ["self", f"name: {renderer.render(str)}", "/", f"**params: {renderer.render(Any)}"],
            response,
        ),
        *_docstring(f"`{client}.invoke`, returning the `httpx.Response`.", "        "),
    ]
    renderer.shadowed = frozenset()
    return lines


def render_stub() -> str:
    """The text of `bland_nb/_groups.pyi`."""
    taken = {
        stub_class(group, is_async=is_async, raw=raw)
        for group in GROUPS
        for is_async in (False, True)
        for raw in (False, True)
    }
    renderer = Renderer(frozenset(taken | {_raw_view_class(False), _raw_view_class(True)}))
    body: list[list[str]] = []
    for is_async in (False, True):
        for raw in (False, True):
            for group, endpoints in GROUPS.items():
                body.append(_group_class(renderer, group, endpoints, is_async=is_async, raw=raw))
        body.append(_raw_view(renderer, is_async=is_async))
    stdlib = sorted(m for m in renderer.imports if not m.startswith("."))
    local = sorted(m for m in renderer.imports if m.startswith("."))
    sections = [
        [f"import {m}" for m in sorted(renderer.plain_imports - {"httpx"})]
        + [_from_import(m, renderer.imports[m]) for m in stdlib],
        ["import httpx"] if "httpx" in renderer.plain_imports else [],
        [_from_import(m, renderer.imports[m]) for m in local],
    ]
    head = "\n\n".join("\n".join(section) for section in sections if section)
    classes = "\n\n\n".join("\n".join(lines) for lines in body)
    return f"{HEADER}\n{head}\n\n{classes}\n"


def _from_import(module: str, names: set[str]) -> str:
    names = sorted(names, key=lambda name: (not name.isupper(), not name[:1].isupper(), name))  # isort's order
    one = f"from {module} import {', '.join(names)}"
    if len(one) <= WIDTH:
        return one
    return "\n".join([f"from {module} import (", *(f"    {name}," for name in names), ")"])


# -- the client classes' annotations ------------------------------------------------------


def client_block(is_async: bool, indent: str = "    ") -> list[str]:
    """The `if TYPE_CHECKING:` block of a client class: one annotation per group."""
    lines = [
        f"{indent}if TYPE_CHECKING:  # attached by _resource.install_groups; typed by _groups.pyi (tools/gen_stubs.py)"
    ]
    for group in GROUPS:
        lines.append(f"{indent}    {group}: _groups.{stub_class(group, is_async=is_async)}")
    lines.append(f"{indent}    with_raw_response: _groups.{_raw_view_class(is_async)}")
    return lines


def _client_blocks(source: str) -> dict[str, tuple[int, int]]:
    """Client class name → (first line, last line), 1-based, of its `if TYPE_CHECKING:` block."""
    blocks = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.ClassDef) and node.name in CLIENT_CLASSES:
            for stmt in node.body:
                if isinstance(stmt, ast.If) and isinstance(stmt.test, ast.Name) and stmt.test.id == "TYPE_CHECKING":
                    blocks[node.name] = (stmt.lineno, stmt.end_lineno or stmt.lineno)
    return blocks


def render_client(source: str) -> str:
    """`_client.py`'s source with each client class's `if TYPE_CHECKING:` block brought up to date."""
    blocks = _client_blocks(source)
    missing = set(CLIENT_CLASSES) - set(blocks)
    if missing:
        raise SystemExit(
            f"gen_stubs: no `if TYPE_CHECKING:` block in {', '.join(sorted(missing))} "
            f"({CLIENT.relative_to(ROOT)}); add one at the top of the class"
        )
    lines = source.splitlines(keepends=True)
    for name, (first, last) in sorted(blocks.items(), key=lambda item: -item[1][0]):
        indent = lines[first - 1][: len(lines[first - 1]) - len(lines[first - 1].lstrip())]
        lines[first - 1 : last] = [line + "\n" for line in client_block(CLIENT_CLASSES[name], indent)]
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a file is out of date")
    args = parser.parse_args(argv)
    stale = []
    for path, text in ((STUB, render_stub()), (CLIENT, render_client(CLIENT.read_text()))):
        if (path.read_text() if path.exists() else None) != text:
            stale.append(path)
            if not args.check:
                path.write_text(text)
    for path in stale:
        print(f"{'out of date' if args.check else 'wrote'}: {path.relative_to(ROOT)}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
