"""Vector knowledge bases (the deprecated `/v1/knowledgebases` API): named texts agents consult,
created from text or from an uploaded document or media file. Deleting one removes it."""

from __future__ import annotations

from typing import Any, Optional

from ._store import GroupState

__all__ = ["VectorKnowledgeBasesState"]

SEEDED = (
    (
        "Bland AI FAQs",
        "Business facts, policies, and frequently asked questions for Bland AI.",
        "Bland AI builds phone agents. Calls are billed per minute. Support is available around the clock.",
    ),
    (
        "Shipping policy",
        "When and how orders ship, and what delivery costs.",
        "Orders ship within two business days. Standard delivery is free over 50 dollars.",
    ),
    (
        "Store locations",
        "Addresses and opening hours of the stores.",
        "The Market Street store opens at 9am. The Mission store is closed on Mondays.",
    ),
)


class VectorKnowledgeBasesState(GroupState):
    group = "vector_knowledge_bases"
    order = 31

    def seed(self) -> None:
        self.vectors: dict[str, dict[str, Any]] = {}
        for name, description, text in SEEDED:
            self.create(name, description, text)

    def create(self, name: str, description: str, text: str) -> dict[str, Any]:
        vector = {"vector_id": f"KB-{self.new_id()}", "name": name, "description": description, "text": text}
        self.vectors[vector["vector_id"]] = vector
        return vector

    def upload(self, content: bytes, name: Optional[str], description: Optional[str], *, media: bool) -> dict[str, Any]:
        """A knowledge base from an uploaded document (its text) or media file (its transcript)."""
        if media:
            text = f"Transcript of the uploaded recording ({len(content)} bytes)."
        else:
            text = content.decode("utf-8", errors="replace")
        kind = "media" if media else "document"
        return self.create(name or f"Uploaded {kind}", description or f"Knowledge from an uploaded {kind}.", text)

    def get(self, vector_id: str) -> dict[str, Any]:
        return self.find(self.vectors, vector_id, "Knowledge base", flat=True)

    def update(self, vector_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        vector = self.get(vector_id)
        vector.update(changes)
        return vector

    def delete(self, vector_id: str) -> None:
        self.get(vector_id)
        del self.vectors[vector_id]
