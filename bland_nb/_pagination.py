"""Pagination schemes and the lazy `Page` / `AsyncPage` that walk them.

The API pages lists four ways: an index window (`from`/`to` + `limit`) for calls, `take`/`skip`
for batches, `page`/`pageSize` numbers for SMS conversations and tools, and `limit`/`offset` for
shared voices. A scheme knows how to ask for the first page and what to ask next; a page holds
one answer's items and fetches the following pages only when iterated.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any, Generic, Optional, TypeVar

from ._exceptions import BlandError
from ._response import UNREADABLE, read_items, unreadable

if TYPE_CHECKING:
    from ._bulk import BulkJob, BulkRunner

__all__ = ["AsyncPage", "IndexWindow", "Offset", "PageNumber", "Page", "Pagination"]

T = TypeVar("T")

MAX_PAGES = 10_000
"""Pages a walk fetches at most, whatever the server says."""


@dataclass(frozen=True)
class Pagination:
    """Base of the schemes. `size` names the page-size parameter; `default_size` is the API's."""

    size: str
    default_size: int

    def page_size(self, params: dict[str, Any]) -> int:
        return int(params.get(self.size) or self.default_size)

    def first(self, params: dict[str, Any]) -> dict[str, Any]:
        """The first request's parameters: the user's, with the page size made explicit."""
        return {self.size: self.default_size, **params}

    def next(self, params: dict[str, Any], count: int) -> Optional[dict[str, Any]]:
        """The next request's parameters after a page of `count` items, or None at the end."""
        if count < self.page_size(params) or count == 0:
            return None
        return self._advance(params, count)

    def _advance(self, params: dict[str, Any], count: int) -> dict[str, Any]:
        raise NotImplementedError

    def position(self, params: dict[str, Any]) -> int:
        """The list index of the page's first item."""
        raise NotImplementedError

    def following(self, params: dict[str, Any], count: int, total: int) -> list[dict[str, Any]]:
        """The parameters of every page after one of `count` items, for a list of `total` items
        (at most `MAX_PAGES`): what can be asked at once when the API says its total."""
        size = self.page_size(params)
        if count < size:
            return []
        left = total - self.position(params) - count
        pages = []
        for _ in range(min(max(-(-left // size), 0), MAX_PAGES)):
            params = self._advance(params, size)
            pages.append(params)
        return pages


@dataclass(frozen=True)
class IndexWindow(Pagination):
    """`from`/`to` index windows (0-based, `to` exclusive) with a `limit`: List Calls."""

    start: str = "from_"
    end: str = "to"

    def first(self, params: dict[str, Any]) -> dict[str, Any]:
        params = super().first(params)
        start = int(params.get(self.start) or 0)
        return {**params, self.start: start, self.end: params.get(self.end, start + self.page_size(params))}

    def _advance(self, params: dict[str, Any], count: int) -> dict[str, Any]:
        start = int(params[self.start]) + count
        return {**params, self.start: start, self.end: start + self.page_size(params)}

    def position(self, params: dict[str, Any]) -> int:
        return int(params.get(self.start) or 0)


@dataclass(frozen=True)
class Offset(Pagination):
    """An item offset and a page size: `take`/`skip` (batches), `limit`/`offset` (shared voices)."""

    offset: str = "offset"

    def _advance(self, params: dict[str, Any], count: int) -> dict[str, Any]:
        return {**params, self.offset: self.position(params) + count}

    def position(self, params: dict[str, Any]) -> int:
        return int(params.get(self.offset) or 0)


@dataclass(frozen=True)
class PageNumber(Pagination):
    """1-based page numbers: `page` with `pageSize` or `limit`."""

    page: str = "page"

    def _advance(self, params: dict[str, Any], count: int) -> dict[str, Any]:
        return {**params, self.page: int(params.get(self.page) or 1) + 1}

    def position(self, params: dict[str, Any]) -> int:
        return (int(params.get(self.page) or 1) - 1) * self.page_size(params)


class _BasePage(Generic[T]):
    def __init__(self, *, rows: list[Any], body: Any, params: dict[str, Any], endpoint: Any, total: Optional[int]):
        self.rows = rows
        """This page's items as the API sent them (plain JSON), for code that wants no models."""
        self.body = body
        self.params = params
        self.endpoint = endpoint
        self.total = total
        self._items: Optional[list[T]] = None

    @property
    def items(self) -> list[T]:
        """This page's items as models, read on first use."""
        if self._items is None:
            try:
                self._items = read_items(self.endpoint, self.rows)
            except UNREADABLE as exc:
                error = unreadable(self.endpoint, 200, self.endpoint.path, exc)
                raise error from None
        return self._items

    def _following(self, seen: set[int], pages: int) -> Optional[dict[str, Any]]:
        """The next page's parameters, after checking that this page moved the walk on: a server
        that ignores the page window would otherwise be walked forever."""
        following = self.next_params()
        if following is None:
            return None
        self._check_new(seen)
        if pages >= MAX_PAGES or (
            self.total is not None and pages * max(len(self.rows), 1) > self.total + len(self.rows)
        ):
            raise self._stuck(f"kept sending pages past its total ({self.total}) or past {MAX_PAGES:,} pages")
        return following

    def _check_new(self, seen: set[int]) -> None:
        """Refuse a page whose first and last items are those of a page `seen` already."""
        fingerprint = hash(repr(self.rows[:1] + self.rows[-1:]))
        if fingerprint in seen:
            raise self._stuck("sent a page it had already sent")
        seen.add(fingerprint)

    def _stuck(self, what: str) -> BlandError:
        from ._exceptions import APIResponseValidationError

        return APIResponseValidationError(
            f"Stopped paging {self.endpoint.name}: the API {what}",
            status_code=200,
            method=self.endpoint.http_method,
            path=self.endpoint.path,
        )

    @property
    def raw(self) -> Any:
        """The JSON body of this page, exactly as the API sent it."""
        return self.body

    def next_params(self) -> Optional[dict[str, Any]]:
        """Parameters of the next page's request, or None if this is the last page."""
        scheme = self.endpoint.pagination
        return scheme.next(self.params, len(self.rows)) if scheme else None

    def following_params(self) -> Optional[list[dict[str, Any]]]:
        """Parameters of every page after this one, worked out from the API's total; None when
        the API sent no total (the pages can then only be walked one after another)."""
        scheme = self.endpoint.pagination
        if scheme is None or self.total is None:
            return None
        return scheme.following(self.params, len(self.rows), self.total)

    def has_next_page(self) -> bool:
        return self.next_params() is not None

    def to_df(self) -> Any:
        """This page's rows (this page only) as a typed pandas DataFrame: `bland_nb.frames.page(page)`.

        The one place the core reaches a front door; frames (and pandas) load only when called."""
        try:
            import pandas  # noqa: F401  (frames may be loaded already; pandas must be there)

            from .frames import page
        except ImportError:
            raise ImportError("Page.to_df() needs pandas: pip install 'bland-nb[frames]'") from None
        return page(self)

    def __repr__(self) -> str:
        total = f", total={self.total}" if self.total is not None else ""
        return f"<{type(self).__name__} {self.endpoint.name}: {len(self.rows)} items{total}>"


class Page(_BasePage[T]):
    """One page of a list; iterating it walks every following page lazily.

    ```python
    page = client.calls.list(campaign_id=cid)   # first page only
    page.items, page.total                       # this page's calls, the API's total
    for call in page: ...                        # all calls, fetching pages as needed
    page.all_rows()                              # every page's raw rows, fetched now
    with bland_nb.BulkRunner(client, concurrency=8) as runner:
        for p in page.iter_pages(runner=runner): ...   # 8 pages asked at once, still in order
    ```
    """

    def __init__(self, *, fetch: Callable[[dict[str, Any]], Page[T]], **kwargs: Any):
        super().__init__(**kwargs)
        self._fetch = fetch

    def iter_pages(self, *, runner: Optional[BulkRunner] = None) -> Iterator[Page[T]]:
        """This page and every following one, in order, each fetched when needed.

        With a `BulkRunner`, and a total in the API's answer, the following pages are asked for
        ahead, `runner.concurrency` at a time within its rate limit, and still come in order;
        past the total (the list grew meanwhile) or without one, one after another. A page that
        fails after the client's retries raises its error; the pages asked ahead are then dropped."""
        following = self.following_params() if runner is not None else None
        if following is None:
            yield from self._walk()
            return
        page = yield from self._ahead(runner, following)
        if page is not None:
            yield from islice(page._walk(), 1, None)

    def _ahead(
        self, runner: BulkRunner, following: list[dict[str, Any]]
    ) -> Generator[Page[T], None, Optional[Page[T]]]:
        """Yield this page and the `following` ones, fetched by `runner` ahead of use; return the
        last page if every one was full (more may follow), else None."""
        pending = iter(following)
        jobs: deque[BulkJob] = deque()

        def ask() -> None:
            params = next(pending, None)
            if params is not None:
                jobs.append(runner.submit(self.endpoint, [params]))

        for _ in range(runner.concurrency):
            ask()
        seen: set[int] = set()
        page, size = self, self.endpoint.pagination.page_size(self.params)
        try:
            page._check_new(seen)
            yield page
            while jobs:
                (item,) = jobs.popleft().result()
                if not item.ok:
                    raise item.error
                page = item.result
                page._check_new(seen)
                yield page
                if len(page.rows) < size:
                    return None
                ask()
        finally:
            for job in jobs:
                job.cancel()
        return page

    def _walk(self) -> Iterator[Page[T]]:
        page: Optional[Page[T]] = self
        seen: set[int] = set()
        pages = 0
        while page is not None:
            yield page
            pages += 1
            following = page._following(seen, pages)
            page = page._fetch(following) if following is not None else None

    def all_rows(self) -> list[Any]:
        """The raw rows (JSON as sent) of this page and every following one, fetched now."""
        return [row for page in self.iter_pages() for row in page.rows]

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_BasePage[T]):
    """One page of a list; `async for` walks every following page lazily."""

    def __init__(self, *, fetch: Callable[[dict[str, Any]], Awaitable[AsyncPage[T]]], **kwargs: Any):
        super().__init__(**kwargs)
        self._fetch = fetch

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page: Optional[AsyncPage[T]] = self
        seen: set[int] = set()
        pages = 0
        while page is not None:
            yield page
            pages += 1
            following = page._following(seen, pages)
            page = await page._fetch(following) if following is not None else None

    async def all_rows(self) -> list[Any]:
        """The raw rows (JSON as sent) of this page and every following one, fetched now."""
        return [row async for page in self.iter_pages() for row in page.rows]

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item
