"""Knowledge bases: declarations of the group's endpoints, owned here."""

from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import Field, model_validator

from .._endpoint import Endpoint, Params
from .._models import KnowledgeBase
from .._pagination import PageNumber
from .._types import FileInput, Id, Number


class _LearnParams(Params):
    """The three Create Knowledge Base variants share one path: `type` names the variant and is
    always sent, though callers need not give it."""

    @model_validator(mode="after")
    def _send_type(self) -> _LearnParams:
        self.type = self.type  # assigning marks the default as given, so it goes on the wire
        return self


class CreateKnowledgeBaseFromFileParams(_LearnParams):
    """Parameters of `create_knowledge_base_from_file`."""

    type: Literal['file'] = Field('file', description='The variant: always \'file\' (sent for you).')
    name: Optional[str] = Field(None, description='KB name; falls back to the file name.')
    description: Optional[str] = Field(None, description='Optional summary.')
    file: FileInput = Field(description='Document to ingest (PDF, Word, text, etc.).')


create_knowledge_base_from_file = Endpoint(
    name="create_knowledge_base_from_file",
    group="knowledge_bases",
    method_name="create_from_file",
    http_method="POST",
    path="/v1/knowledge/learn",
    effect="write",
    summary='Create a knowledge base from an uploaded document such as a PDF or Word file.',
    synonyms=("pdf", "word document", "upload a document", "handbook"),
    params=CreateKnowledgeBaseFromFileParams,
    result=KnowledgeBase,
    envelope="data",
    multipart=True,
)


class CreateKnowledgeBaseFromTextParams(_LearnParams):
    """Parameters of `create_knowledge_base_from_text`."""

    type: Literal['text'] = Field('text', description='The variant: always \'text\' (sent for you).')
    name: str = Field(description='KB name.')
    description: Optional[str] = Field(None, description='Optional summary.')
    text: str = Field(description='Raw content, up to 1 MB.')


create_knowledge_base_from_text = Endpoint(
    name="create_knowledge_base_from_text",
    group="knowledge_bases",
    method_name="create_from_text",
    http_method="POST",
    path="/v1/knowledge/learn",
    effect="write",
    summary='Create a knowledge base from raw text of up to 1 MB.',
    synonyms=("paste text", "faq", "raw text"),
    params=CreateKnowledgeBaseFromTextParams,
    result=KnowledgeBase,
    envelope="data",
)


class CreateKnowledgeBaseFromWebParams(_LearnParams):
    """Parameters of `create_knowledge_base_from_web`."""

    type: Literal['web'] = Field('web', description='The variant: always \'web\' (sent for you).')
    name: str = Field(description='KB name.')
    description: Optional[str] = Field(None, description='Optional summary.')
    urls: list[str] = Field(description='Pages to scrape, at most 100.')


create_knowledge_base_from_web = Endpoint(
    name="create_knowledge_base_from_web",
    group="knowledge_bases",
    method_name="create_from_web",
    http_method="POST",
    path="/v1/knowledge/learn",
    effect="outbound",
    summary='Create a knowledge base by scraping up to 100 web pages.',
    synonyms=("scrape", "crawl", "website", "web pages", "url", "ingest a site"),
    params=CreateKnowledgeBaseFromWebParams,
    result=KnowledgeBase,
    envelope="data",
)


class ListKnowledgeBasesParams(Params):
    """Parameters of `list_knowledge_bases`."""

    page: Optional[Number] = Field(None, description='Page number. API default: 1.')
    limit: Optional[Number] = Field(None, description='Items per page, max 100. API default: 20.')


list_knowledge_bases = Endpoint(
    name="list_knowledge_bases",
    group="knowledge_bases",
    method_name="list",
    http_method="GET",
    path="/v1/knowledge",
    effect="read",
    summary='List your knowledge bases with their type, processing status and source, with paging.',
    synonyms=("my kbs", "processing status"),
    params=ListKnowledgeBasesParams,
    result=KnowledgeBase,
    envelope="data",
    items='kbs',
    pagination=PageNumber(size="limit", default_size=20),
    total=('data', 'total'),
)


class GetKnowledgeBaseParams(Params):
    """Parameters of `get_knowledge_base`."""

    knowledge_base_id: Id = Field(description='KB to fetch.')


get_knowledge_base = Endpoint(
    name="get_knowledge_base",
    group="knowledge_bases",
    method_name="get",
    http_method="GET",
    path="/v1/knowledge/{knowledge_base_id}",
    effect="read",
    summary="Return one knowledge base's details, including its type, processing status and source.",
    synonyms=("kb status", "processing done"),
    params=GetKnowledgeBaseParams,
    result=KnowledgeBase,
    envelope="data",
)


class UpdateKnowledgeBaseParams(Params):
    """Parameters of `update_knowledge_base`."""

    knowledge_base_id: Id = Field(description='KB to update.')
    name: Optional[str] = Field(None, description='New name; unchanged if omitted.')
    description: Optional[str] = Field(None, description='New description; null clears it.')


update_knowledge_base = Endpoint(
    name="update_knowledge_base",
    group="knowledge_bases",
    method_name="update",
    http_method="PUT",
    path="/v1/knowledge/{knowledge_base_id}",
    effect="write",
    summary="Change a knowledge base's name or description without changing its content.",
    synonyms=("rename a kb", "kb description"),
    params=UpdateKnowledgeBaseParams,
    result=KnowledgeBase,
    envelope="data",
)


class DeleteKnowledgeBaseParams(Params):
    """Parameters of `delete_knowledge_base`."""

    knowledge_base_id: Id = Field(description='KB to delete.')


delete_knowledge_base = Endpoint(
    name="delete_knowledge_base",
    group="knowledge_bases",
    method_name="delete",
    http_method="DELETE",
    path="/v1/knowledge/{knowledge_base_id}",
    effect="destructive",
    summary='Delete a knowledge base by marking its status as deleted.',
    synonyms=("remove a kb",),
    params=DeleteKnowledgeBaseParams,
    envelope="data",
)


class DiscoverSitemapUrlsParams(Params):
    """Parameters of `discover_sitemap_urls`."""

    url: str = Field(description='Site base URL to inspect for a sitemap.')


discover_sitemap_urls = Endpoint(
    name="discover_sitemap_urls",
    group="knowledge_bases",
    method_name="discover_sitemap_urls",
    http_method="POST",
    path="/v1/knowledge/crawl",
    effect="read",
    summary="Find a website's sitemap and return the page URLs it lists, for choosing pages to scrape.",
    synonyms=("sitemap", "crawl", "pages of a website", "site urls"),
    params=DiscoverSitemapUrlsParams,
    envelope="data",
)


class ChatWithKnowledgeBaseParams(Params):
    """Parameters of `chat_with_knowledge_base`."""

    knowledge_base_id: Id = Field(description='KB to query.')
    messages: Optional[list[dict[str, Any]]] = Field(
        None, description='Conversation turns for context; each item needs role (user/assistant/system) and content.'
    )


chat_with_knowledge_base = Endpoint(
    name="chat_with_knowledge_base",
    group="knowledge_bases",
    method_name="chat",
    http_method="POST",
    path="/v1/knowledge/chat",
    effect="read",
    summary='Ask a knowledge base a question and get an answer with the source passages it used.',
    synonyms=("ask", "question", "query the kb", "search the docs", "policy"),
    params=ChatWithKnowledgeBaseParams,
    envelope="data",
)


ENDPOINTS = [
    create_knowledge_base_from_file,
    create_knowledge_base_from_text,
    create_knowledge_base_from_web,
    list_knowledge_bases,
    get_knowledge_base,
    update_knowledge_base,
    delete_knowledge_base,
    discover_sitemap_urls,
    chat_with_knowledge_base,
]
