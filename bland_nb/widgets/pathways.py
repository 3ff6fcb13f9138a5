"""`PathwayBrowser`: pathways by folder, one pathway's graph in numbers and its versions, and a chat with it."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Optional

import ipywidgets as widgets
import pandas as pd

from .. import APIStatusError, BlandValidationError
from ._base import Panel
from ._grid import EVERY_COLUMN, GridTable
from ._table import PagedTable, local_pages

__all__ = ["PathwayBrowser"]

NO_FOLDER = ""
"""The folder picker's value for pathways at the root, in no folder."""
PRODUCTION = ""
"""The version picker's value for "the version calls use" (Create Pathway Chat's default)."""
PRODUCTION_LABEL = "the production version"
PUBLISHED = "production"
"""What a version's `is_latest` means: it is the version published to production, the one calls use
(not necessarily the newest: a newer draft may be unpublished)."""

PATHWAY_COLUMNS = {
    "name": "pathway",
    "description": "description",
    "created_at": "created (UTC)",
    "updated_at": "updated (UTC)",
    "id": "id",
}
VERSION_COLUMNS = {
    "version_number": "version",
    "name": "name",
    "created_at": "created (UTC)",
    "published": "published to",
    "id": "id",
}
TIMES = ("created_at", "updated_at")
DESCRIPTION_WIDTH = 100
TEXT = "color:var(--jp-ui-font-color1, #212121)"
SPEAKERS = {
    "assistant": ("Agent", f"{TEXT};background:var(--jp-layout-color2, #eeeeee);margin-right:15%"),
    "user": (
        "You",
        f"{TEXT};background:var(--jp-layout-color1, #ffffff);border:1px solid var(--jp-brand-color1, #1976d2);"
        "margin-left:15%",
    ),
}
"""Each speaker's word and bubble: JupyterLab's theme colours (light fallbacks), readable in the dark theme too."""
LOG_STYLE = (
    "display:flex;flex-direction:column-reverse;overflow-y:auto;max-height:320px;padding:4px;"
    "border:1px solid var(--jp-border-color2, #e0e0e0)"
)
LOG_OPEN = f"<div class='bland-nb-chat-log' role='log' aria-label='Conversation' style='{LOG_STYLE}'>"
"""The chat log: reversed flex keeps it scrolled to the newest message, with no JavaScript (Voilà runs none)."""
WRAP = {"flex_flow": "row wrap", "align_items": "center", "grid_gap": "4px 8px"}
"""A row of controls that wraps when the panel is narrow (JupyterLab's sidebar open)."""
NO_FOLDERS = "<i>No folders yet: every pathway is listed below.</i>"
NO_PATHWAYS = "No pathways yet: pathways made in Bland's editor (or with client.pathways.create) show here."
ALL_FILED = "No pathways outside folders: pick a folder above."
BILLED_NOTE = (
    "<small>Each message you send is answered by the pathway's model (an outbound request "
    "that may be billed); a chat is created when you press <b>Start chat</b>.</small>"
)


def named(name: Any) -> str:
    """A name to show: the name, or "(no name)" when it is missing or blank."""
    return name if isinstance(name, str) and name.strip() else "(no name)"


def folder_labels(folders: list[dict[str, Any]]) -> dict[str, str]:
    """Folder id → its path of names ("Support / After hours"), sorted by path."""
    by_id = {folder["id"]: folder for folder in folders}

    def path(folder: dict[str, Any], depth: int = 0) -> str:
        parent = by_id.get(folder.get("parent_folder_id"))
        name = named(folder.get("name"))
        return f"{path(parent, depth + 1)} / {name}" if parent and depth < 10 else name

    labels = {folder_id: path(folder) for folder_id, folder in by_id.items()}
    return dict(sorted(labels.items(), key=lambda item: item[1].lower()))


def row_id(row: dict[str, Any]) -> Optional[str]:
    """A listed pathway's id (`id`, or `pathway_id` in some answers)."""
    return row.get("id") or row.get("pathway_id")


def pathway_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Listed pathways by name: id, name, short description, and the times the API gave (folder listings
    have `created_at`; List Pathways has no times)."""
    frame = pd.DataFrame(
        [{"id": row_id(row), **{key: row.get(key) for key in ("name", "description", *TIMES)}} for row in rows],
        columns=["id", "name", "description", *TIMES],
    )
    for column in TIMES:
        frame[column] = pd.to_datetime(frame[column], utc=True, errors="coerce")
    frame = frame.drop(columns=[column for column in TIMES if frame[column].isna().all()])  # times the API never gave
    frame["description"] = [
        text if not isinstance(text, str) or len(text) <= DESCRIPTION_WIDTH else text[: DESCRIPTION_WIDTH - 1] + "…"
        for text in frame["description"]
    ]
    order = frame["name"].fillna("").str.lower().argsort(kind="stable")
    return frame.iloc[order].reset_index(drop=True)


def version_frame(page: Any) -> pd.DataFrame:
    """A pathway's versions, newest first, with a `published` column: "production" for the version
    calls use (the API's `is_latest`), blank for the others."""
    frame = page.to_df()
    if frame.empty:
        return frame
    live = frame["is_latest"] if "is_latest" in frame else pd.Series(False, index=frame.index)
    frame["published"] = [PUBLISHED if pd.notna(flag) and bool(flag) else "" for flag in live]
    return frame.sort_values("version_number", ascending=False, kind="stable").reset_index(drop=True)


def pathway_summary(pathway_id: str, pathway: Any) -> str:
    """Name, description and the graph in numbers (nodes by type, edges, start node), as escaped HTML."""
    nodes = [node for node in pathway.nodes or [] if isinstance(node, dict) and "id" in node]
    kinds = Counter(node.get("type") or "Default" for node in nodes)
    start = next((node for node in nodes if (node.get("data") or {}).get("isStart")), nodes[0] if nodes else None)
    parts = [
        f"{len(nodes):,} nodes"
        + (f" ({', '.join(f'{n} {kind}' for kind, n in kinds.most_common())})" if kinds else ""),
        f"{len(pathway.edges or []):,} edges",
    ]
    if start is not None:
        parts.append(f"starts at “{(start.get('data') or {}).get('name') or start['id']}”")
    return (
        f"<h4 style='margin:4px 0'>{html.escape(named(pathway.name))}</h4>"
        f"<div>{html.escape(pathway.description or '')}</div>"
        f"<small>{html.escape(' · '.join([pathway_id, *parts]))}</small>"
    )


def conversation_html(history: list[dict[str, Any]], empty: str = "No messages yet.") -> str:
    """Chat turns (`{role, content}`) as escaped HTML, oldest first, in a log kept scrolled to the newest."""
    turns = []
    for turn in history:
        role = str(turn.get("role") or "")
        who, style = SPEAKERS.get(role, (role or "?", TEXT))
        turns.append(
            f"<div style='{style};margin:3px 0;padding:3px 8px;border-radius:3px'>"
            f"<b>{html.escape(who)}:</b> {html.escape(str(turn.get('content') or ''))}</div>"
        )
    body = "".join(turns) or f"<i>{html.escape(empty)}</i>"
    return f"{LOG_OPEN}<div>{body}</div></div>"


class PathwayBrowser(Panel):
    """Pathways by folder, one pathway's graph in numbers and its versions, and a chat with it.

    ```python
    from bland_nb.widgets import PathwayBrowser
    browser = PathwayBrowser(client)
    browser.select(pathway_id)         # as clicking its row does
    browser.start_chat()               # Create Pathway Chat, once
    browser.send_message("I'd like to book a table")
    ```

    Chatting writes: *Start chat* creates one chat (a second click creates no other), *Send*
    sends the typed message once (the box empties as it goes, so a double click sends nothing
    more) and refuses an empty one without a request; every chat control is disabled while a
    request is in flight. *New chat* forgets the open chat, so *Start chat* opens a fresh one.
    """

    title = "Pathways"

    def _build(self) -> list[widgets.Widget]:
        self.folder_names: dict[str, str] = {}
        self.listing = pathway_frame([])
        self.pathway_id: Optional[str] = None
        self.pathway_name = ""
        self.chat_id: Optional[str] = None
        self.chat_version: Any = PRODUCTION  # the version number the open chat talks to
        self.chat_completed = False
        self._in_flight = False
        return [widgets.Tab([self._build_browse(), self._build_chat()], titles=("Browse", "Chat"))]

    def _build_browse(self) -> widgets.Widget:
        self.folder_picker = widgets.Dropdown(description="Folder", options=[("(no folder)", NO_FOLDER)])
        self.on_change(self.folder_picker, "Loading the folder", lambda: self.show_folder(self.folder))
        self.folder_note = widgets.HTML(NO_FOLDERS, layout=widgets.Layout(display="none"))
        self.pathways = GridTable(
            PATHWAY_COLUMNS,
            key="id",
            sortable=EVERY_COLUMN,
            ids=("id",),
            run=self.run,
            empty=NO_PATHWAYS,
            label="Pathways",
        )
        self.pathways.on_select(self._pathway_picked)
        self.details = widgets.HTML()
        self.versions = PagedTable(VERSION_COLUMNS, ids=("id",), run=self.run, empty="No versions yet.")
        self.detail = widgets.VBox(
            [self.details, widgets.HTML("<b>Versions</b>"), self.versions], layout=widgets.Layout(display="none")
        )
        self.hint = widgets.HTML("<i>Click a pathway for its details, its versions and a chat with it.</i>")
        return widgets.VBox([self.folder_picker, self.folder_note, self.pathways, self.hint, self.detail])

    def _build_chat(self) -> widgets.Widget:
        self.chat_heading = widgets.HTML()
        self.version_picker = widgets.Dropdown(description="Version", options=[(PRODUCTION_LABEL, PRODUCTION)])
        self.start_button = widgets.Button(description="Start chat", button_style="primary", icon="comments")
        self.new_button = widgets.Button(description="New chat", icon="refresh")
        self.conversation = widgets.HTML()
        self.message = widgets.Text(
            description="Message",
            placeholder="Type a message, then press Enter",
            layout=widgets.Layout(flex="1 1 240px", min_width="0"),
        )
        self.send_button = widgets.Button(description="Send", button_style="primary", icon="paper-plane")
        self.start_button.on_click(lambda _button: self.start_chat())
        self.new_button.on_click(lambda _button: self.new_chat())
        self.send_button.on_click(lambda _button: self._send_box())
        self.message.on_msg(self._message_event)
        self._close_chat()
        return widgets.VBox(
            [
                self.chat_heading,
                widgets.HBox([self.version_picker, self.start_button, self.new_button], layout=widgets.Layout(**WRAP)),
                self.conversation,
                widgets.HBox([self.message, self.send_button], layout=widgets.Layout(**WRAP)),
                widgets.HTML(BILLED_NOTE),
            ]
        )

    # -- browsing -------------------------------------------------------------------------------

    @property
    def folder(self) -> str:
        """The folder shown: its id, or `""` for the pathways in no folder."""
        return self.folder_picker.value

    @property
    def selected(self) -> Optional[str]:
        """The id of the pathway shown in depth (and chatted with), or None."""
        return self.pathway_id

    def _load(self) -> None:
        """Folders and the folder's pathways again; the pathway shown, the page and the chat stay while they exist."""
        folder, pathway_id = self.folder, self.pathway_id
        self.folder_names = folder_labels(self._client.pathway_folders.list().rows)
        with self.setting():
            self.folder_picker.options = [
                ("(no folder)", NO_FOLDER),
                *((label, folder_id) for folder_id, label in self.folder_names.items()),
            ]
            self.folder_picker.value = folder if folder in self.folder_names else NO_FOLDER
            self.show_folder(self.folder, keep=True)
        self.folder_picker.layout.display = "" if self.folder_names else "none"
        self.folder_note.layout.display = "none" if self.folder_names else ""
        if pathway_id is not None:
            self._show_again(pathway_id)

    def _show_again(self, pathway_id: str) -> None:
        """Show `pathway_id` again, fresh, keeping its chat; a pathway deleted meanwhile is said and let go."""
        try:
            self.show_pathway(pathway_id)
        except APIStatusError as exc:
            if exc.status_code != 404:
                raise
            self.show_pathway(None)
            self.say("The pathway shown before is gone: it was deleted meanwhile.", "info")

    def select_folder(self, folder_id: Optional[str]) -> None:
        """List the pathways of folder `folder_id` (`None` or `""`: those in no folder), as the picker does."""
        folder_id = folder_id or NO_FOLDER
        if folder_id != NO_FOLDER and folder_id not in self.folder_names:
            raise BlandValidationError(
                f"folder_id={folder_id!r} is not one of this account's pathway folders; accepted: "
                f"None (no folder), {', '.join(self.folder_names) or 'no folder ids'}"
            )
        if folder_id == self.folder:
            self.run("Loading the folder", self.show_folder, folder_id)
        else:
            self.folder_picker.value = folder_id  # loads it, as picking it does

    def show_folder(self, folder_id: str, *, keep: bool = False) -> None:
        """List folder `folder_id`'s pathways (`""`: the pathways in no folder); with `keep`, at the same
        page (a refresh)."""
        rows = self._unfiled() if folder_id == NO_FOLDER else self._client.pathway_folders.list_pathways(folder_id).rows
        self.listing = pathway_frame(rows)
        if folder_id != NO_FOLDER:
            self.pathways.empty = "No pathways in this folder yet."
        else:
            self.pathways.empty = ALL_FILED if self.folder_names else NO_PATHWAYS
        self.pathways.show_frame(self.listing, keep=keep)
        self._update_hint()

    def _unfiled(self) -> list[dict[str, Any]]:
        """Every pathway that no folder lists."""
        filed = self._client.bulk("list_folder_pathways", list(self.folder_names)).values()
        placed = {row_id(row) for page in filed for row in page.rows}
        return [row for row in self._client.pathways.list().rows if row_id(row) not in placed]

    def _pathway_picked(self, pathway_id: Optional[str]) -> None:
        """A row clicked: show its pathway (the pick `show_pathway` sets, the pathway shown, loads nothing)."""
        if pathway_id != self.pathway_id:
            self.run("Loading the pathway", self.show_pathway, pathway_id)

    def select(self, pathway_id: str) -> None:
        """Show pathway `pathway_id` in depth, as clicking its row does; an unknown id is said in the panel."""
        if pathway_id in set(self.listing["id"]) and self.pathways.selected != pathway_id:
            self.pathways.pick(pathway_id)  # turns to its page and loads it, as a click does
        else:
            self.run("Loading the pathway", self.show_pathway, pathway_id)

    def show_pathway(self, pathway_id: Optional[str]) -> None:
        """Fill the details, versions and chat for `pathway_id` (None: hide them) and highlight its row;
        the same one again keeps its chat."""
        if pathway_id is None or pathway_id != self.pathway_id:
            self.pathway_id, self.pathway_name = None, ""
            self._close_chat()
            self._show_detail(False)
        try:
            if pathway_id is not None:
                self._fill(pathway_id)
        finally:
            self.pathways.selected = self.pathway_id  # the row highlighted is the pathway shown, if any

    def _fill(self, pathway_id: str) -> None:
        pathway = self._client.pathways.get(pathway_id)
        versions = version_frame(self._client.pathway_versions.list(pathway_id))
        self.pathway_id, self.pathway_name = pathway_id, named(pathway.name)
        self.details.value = pathway_summary(pathway_id, pathway)
        self.versions.show(local_pages(versions))
        chosen = self.version_picker.value
        self.version_picker.options = [
            (PRODUCTION_LABEL, PRODUCTION),
            *(
                (
                    f"v{row['version_number']} · {named(row['name'])}"
                    + (f" ({PUBLISHED})" if row["published"] else ""),
                    int(row["version_number"]),
                )
                for row in versions.to_dict("records")
            ),
        ]
        if chosen in dict(self.version_picker.options).values():
            self.version_picker.value = chosen
        self._show_detail(True)
        self._update_chat()

    def _show_detail(self, shown: bool) -> None:
        self.detail.layout.display = "" if shown else "none"
        self._update_hint()

    def _update_hint(self) -> None:
        """Show the hint to pick a pathway only while there is one to pick and none is shown."""
        shown = self.detail.layout.display != "none"
        self.hint.layout.display = "none" if shown or self.listing.empty else ""

    # -- chatting -------------------------------------------------------------------------------

    def start_chat(self) -> None:
        """Create a chat with the selected pathway (and the picked version) and show its greeting."""
        self.run("Starting a chat", self._start_chat)

    def new_chat(self) -> None:
        """Forget the open chat: *Start chat* (or `start_chat()`) opens a fresh one."""
        self._close_chat()
        self.say("Ready for a new chat: press Start chat.", "info")

    def send_message(self, text: str) -> None:
        """Send `text` in the open chat and show the conversation; an empty message is refused unsent."""
        self.run("Sending the message", self._send_message, text)

    def _start_chat(self) -> None:
        if self.chat_id is not None or self._in_flight:  # a second click: the chat is already open
            return
        if self.pathway_id is None:
            self.say("Click a pathway in Browse first, then start a chat with it.", "info")
            return
        version = self.version_picker.value
        with self._sending():
            chat = self._client.pathway_chat.create(
                pathway_id=self.pathway_id, **({"pathway_version": version} if version != PRODUCTION else {})
            )
            self.chat_id, self.chat_version = chat.chat_id, version
        self.conversation.value = conversation_html(self._client.pathway_chat.history(self.chat_id).rows)
        self.say(
            f"Chat started with {self.pathway_name}"
            f"{f' v{version}' if version != PRODUCTION else ''}: type a message and press Send.",
            "ok",
        )

    def _message_event(self, _widget: widgets.Text, content: dict[str, Any], _buffers: Any) -> None:
        """Enter in the message box sends it, as *Send* does (ipywidgets 8's submit event, without
        the deprecated `on_submit`)."""
        if content.get("event") == "submit":
            self._send_box()

    def _send_box(self) -> None:
        """Send the box's text; the box empties at once, so the second click of a double click sends nothing."""
        text = self.message.value
        if self.chat_id is not None:
            self.message.value = ""
        self.send_message(text)
        if self.last_error is not None:
            self.message.value = text  # kept for another try

    def _send_message(self, text: str) -> None:
        if self._in_flight:
            return
        if self.chat_id is None:
            self.say("Start a chat first: nothing was sent.", "info")
            return
        if not (text or "").strip():
            self.say("Type a message first: an empty message is not sent.", "info")
            return
        with self._sending():
            reply = self._client.pathway_chat.send(self.chat_id, message=text.strip())
            self.chat_completed = bool(getattr(reply, "completed", False))
        self.conversation.value = conversation_html(getattr(reply, "chat_history", None) or [])
        node = getattr(reply, "current_node_name", None)
        self.say(
            "The pathway reached its end: New chat starts over."
            if self.chat_completed
            else f"Answered{f' (now at “{node}”)' if node else ''}.",
            "ok",
        )

    @contextmanager
    def _sending(self) -> Iterator[None]:
        """Every chat control disabled while a chat request is in flight."""
        self._in_flight = True
        self._update_chat()
        try:
            yield
        finally:
            self._in_flight = False
            self._update_chat()

    def _close_chat(self) -> None:
        self.chat_id, self.chat_version, self.chat_completed = None, PRODUCTION, False
        self.conversation.value = conversation_html([], "No chat open: press Start chat.")
        self.message.value = ""
        self._update_chat()

    def _update_chat(self) -> None:
        """The chat heading, and each chat control enabled only when it can act."""
        idle, open_chat = not self._in_flight, self.chat_id is not None
        version = f" v{self.chat_version}" if open_chat and self.chat_version != PRODUCTION else ""
        self.chat_heading.value = (
            f"Chat with <b>{html.escape(self.pathway_name)}</b>{version}"
            if self.pathway_id
            else "<i>Click a pathway in Browse to chat with it.</i>"
        )
        self.start_button.disabled = self.version_picker.disabled = not (idle and self.pathway_id and not open_chat)
        self.new_button.disabled = not (idle and open_chat)
        self.send_button.disabled = self.message.disabled = not (idle and open_chat and not self.chat_completed)
