"""Knowledge bases: create (file, text or web), list, get, update, delete, sitemap discovery, chat."""

from __future__ import annotations

from typing import Any

from ..state import SandboxError, Store
from . import SandboxRequest, handles


def _data(payload: Any) -> Any:
    return {"data": payload, "errors": None}


@handles("create_knowledge_base_from_file", "create_knowledge_base_from_text", "create_knowledge_base_from_web")
def create_knowledge_base(store: Store, req: SandboxRequest) -> Any:
    """The three variants share `POST /v1/knowledge/learn`; the body's `type` picks one."""
    p, kbs = req.p, store.knowledge_bases
    if p.type == "text":
        kb = kbs.create_text(p.name, p.description, p.text)
    elif p.type == "web":
        kb = kbs.create_web(p.name, p.description, list(p.urls))
    elif req.files.get("file"):
        kb = kbs.create_file(p.name, p.description, req.files["file"][0])
    else:
        raise SandboxError.data(400, "INVALID_INPUT", "file must be sent as multipart/form-data")
    return _data(dict(kb))


@handles("list_knowledge_bases")
def list_knowledge_bases(store: Store, req: SandboxRequest) -> Any:
    rows, total = store.knowledge_bases.page(int(req.p.page or 1), int(req.p.limit or 20))
    return _data({"kbs": [dict(kb) for kb in rows], "total": total})


@handles("get_knowledge_base")
def get_knowledge_base(store: Store, req: SandboxRequest) -> Any:
    return _data(dict(store.knowledge_bases.get(req.p.knowledge_base_id)))


@handles("update_knowledge_base")
def update_knowledge_base(store: Store, req: SandboxRequest) -> Any:
    changes = {key: getattr(req.p, key) for key in ("name", "description") if req.given(key)}
    changes = {k: v for k, v in changes.items() if v is not None or k == "description"}  # a null name is no change
    return _data(dict(store.knowledge_bases.update(req.p.knowledge_base_id, changes)))


@handles("delete_knowledge_base")
def delete_knowledge_base(store: Store, req: SandboxRequest) -> Any:
    store.knowledge_bases.delete(req.p.knowledge_base_id)
    return _data({"success": True, "message": "Knowledge base successfully deleted",
                  "knowledge_base_id": req.p.knowledge_base_id})


@handles("discover_sitemap_urls")
def discover_sitemap_urls(store: Store, req: SandboxRequest) -> Any:
    return _data(store.knowledge_bases.sitemap(req.p.url))


@handles("chat_with_knowledge_base")
def chat_with_knowledge_base(store: Store, req: SandboxRequest) -> Any:
    asked = [m.get("content") for m in req.p.messages or [] if isinstance(m, dict) and m.get("role") == "user"]
    if not asked or not asked[-1]:
        raise SandboxError.data(400, "INVALID_INPUT", "messages must include a user message")
    kb = store.knowledge_bases.get(req.p.knowledge_base_id)
    response, passages = store.knowledge_bases.answer(kb["id"], str(asked[-1]))
    sources = [{"id": kb["id"], "content": passage,
                "metadata": {"knowledge_base_name": kb["name"], "type": kb["type"], "passage": i + 1}}
               for i, passage in enumerate(passages)]
    return _data({"response": response, "context": f"Based on the knowledge base {kb['name']}", "sources": sources})
