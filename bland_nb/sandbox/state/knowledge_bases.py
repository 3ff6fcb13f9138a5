"""Knowledge bases (the newer `/v1/knowledge` API): documents, texts and scraped sites that agents
consult. A new knowledge base is PROCESSING until the sandbox clock passes its ready time, then
COMPLETED; deleting one only sets its status to DELETED. Chat answers from the stored text.

Public fields are kept on the resource dict; the text itself is kept apart in `texts`.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any, Optional
from urllib.parse import urlsplit

from ._store import GroupState, SandboxError, iso
from .pathways import words

__all__ = ["KnowledgeBasesState"]

ULID = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
MAX_TEXT = 1_000_000
PAGES = (
    "",
    "about",
    "pricing",
    "contact",
    "blog",
    "careers",
    "docs/getting-started",
    "docs/api-reference",
    "docs/tutorials",
    "help/billing",
    "help/account",
    "legal/privacy",
    "legal/terms",
)
FAQ = (
    "Sandbox Dental is open Monday to Friday from 8am to 6pm and Saturday from 9am to 1pm. "
    "New patients can book a first visit online or by phone. Cleanings take about 45 minutes. "
    "Appointments can be moved or cancelled free of charge up to 24 hours in advance. "
    "Late cancellations are charged a fee of 25 dollars. We accept most dental insurance plans."
)
REFUNDS = (
    "Our refund policy allows full refunds within 30 days of purchase. "
    "For products bought more than 30 days ago we offer store credit or an exchange. "
    "Refunds are paid back to the original payment method within five business days. "
    "To request a refund, contact support@example.com with your order number."
)
PRODUCT = (
    "Sandbox CRM tracks leads, deals and calls in one place. "
    "The Starter plan costs 29 dollars per user per month. "
    "The Growth plan costs 79 dollars per user per month and adds call recording and reporting. "
    "Every plan includes a 14 day free trial and unlimited contacts."
)
# (name, description, type, source, text, days old; 0 = still processing)
SEEDED = (
    ("Company FAQs", "Frequently asked questions and opening hours", "FILE", "company_faqs.pdf", FAQ, 40),
    ("Refund policy", "Refunds, returns and exchanges", "TEXT", None, REFUNDS, 31),
    ("Product information", "Plans, prices and features", "TEXT", None, PRODUCT, 17),
    ("Help center", "Pages of the public help center", "WEB_SCRAPE", "https://help.sandbox-crm.com", None, 8),
    ("Pricing pages", "The public pricing site", "WEB_SCRAPE", "https://sandbox-crm.com", None, 0),
)
FILE_TYPES = (
    (b"%PDF", "application/pdf", "pdf"),
    (b"PK\x03\x04", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
)


class KnowledgeBasesState(GroupState):
    group = "knowledge_bases"
    order = 30

    def seed(self) -> None:
        self.kbs: dict[str, dict[str, Any]] = {}
        self.texts: dict[str, str] = {}
        self.ready_at: dict[str, datetime] = {}
        for name, description, kind, source, text, age in SEEDED:
            created = self.store.now - timedelta(days=age, hours=self.random.uniform(1, 6) if age else 0)
            if kind == "FILE":
                self._file(name, description, b"%PDF-1.4 " + text.encode(), source, created)
            elif kind == "TEXT":
                self._add(name, description, "TEXT", text, created)
            else:
                self._web(name, description, self.sitemap(source)["urls"][:5], created)

    # -- creating -------------------------------------------------------------------------------

    def _add(
        self, name: str, description: Optional[str], kind: str, text: str, created: datetime, **source: Any
    ) -> dict[str, Any]:
        kb_id = "kb_" + "".join(self.random.choice(ULID) for _ in range(26))
        ready = created + timedelta(minutes=self.random.uniform(1, 4))
        kb = {
            "id": kb_id,
            "name": name,
            "description": description,
            "status": "PROCESSING",
            "type": kind,
            "created_at": iso(created),
            "updated_at": iso(created),
            **source,
        }
        self.kbs[kb_id] = kb
        self.texts[kb_id] = text
        self.ready_at[kb_id] = ready
        self.advance(self.store.now)
        return kb

    def create_text(self, name: str, description: Optional[str], text: str) -> dict[str, Any]:
        if len(text.encode()) > MAX_TEXT:
            raise SandboxError.data(400, "INVALID_INPUT", "text must be at most 1 MB")
        return self._add(name, description, "TEXT", text, self.store.now)

    def create_file(self, name: Optional[str], description: Optional[str], content: bytes) -> dict[str, Any]:
        return self._file(name, description, content, None, self.store.now)

    def _file(
        self,
        name: Optional[str],
        description: Optional[str],
        content: bytes,
        file_name: Optional[str],
        created: datetime,
    ) -> dict[str, Any]:
        sniffed = (kind for magic, *kind in FILE_TYPES if content.startswith(magic))
        kind, extension = next(sniffed, ("text/plain", "txt"))
        file_name = file_name or f"{re.sub(r'[^a-z0-9]+', '_', (name or 'upload').lower()).strip('_')}.{extension}"
        readable = re.findall(r"[ -~]{4,}", content.decode("latin-1"))  # the readable runs of the document
        text = re.sub(r"^%PDF-[\d.]+\s*", "", " ".join(readable))
        meta = {"file_name": file_name, "file_size": len(content), "file_type": kind}
        return self._add(name or file_name, description, "FILE", text, created, file=meta)

    def create_web(self, name: str, description: Optional[str], urls: list[str]) -> dict[str, Any]:
        if not 0 < len(urls) <= 100:
            raise SandboxError.data(400, "INVALID_INPUT", "urls must list between 1 and 100 pages")
        return self._web(name, description, urls, self.store.now)

    def _web(self, name: str, description: Optional[str], urls: list[str], created: datetime) -> dict[str, Any]:
        text = " ".join(_page_text(url) for url in urls)
        base = "{0.scheme}://{0.netloc}".format(urlsplit(urls[0]))
        return self._add(name, description, "WEB_SCRAPE", text, created, source_urls=",".join(urls), base_url=base)

    def advance(self, now: datetime) -> None:
        for kb_id, ready in list(self.ready_at.items()):
            if now >= ready:
                kb = self.kbs[kb_id]
                if kb["status"] == "PROCESSING":
                    kb.update(status="COMPLETED", updated_at=iso(ready))
                del self.ready_at[kb_id]

    # -- reads and changes ----------------------------------------------------------------------

    def get(self, kb_id: str) -> dict[str, Any]:
        kb = self.kbs.get(kb_id)
        if kb is None or kb["status"] == "DELETED":
            raise SandboxError.data(404, "KB_ERROR", f"Knowledge base {kb_id} not found")
        return kb

    def page(self, page: int, limit: int) -> tuple[list[dict[str, Any]], int]:
        """One page of the knowledge bases that are not deleted, newest first, and how many there are."""
        if page < 1 or not 1 <= limit <= 100:
            raise SandboxError.data(400, "INVALID_INPUT", "page must be at least 1 and limit between 1 and 100")
        live = [kb for kb in self.kbs.values() if kb["status"] != "DELETED"]
        live.sort(key=lambda kb: kb["created_at"], reverse=True)
        return live[(page - 1) * limit : page * limit], len(live)

    def update(self, kb_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        """Name and description only; the content stays as it is."""
        kb = self.get(kb_id)
        kb.update(changes, updated_at=iso(self.store.now))
        return kb

    def delete(self, kb_id: str) -> None:
        self.get(kb_id).update(status="DELETED", updated_at=iso(self.store.now))

    def sitemap(self, url: str) -> dict[str, Any]:
        """The pages a site's sitemap lists: the same site always lists the same pages."""
        parts = urlsplit(url if "://" in url else f"https://{url}")
        if not parts.netloc or "." not in parts.netloc:
            raise SandboxError.data(400, "INVALID_INPUT", f"{url} is not a website address")
        base = f"{parts.scheme}://{parts.netloc}"
        rng = self.store.rng(f"sitemap:{parts.netloc}")
        chosen = [PAGES[0], *sorted(rng.sample(PAGES[1:], rng.randint(5, len(PAGES) - 1)), key=PAGES.index)]
        return {"urls": [f"{base}/{path}" for path in chosen], "sitemap_url": f"{base}/sitemap.xml"}

    def answer(self, kb_id: str, question: str) -> tuple[str, list[str]]:
        """(answer, passages used): the one or two sentences sharing most words with the question."""
        kb = self.get(kb_id)
        if kb["status"] != "COMPLETED":
            raise SandboxError.data(409, "KB_NOT_READY", f"Knowledge base {kb_id} is still processing")
        asked = words(question)
        sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", self.texts[kb_id]) if s.strip()]
        scored = sorted(((len(asked & words(s)), -i, s) for i, s in enumerate(sentences)), reverse=True)
        best = [s for score, i, s in sorted(scored[:2], key=lambda x: -x[1]) if score > 0]
        if not best:
            return f"I couldn't find anything about that in {kb['name']}.", []
        return " ".join(best), best


def _page_text(url: str) -> str:
    """What a scraped page says, made up from its address."""
    parts = urlsplit(url)
    topic = " ".join(re.findall(r"[a-z0-9]+", parts.path.lower())) or "home"
    return (
        f"The {topic} page of {parts.netloc} explains {topic} for customers. "
        f"Questions about {topic} can be sent to support at {parts.netloc}."
    )
