"""The package surface: exports, import weight, tab completion."""

from __future__ import annotations

import inspect
import subprocess
import sys
import types

import jedi

import bland_nb


def test_all_is_the_sorted_list_of_public_names():
    public = sorted(
        n for n, v in vars(bland_nb).items() if not n.startswith("_") and not isinstance(v, types.ModuleType)
    )
    assert bland_nb.__all__ == sorted(bland_nb.__all__)
    assert sorted(bland_nb.__all__) == sorted([*public, "__version__"])


def test_exported_classes_name_the_package():
    for name in bland_nb.__all__:
        obj = getattr(bland_nb, name)
        if isinstance(obj, type):
            assert obj.__module__ == "bland_nb", name


def test_import_loads_no_front_door_library():
    heavy = ("pandas", "ipywidgets", "langchain", "langchain_core", "phonenumbers")
    code = f"import sys, bland_nb; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_every_endpoint_has_a_method_on_both_clients():
    for cls in (bland_nb.BlandClient, bland_nb.AsyncBlandClient):
        client = cls(api_key="k" * 20)
        for ep in bland_nb.ENDPOINTS.values():
            method = getattr(getattr(client, ep.group), ep.method_name)
            assert method.__func__.endpoint is ep
            assert inspect.iscoroutinefunction(method) is (cls is bland_nb.AsyncBlandClient)
            assert ep.summary in method.__doc__


def test_signatures_show_real_parameters():
    sig = inspect.signature(bland_nb.BlandClient(api_key="k" * 20).calls.send)
    assert list(sig.parameters)[:2] == ["phone_number", "task"]
    assert sig.parameters["phone_number"].default is inspect.Parameter.empty
    assert sig.parameters["task"].default is None
    stop = inspect.signature(bland_nb.BlandClient(api_key="k" * 20).campaigns.stop)
    assert next(iter(stop.parameters)) == "campaign_id"
    assert stop.parameters["campaign_id"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD


def test_notebook_tab_completion_offers_parameters():
    client = bland_nb.BlandClient(api_key="k" * 20)
    names = [c.name for c in jedi.Interpreter("client.campaigns.", [{"client": client}]).complete()]
    assert {"create", "get", "list", "stop"} <= set(names)
    completions = jedi.Interpreter("client.calls.send(phone_", [{"client": client}]).complete()
    assert "phone_number=" in [c.name_with_symbols for c in completions]
    signatures = jedi.Interpreter("client.organizations.billing(", [{"client": client}]).get_signatures()
    assert signatures and signatures[0].params[0].name == "org_id"
