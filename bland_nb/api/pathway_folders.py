"""Pathway folders: declarations of the group's endpoints, owned here."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from .._endpoint import Endpoint, Params
from .._models import Pathway
from .._types import Id


class ListPathwayFoldersParams(Params):
    """Parameters of `list_pathway_folders`."""


list_pathway_folders = Endpoint(
    name="list_pathway_folders",
    group="pathway_folders",
    method_name="list",
    http_method="GET",
    path="/v1/pathway/folders",
    effect="read",
    summary='List your pathway folders with their names and parent folders.',
    synonyms=("folders", "directories", "organize"),
    params=ListPathwayFoldersParams,
    items='folders',
    host="https://us.api.bland.ai",
)


class ListFolderPathwaysParams(Params):
    """Parameters of `list_folder_pathways`."""

    folder_id: Id = Field(description='Folder to list.')


list_folder_pathways = Endpoint(
    name="list_folder_pathways",
    group="pathway_folders",
    method_name="list_pathways",
    http_method="GET",
    path="/v1/pathway/folders/{folder_id}/pathways",
    effect="read",
    summary='List the pathways in a folder with their names, descriptions and creation times.',
    synonyms=("inside a folder", "folder contents"),
    params=ListFolderPathwaysParams,
    result=Pathway,
    items='pathways',
    host="https://us.api.bland.ai",
)


class CreatePathwayFolderParams(Params):
    """Parameters of `create_pathway_folder`."""

    name: str = Field(description='Folder name.')
    parent_folder_id: Optional[Id] = Field(None, description='Parent folder when creating a subfolder.')


create_pathway_folder = Endpoint(
    name="create_pathway_folder",
    group="pathway_folders",
    method_name="create",
    http_method="POST",
    path="/v1/pathway/folders",
    effect="write",
    summary='Create a pathway folder, optionally inside a parent folder; returns the new folder ID.',
    synonyms=("new folder", "make a directory"),
    params=CreatePathwayFolderParams,
    host="https://us.api.bland.ai",
)


class DeletePathwayFolderParams(Params):
    """Parameters of `delete_pathway_folder`."""

    folder_id: Id = Field(description='Folder to delete.')


delete_pathway_folder = Endpoint(
    name="delete_pathway_folder",
    group="pathway_folders",
    method_name="delete",
    http_method="DELETE",
    path="/v1/pathway/folders/{folder_id}",
    effect="destructive",
    summary='Delete a pathway folder; the folder must be empty first.',
    synonyms=("remove a folder",),
    params=DeletePathwayFolderParams,
    host="https://us.api.bland.ai",
)


class UpdatePathwayFolderParams(Params):
    """Parameters of `update_pathway_folder`."""

    folder_id: Id = Field(description='Folder to rename.')
    name: str = Field(description='New folder name.')


update_pathway_folder = Endpoint(
    name="update_pathway_folder",
    group="pathway_folders",
    method_name="update",
    http_method="PATCH",
    path="/v1/pathway/folders/{folder_id}",
    effect="write",
    summary='Rename a pathway folder and return its ID, new name and parent folder.',
    synonyms=("rename a folder",),
    params=UpdatePathwayFolderParams,
    host="https://us.api.bland.ai",
)


class MovePathwayToFolderParams(Params):
    """Parameters of `move_pathway_to_folder`."""

    pathway_id: Id = Field(description='Pathway to move.')
    folder_id: Optional[Id] = Field(None, description='Destination folder; null moves it to the root.')


move_pathway_to_folder = Endpoint(
    name="move_pathway_to_folder",
    group="pathway_folders",
    method_name="move_pathway",
    http_method="POST",
    path="/v1/pathway/folders/move",
    effect="write",
    summary='Move a pathway into a folder, or back to the root level.',
    synonyms=("move", "file into a folder", "organize", "put in a folder"),
    params=MovePathwayToFolderParams,
    host="https://us.api.bland.ai",
)


ENDPOINTS = [
    list_pathway_folders,
    list_folder_pathways,
    create_pathway_folder,
    delete_pathway_folder,
    update_pathway_folder,
    move_pathway_to_folder,
]
