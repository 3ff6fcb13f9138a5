"""PathwayBrowser driven like a person would, checked against the sandbox's own records."""

from __future__ import annotations

import html
import json
import re
import warnings

import pytest

import bland_nb

pytest.importorskip("ipywidgets")

from ipywidgets.embed import dependency_state, embed_data

from bland_nb import APIStatusError
from bland_nb.sandbox import Faults, Sandbox
from bland_nb.widgets.pathways import PathwayBrowser

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(seed=5, calls=100)


@pytest.fixture
def panel(sandbox: Sandbox) -> PathwayBrowser:
    return PathwayBrowser(sandbox.client(max_retries=0))


def pathway_named(sandbox: Sandbox, name: str) -> dict:
    return next(p for p in sandbox.store.pathways.pathways.values() if p["name"] == name)


def in_folder(sandbox: Sandbox, folder_id) -> list[dict]:
    """The folder's pathways as the sandbox keeps them, by name."""
    found = [p for p in sandbox.store.pathways.pathways.values() if p["folder_id"] == folder_id]
    return sorted(found, key=lambda p: p["name"].lower())


def table_ids(html_text: str) -> list[str]:
    """The ids in the last column of the versions' HTML table, each shown by its first 8 characters
    with the whole id in the cell's title."""
    cells = re.findall(rf"<td title='({UUID})'>([^<]*)</td></tr>", html_text)
    assert all(short == full[:8] + "…" for full, short in cells)
    assert not re.search(rf"<td>{UUID}</td>", html_text)  # no id shown whole, to be clipped
    return [full for full, _short in cells]


def grid_ids(table) -> list[str]:
    """The keys of the grid's rows (the pathway ids), each shown in the last column by its first 8
    characters with the whole id in the cell's title."""
    rows = table.grid.rows
    assert all(row["cells"][-1] == row["key"][:8] + "…" and row["titles"][-1] == row["key"] for row in rows)
    return [row["key"] for row in rows]


def grid_column(table, label: str) -> list[str]:
    """The text of column `label` in each of the grid's rows, as the browser draws it."""
    heads = [column["label"] for column in table.grid.columns]
    return [dict(zip(heads, row["cells"]))[label] for row in table.grid.rows]


def ids_by_name(sandbox: Sandbox, folder_id, *, descending: bool = False) -> list[str]:
    """The folder's pathway ids as a click on the name header sorts them (a second click: descending)."""
    return [p["id"] for p in sorted(in_folder(sandbox, folder_id), key=lambda p: p["name"], reverse=descending)]


def add_pathways(sandbox: Sandbox, folder_id: str, count: int) -> None:
    for number in range(count):
        sandbox.store.pathways.create(f"Extra pathway {number:02}", "one of many")["folder_id"] = folder_id


def requests(sandbox: Sandbox, endpoint: str) -> list[dict]:
    return [entry for entry in sandbox.log if entry["endpoint"] == endpoint]


def chat_of(sandbox: Sandbox, chat_id: str) -> dict:
    return sandbox.store.pathway_chat.chats[chat_id]


def shown_turns(history: list[dict]) -> list[str]:
    """The turns as the conversation should show them: speaker and escaped text."""
    speaker = {"assistant": "Agent", "user": "You"}
    return [f"<b>{speaker[turn['role']]}:</b> {html.escape(turn['content'])}" for turn in history]


def open_chat(panel: PathwayBrowser, sandbox: Sandbox, name: str) -> dict:
    pathway = pathway_named(sandbox, name)
    panel.select(pathway["id"])
    panel.start_chat()
    return pathway


# -- browsing -------------------------------------------------------------------------------------


def test_the_folder_picker_holds_every_folder_and_no_folder(sandbox, panel):
    folders = sandbox.store.pathway_folders.folders
    assert panel.last_error is None
    assert sorted(value for _label, value in panel.folder_picker.options) == sorted(["", *folders])
    labels = dict(panel.folder_picker.options)
    for folder in folders.values():
        parent = folders.get(folder["parent_folder_id"])
        expected = f"{parent['name']} / {folder['name']}" if parent else folder["name"]
        assert labels[expected] == folder["id"]
    assert panel.folder == "" and labels["(no folder)"] == ""


def test_each_folder_lists_the_pathways_the_sandbox_keeps_in_it(sandbox, panel):
    assert sandbox.store.pathway_folders.folders, "the seeded world has folders"
    for folder_id in [None, *sandbox.store.pathway_folders.folders]:
        panel.select_folder(folder_id)
        expected = in_folder(sandbox, folder_id)
        assert panel.last_error is None
        assert grid_ids(panel.pathways) == [p["id"] for p in expected]
        assert grid_column(panel.pathways, "pathway") == [p["name"] for p in expected]
        assert grid_column(panel.pathways, "description") == [p["description"] for p in expected]
        assert panel.pathways.total == len(expected)


def test_a_folder_shows_when_its_pathways_were_created(sandbox, panel):
    folder_id = next(iter(sandbox.store.pathway_folders.folders))
    panel.select_folder(folder_id)
    created = [p["created_at"][:19].replace("T", " ") for p in in_folder(sandbox, folder_id)]  # ISO, to the second
    assert grid_column(panel.pathways, "created (UTC)") == created


def test_picking_a_pathway_shows_its_graph_in_numbers_and_its_versions(sandbox, panel):
    folder_id = next(iter(sandbox.store.pathway_folders.folders))
    pathway = in_folder(sandbox, folder_id)[-1]
    panel.select_folder(folder_id)
    panel.pathways.grid.selected = pathway["id"]  # as a click on its row does
    assert panel.last_error is None and panel.selected == pathway["id"]
    assert panel.detail.layout.display == "" and panel.hint.layout.display == "none"
    details = panel.details.value
    assert html.escape(pathway["name"]) in details and html.escape(pathway["description"]) in details
    assert f"{len(pathway['nodes']):,} nodes" in details and f"{len(pathway['edges']):,} edges" in details
    assert all(
        html.escape(node["data"].get("text") or node["data"].get("prompt")) not in details for node in pathway["nodes"]
    )  # counts, not the graph

    versions = [v for v in sandbox.store.pathway_versions.by_pathway[pathway["id"]] if not v["archived"]]
    newest_first = sorted(versions, key=lambda v: v["version_number"], reverse=True)
    assert table_ids(panel.versions.html.value) == [v["id"] for v in newest_first]
    live = next(v for v in versions if v["is_latest"])
    assert f"<td>{live['version_number']}</td><td>{html.escape(live['name'])}</td>" in panel.versions.html.value
    assert panel.versions.html.value.count("<td>production</td>") == 1
    chat_versions = [value for _label, value in panel.version_picker.options]
    assert chat_versions == ["", *(v["version_number"] for v in newest_first)]  # "": the production version


def test_select_shows_a_pathway_of_another_folder(sandbox, panel):
    elsewhere = in_folder(sandbox, next(iter(sandbox.store.pathway_folders.folders)))[0]
    panel.select_folder(None)
    panel.select(elsewhere["id"])
    assert panel.last_error is None and panel.selected == elsewhere["id"]
    assert html.escape(elsewhere["name"]) in panel.details.value


def test_select_folder_refuses_an_unknown_folder_by_name(panel):
    with pytest.raises(bland_nb.BlandValidationError, match="not one of this account's pathway folders"):
        panel.select_folder("no-such-folder")


# -- chatting -------------------------------------------------------------------------------------


def test_start_creates_exactly_one_chat_and_shows_its_greeting(sandbox, panel):
    pathway = pathway_named(sandbox, "Restaurant reservations")
    panel.select(pathway["id"])
    assert panel.send_button.disabled and not panel.start_button.disabled  # nothing to send to yet
    panel.start_button.click()
    panel.start_button.click()  # a double click
    creates = requests(sandbox, "create_pathway_chat")
    assert len(creates) == 1 and creates[0]["body"] == {"pathway_id": pathway["id"]}
    assert list(sandbox.store.pathway_chat.chats) == [panel.chat_id]
    assert shown_turns(chat_of(sandbox, panel.chat_id)["chat_history"])[0] in panel.conversation.value
    assert "Chat started with Restaurant reservations" in panel.status.value
    assert panel.start_button.disabled and not panel.send_button.disabled


def test_a_chat_on_a_version_talks_to_that_version(sandbox, panel):
    pathway = pathway_named(sandbox, "Appointment booking")
    panel.select(pathway["id"])
    draft = next(v for v in sandbox.store.pathway_versions.by_pathway[pathway["id"]] if not v["is_latest"])
    panel.version_picker.value = draft["version_number"]
    panel.start_chat()
    assert requests(sandbox, "create_pathway_chat")[0]["body"]["pathway_version"] == draft["version_number"]
    greeting = next(n for n in draft["nodes"] if n["data"].get("isStart"))["data"]["text"]
    assert f"<b>Agent:</b> {html.escape(greeting)}" in panel.conversation.value
    assert f"v{draft['version_number']}" in panel.chat_heading.value


def test_send_shows_the_sandbox_reply_and_the_whole_history(sandbox, panel):
    open_chat(panel, sandbox, "Restaurant reservations")
    panel.message.value = "Yes, I'd like to book a table"
    panel.send_button.click()
    panel.send_button.click()  # a double click
    sends = requests(sandbox, "send_pathway_chat_message")
    assert len(sends) == 1 and sends[0]["body"] == {"message": "Yes, I'd like to book a table"}
    history = chat_of(sandbox, panel.chat_id)["chat_history"]
    assert [turn["role"] for turn in history] == ["assistant", "user", "assistant"]
    shown = panel.conversation.value
    positions = [shown.index(turn) for turn in shown_turns(history)]
    assert positions == sorted(positions)  # every turn, in order
    assert panel.message.value == "" and panel.last_error is None


def test_an_empty_message_is_refused_without_a_request(sandbox, panel):
    open_chat(panel, sandbox, "Lead qualification")
    for empty in ("", "   \n"):
        panel.send_message(empty)
        assert "empty message is not sent" in panel.status.value
    assert requests(sandbox, "send_pathway_chat_message") == [] and panel.last_error is None


def test_nothing_is_sent_before_a_chat_is_started(sandbox, panel):
    panel.select(pathway_named(sandbox, "Lead qualification")["id"])
    panel.message.value = "hello"
    panel.send_button.click()
    assert requests(sandbox, "send_pathway_chat_message") == []
    assert "Start a chat first" in panel.status.value and panel.message.value == "hello"


def test_chat_controls_are_disabled_while_a_message_is_in_flight(sandbox, panel, monkeypatch):
    open_chat(panel, sandbox, "Lead qualification")
    seen = []
    send = panel.client.pathway_chat.send

    def watching(chat_id, **params):
        seen.append(
            (panel.send_button.disabled, panel.message.disabled, panel.new_button.disabled, panel.start_button.disabled)
        )
        return send(chat_id, **params)

    monkeypatch.setattr(panel.client.pathway_chat, "send", watching)
    panel.send_message("yes, for my sales team")
    assert seen == [(True, True, True, True)]
    assert not panel.send_button.disabled and not panel.message.disabled  # usable again afterwards


def test_user_text_is_escaped_in_the_conversation(sandbox, panel):
    open_chat(panel, sandbox, "Lead qualification")
    panel.send_message("<img src=x onerror=alert(1)>")
    assert "<img" not in panel.conversation.value
    assert "&lt;img src=x onerror=alert(1)&gt;" in panel.conversation.value


def test_reaching_the_end_of_the_pathway_stops_sending(sandbox, panel):
    open_chat(panel, sandbox, "Restaurant reservations")
    panel.send_message("yes make a reservation and book a table")
    panel.send_message("party of four, Friday at 8pm: size day and time given")
    assert chat_of(sandbox, panel.chat_id)["completed"]
    assert "reached its end" in panel.status.value
    assert panel.send_button.disabled and not panel.new_button.disabled


def test_new_chat_starts_over_with_a_fresh_chat(sandbox, panel):
    open_chat(panel, sandbox, "Lead qualification")
    first = panel.chat_id
    panel.send_message("yes interested")
    panel.new_button.click()
    panel.new_button.click()
    assert panel.chat_id is None and "You:" not in panel.conversation.value
    assert len(requests(sandbox, "create_pathway_chat")) == 1  # forgetting sends nothing
    panel.start_chat()
    assert panel.chat_id not in (None, first) and len(sandbox.store.pathway_chat.chats) == 2
    assert "You:" not in panel.conversation.value


def test_refresh_reloads_the_pathway_and_keeps_its_chat(sandbox, panel):
    pathway = open_chat(panel, sandbox, "Lead qualification")
    panel.send_message("yes interested")
    chat_id = panel.chat_id
    sandbox.store.pathways.update(pathway["id"], {"name": "Lead qualification v2"})
    panel.refresh()
    assert panel.last_error is None and panel.selected == pathway["id"] and panel.chat_id == chat_id
    assert "Lead qualification v2" in panel.details.value and "You:</b> yes interested" in panel.conversation.value
    panel.send_message("a team of ten with a budget")
    assert len(requests(sandbox, "create_pathway_chat")) == 1
    assert len(requests(sandbox, "send_pathway_chat_message")) == 2


def test_picking_another_pathway_closes_the_chat(sandbox, panel):
    open_chat(panel, sandbox, "Lead qualification")
    other = pathway_named(sandbox, "Payment reminder")
    panel.select(other["id"])
    assert panel.chat_id is None and "Payment reminder" in panel.chat_heading.value
    assert not panel.start_button.disabled and panel.send_button.disabled


# -- errors and saved state -----------------------------------------------------------------------


def test_an_unknown_pathway_is_said_in_the_panel_not_raised(sandbox, panel):
    panel.select("no-such-pathway")
    assert isinstance(panel.last_error, APIStatusError) and panel.last_error.status_code == 404
    assert "The API refused this (404)" in panel.status.value
    assert panel.selected is None and panel.detail.layout.display == "none"
    panel.start_chat()
    assert requests(sandbox, "create_pathway_chat") == []


def test_a_failed_send_is_said_in_the_panel_and_keeps_the_message(sandbox, panel):
    open_chat(panel, sandbox, "Lead qualification")
    del sandbox.store.pathway_chat.chats[panel.chat_id]  # gone meanwhile: the API answers 404
    panel.message.value = "are you there?"
    panel.send_button.click()
    assert isinstance(panel.last_error, APIStatusError) and panel.last_error.status_code == 404
    assert "The API refused this (404)" in panel.status.value
    assert panel.message.value == "are you there?" and not panel.send_button.disabled


def test_a_failing_api_is_said_in_the_panel_not_raised():
    sandbox = Sandbox(seed=5, calls=50, faults=Faults(error_rate=1.0))
    panel = PathwayBrowser(sandbox.client(max_retries=0))
    assert isinstance(panel.last_error, APIStatusError)
    assert "The API refused this" in panel.status.value and "Traceback" not in panel.status.value
    panel.select(next(iter(sandbox.store.pathways.pathways)))
    assert isinstance(panel.last_error, APIStatusError) and panel.selected is None


def test_saved_state_holds_no_key_and_one_page_of_pathways(sandbox, panel):
    folder_id = next(iter(sandbox.store.pathway_folders.folders))
    add_pathways(sandbox, folder_id, 70)
    panel.select_folder(folder_id)
    open_chat(panel, sandbox, "Lead qualification")
    panel.send_message("yes interested")
    state = json.dumps(embed_data(views=[panel], state=dependency_state([panel])))
    assert sandbox.api_key not in state
    in_it = {p["id"] for p in in_folder(sandbox, folder_id)}
    shown = in_it & set(re.findall(UUID, state))
    assert panel.pathways.total == len(in_it) > 50
    assert 0 < len(shown) <= 50
    listed = [p["id"] for p in in_folder(sandbox, folder_id)]
    page = listed.index(panel.selected) // 50  # select() turned to the page holding the pathway
    assert grid_ids(panel.pathways) == listed[page * 50 : page * 50 + 50]
    assert panel.pathways.grid.selected == panel.selected


# -- what the user testing found ------------------------------------------------------------------


def test_the_published_version_is_labelled_production_not_the_newest(sandbox, panel):
    drafted = [
        (pathway_id, versions)
        for pathway_id, versions in sandbox.store.pathway_versions.by_pathway.items()
        if not max(versions, key=lambda v: v["version_number"])["is_latest"]
    ]
    assert drafted, "the seeded world has a pathway whose newest version is an unpublished draft"
    pathway_id, versions = drafted[0]
    panel.select(pathway_id)
    live = next(v for v in versions if v["is_latest"])
    newest = max(versions, key=lambda v: v["version_number"])
    rows = re.findall(r"<tr><td>(\d+)</td>.*?<td>([^<]*)</td><td title=", panel.versions.html.value)
    assert rows[0] == (str(newest["version_number"]), "")  # newest first, known by its number, not flagged
    assert [number for number, flag in rows if flag] == [str(live["version_number"])]
    assert dict(rows)[str(live["version_number"])] == "production"
    assert "latest" not in panel.versions.html.value
    labels = dict((value, label) for label, value in panel.version_picker.options)
    assert labels[live["version_number"]].endswith("(production)")
    assert "production" not in labels[newest["version_number"]]
    assert all("latest" not in label for label in labels.values())


def test_enter_in_the_message_box_sends_it_once(sandbox, panel):
    open_chat(panel, sandbox, "Restaurant reservations")
    assert panel.message.description == "Message" and panel.message.placeholder  # labelled for screen readers
    panel.message.value = "Yes, a table please"
    panel.message._handle_custom_msg({"event": "submit"}, [])  # what the browser sends on Enter
    sends = requests(sandbox, "send_pathway_chat_message")
    assert len(sends) == 1 and sends[0]["body"] == {"message": "Yes, a table please"}
    assert panel.message.value == "" and "<b>You:</b> Yes, a table please" in panel.conversation.value
    panel.message._handle_custom_msg({"event": "submit"}, [])  # Enter on the empty box sends nothing
    assert len(requests(sandbox, "send_pathway_chat_message")) == 1
    assert "empty message is not sent" in panel.status.value


def test_building_the_panel_warns_of_nothing(sandbox):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a deprecation warning would be printed into the page
        PathwayBrowser(sandbox.client(max_retries=0))


def test_the_chat_log_keeps_the_newest_message_in_view_in_both_themes(sandbox, panel):
    open_chat(panel, sandbox, "Lead qualification")
    panel.send_message("yes interested")
    shown = panel.conversation.value
    log = re.match(r"<div class='bland-nb-chat-log' role='log' aria-label='Conversation' style='([^']*)'>", shown)
    assert log and "display:flex;flex-direction:column-reverse;overflow-y:auto;max-height:" in log.group(1)
    history = chat_of(sandbox, panel.chat_id)["chat_history"]
    positions = [shown.index(turn) for turn in shown_turns(history)]
    assert positions == sorted(positions)  # newest last: the reversed box shows its bottom
    bubbles = re.findall(r"<div style='([^']*)'><b>(Agent|You):</b>", shown)
    assert {who for _style, who in bubbles} == {"Agent", "You"}
    for style, _who in bubbles:
        colours = re.findall(r"(?:^|;)(color|background):([^;]*)", style)
        assert {name for name, _value in colours} == {"color", "background"}
        assert all(value.startswith("var(--jp-") for _name, value in colours)  # themed, light fallbacks


def test_refresh_keeps_the_pathway_picked_in_the_list_and_its_chat(sandbox, panel):
    folder_id = next(iter(sandbox.store.pathway_folders.folders))
    pathway = in_folder(sandbox, folder_id)[0]
    panel.select_folder(folder_id)
    panel.pathways.grid.selected = pathway["id"]  # as a click does
    panel.start_chat()
    panel.send_message("hello")
    chat_id, conversation = panel.chat_id, panel.conversation.value
    panel.refresh_button.click()
    assert panel.last_error is None and panel.folder == folder_id
    assert panel.selected == panel.pathways.grid.selected == pathway["id"] and panel.detail.layout.display == ""
    assert panel.chat_id == chat_id and panel.conversation.value == conversation
    assert len(requests(sandbox, "create_pathway_chat")) == 1


def test_refresh_lets_go_of_a_pathway_deleted_meanwhile(sandbox, panel):
    pathway = open_chat(panel, sandbox, "Lead qualification")
    del sandbox.store.pathways.pathways[pathway["id"]]
    panel.refresh()
    assert panel.last_error is None and panel.selected is None and panel.chat_id is None
    assert panel.detail.layout.display == "none" and "deleted meanwhile" in panel.status.value


def test_no_folders_and_no_pathways_are_said_in_a_sentence():
    sandbox = Sandbox(seed=5, calls=10)
    sandbox.store.pathways.pathways.clear()
    sandbox.store.pathway_folders.folders.clear()
    panel = PathwayBrowser(sandbox.client(max_retries=0))
    assert panel.last_error is None
    assert panel.folder_picker.layout.display == "none" and panel.folder_note.layout.display == ""
    assert "No folders yet" in panel.folder_note.value
    assert panel.pathways.grid.empty.startswith("No pathways yet")
    assert panel.pathways.grid.rows == [] and panel.pathways.grid.columns == []  # the sentence alone
    assert panel.pathways.pager.layout.display == "none"
    assert panel.hint.layout.display == "none" and panel.detail.layout.display == "none"


def test_a_folder_without_pathways_says_so(sandbox, panel):
    empty = sandbox.store.pathway_folders.create("Empty for now", None)
    panel.refresh()
    panel.select_folder(empty["id"])
    assert panel.pathways.grid.rows == [] and panel.pathways.grid.empty == "No pathways in this folder yet."
    assert panel.pathways.pager.layout.display == "none" and panel.hint.layout.display == "none"
    panel.select_folder(None)
    assert panel.pathways.grid.rows and panel.pathways.pager.layout.display == ""


def test_rows_of_controls_wrap_in_a_narrow_panel(panel):
    chat = panel.children[2].children[1]
    rows = [child for child in chat.children if child.__class__.__name__ == "HBox"]
    assert len(rows) == 2 and all(row.layout.flex_flow == "row wrap" for row in rows)


# -- the grid: clicks on rows and headers ---------------------------------------------------------


def test_clicking_a_row_picks_and_highlights_it(sandbox, panel):
    folder_id = next(iter(sandbox.store.pathway_folders.folders))
    panel.select_folder(folder_id)
    assert panel.pathways.grid.label == "Pathways"  # the grid's name for screen readers
    first, second = grid_ids(panel.pathways)[:2]
    for pathway_id in (first, second):
        panel.pathways.grid.selected = pathway_id  # what a click on the row sets
        name = sandbox.store.pathways.pathways[pathway_id]["name"]
        assert panel.last_error is None and panel.selected == panel.pathways.selected == pathway_id
        assert panel.pathways.grid.selected == pathway_id and html.escape(name) in panel.details.value
    assert [r["path"].rsplit("/", 1)[-1] for r in requests(sandbox, "get_pathway")] == [first, second]  # one a click


def test_a_click_on_a_pathway_deleted_meanwhile_highlights_nothing(sandbox, panel):
    folder_id = next(iter(sandbox.store.pathway_folders.folders))
    panel.select_folder(folder_id)
    gone = grid_ids(panel.pathways)[0]
    pathway = sandbox.store.pathways.pathways.pop(gone)
    panel.pathways.grid.selected = gone
    assert isinstance(panel.last_error, APIStatusError) and panel.last_error.status_code == 404
    assert panel.selected is None and panel.pathways.grid.selected is None and panel.detail.layout.display == "none"
    sandbox.store.pathways.pathways[gone] = pathway  # back: a second click on the row loads it
    panel.pathways.grid.selected = gone
    assert panel.last_error is None and panel.selected == panel.pathways.grid.selected == gone


def test_clicking_a_header_sorts_the_pathways(sandbox, panel):
    folder_id = next(iter(sandbox.store.pathway_folders.folders))
    add_pathways(sandbox, folder_id, 60)
    panel.select_folder(folder_id)
    assert all(column["sortable"] for column in panel.pathways.grid.columns)  # every header sorts
    picked = grid_ids(panel.pathways)[0]
    panel.pathways.grid.selected = picked
    gets = len(requests(sandbox, "get_pathway"))
    for sort, descending in (("name", False), ("-name", True)):
        panel.pathways.grid.sort = sort  # a click on the header, then a second
        by_name = ids_by_name(sandbox, folder_id, descending=descending)
        assert panel.last_error is None and panel.pathways.page == 0
        assert grid_ids(panel.pathways) == by_name[:50]
        panel.pathways.next.click()  # the next page in the same order
        assert grid_ids(panel.pathways) == by_name[50:100]
    assert panel.selected == panel.pathways.grid.selected == picked  # sorting keeps the pick, loading nothing
    assert len(requests(sandbox, "get_pathway")) == gets


def test_select_turns_to_the_page_of_the_pathway_in_the_order_shown(sandbox, panel):
    folder_id = next(iter(sandbox.store.pathway_folders.folders))
    add_pathways(sandbox, folder_id, 60)
    panel.select_folder(folder_id)
    panel.pathways.grid.sort = "-name"
    by_name = ids_by_name(sandbox, folder_id, descending=True)
    panel.select(by_name[-1])
    assert panel.last_error is None and panel.selected == panel.pathways.grid.selected == by_name[-1]
    assert panel.pathways.page == 1 and grid_ids(panel.pathways) == by_name[50:]


def test_refresh_keeps_the_pick_the_page_and_the_order(sandbox, panel):
    folder_id = next(iter(sandbox.store.pathway_folders.folders))
    add_pathways(sandbox, folder_id, 70)
    panel.select_folder(folder_id)
    panel.pathways.grid.sort = "-name"
    panel.pathways.next.click()
    shown = grid_ids(panel.pathways)
    picked = shown[3]
    panel.pathways.grid.selected = picked
    sandbox.store.pathways.update(picked, {"description": "Changed meanwhile"})
    panel.refresh()
    assert panel.last_error is None and panel.pathways.page == 1 and panel.pathways.sort == "-name"
    assert grid_ids(panel.pathways) == shown
    assert panel.selected == panel.pathways.grid.selected == picked
    assert "Changed meanwhile" in panel.details.value  # shown again, fresh
