"""Pathway versions: numbered snapshots of a pathway's graph. Publishing a version to production
makes it the latest (`is_latest`) and puts its graph live; deleting archives it.

A version is `{id, version_number, created_at, name, is_latest, nodes, edges, staging, archived}`.
"""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Any, Optional

from ._store import GroupState, SandboxError, iso, parse_time
from .pathways import check_graph, start_node

__all__ = ["PathwayVersionsState"]

NAMES = ("Initial version", "Clearer greeting", "Shorter prompts", "Holiday wording")
GREETINGS = ("Hello! You've reached {name}.", "Hi there, thanks for calling. This is the {name} line.")


class PathwayVersionsState(GroupState):
    group = "pathway_versions"
    order = 21  # after pathways

    def seed(self) -> None:
        self.by_pathway: dict[str, list[dict[str, Any]]] = {}
        for pathway in self.store.pathways.pathways.values():
            count = self.random.randint(2, 4)
            live = count if self.random.random() < 0.6 else count - 1  # sometimes a newer draft is unpublished
            created = parse_time(pathway["created_at"])
            span = self.store.now - created
            for number in range(1, count + 1):
                moment = created + span * (number - self.random.uniform(0.2, 0.8)) / count
                version = self._add(pathway["id"], NAMES[number - 1], pathway["nodes"], pathway["edges"], moment)
                version["is_latest"] = number == live
                if number != live:
                    _reword(version, GREETINGS[number % 2].format(name=pathway["name"]))

    def _add(
        self, pathway_id: str, name: str, nodes: list[dict[str, Any]], edges: list[dict[str, Any]], created: datetime
    ) -> dict[str, Any]:
        versions = self.by_pathway.setdefault(pathway_id, [])
        version = {
            "id": self.new_id(),
            "version_number": len(versions) + 1,
            "created_at": iso(created),
            "name": name,
            "is_latest": False,
            "nodes": copy.deepcopy(nodes),
            "edges": copy.deepcopy(edges),
            "staging": False,
            "archived": False,
        }
        versions.append(version)
        return version

    # -- reads ----------------------------------------------------------------------------------

    def of(self, pathway_id: str) -> list[dict[str, Any]]:
        """The pathway's versions that are not archived, oldest first."""
        self.store.pathways.get(pathway_id)
        return [v for v in self.by_pathway.get(pathway_id, []) if not v["archived"]]

    def find(self, pathway_id: str, version: Any, *, flat: bool = True) -> dict[str, Any]:
        """A version by its number or its id."""
        self.store.pathways.get(pathway_id, flat=flat)
        for candidate in self.by_pathway.get(pathway_id, []):
            if not candidate["archived"] and str(version) in (str(candidate["version_number"]), candidate["id"]):
                return candidate
        raise SandboxError.not_found("Version", version, flat=flat)

    def production_number(self, pathway_id: str) -> Optional[int]:
        return next((v["version_number"] for v in self.by_pathway.get(pathway_id, []) if v["is_latest"]), None)

    # -- writes ---------------------------------------------------------------------------------

    def create(
        self, pathway_id: str, name: str, nodes: list[dict[str, Any]], edges: list[dict[str, Any]]
    ) -> dict[str, Any]:
        """A new draft version; it is not live until published."""
        self.store.pathways.get(pathway_id)
        check_graph(nodes, edges)
        return self._add(pathway_id, name, nodes, edges, self.store.now)

    def update(
        self, pathway_id: str, number: Any, name: str, nodes: list[dict[str, Any]], edges: list[dict[str, Any]]
    ) -> None:
        version = self.find(pathway_id, number)
        check_graph(nodes, edges)
        version.update(name=name, nodes=copy.deepcopy(nodes), edges=copy.deepcopy(edges))

    def archive(self, pathway_id: str, ident: Any) -> None:
        version = self.find(pathway_id, ident)
        if version["is_latest"]:
            raise SandboxError.invalid("The production version cannot be deleted; publish another one first", flat=True)
        version["archived"] = True

    def promote(self, pathway_id: str, number: Any, environment: str) -> None:
        """Publish a version: production makes it the latest and live; staging only marks it."""
        chosen = self.find(pathway_id, int(number))
        flag = "is_latest" if environment == "production" else "staging"
        for version in self.by_pathway[pathway_id]:
            version[flag] = version is chosen
        if flag == "is_latest":
            self.store.pathways.replace_graph(pathway_id, chosen["nodes"], chosen["edges"])


def _reword(version: dict[str, Any], greeting: str) -> None:
    """Give an unpublished version its own greeting, so versions differ like real drafts do."""
    start = start_node(version["nodes"])
    if start is not None:
        start["data"]["text"] = greeting
