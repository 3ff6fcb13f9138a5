"""Pathway folders: list, list a folder's pathways, create, rename, move a pathway, delete."""

from __future__ import annotations

from typing import Any

from ..state import Store
from . import SandboxRequest, handles


def _folder(folder: dict[str, Any]) -> dict[str, Any]:
    return {"folder_id": folder["id"], "name": folder["name"], "parent_folder_id": folder["parent_folder_id"]}


@handles("list_pathway_folders")
def list_pathway_folders(store: Store, req: SandboxRequest) -> Any:
    return {
        "folders": [
            {"id": f["id"], "name": f["name"], "parent_folder_id": f["parent_folder_id"]}
            for f in store.pathway_folders.folders.values()
        ]
    }


@handles("list_folder_pathways")
def list_folder_pathways(store: Store, req: SandboxRequest) -> Any:
    return {
        "pathways": [
            {key: p[key] for key in ("id", "name", "description", "created_at")}
            for p in store.pathway_folders.pathways_in(req.params.folder_id)
        ]
    }


@handles("create_pathway_folder")
def create_pathway_folder(store: Store, req: SandboxRequest) -> Any:
    return _folder(store.pathway_folders.create(req.params.name, req.params.parent_folder_id))


@handles("update_pathway_folder")
def update_pathway_folder(store: Store, req: SandboxRequest) -> Any:
    return _folder(store.pathway_folders.rename(req.params.folder_id, req.params.name))


@handles("move_pathway_to_folder")
def move_pathway_to_folder(store: Store, req: SandboxRequest) -> Any:
    old = store.pathway_folders.move(req.params.pathway_id, req.params.folder_id)
    return {"pathway_id": req.params.pathway_id, "old_folder_id": old, "new_folder_id": req.params.folder_id or None}


@handles("delete_pathway_folder")
def delete_pathway_folder(store: Store, req: SandboxRequest) -> Any:
    store.pathway_folders.delete(req.params.folder_id)
    return {"folder_id": req.params.folder_id}
