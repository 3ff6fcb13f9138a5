"""Lazy iteration over every pagination scheme the API uses."""

from __future__ import annotations

import asyncio
import threading
import time

import httpx
import pytest

import bland_nb

from .conftest import Script


def calls_window(total: int):
    """A List Calls server: `from`/`to` windows over `total` calls."""

    def answer(request: httpx.Request) -> httpx.Response:
        start, end = int(request.url.params["from"]), int(request.url.params["to"])
        end = min(end, start + int(request.url.params["limit"]), total)
        calls = [{"call_id": f"c{i}"} for i in range(start, end)]
        return httpx.Response(200, json={"count": len(calls), "total_count": total, "calls": calls})

    return answer


def test_calls_iterate_windows_lazily():
    script = Script(default=calls_window(2500))
    client = bland_nb.BlandClient(api_key="k" * 20, transport=httpx.MockTransport(script))
    page = client.calls.list(campaign_id="camp-1", limit=1000)
    assert script.count == 1 and page.total == 2500 and len(page.items) == 1000
    ids = [call.call_id for call in page]
    assert ids == [f"c{i}" for i in range(2500)]
    assert [r.url.params["from"] for r in script.requests] == ["0", "1000", "2000"]
    assert all(r.url.params["campaign_id"] == "camp-1" for r in script.requests)


def test_iteration_stops_early_when_the_caller_breaks():
    script = Script(default=calls_window(100_000))
    client = bland_nb.BlandClient(api_key="k" * 20, transport=httpx.MockTransport(script))
    for n, _ in enumerate(client.calls.list(limit=100)):
        if n == 150:
            break
    assert script.count == 2


def test_async_pages():
    script = Script(default=calls_window(250))

    async def run():
        async with bland_nb.AsyncBlandClient(api_key="k" * 20, transport=httpx.MockTransport(script)) as client:
            page = await client.calls.list(limit=100)
            return [call.call_id async for call in page]

    assert len(asyncio.run(run())) == 250 and script.count == 3


def test_all_rows_are_every_page_s_raw_rows_sync_and_async():
    script = Script(default=calls_window(250))
    client = bland_nb.BlandClient(api_key="k" * 20, transport=httpx.MockTransport(script))
    assert client.calls.list(limit=100).all_rows() == [{"call_id": f"c{i}"} for i in range(250)]
    assert script.count == 3

    async def run():
        async with bland_nb.AsyncBlandClient(api_key="k" * 20, transport=httpx.MockTransport(script)) as aclient:
            return await (await aclient.calls.list(limit=100)).all_rows()

    assert asyncio.run(run()) == [{"call_id": f"c{i}"} for i in range(250)] and script.count == 6


def offset_server(key_items: str, size: str, offset: str, total: int, envelope: bool):
    def answer(request: httpx.Request) -> httpx.Response:
        skip, take = int(request.url.params.get(offset, 0)), int(request.url.params[size])
        items = [{"id": f"i{i}"} for i in range(skip, min(skip + take, total))]
        body = {key_items: items} if key_items else items
        return httpx.Response(200, json={"data": body, "errors": None} if envelope else body)

    return answer


@pytest.mark.parametrize(
    "dotted, server, kwargs",
    [
        ("batches.list", offset_server("", "take", "skip", 230, True), {"take": 100}),
        ("voices.list_shared", offset_server("voices", "limit", "offset", 120, False), {"limit": 50}),
    ],
)
def test_offset_schemes(dotted, server, kwargs, make_caller):
    script = Script(default=server)
    caller = make_caller(script)
    page = caller(dotted, **kwargs)
    if isinstance(page, bland_nb.AsyncPage):

        async def collect():
            return [item async for item in page]

        items = asyncio.run(collect())
    else:
        items = list(page)
    assert [item.id for item in items] == [f"i{i}" for i in range(len(items))]
    assert len(items) in (230, 120)


def test_page_number_scheme_with_total_outside_the_envelope():
    def answer(request: httpx.Request) -> httpx.Response:
        page, size = (
            int(request.url.params["page"] if "page" in request.url.params else 1),
            int(request.url.params["pageSize"]),
        )
        items = [{"id": f"v{i}"} for i in range((page - 1) * size, min(page * size, 60))]
        return httpx.Response(200, json={"data": items, "errors": None, "extra": {"pagination": {"totalItems": 60}}})

    script = Script(default=answer)
    client = bland_nb.BlandClient(api_key="k" * 20, transport=httpx.MockTransport(script))
    page = client.sms.list_conversations()
    assert page.total == 60 and len(page.items) == 25
    assert len(list(page)) == 60 and script.count == 3
    assert [r.url.params.get("page") for r in script.requests] == [None, "2", "3"]


def test_unpaginated_list_is_one_page():
    body = {"status": "success", "campaigns": [{"campaign_id": "a", "count": "12"}, {"campaign_id": "b", "count": 3}]}
    script = Script(default=httpx.Response(200, json=body))
    client = bland_nb.BlandClient(api_key="k" * 20, transport=httpx.MockTransport(script))
    page = client.campaigns.list()
    assert [c.count for c in page] == [12, 3] and not page.has_next_page() and script.count == 1
    assert page.raw == body


def test_a_lone_object_where_a_list_was_documented_is_one_item():
    pathway = {"name": "Demo", "nodes": [], "edges": []}
    client = bland_nb.BlandClient(
        api_key="k" * 20, transport=httpx.MockTransport(Script(default=httpx.Response(200, json=pathway)))
    )
    assert [p.name for p in client.pathways.list()] == ["Demo"]


@pytest.mark.parametrize(
    "scheme, params, count, total, expected",
    [
        (
            bland_nb.IndexWindow(size="limit", default_size=1000),
            {"limit": 100, "from_": 0, "to": 100},
            100,
            250,
            [{"limit": 100, "from_": 100, "to": 200}, {"limit": 100, "from_": 200, "to": 300}],
        ),
        (
            bland_nb.Offset(size="take", default_size=100, offset="skip"),
            {"take": 100},
            100,
            201,
            [
                {"take": 100, "skip": 100},
                {"take": 100, "skip": 200},
            ],
        ),
        (
            bland_nb.PageNumber(size="page_size", default_size=50),
            {"page_size": 50, "page": 2},
            50,
            160,
            [
                {"page_size": 50, "page": 3},
                {"page_size": 50, "page": 4},
            ],
        ),
        (bland_nb.Offset(size="take", default_size=100, offset="skip"), {"take": 100}, 99, 500, []),  # a short page
        (bland_nb.Offset(size="take", default_size=100, offset="skip"), {"take": 100, "skip": 400}, 100, 300, []),
    ],
)
def test_the_following_pages_are_worked_out_from_the_total(scheme, params, count, total, expected):
    assert scheme.following(params, count, total) == expected


def test_an_absurd_total_asks_for_at_most_max_pages():
    scheme = bland_nb.IndexWindow(size="limit", default_size=1000)
    assert len(scheme.following({"limit": 10, "from_": 0, "to": 10}, 10, 2**53)) == bland_nb._pagination.MAX_PAGES


def test_pages_fetched_ahead_by_a_runner_come_in_order_each_asked_once():
    asked, flight, lock = [], {"now": 0, "peak": 0}, threading.Lock()

    def answer(request: httpx.Request) -> httpx.Response:
        with lock:
            asked.append(int(request.url.params["from"]))
            flight["now"] += 1
            flight["peak"] = max(flight["peak"], flight["now"])
        time.sleep(0.01)
        with lock:
            flight["now"] -= 1
        return calls_window(2550)(request)

    client = bland_nb.BlandClient(api_key="k" * 20, transport=httpx.MockTransport(answer))
    with bland_nb.BulkRunner(client, concurrency=4) as runner:
        pages = list(client.calls.list(limit=100).iter_pages(runner=runner))
    assert [row["call_id"] for page in pages for row in page.rows] == [f"c{i}" for i in range(2550)]
    assert sorted(asked) == list(range(0, 2600, 100)) and flight["peak"] == 4
