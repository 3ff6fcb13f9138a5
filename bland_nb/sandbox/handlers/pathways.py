"""Pathways: list, get, create, update, delete, session token, call events, generation."""

from __future__ import annotations

from typing import Any

from ..state import Store
from . import SandboxRequest, handles

GRAPH = ("name", "description", "nodes", "edges")


def _graph(pathway: dict[str, Any]) -> dict[str, Any]:
    return {key: pathway[key] for key in GRAPH}


@handles("list_pathways")
def list_pathways(store: Store, req: SandboxRequest) -> Any:
    """A list of pathway objects (the docs show one), each with its `id`."""
    return [{"id": p["id"], **_graph(p)} for p in store.pathways.pathways.values()]


@handles("get_pathway")
def get_pathway(store: Store, req: SandboxRequest) -> Any:
    return _graph(store.pathways.get(req.params.pathway_id))


@handles("create_pathway")
def create_pathway(store: Store, req: SandboxRequest) -> Any:
    pathway = store.pathways.create(req.params.name, req.params.description)
    return {"status": "success", "pathway_id": pathway["id"]}


@handles("update_pathway")
def update_pathway(store: Store, req: SandboxRequest) -> Any:
    changes = {key: getattr(req.params, key) for key in GRAPH if req.given(key)}
    changes = {k: v for k, v in changes.items() if v is not None or k == "description"}  # null clears a description
    pathway = store.pathways.update(req.params.pathway_id, changes)
    return {
        "status": "success",
        "message": "Pathway updated successfully",
        "pathway_data": {"pathway_id": pathway["id"], **_graph(pathway)},
    }


@handles("delete_pathway")
def delete_pathway(store: Store, req: SandboxRequest) -> Any:
    store.pathways.delete(req.params.pathway_id)
    return {"status": "success", "message": "Pathway deleted successfully"}


@handles("get_pathway_session_token")
def get_pathway_session_token(store: Store, req: SandboxRequest) -> Any:
    return store.pathways.session_token()


@handles("get_pathway_call_events")
def get_pathway_call_events(store: Store, req: SandboxRequest) -> Any:
    return store.pathways.call_events(store.calls.get(req.params.call_id))


@handles("generate_pathway")
def generate_pathway(store: Store, req: SandboxRequest) -> Any:
    job = store.pathways.generate(req.params.input_prompt, req.params.input_name)
    return {"data": {"jobId": job["id"]}, "errors": None}


@handles("get_pathway_generation_status")
def get_pathway_generation_status(store: Store, req: SandboxRequest) -> Any:
    job = store.pathways.job_status(req.params.job_id)
    return {"data": {"ready": job["pathway_id"] is not None, "pathway_id": job["pathway_id"]}, "errors": None}
