"""Vector knowledge bases (deprecated API): create, upload a document or media file, update, list, get, delete."""

from __future__ import annotations

from typing import Any

from ..state import SandboxError, Store
from . import SandboxRequest, handles


def _view(vector: dict[str, Any], include_text: Any) -> dict[str, Any]:
    return {key: value for key, value in vector.items() if key != "text" or include_text}


@handles("create_vector_knowledge_base")
def create_vector_knowledge_base(store: Store, req: SandboxRequest) -> Any:
    vector = store.vector_knowledge_bases.create(req.params.name, req.params.description, req.params.text)
    return {"vector_id": vector["vector_id"]}


@handles("upload_vector_kb_text", "upload_vector_kb_media")
def upload_vector_kb(store: Store, req: SandboxRequest) -> Any:
    """No answer is documented: the new knowledge base's `vector_id`, as Create answers."""
    if not req.files.get("file"):
        raise SandboxError.invalid("file must be sent as multipart/form-data", flat=True)
    media = req.endpoint.name == "upload_vector_kb_media"
    vector = store.vector_knowledge_bases.upload(
        req.files["file"][0], req.params.name, req.params.description, media=media
    )
    return {"vector_id": vector["vector_id"]}


@handles("update_vector_knowledge_base")
def update_vector_knowledge_base(store: Store, req: SandboxRequest) -> Any:
    params = req.params
    changes = {key: getattr(params, key) for key in ("name", "description", "text") if getattr(params, key) is not None}
    return {"vector_id": store.vector_knowledge_bases.update(params.vector_id, changes)["vector_id"]}


@handles("list_vector_knowledge_bases")
def list_vector_knowledge_bases(store: Store, req: SandboxRequest) -> Any:
    return {"vectors": [_view(v, req.params.include_text) for v in store.vector_knowledge_bases.vectors.values()]}


@handles("get_vector_knowledge_base")
def get_vector_knowledge_base(store: Store, req: SandboxRequest) -> Any:
    return _view(store.vector_knowledge_bases.get(req.params.vector_id), req.params.include_text)


@handles("delete_vector_knowledge_base")
def delete_vector_knowledge_base(store: Store, req: SandboxRequest) -> Any:
    store.vector_knowledge_bases.delete(req.params.vector_id)
    return {"message": "Knowledge base deleted"}
