"""Knowledge bases: create (file, text or web), list, get, update, delete, sitemap discovery, chat."""

from __future__ import annotations

from typing import Any

from ..state import SandboxError, Store
from . import SandboxRequest, enveloped, handles


@handles("create_knowledge_base_from_file", "create_knowledge_base_from_text", "create_knowledge_base_from_web")
def create_knowledge_base(store: Store, req: SandboxRequest) -> Any:
    """The three variants share `POST /v1/knowledge/learn`; the body's `type` picks one."""
    params, kbs = req.params, store.knowledge_bases
    if params.type == "text":
        kb = kbs.create_text(params.name, params.description, params.text)
    elif params.type == "web":
        kb = kbs.create_web(params.name, params.description, list(params.urls))
    elif req.files.get("file"):
        kb = kbs.create_file(params.name, params.description, req.files["file"][0])
    else:
        raise SandboxError.data(400, "INVALID_INPUT", "file must be sent as multipart/form-data")
    return enveloped(dict(kb))


@handles("list_knowledge_bases")
def list_knowledge_bases(store: Store, req: SandboxRequest) -> Any:
    rows, total = store.knowledge_bases.page(int(req.params.page or 1), int(req.params.limit or 20))
    return enveloped({"kbs": [dict(kb) for kb in rows], "total": total})


@handles("get_knowledge_base")
def get_knowledge_base(store: Store, req: SandboxRequest) -> Any:
    return enveloped(dict(store.knowledge_bases.get(req.params.knowledge_base_id)))


@handles("update_knowledge_base")
def update_knowledge_base(store: Store, req: SandboxRequest) -> Any:
    changes = {key: getattr(req.params, key) for key in ("name", "description") if req.given(key)}
    changes = {k: v for k, v in changes.items() if v is not None or k == "description"}  # a null name is no change
    return enveloped(dict(store.knowledge_bases.update(req.params.knowledge_base_id, changes)))


@handles("delete_knowledge_base")
def delete_knowledge_base(store: Store, req: SandboxRequest) -> Any:
    store.knowledge_bases.delete(req.params.knowledge_base_id)
    return enveloped(
        {
            "success": True,
            "message": "Knowledge base successfully deleted",
            "knowledge_base_id": req.params.knowledge_base_id,
        }
    )


@handles("discover_sitemap_urls")
def discover_sitemap_urls(store: Store, req: SandboxRequest) -> Any:
    return enveloped(store.knowledge_bases.sitemap(req.params.url))


@handles("chat_with_knowledge_base")
def chat_with_knowledge_base(store: Store, req: SandboxRequest) -> Any:
    asked = [m.get("content") for m in req.params.messages or [] if isinstance(m, dict) and m.get("role") == "user"]
    if not asked or not asked[-1]:
        raise SandboxError.data(400, "INVALID_INPUT", "messages must include a user message")
    kb = store.knowledge_bases.get(req.params.knowledge_base_id)
    response, passages = store.knowledge_bases.answer(kb["id"], str(asked[-1]))
    sources = [
        {
            "id": kb["id"],
            "content": passage,
            "metadata": {"knowledge_base_name": kb["name"], "type": kb["type"], "passage": i + 1},
        }
        for i, passage in enumerate(passages)
    ]
    return enveloped({"response": response, "context": f"Based on the knowledge base {kb['name']}", "sources": sources})
