"""`CallExplorer`: calls filtered by the API one page at a time, one call in depth, and an analysis that asks first.

Every filter is a List Calls parameter, so the API does the filtering and the panel fetches one
window of 50 calls a page, whatever the account holds. List Calls has no `status` filter: the
*Status* choice maps to its `completed` flag (failed, no-answer and cancelled calls are finished).
"""

from __future__ import annotations

import html
from datetime import date, datetime
from typing import Any, Optional, Union

import ipywidgets as widgets

from .. import BlandValidationError
from ._base import Confirmation, Panel
from ._table import CALL_COLUMNS, PagedTable, call_pages, cell

__all__ = ["CallExplorer"]

ANY = ""
ANSWERED_BY = ("human", "voicemail", "unknown", "no-answer")
"""The answered_by values Call Details documents; List Calls filters on them as sent."""
STATUSES = {"any": None, "finished": True, "queued or live": False}
"""Status choice → List Calls' `completed`."""
FILTERS = ("start_date", "end_date", "campaign_id", "batch_id", "answered_by", "completed", "duration_gt")
ANSWER_TYPE = "string"
"""The expected answer type sent for a question written without `| type`."""
SCROLL = "max-height:260px;overflow-y:auto;border:1px solid #ddd;padding:4px 8px"
WIDE = {"description_width": "initial"}


def as_day(value: Union[date, str, None], name: str) -> Optional[date]:
    """A filter's day from a `date`, a `datetime` or `'YYYY-MM-DD'`; None for none."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise BlandValidationError(
            f"{name}={value!r} is not a day; accepted: a datetime.date or 'YYYY-MM-DD'"
        ) from None


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


def link(url: Optional[str]) -> str:
    """An http(s) URL as a link opening in a new tab (escaped); anything else as plain text."""
    if not url:
        return "none"
    if not url.lower().startswith(("https://", "http://")):
        return html.escape(url)
    return f"<a href='{html.escape(url, quote=True)}' target='_blank' rel='noopener'>{html.escape(url)}</a>"


def facts_html(call: Any) -> str:
    """Status, answered by, length, price, summary and recording of a Call Details model."""
    facts = {
        "status": html.escape(call.status or "—"),
        "answered by": html.escape(call.answered_by or "—"),
        "length": "—" if call.call_length is None else f"{call.call_length:.2f} min",
        "price": "—" if call.price is None else f"${call.price:.4f}",
        "summary": html.escape(call.summary or "—"),
        "recording": link(call.recording_url),
    }
    rows = "".join(
        f"<tr><th style='text-align:left;padding-right:12px'>{name}</th><td>{value}</td></tr>"
        for name, value in facts.items()
    )
    return f"<table style='font-size:13px'>{rows}</table>"


def transcript_html(call: Any) -> str:
    """The transcript, one escaped line a segment, in a box that scrolls."""
    lines = "".join(
        f"<div><b>{html.escape(segment.user or '?')}</b>: {html.escape(segment.text or '')}</div>"
        for segment in call.transcripts or []
    )
    return f"<div style='{SCROLL}'>{lines or '<i>No transcript for this call.</i>'}</div>"


def answers_html(questions: list[list[str]], answers: list[Any]) -> str:
    """Each question with the API's answer (escaped); an unanswerable one shows as —."""
    rows = "".join(
        f"<tr><td>{html.escape(question)}</td><td><b>{html.escape('—' if answer is None else str(answer))}"
        f"</b></td></tr>"
        for (question, _kind), answer in zip(questions, answers)
    )
    return f"<table class='bland-nb-table'><thead><tr><th>question</th><th>answer</th></tr></thead>{rows}</table>"


def call_label(row: dict[str, Any]) -> str:
    """A call in the picker: when, to whom, how it went."""
    return " · ".join(
        text for text in (cell(row.get(name)) for name in ("created_at", "to", "status", "answered_by")) if text
    )


class CallExplorer(Panel):
    """Calls filtered by date, campaign, batch, answered by, status and length, 50 a page; pick
    one for its transcript, summary, price and recording, and to **Analyze** it.

    ```python
    from bland_nb.widgets import CallExplorer
    explorer = CallExplorer(client)
    explorer.filter(answered_by="human", duration_gt=2)   # what the filter widgets and Apply do
    explorer.select(call_id)                              # what picking a call does
    ```

    Filters apply with *Apply*; each is a List Calls parameter (`start_date`, `end_date` as UTC
    days, `campaign_id`, `batch_id`, `answered_by`, `completed`, `duration_gt` in minutes).
    Analyzing is billed: *Analyze…* shows what will be sent, only *Confirm analysis* sends it,
    once, with the buttons disabled while it is in flight.
    """

    title = "Calls"

    def _build(self) -> list[widgets.Widget]:
        self.applied: dict[str, Any] = {}
        self.call_id: Optional[str] = None
        self.table = PagedTable(
            CALL_COLUMNS, key="call_id", run=self.run, label=call_label, empty="No calls match these filters."
        )
        self.table.picker.description = "Call"
        self.table.on_select(lambda call_id: call_id and self.run("Loading the call", self.show_call, call_id))
        self.hint = widgets.HTML("<i>Pick a call for its transcript, summary, price, recording and analysis.</i>")
        self.detail = widgets.VBox(self._build_detail(), layout=widgets.Layout(display="none"))
        return [self._build_filters(), self.table, self.hint, self.detail]

    def _build_filters(self) -> widgets.Widget:
        self.start = widgets.DatePicker(description="From (UTC)", style=WIDE)
        self.end = widgets.DatePicker(description="To (UTC)", style=WIDE)
        self.campaign = widgets.Dropdown(description="Campaign", options=[("any", ANY)])
        self.batch = widgets.Dropdown(description="Batch", options=[("any", ANY)])
        self.answered_by = widgets.Dropdown(
            description="Answered by", style=WIDE, options=[("any", ANY), *((value, value) for value in ANSWERED_BY)]
        )
        self.status_filter = widgets.Dropdown(
            description="Status",
            options=list(STATUSES),
            tooltip="List Calls filters on completion only: failed, no-answer and cancelled calls are finished.",
        )
        self.min_minutes = widgets.FloatText(
            0.0, description="Longer than (min)", style=WIDE, layout=widgets.Layout(width="210px")
        )
        self.apply_button = widgets.Button(description="Apply", button_style="primary", icon="filter")
        self.on_click(self.apply_button, "Loading calls", self.apply)
        return widgets.VBox(
            [
                widgets.HBox([self.start, self.end, self.campaign, self.batch]),
                widgets.HBox([self.answered_by, self.status_filter, self.min_minutes, self.apply_button]),
            ]
        )

    def _build_detail(self) -> list[widgets.Widget]:
        self.heading, self.facts, self.transcript, self.answers = (widgets.HTML() for _ in range(4))
        self.goal = widgets.Text(
            description="Goal",
            placeholder="what the call was for, e.g. confirm an appointment",
            layout=widgets.Layout(width="100%"),
        )
        self.questions = widgets.Textarea(
            description="Questions",
            layout=widgets.Layout(width="100%", height="80px"),
            placeholder="one a line; 'question | expected answer type' to set the type",
        )
        self.analyze_button = widgets.Button(description="Analyze…", icon="search")
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
        values = {
            self.start: as_day(filters.get("start_date"), "start_date"),
            self.end: as_day(filters.get("end_date"), "end_date"),
            self.status_filter: status,
            self.min_minutes: as_minutes(filters.get("duration_gt")),
        }
        dropdowns = {self.campaign: "campaign_id", self.batch: "batch_id", self.answered_by: "answered_by"}
        for dropdown, name in dropdowns.items():
            values[dropdown] = offered(dropdown, filters.get(name) or ANY, name)
        for widget, value in values.items():  # set only once every value is known good
            widget.value = value
        self.run("Loading calls", self.apply)

    def list_params(self) -> dict[str, Any]:
        """The List Calls filters the widgets say now (unchecked; see `apply`)."""
        params = {
            "start_date": self.start.value,
            "end_date": self.end.value,
            "campaign_id": self.campaign.value,
            "batch_id": self.batch.value,
            "answered_by": self.answered_by.value,
            "completed": STATUSES[self.status_filter.value],
            "duration_gt": self.min_minutes.value or None,
        }
        return {name: value for name, value in params.items() if value is not None and value != ANY}

    def _problem(self) -> Optional[str]:
        """What is wrong with the filters, in words, or None."""
        minutes = self.min_minutes.value
        if not minutes >= 0:
            return f"'Longer than' must be 0 minutes or more, not {minutes:g}; nothing was fetched."
        if self.start.value and self.end.value and self.end.value < self.start.value:
            return f"The end day {self.end.value} is before the start day {self.start.value}; nothing was fetched."
        return None

    def apply(self) -> None:
        """Show the first page of the calls the filters select (one List Calls request)."""
        problem = self._problem()
        if problem:
            self.say(problem, "error")
            return
        self.applied = self.list_params()
        self.table.show(call_pages(self._client, **self.applied))
        self.say(f"{self.table.total:,} calls" + (" match these filters." if self.applied else "."), "info")

    # -- one call -------------------------------------------------------------------------------

    def select(self, call_id: str) -> None:
        """Show call `call_id` in depth, as picking it in the table does (errors said in the panel)."""
        if call_id in [value for _label, value in self.table.picker.options] and self.table.picker.value != call_id:
            self.table.picker.value = call_id  # shows it through the picker
        else:
            self.run("Loading the call", self.show_call, call_id)

    def show_call(self, call_id: str) -> None:
        """Fetch Call Details for `call_id` and fill the detail area."""
        self.confirmation.cancel()
        self.call_id, self.answers.value = None, ""
        self.detail.layout.display, self.hint.layout.display = "none", ""
        call = self._client.calls.get(call_id)
        self.call_id = call_id
        created = f"{call.created_at:%Y-%m-%d %H:%M:%S} UTC" if call.created_at else "—"
        self.heading.value = (
            f"<h4 style='margin:4px 0'>Call {html.escape(call_id)}</h4>"
            f"<small>created {created} · to {html.escape(call.to or '—')}</small>"
        )
        self.facts.value, self.transcript.value = facts_html(call), transcript_html(call)
        self.detail.layout.display, self.hint.layout.display = "", "none"

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
