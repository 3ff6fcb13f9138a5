"""Imports point down (ARCHITECTURE.md's layers), form no cycle, and reach no private name of
another package. Read from the source with `ast`, so an import the tests never run is checked too."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "bland_nb"

LAYERS = {
    "core": {"core"},
    "frames": {"core", "frames"},
    "plots": {"core", "frames", "plots"},
    "widgets": {"core", "frames", "plots", "widgets"},
    "agents": {"core", "agents"},
    "mcp": {"core", "agents", "mcp"},
    "sandbox": {"core", "sandbox"},
    "commands": {"core", "frames", "plots", "widgets", "agents", "mcp", "sandbox", "commands"},
}
"""Each package, and the packages it may import."""

CROSSINGS = {
    ("bland_nb._connect", "bland_nb.sandbox"): "connect() starts a sandbox when there is no key",
    ("bland_nb._pagination", "bland_nb.frames"): "Page.to_df() is frames.page(page), loaded when called",
}
"""Imports inside a function that cross a layer on purpose (documented in ARCHITECTURE.md)."""


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in ROOT.rglob("*.py")}


def package(module: str) -> str:
    """The layer a module belongs to."""
    parts = module.split(".")
    if module in ("bland_nb.cli", "bland_nb.demo", "bland_nb.sandbox.__main__"):
        return "commands"
    if len(parts) == 1 or parts[1].startswith("_") or parts[1] == "api":
        return "core"
    return parts[1]


@dataclass(frozen=True)
class Import:
    source: str
    target: str  # a bland_nb module
    names: tuple[str, ...]
    lazy: bool  # inside a function
    line: int


def _is_type_checking(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def _walk(node: ast.AST, lazy: bool = False) -> Iterator[tuple[ast.AST, bool]]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child):
            continue  # for type checkers only: never run
        inner = lazy or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
        yield child, inner
        yield from _walk(child, inner)


def imports(module: str) -> Iterator[Import]:
    path = MODULES[module]
    tree = ast.parse(path.read_text(), str(path))
    here = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node, lazy in _walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("bland_nb"):
                    yield Import(module, alias.name, (), lazy, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(here.split(".")[: len(here.split(".")) - node.level + 1] + ([base] if base else []))
            if not base.startswith("bland_nb"):
                continue
            names = tuple(alias.name for alias in node.names)
            submodules = [f"{base}.{name}" for name in names if f"{base}.{name}" in MODULES]
            for sub in submodules:
                yield Import(module, sub, (), lazy, node.lineno)
            rest = tuple(name for name in names if f"{base}.{name}" not in MODULES)
            if rest or not submodules:
                yield Import(module, base, rest, lazy, node.lineno)


ALL = [imp for module in sorted(MODULES) for imp in imports(module)]


def test_the_walk_sees_the_imports():
    assert len(MODULES) > 80 and len(ALL) > 200
    assert Import(
        "bland_nb.widgets.campaigns", "bland_nb.widgets._base", ("Confirmation", "Panel"), False, 11
    ) in ALL or any(i.source == "bland_nb.widgets.campaigns" and i.target == "bland_nb.widgets._base" for i in ALL)


def test_imports_point_down():
    upward = [
        f"{i.source}:{i.line} imports {i.target}"
        for i in ALL
        if package(i.target) not in LAYERS[package(i.source)] and not crossing(i)
    ]
    assert upward == []


def test_no_private_name_of_another_package():
    private = []
    for i in ALL:
        if package(i.source) == package(i.target):
            continue
        inner = i.target.split(".")[1:]
        if any(part.startswith("_") and part != "__main__" for part in inner) or any(
            n.startswith("_") for n in i.names
        ):
            private.append(f"{i.source}:{i.line} imports {i.target} {', '.join(i.names)}".strip())
    assert private == []


def crossing(i: Import) -> bool:
    return i.lazy and any(i.source == s and i.target.startswith(t) for s, t in CROSSINGS)


def test_no_cycles():
    """Lazy imports count too: a cycle through a function is still two modules needing each other."""
    graph: dict[str, set[str]] = {module: set() for module in MODULES}
    for i in ALL:
        if i.target in graph and i.target != i.source and not crossing(i):
            graph[i.source].add(i.target)
    cycles = []
    state: dict[str, int] = {}

    def visit(module: str, trail: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                cycles.append(
                    " → ".join([*trail[trail.index(target) :], module, target])
                    if target in trail
                    else f"{module} → {target}"
                )
            elif target not in state:
                visit(target, [*trail, module])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [])
    assert cycles == [], "\n".join(cycles)


@pytest.mark.parametrize("crossing", CROSSINGS)
def test_every_allowed_crossing_is_used_and_lazy(crossing):
    source, target = crossing
    used = [i for i in ALL if i.source == source and i.target.startswith(target)]
    assert used and all(i.lazy for i in used), f"{source} → {target}: {CROSSINGS[crossing]}"
