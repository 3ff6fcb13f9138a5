"""`CallExplorer`: calls filtered by the API one page at a time, one call in depth beside them, an
analysis that asks first, and an export of the filtered calls to CSV or Parquet.

Every filter, the phone number searched and the order are List Calls parameters, so the API
does the filtering and sorting and the panel fetches one window of 25, 50 or 100 calls a page
(a `GridTable`), whatever the account holds. List Calls has no `status` filter: the
*Status* choice maps to its `completed` flag (failed, no-answer and cancelled calls are finished).
Days are typed `YYYY-MM-DD` (a `DatePicker` would follow the browser's locale, e.g. mm/dd/yyyy);
times show in the zone *Times in* says, in the table and in the call's detail.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Optional
from zoneinfo import ZoneInfo

import ipywidgets as widgets
import pandas as pd

from .. import BlandValidationError, frames
from ._base import Confirmation, Panel
from ._grid import GridTable
from ._table import call_columns, call_figures, call_pages, call_state, money

__all__ = ["CallExplorer"]

ANY = ""
ANSWERED_BY = ("human", "voicemail", "unknown", "no-answer")
"""The answered_by values Call Details documents; List Calls filters on them as sent."""
STATUSES = {"any": None, "finished": True, "queued or live": False}
"""Status choice → List Calls' `completed`."""
FILTERS = (
    "start_date",
    "end_date",
    "campaign_id",
    "batch_id",
    "answered_by",
    "completed",
    "duration_gt",
    "to_number",
    "from_number",
)
NUMBERS = {"to number": "to_number", "from number": "from_number"}
"""What a phone number typed in *Search* is searched as (List Calls parameters)."""
NEWEST_FIRST = "-created_at"
"""List Calls' own order; the other order is sent as `sort_by=created_at&ascending=true`."""
SORTABLE = {"created_at": "Sorted by the API: click for oldest first, again for newest first."}
NOT_SORTABLE = "Not sortable: the API sorts calls by their created time only."
PHONE = re.compile(r"\+?[\d\s().-]+")
ANSWER_TYPE = "string"
"""The expected answer type sent for a question written without `| type`."""
ZONES = (
    "UTC",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "Europe/London",
    "Europe/Berlin",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Australia/Sydney",
)
"""The time zones offered for showing times (the filters' days stay UTC days, as List Calls reads them)."""
FORMATS = {"CSV": ".csv", "Parquet": ".parquet"}
"""Export formats and their file extensions."""
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
TEXT = "color:var(--jp-ui-font-color1, #212121)"
MUTED = "color:var(--jp-ui-font-color2, #616161)"
LINK = "color:var(--jp-content-link-color, #1976d2);text-decoration:underline;overflow-wrap:anywhere"
SCROLL = f"max-height:320px;overflow-y:auto;border:1px solid var(--jp-border-color2, #e0e0e0);padding:4px;{TEXT}"
SPEAKERS = {
    "assistant": ("Agent", "var(--jp-brand-color1, #1976d2)", "var(--jp-layout-color2, #eeeeee)"),
    "user": ("Person", "var(--jp-warn-color1, #f57c00)", "var(--jp-layout-color1, #ffffff)"),
    "agent-action": ("Agent action", "var(--jp-border-color1, #bdbdbd)", "var(--jp-layout-color1, #ffffff)"),
}
"""Transcript speaker → (label said in words, edge colour, background): never told by colour alone."""
WIDE = {"description_width": "initial"}


def fit(width: str = "auto", max_width: str = "100%") -> widgets.Layout:
    """A layout that never runs past its container."""
    return widgets.Layout(width=width, max_width=max_width)


def typed_day(text: str, label: str) -> Optional[date]:
    """The day typed in a date field (blank: None); an error naming the field if it is not `YYYY-MM-DD`."""
    text = text.strip()
    if not text:
        return None
    try:
        if DAY.fullmatch(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise BlandValidationError(f"'{label}' must be a day written YYYY-MM-DD, e.g. 2026-11-20, not {text!r}")


def as_minutes(value: Any) -> float:
    """The `duration_gt` filter in minutes (0 for none); any number, checked on apply."""
    try:
        return float(value or 0.0)
    except (TypeError, ValueError):
        raise BlandValidationError(
            f"duration_gt={value!r} is not a number of minutes; accepted: a number >= 0"
        ) from None


def offered(dropdown: widgets.Dropdown, value: Any, name: str) -> Any:
    """`value` if `dropdown` offers it; else an error saying which values it accepts."""
    values = [option[1] if isinstance(option, tuple) else option for option in dropdown.options]
    if value not in values:
        accepted = ", ".join("None (any)" if choice == ANY else repr(choice) for choice in values)
        raise BlandValidationError(f"{name}={value!r} is not one of the choices; accepted: {accepted}")
    return value


def parse_questions(text: str) -> list[list[str]]:
    """One `[question, expected answer type]` pair a non-blank line; `question | type` sets the type."""
    pairs = []
    for line in text.splitlines():
        question, _, kind = line.partition("|")
        if question.strip():
            pairs.append([question.strip(), kind.strip() or ANSWER_TYPE])
    return pairs


def in_zone(moment: Optional[datetime], zone: str, form: str = "%Y-%m-%d %H:%M:%S") -> str:
    """`moment` as text in time zone `zone` (a time without a zone is UTC); blank for none."""
    if moment is None:
        return ""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(ZoneInfo(zone)).strftime(form)


def recording_html(url: Optional[str]) -> str:
    """An http(s) recording as a link opening in a new tab and an audio player (escaped); anything
    else as plain text."""
    if not url:
        return "none"
    if not url.lower().startswith(("https://", "http://")):
        return html.escape(url)
    src = html.escape(url, quote=True)
    return (
        f"<a href='{src}' target='_blank' rel='noopener' style='{LINK}'>{html.escape(url)}</a><br>"
        f"<audio controls preload='none' src='{src}' style='max-width:100%'>"
        "Your browser cannot play this recording: use the link.</audio>"
    )


def facts_html(call: Any) -> str:
    """Status, answered by, length, price, summary and recording of a Call Details model (minutes
    and price as the call tables show them)."""
    state = call_state(call.queue_status, call.status, call.completed)
    minutes, price = call_figures(state, call.call_length, call.price)
    facts = {
        "status": html.escape(state or "—"),
        "answered by": html.escape(call.answered_by or "—"),
        "length": "—" if minutes is None else f"{minutes:.2f} min",
        "price": money(price) or "—",
        "summary": html.escape(call.summary or "—"),
        "recording": recording_html(call.recording_url),
    }
    rows = "".join(
        f"<tr><th style='text-align:left;vertical-align:top;padding-right:12px'>{name}</th><td>{value}</td></tr>"
        for name, value in facts.items()
    )
    return f"<table style='font-size:13px;{TEXT}'>{rows}</table>"


def turn_html(segment: Any, zone: str) -> str:
    """One transcript turn: the speaker in words, the time in `zone`, the text (escaped)."""
    speaker, edge, background = SPEAKERS.get(
        segment.user, (segment.user or "unknown speaker", "var(--jp-border-color1, #bdbdbd)", "transparent")
    )
    return (
        f"<div class='bland-nb-turn' style='margin:3px 0;padding:2px 8px;border-left:4px solid {edge};"
        f"background:{background};{TEXT}'><b>{html.escape(speaker)}</b> "
        f"<small style='{MUTED}'>{in_zone(segment.created_at, zone, '%H:%M:%S')}</small>"
        f"<div>{html.escape(segment.text or '')}</div></div>"
    )


def transcript_html(call: Any, zone: str = "UTC") -> str:
    """The transcript, one turn a segment with its speaker and time, in a box that scrolls."""
    turns = "".join(turn_html(segment, zone) for segment in call.transcripts or [])
    return f"<div style='{SCROLL}'>{turns or '<i>No transcript for this call.</i>'}</div>"


def answers_html(questions: list[list[str]], answers: list[Any]) -> str:
    """Each question with the API's answer (escaped); an unanswerable one shows as —."""
    rows = "".join(
        f"<tr><td>{html.escape(question)}</td><td><b>{html.escape('—' if answer is None else str(answer))}"
        f"</b></td></tr>"
        for (question, _kind), answer in zip(questions, answers)
    )
    return f"<table class='bland-nb-table'><thead><tr><th>question</th><th>answer</th></tr></thead>{rows}</table>"


def is_number(text: str) -> bool:
    """Whether *Search* text is a phone number (7 to 15 digits, with + ( ) - . or spaces), not a call id."""
    return bool(PHONE.fullmatch(text)) and 7 <= sum(char.isdigit() for char in text) <= 15


def order(sort: str) -> dict[str, Any]:
    """The List Calls parameters of the grid's `sort` (none for the API's own order, newest first)."""
    if sort in ("", NEWEST_FIRST):
        return {}
    return {"sort_by": sort.lstrip("-"), "ascending": not sort.startswith("-")}


def export_name(extension: str = ".csv") -> str:
    """A new export file name in the working directory: `calls-YYYYMMDD-HHMMSS.csv`."""
    return f"calls-{datetime.now():%Y%m%d-%H%M%S}{extension}"


class CallExplorer(Panel):
    """Calls filtered by date, campaign, batch, answered by, status, length and phone number, 25,
    50 or 100 a page, newest or oldest first; click one for its transcript, summary, price and
    recording (shown beside the table where there is room), and to **Analyze** it; **Export…**
    writes the filtered calls to CSV or Parquet.

    ```python
    from bland_nb.widgets import CallExplorer
    explorer = CallExplorer(client)
    explorer.filter(answered_by="human", duration_gt=2)   # what the filter widgets and Apply do
    explorer.select(call_id)                              # what clicking a call's row does
    explorer.search.value = "+14155550123"                # what typing in Search and Enter do
    explorer.zone.value = "America/New_York"              # times in New York time
    ```

    Filters apply with *Apply*; each is a List Calls parameter (`start_date`, `end_date` as UTC
    days, `campaign_id`, `batch_id`, `answered_by`, `completed`, `duration_gt` in minutes, and
    `to_number` or `from_number`, which *Search* sets). *Search* takes a phone number (searched
    as the number called, or the caller, as *Number is* says) or a call id (opened at once).
    Clicking the *created* header sorts by the API (oldest first, again newest first); the other
    columns do not sort, as their headers say on hover.
    Analyzing is billed: *Analyze…* shows what will be sent, only *Confirm analysis* sends it,
    once, with the buttons disabled while it is in flight. *Export…* writes every call the
    applied filters select (all pages), refusing to replace a file unless *Overwrite* is ticked.
    """

    title = "Calls"

    def _build(self) -> list[widgets.Widget]:
        self.applied: dict[str, Any] = {}
        self.call_id: Optional[str] = None
        self.call: Any = None  # the Call Details shown
        self.table = GridTable(
            call_columns(),
            key="call_id",
            run=self.run,
            sortable=SORTABLE,
            not_sortable=NOT_SORTABLE,
            sort=NEWEST_FIRST,
            label="Calls",
        )
        self.table.on_select(lambda call_id: call_id and self.run("Loading the call", self.show_call, call_id))
        self.table.on_sort(lambda _sort: self.run("Sorting the calls", self.resort))
        # side by side where there is room (about 60% and 40%), stacked on narrow screens
        self.table.layout.flex, self.table.layout.min_width = "3 1 520px", "360px"
        self.hint = widgets.HTML("<i>Click a call for its transcript, summary, price, recording and analysis.</i>")
        self.detail = widgets.VBox(self._build_detail(), layout=widgets.Layout(display="none"))
        beside = widgets.VBox([self.hint, self.detail], layout=widgets.Layout(flex="2 1 340px", min_width="300px"))
        self.views = widgets.HBox(
            [self.table, beside], layout=widgets.Layout(flex_flow="row wrap", align_items="flex-start", grid_gap="12px")
        )
        return [self._build_filters(), self._build_search(), self._build_export(), self.views]

    def _build_search(self) -> widgets.Widget:
        self.search = widgets.Text(
            description="Search",
            placeholder="phone number or call id, then Enter",
            continuous_update=False,
            layout=fit("340px"),
        )
        self.number_is = widgets.Dropdown(description="Number is", options=NUMBERS, style=WIDE, layout=fit())
        self.on_change(self.search, "Searching", self.find)
        self.on_change(self.number_is, "Searching", lambda: is_number(self.search.value.strip()) and self.apply())
        return widgets.HBox(
            [self.search, self.number_is],
            layout=widgets.Layout(flex_flow="row wrap", align_items="center", grid_gap="4px 8px"),
        )

    def _build_filters(self) -> widgets.Widget:
        day = {"placeholder": "YYYY-MM-DD", "style": WIDE}
        self.start = widgets.Text(description="From (UTC day)", layout=fit("190px"), **day)
        self.end = widgets.Text(description="To (UTC day)", layout=fit("180px"), **day)
        self.campaign = widgets.Dropdown(description="Campaign", options=[("any", ANY)], layout=fit(max_width="300px"))
        self.batch = widgets.Dropdown(description="Batch", options=[("any", ANY)], layout=fit(max_width="300px"))
        self.answered_by = widgets.Dropdown(
            description="Answered by",
            style=WIDE,
            options=[("any", ANY), *((value, value) for value in ANSWERED_BY)],
            layout=fit(),
        )
        self.status_filter = widgets.Dropdown(
            description="Status",
            options=list(STATUSES),
            tooltip="List Calls filters on completion only: failed, no-answer and cancelled calls are finished.",
            layout=fit(),
        )
        self.min_minutes = widgets.FloatText(0.0, description="Longer than (min)", style=WIDE, layout=fit("190px"))
        self.apply_button = widgets.Button(description="Apply", button_style="primary", icon="filter", layout=fit())
        self.on_click(self.apply_button, "Loading calls", self.apply)
        self.zone = widgets.Dropdown(description="Times in", options=ZONES, value="UTC", layout=fit())
        self.on_change(self.zone, "Showing the times in the chosen zone", self.rezone)
        self.export_button = widgets.Button(
            description="Export…", icon="download", layout=fit(), tooltip="Write the filtered calls to a file"
        )
        self.export_button.on_click(lambda _button: self.toggle_export())
        row = widgets.Layout(flex_flow="row wrap", align_items="center", grid_gap="4px 8px")
        return widgets.VBox(
            [
                widgets.HBox([self.start, self.end, self.campaign, self.batch], layout=row),
                widgets.HBox(
                    [
                        self.answered_by,
                        self.status_filter,
                        self.min_minutes,
                        self.apply_button,
                        self.zone,
                        self.export_button,
                    ],
                    layout=row,
                ),
            ]
        )

    def _build_export(self) -> widgets.Widget:
        self.export_about = widgets.HTML()
        self.export_format = widgets.Dropdown(description="Format", options=list(FORMATS), layout=fit())
        self.export_format.observe(lambda _change: self._match_extension(), names="value")
        self.export_path = widgets.Text(
            value=export_name(),
            description="File",
            placeholder="a file path, e.g. calls.csv",
            layout=fit("360px"),
        )
        self.overwrite = widgets.Checkbox(description="Overwrite if it exists", indent=False, layout=fit())
        self.write_button = widgets.Button(description="Write file", icon="save", button_style="primary", layout=fit())
        self.on_click(self.write_button, "Writing the calls", self.export)
        self.export_box = widgets.VBox(
            [
                self.export_about,
                widgets.HBox(
                    [self.export_format, self.export_path, self.overwrite, self.write_button],
                    layout=widgets.Layout(flex_flow="row wrap", align_items="center", grid_gap="4px 8px"),
                ),
            ],
            layout=widgets.Layout(display="none", border="1px solid var(--jp-border-color2, #e0e0e0)", padding="4px"),
        )
        return self.export_box

    def _build_detail(self) -> list[widgets.Widget]:
        self.heading, self.facts, self.transcript, self.answers = (widgets.HTML() for _ in range(4))
        self.goal = widgets.Text(
            description="Goal", placeholder="what the call was for, e.g. confirm an appointment", layout=fit()
        )
        self.questions = widgets.Textarea(
            description="Questions",
            layout=widgets.Layout(width="auto", max_width="100%", height="80px"),
            placeholder="one a line; 'question | expected answer type' to set the type",
        )
        self.analyze_button = widgets.Button(description="Analyze…", icon="search", layout=fit())
        self.confirmation = Confirmation(
            self, "Confirm analysis", "Analyzing the call", guarding=(self.analyze_button,), style="warning"
        )
        self.on_click(self.analyze_button, "Preparing the analysis", self.ask_to_analyze)
        analysis = widgets.VBox(
            [
                widgets.HTML("<b>Analyze</b> (billed by Bland)"),
                self.goal,
                self.questions,
                self.analyze_button,
                self.confirmation,
                self.answers,
            ]
        )
        return [self.heading, self.facts, widgets.HTML("<b>Transcript</b>"), self.transcript, analysis]

    def _load(self) -> None:
        self._offer(
            self.campaign,
            [
                (row["campaign_name"] or row["campaign_id"], row["campaign_id"])
                for row in self._client.campaigns.list().all_rows()
            ],
        )
        self._offer(
            self.batch,
            [(row.get("description") or row["id"], row["id"]) for row in self._client.batches.list().all_rows()],
        )
        self.apply()
        if self.call_id:
            self.show_call(self.call_id)  # shown again, fresh

    @staticmethod
    def _offer(dropdown: widgets.Dropdown, choices: list[tuple[str, str]]) -> None:
        """Offer "any" and `choices`, keeping the current choice when it is still offered."""
        current = dropdown.value
        dropdown.options = [("any", ANY), *choices]
        dropdown.value = current if current in dict(choices).values() else ANY

    # -- filters --------------------------------------------------------------------------------

    def filter(self, **filters: Any) -> None:
        """Set the filter widgets to `filters` (List Calls names; the others back to "any") and apply."""
        unknown = sorted(set(filters) - set(FILTERS))
        if unknown:
            raise BlandValidationError(f"unknown filter {', '.join(unknown)}; accepted: {', '.join(FILTERS)}")
        status = next((label for label, flag in STATUSES.items() if flag is filters.get("completed")), None)
        if status is None:
            raise BlandValidationError(
                f"completed={filters['completed']!r} is not accepted; accepted: True, False or None"
            )
        numbers = [name for name in NUMBERS.values() if filters.get(name)]
        if len(numbers) > 1:
            raise BlandValidationError("give to_number or from_number, not both (Search takes one number)")
        start, end = (
            None if filters.get(n) is None else frames.utc_day(filters[n], n) for n in ("start_date", "end_date")
        )
        values = {
            self.start: start.isoformat() if start else "",
            self.end: end.isoformat() if end else "",
            self.status_filter: status,
            self.min_minutes: as_minutes(filters.get("duration_gt")),
            self.search: str(filters[numbers[0]]) if numbers else "",
            self.number_is: numbers[0] if numbers else self.number_is.value,
        }
        dropdowns = {self.campaign: "campaign_id", self.batch: "batch_id", self.answered_by: "answered_by"}
        for dropdown, name in dropdowns.items():
            values[dropdown] = offered(dropdown, filters.get(name) or ANY, name)
        with self.setting():  # set only once every value is known good; loaded once below
            for widget, value in values.items():
                widget.value = value
        self.run("Loading calls", self.apply)

    def list_params(self) -> dict[str, Any]:
        """The List Calls filters the widgets say now, with a phone number typed in *Search* (a day
        not written YYYY-MM-DD is an error)."""
        params = {
            "start_date": typed_day(self.start.value, self.start.description),
            "end_date": typed_day(self.end.value, self.end.description),
            "campaign_id": self.campaign.value,
            "batch_id": self.batch.value,
            "answered_by": self.answered_by.value,
            "completed": STATUSES[self.status_filter.value],
            "duration_gt": self.min_minutes.value or None,
        }
        text = self.search.value.strip()
        if is_number(text):
            params[self.number_is.value] = text
        return {name: value for name, value in params.items() if value is not None and value != ANY}

    def _problem(self) -> Optional[str]:
        """What is wrong with the filters, in words, or None."""
        minutes = self.min_minutes.value
        if not minutes >= 0:
            return f"'Longer than' must be 0 minutes or more, not {minutes:g}; nothing was fetched."
        try:
            start, end = (typed_day(field.value, field.description) for field in (self.start, self.end))
        except BlandValidationError as exc:
            return f"{exc}; nothing was fetched."
        if start and end and end < start:
            return f"The end day {end} is before the start day {start}; nothing was fetched."
        return None

    def apply(self) -> None:
        """Show the first page of the calls the filters select (one List Calls request)."""
        problem = self._problem()
        if problem:
            self.say(problem, "error")
            return
        params = self.list_params()
        self.table.empty = "No calls match these filters." if params else "No calls yet."
        self.table.show(call_pages(self._client, zone=self.zone.value, **params, **order(self.table.sort)))
        self.applied, total = params, self.table.total  # only once the API took them
        if self.applied:
            matches = "1 call matches" if total == 1 else f"{total:,} calls match"
            self.say(f"{matches} these filters." if total else "No calls match these filters.")
        else:
            self.say(f"{total:,} calls." if total else "No calls yet.")
        self.export_about.value = (
            f"Writes every call the applied filters select ({total:,}, all pages), with times in UTC."
        )

    def rezone(self) -> None:
        """Show the table's and the call's times in the zone *Times in* says (the same page and call)."""
        self.table.columns = call_columns(self.zone.value)
        self._reload(keep=True)
        if self.call is not None:
            self._show(self.call)

    def resort(self) -> None:
        """Show the first page of the applied filters' calls in the order the table's header says
        (sorted by the API: `sort_by`, `ascending`)."""
        self._reload(keep=False)

    def _reload(self, keep: bool) -> None:
        fetch = call_pages(self._client, zone=self.zone.value, **self.applied, **order(self.table.sort))
        self.table.show(fetch, keep=keep)

    def find(self) -> None:
        """Search for what *Search* says: a phone number lists its calls (with the filters), a call
        id opens that call, nothing lists every call the filters select again."""
        text = self.search.value.strip()
        if text and not is_number(text):
            self.select(text)
        else:
            self.apply()

    # -- one call -------------------------------------------------------------------------------

    def select(self, call_id: str) -> None:
        """Show call `call_id` in depth and highlight its row, as clicking it does (errors said in the panel)."""
        if self.table.selected != call_id:
            self.table.selected = call_id  # shows it through the table's selection
        else:
            self.run("Loading the call", self.show_call, call_id)

    def show_call(self, call_id: str) -> None:
        """Fetch Call Details for `call_id` and fill the detail area (a pending analysis of another
        call is dropped; the same call's stays)."""
        if call_id != self.call_id:
            self.confirmation.cancel()
            self.answers.value = ""
        try:
            call = self._client.calls.get(call_id)
        except Exception:
            self.call_id = self.call = None
            self.detail.layout.display, self.hint.layout.display = "none", ""
            self.table.selected = None  # nothing highlighted: nothing is shown
            raise
        self.call_id = call_id
        self._show(call)

    def _show(self, call: Any) -> None:
        """Fill the detail area with Call Details `call`, times in the chosen zone."""
        self.call, zone = call, self.zone.value
        self.heading.value = (
            f"<h4 style='margin:4px 0'>Call <code style='user-select:all;overflow-wrap:anywhere'>"
            f"{html.escape(self.call_id or '')}</code></h4>"
            f"<small>created {in_zone(call.created_at, zone) or '—'} {html.escape(zone)} · "
            f"to {html.escape(call.to or '—')}</small>"
        )
        self.facts.value, self.transcript.value = facts_html(call), transcript_html(call, zone)
        self.detail.layout.display, self.hint.layout.display = "", "none"

    # -- export ---------------------------------------------------------------------------------

    def toggle_export(self) -> None:
        """Show or hide the export controls."""
        self.export_box.layout.display = "none" if self.export_box.layout.display != "none" else ""

    def _match_extension(self) -> None:
        """Give the file path the chosen format's extension, if it has another format's."""
        path = Path(self.export_path.value)
        if path.suffix.lower() in FORMATS.values():
            self.export_path.value = str(path.with_suffix(FORMATS[self.export_format.value]))

    def export(self) -> None:
        """Write every call the applied filters select (all pages) to the file the export controls say."""
        text = self.export_path.value.strip()
        path = Path(text).expanduser()
        problem = export_problem(text, path, self.overwrite.value)
        if problem:
            self.say(f"{problem}; nothing was written.", "error")
            return
        filters = {
            {"start_date": "start", "end_date": "end"}.get(name, name): value for name, value in self.applied.items()
        }
        calls = frames.calls(self._client, progress=False, **filters)
        try:
            write(calls, path, self.export_format.value)
        except OSError as exc:
            self.say(f"Could not write {path}: {exc.strerror or exc}.", "error")
            return
        self.say(f"Wrote {len(calls):,} calls to {path}", "ok")

    # -- analysis (billed: asks first, sends once) ----------------------------------------------

    def ask_to_analyze(self) -> None:
        """Check the goal and questions and ask for confirmation; nothing is sent."""
        questions, goal = parse_questions(self.questions.value), self.goal.value.strip()
        if self.call_id is None or not questions or not goal:
            missing = "a call" if self.call_id is None else "the call's goal" if not goal else "at least one question"
            self.say(f"Give {missing} first; nothing was sent.", "error")
            return
        call_id = self.call_id
        self.confirmation.ask(
            f"Analyze call <code>{html.escape(call_id)}</code> with {len(questions)} "
            f"question{'s' if len(questions) != 1 else ''}? Bland bills each analysis.",
            lambda: self._analyze(call_id, goal, questions),
        )

    def _analyze(self, call_id: str, goal: str, questions: list[list[str]]) -> None:
        """Send Analyze Call and show the answers."""
        result = self._client.calls.analyze(call_id, goal=goal, questions=questions)
        answers = list(getattr(result, "answers", None) or [])
        self.answers.value = answers_html(questions, answers + [None] * (len(questions) - len(answers)))
        self.say(f"Analyzed call {call_id}: {sum(a is not None for a in answers)} of {len(questions)} answered.", "ok")


def export_problem(text: str, path: Path, overwrite: bool) -> Optional[str]:
    """What stops writing the export to `path` (typed as `text`), in words, or None."""
    if not text:
        return "Give a file path to write the calls to"
    if path.is_dir():
        return f"{path} is a folder: give a file name"
    if not path.parent.is_dir():
        return f"The folder {path.parent} does not exist"
    if path.exists() and not overwrite:
        return f"{path} already exists: tick 'Overwrite if it exists' to replace it, or give another name"
    return None


def write(calls: pd.DataFrame, path: Path, form: str) -> None:
    """Write `calls` to `path` as `form` (a `FORMATS` name)."""
    if form == "Parquet":
        calls.to_parquet(path, index=False)
    else:
        calls.to_csv(path, index=False)
