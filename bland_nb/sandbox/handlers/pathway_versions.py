"""Pathway versions: list, get (0 is the live pathway), create, update, archive, publish."""

from __future__ import annotations

from typing import Any

from ..state import Store
from . import SandboxRequest, handles

LISTED = ("id", "version_number", "created_at", "name", "is_latest")


@handles("list_pathway_versions")
def list_pathway_versions(store: Store, req: SandboxRequest) -> Any:
    return [{key: v[key] for key in LISTED} for v in store.pathway_versions.of(req.params.pathway_id)]


@handles("get_pathway_version")
def get_pathway_version(store: Store, req: SandboxRequest) -> Any:
    if req.params.version_id == "0":
        live = store.pathways.get(req.params.pathway_id)
        return {
            "name": live["name"],
            "nodes": live["nodes"],
            "edges": live["edges"],
            "version_number": 0,
            "is_latest": False,
        }
    version = store.pathway_versions.find(req.params.pathway_id, req.params.version_id)
    return {key: version[key] for key in ("name", "nodes", "edges", "version_number", "is_latest")}


@handles("create_pathway_version")
def create_pathway_version(store: Store, req: SandboxRequest) -> Any:
    version = store.pathway_versions.create(req.params.pathway_id, req.params.name, req.params.nodes, req.params.edges)
    return {
        "status": "success",
        "message": "Version created successfully",
        "data": {key: version[key] for key in ("created_at", "id", "name", "version_number")},
    }


@handles("update_pathway_version")
def update_pathway_version(store: Store, req: SandboxRequest) -> Any:
    params = req.params
    store.pathway_versions.update(params.pathway_id, params.version_number, params.name, params.nodes, params.edges)
    return {"status": "success", "message": "Version updated successfully"}


@handles("delete_pathway_version")
def delete_pathway_version(store: Store, req: SandboxRequest) -> Any:
    store.pathway_versions.archive(req.params.pathway_id, req.params.version_id)
    return {"status": "success", "message": "Version deleted successfully"}


@handles("promote_pathway_version")
def promote_pathway_version(store: Store, req: SandboxRequest) -> Any:
    store.pathway_versions.promote(req.params.pathway_id, req.params.version_id, req.params.environment or "production")
    return {"message": "Pathway published successfully"}
