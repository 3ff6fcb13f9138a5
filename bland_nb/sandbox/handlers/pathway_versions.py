"""Pathway versions: list, get (0 is the live pathway), create, update, archive, publish."""

from __future__ import annotations

from typing import Any

from ..state import Store
from . import SandboxRequest, handles

LISTED = ("id", "version_number", "created_at", "name", "is_latest")


@handles("list_pathway_versions")
def list_pathway_versions(store: Store, req: SandboxRequest) -> Any:
    return [{key: v[key] for key in LISTED} for v in store.pathway_versions.of(req.p.pathway_id)]


@handles("get_pathway_version")
def get_pathway_version(store: Store, req: SandboxRequest) -> Any:
    if req.p.version_id == "0":
        live = store.pathways.get(req.p.pathway_id)
        return {"name": live["name"], "nodes": live["nodes"], "edges": live["edges"],
                "version_number": 0, "is_latest": False}
    version = store.pathway_versions.find(req.p.pathway_id, req.p.version_id)
    return {key: version[key] for key in ("name", "nodes", "edges", "version_number", "is_latest")}


@handles("create_pathway_version")
def create_pathway_version(store: Store, req: SandboxRequest) -> Any:
    version = store.pathway_versions.create(req.p.pathway_id, req.p.name, req.p.nodes, req.p.edges)
    return {"status": "success", "message": "Version created successfully",
            "data": {key: version[key] for key in ("created_at", "id", "name", "version_number")}}


@handles("update_pathway_version")
def update_pathway_version(store: Store, req: SandboxRequest) -> Any:
    store.pathway_versions.update(req.p.pathway_id, req.p.version_number, req.p.name, req.p.nodes, req.p.edges)
    return {"status": "success", "message": "Version updated successfully"}


@handles("delete_pathway_version")
def delete_pathway_version(store: Store, req: SandboxRequest) -> Any:
    store.pathway_versions.archive(req.p.pathway_id, req.p.version_id)
    return {"status": "success", "message": "Version deleted successfully"}


@handles("promote_pathway_version")
def promote_pathway_version(store: Store, req: SandboxRequest) -> Any:
    store.pathway_versions.promote(req.p.pathway_id, req.p.version_id, req.p.environment or "production")
    return {"message": "Pathway published successfully"}
