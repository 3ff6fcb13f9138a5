"""Pathway versions: declarations of the group's endpoints, owned here."""

from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import Field

from .._endpoint import Endpoint, Params
from .._models import PathwayVersion
from .._types import Id, Number


class ListPathwayVersionsParams(Params):
    """Parameters of `list_pathway_versions`."""

    pathway_id: Id = Field(description='Pathway whose versions are listed.')


list_pathway_versions = Endpoint(
    name="list_pathway_versions",
    group="pathway_versions",
    method_name="list",
    http_method="GET",
    path="/v1/pathway/{pathway_id}/versions",
    effect="read",
    summary="List a pathway's versions with their number, name, creation time and whether each is the latest.",
    synonyms=("version history", "revisions"),
    params=ListPathwayVersionsParams,
    result=PathwayVersion,
    items='',
)


class GetPathwayVersionParams(Params):
    """Parameters of `get_pathway_version`."""

    pathway_id: Id = Field(description='Pathway ID.')
    version_id: Id = Field(description='Version to fetch; 0 means the live pathway.')


get_pathway_version = Endpoint(
    name="get_pathway_version",
    group="pathway_versions",
    method_name="get",
    http_method="GET",
    path="/v1/pathway/{pathway_id}/version/{version_id}",
    effect="read",
    summary='Return the nodes and edges of a specific pathway version, or of the live pathway with version 0.',
    synonyms=("specific version", "old version"),
    params=GetPathwayVersionParams,
    result=PathwayVersion,
)


class PromotePathwayVersionParams(Params):
    """Parameters of `promote_pathway_version`."""

    pathway_id: Id = Field(description='Pathway to promote.')
    version_id: Number = Field(description='Version NUMBER to promote (named version_id).')
    environment: Optional[Literal['production', 'staging']] = Field(
        None, description='Target environment. API default: "production".'
    )


promote_pathway_version = Endpoint(
    name="promote_pathway_version",
    group="pathway_versions",
    method_name="promote",
    http_method="POST",
    path="/v1/pathway/{pathway_id}/publish",
    effect="destructive",
    summary='Publish a pathway version to an environment such as production, making it the one calls use.',
    synonyms=("publish", "deploy", "go live", "release", "roll out", "push to production", "ship"),
    params=PromotePathwayVersionParams,
)


class CreatePathwayVersionParams(Params):
    """Parameters of `create_pathway_version`."""

    pathway_id: Id = Field(description='Pathway to add a version to.')
    name: str = Field(description='Name for the new version.')
    nodes: list[dict[str, Any]] = Field(description='Node objects (id, type, data).')
    edges: list[dict[str, Any]] = Field(description='Edge objects (id, source, target, label).')


create_pathway_version = Endpoint(
    name="create_pathway_version",
    group="pathway_versions",
    method_name="create",
    http_method="POST",
    path="/v1/pathway/{pathway_id}/version",
    effect="write",
    summary='Create a new version of a pathway from a name, nodes and edges; returns its ID and version number.',
    synonyms=("save a version", "snapshot", "new revision"),
    params=CreatePathwayVersionParams,
    sends_to=('nodes',),
)


class UpdatePathwayVersionParams(Params):
    """Parameters of `update_pathway_version`."""

    pathway_id: Id = Field(description='Pathway ID.')
    version_number: Id = Field(description='Version number to overwrite.')
    name: str = Field(description='Version name.')
    nodes: list[dict[str, Any]] = Field(description='Node objects.')
    edges: list[dict[str, Any]] = Field(description='Edge objects.')


update_pathway_version = Endpoint(
    name="update_pathway_version",
    group="pathway_versions",
    method_name="update",
    http_method="POST",
    path="/v1/pathway/{pathway_id}/version/{version_number}",
    effect="write",
    summary="Overwrite a pathway version's name, nodes and edges.",
    synonyms=("overwrite a version", "edit a version"),
    params=UpdatePathwayVersionParams,
    idempotent=True,
    sends_to=('nodes',),
)


class DeletePathwayVersionParams(Params):
    """Parameters of `delete_pathway_version`."""

    pathway_id: Id = Field(description='Pathway ID.')
    version_id: Id = Field(description='Version to archive.')


delete_pathway_version = Endpoint(
    name="delete_pathway_version",
    group="pathway_versions",
    method_name="delete",
    http_method="DELETE",
    path="/v1/pathway/{pathway_id}/version/{version_id}",
    effect="destructive",
    summary='Delete a pathway version by archiving it.',
    synonyms=("archive a version", "remove a version"),
    params=DeletePathwayVersionParams,
)


ENDPOINTS = [
    list_pathway_versions,
    get_pathway_version,
    promote_pathway_version,
    create_pathway_version,
    update_pathway_version,
    delete_pathway_version,
]
