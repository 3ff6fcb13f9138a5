"""Pathway folders: a tree of named folders holding pathways (a pathway's `folder_id`; None is the root).
A folder can only be deleted once it holds no pathways and no subfolders."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Optional

from ._store import GroupState, SandboxError, iso

__all__ = ["PathwayFoldersState"]

# (folder, parent, pathways placed in it)
SEEDED = (
    ("Sales", None, ("Lead qualification", "Payment reminder")),
    ("Support", None, ("Inbound support triage",)),
    ("After hours", "Support", ("Restaurant reservations",)),
)


class PathwayFoldersState(GroupState):
    group = "pathway_folders"
    order = 22  # after pathways

    def seed(self) -> None:
        self.folders: dict[str, dict[str, Any]] = {}
        by_name = {p["name"]: p for p in self.store.pathways.pathways.values()}
        made: dict[str, str] = {}
        for age, (name, parent, members) in zip((50, 40, 20), SEEDED):
            folder = self._add(name, made.get(parent or ""), self.store.now - timedelta(days=age))
            made[name] = folder["id"]
            for member in members:
                by_name[member]["folder_id"] = folder["id"]

    def _add(self, name: str, parent: Optional[str], created: Any) -> dict[str, Any]:
        folder = {"id": self.new_id(), "name": name, "parent_folder_id": parent, "created_at": iso(created)}
        self.folders[folder["id"]] = folder
        return folder

    def get(self, folder_id: str) -> dict[str, Any]:
        return self.find(self.folders, folder_id, "Folder", flat=True)

    def pathways_in(self, folder_id: str) -> list[dict[str, Any]]:
        self.get(folder_id)
        return self.store.pathways.in_folder(folder_id)

    def create(self, name: str, parent: Optional[str]) -> dict[str, Any]:
        if parent:
            self.get(parent)
        return self._add(name, parent, self.store.now)

    def rename(self, folder_id: str, name: str) -> dict[str, Any]:
        folder = self.get(folder_id)
        folder["name"] = name
        return folder

    def move(self, pathway_id: str, folder_id: Optional[str]) -> Optional[str]:
        """Put a pathway in a folder (None: the root); the folder it was in before."""
        pathway = self.store.pathways.get(pathway_id)
        if folder_id:
            self.get(folder_id)
        old, pathway["folder_id"] = pathway["folder_id"], folder_id or None
        return old

    def delete(self, folder_id: str) -> None:
        self.get(folder_id)
        children = [f for f in self.folders.values() if f["parent_folder_id"] == folder_id]
        if children or self.store.pathways.in_folder(folder_id):
            raise SandboxError.invalid("Folder must be empty before it can be deleted", flat=True)
        del self.folders[folder_id]
