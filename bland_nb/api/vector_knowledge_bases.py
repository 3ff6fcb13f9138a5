"""Vector knowledge bases: declarations of the group's endpoints, owned here."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from .._endpoint import Endpoint, Params
from .._types import FileInput, Id


class CreateVectorKnowledgeBaseParams(Params):
    """Parameters of `create_vector_knowledge_base`."""

    name: str = Field(description='Short descriptive KB name.')
    description: str = Field(description='Longer summary shown to the AI to decide when to consult it.')
    text: str = Field(description='Full document text to embed.')


create_vector_knowledge_base = Endpoint(
    name="create_vector_knowledge_base",
    group="vector_knowledge_bases",
    method_name="create",
    http_method="POST",
    path="/v1/knowledgebases",
    effect="write",
    summary='Create a knowledge base from text for agents to consult during calls; returns its vector ID.',
    synonyms=("vector store", "faq", "reference text", "documents for the agent", "look up"),
    params=CreateVectorKnowledgeBaseParams,
)


class UploadVectorKbMediaParams(Params):
    """Parameters of `upload_vector_kb_media`."""

    file: FileInput = Field(description='Media file to ingest (.mp3 or .mp4), multipart/form-data.')
    name: Optional[str] = Field(None, description='Name for the KB.')
    description: Optional[str] = Field(None, description='Description for the KB.')


upload_vector_kb_media = Endpoint(
    name="upload_vector_kb_media",
    group="vector_knowledge_bases",
    method_name="upload_media",
    http_method="POST",
    path="/v1/knowledgebases/upload-media",
    effect="write",
    summary='Create a knowledge base from an uploaded MP3 or MP4 media file.',
    synonyms=("audio file", "video", "mp3", "mp4", "podcast"),
    params=UploadVectorKbMediaParams,
    multipart=True,
)


class UploadVectorKbTextParams(Params):
    """Parameters of `upload_vector_kb_text`."""

    file: FileInput = Field(description='Document to ingest (.pdf, .txt, .doc or .docx), multipart/form-data.')
    name: Optional[str] = Field(None, description='Name for the KB.')
    description: Optional[str] = Field(None, description='Description for the KB.')


upload_vector_kb_text = Endpoint(
    name="upload_vector_kb_text",
    group="vector_knowledge_bases",
    method_name="upload_text",
    http_method="POST",
    path="/v1/knowledgebases/upload",
    effect="write",
    summary='Create a knowledge base from an uploaded PDF, TXT, DOC or DOCX document.',
    synonyms=("pdf", "document", "docx", "handbook", "manual"),
    params=UploadVectorKbTextParams,
    multipart=True,
)


class UpdateVectorKnowledgeBaseParams(Params):
    """Parameters of `update_vector_knowledge_base`."""

    vector_id: Id = Field(description='KB to update (KB-...).')
    name: Optional[str] = Field(None, description='KB name.')
    description: Optional[str] = Field(None, description='AI-visible description.')
    text: Optional[str] = Field(None, description='Replacement document text.')


update_vector_knowledge_base = Endpoint(
    name="update_vector_knowledge_base",
    group="vector_knowledge_bases",
    method_name="update",
    http_method="PATCH",
    path="/v1/knowledgebases/{vector_id}",
    effect="write",
    summary="Replace a knowledge base's name, description and document text.",
    synonyms=("replace the text", "refresh the content", "vector store"),
    params=UpdateVectorKnowledgeBaseParams,
)


class ListVectorKnowledgeBasesParams(Params):
    """Parameters of `list_vector_knowledge_bases`."""

    include_text: Optional[bool] = Field(
        None, alias='include-text', description='Also return stored document text (can be large). API default: false.'
    )


list_vector_knowledge_bases = Endpoint(
    name="list_vector_knowledge_bases",
    group="vector_knowledge_bases",
    method_name="list",
    http_method="GET",
    path="/v1/knowledgebases",
    effect="read",
    summary='List your vector knowledge bases with their IDs, names and descriptions.',
    synonyms=("vector stores", "vector kbs"),
    params=ListVectorKnowledgeBasesParams,
    items='vectors',
    headers={'include_text': 'include-text'},
)


class GetVectorKnowledgeBaseParams(Params):
    """Parameters of `get_vector_knowledge_base`."""

    vector_id: Id = Field(description='KB to view.')
    include_text: Optional[bool] = Field(
        None, alias='include-text', description='Also return stored document text. API default: false.'
    )


get_vector_knowledge_base = Endpoint(
    name="get_vector_knowledge_base",
    group="vector_knowledge_bases",
    method_name="get",
    http_method="GET",
    path="/v1/knowledgebases/{vector_id}",
    effect="read",
    summary="Return a vector knowledge base's name and description, optionally with its text.",
    synonyms=("vector store contents",),
    params=GetVectorKnowledgeBaseParams,
    headers={'include_text': 'include-text'},
)


class DeleteVectorKnowledgeBaseParams(Params):
    """Parameters of `delete_vector_knowledge_base`."""

    vector_id: Id = Field(description='KB to remove.')


delete_vector_knowledge_base = Endpoint(
    name="delete_vector_knowledge_base",
    group="vector_knowledge_bases",
    method_name="delete",
    http_method="DELETE",
    path="/v1/knowledgebases/{vector_id}",
    effect="destructive",
    summary='Delete a vector knowledge base so agents can no longer consult it.',
    synonyms=("remove a vector store",),
    params=DeleteVectorKnowledgeBaseParams,
)


ENDPOINTS = [
    create_vector_knowledge_base,
    upload_vector_kb_media,
    upload_vector_kb_text,
    update_vector_knowledge_base,
    list_vector_knowledge_bases,
    get_vector_knowledge_base,
    delete_vector_knowledge_base,
]
