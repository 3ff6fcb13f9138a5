"""`CampaignDashboard`: campaigns and batches with their metrics, one campaign in depth, a safe stop."""

from __future__ import annotations

import html
from datetime import timedelta
from typing import Any, Optional

import ipywidgets as widgets
import pandas as pd

from .. import LIVE_STATES, BlandValidationError, frames, pending_calls, plots
from ._base import Confirmation, Panel, describe_error, status_html
from ._charts import chart, show_chart
from ._grid import EVERY_COLUMN, GridTable
from ._table import CALL_COLUMNS, PagedTable, call_pages

__all__ = ["CampaignDashboard"]

CAMPAIGN_COLUMNS = {
    "campaign_name": "campaign",
    "count": "calls",
    "human_answered": "human",
    "voicemail_answered": "voicemail",
    "unknown_answered": "unknown",
    "transferred_count": "transferred",
    "campaign_id": "id",
}
BATCH_COLUMNS = {
    "batch_id": "batch",
    "description": "description",
    "created_at": "created (UTC)",
    "call_objects": "calls",
}

NO_CALLS_YET = (
    "<p><i>No calls yet: the newest day's calls, the answer rate, spend and runway show here once the "
    "account has made calls.</i></p>"
)
LOADING_FIGURES = "<p><i>Loading the figures: the newest day's calls, the answer rate, spend and runway…</i></p>"


def campaign_state(calls: Any) -> tuple[str, int, int, int]:
    """(state, queued, live, finished) of a campaign's calls: `running` while any call is queued
    or live; else `stopped` if any was cancelled, `finished` if not (the API keeps no campaign status)."""
    if not len(calls):
        return "no calls", 0, 0, 0
    live = int(calls["queue_status"].isin(LIVE_STATES).sum())
    queued = int((~calls["completed"]).sum()) - live
    finished = len(calls) - queued - live
    if queued + live:
        return "running", queued, live, finished
    cancelled = calls["status"].isin(("canceled", "cancelled")).any()
    return ("stopped" if cancelled else "finished"), 0, 0, finished


def badge(state: str) -> str:
    """The campaign's state as a coloured label that says it in words."""
    edge = {"running": "var(--jp-success-color1, #388e3c)", "stopped": "var(--jp-error-color1, #d32f2f)"}.get(
        state, "var(--jp-border-color1, #9e9e9e)"
    )
    return (
        f"<span class='bland-nb-badge' style='border:1px solid {edge};color:var(--jp-ui-font-color1, #212121);"
        f"border-radius:10px;padding:1px 8px;font-size:12px'>● {html.escape(state)}</span>"
    )


def figures_html(figures: dict[str, str]) -> str:
    """The headline figures, label under value, in a row that wraps."""
    cards = "".join(
        "<div style='padding:4px 12px;border-left:3px solid var(--jp-brand-color1, #1976d2)'>"
        f"<div style='font-size:18px;font-weight:600'>{html.escape(value)}</div>"
        f"<div style='font-size:12px;color:var(--jp-ui-font-color2, #616161)'>{html.escape(label)}</div></div>"
        for label, value in figures.items()
    )
    return f"<div class='bland-nb-headline' style='display:flex;flex-wrap:wrap;gap:8px 16px'>{cards}</div>"


class CampaignDashboard(Panel):
    """The account at a glance, campaigns and batches with their metrics; click one for its
    funnel, answered-by mix, calls and a **Stop** button that asks first.

    ```python
    from bland_nb.widgets import CampaignDashboard
    CampaignDashboard(client)          # shows itself in JupyterLab, Notebook 7, VS Code and Voilà
    ```

    The headline strip gives the newest day's calls, the answer rate and spend of the last 7
    days, the balance and its runway; it loads on a thread of its own, so the lists show
    first (`wait()` waits for it). Every header of the lists sorts them. The campaign shown in
    depth says whether it is running (queued or live calls), with its queued, live and
    finished counts; with *Auto-refresh* on, these follow a running campaign. Stopping:
    *Stop…* shows a confirmation naming the campaign and how many queued or live calls will
    stop; only *Confirm stop* sends the request, once, with every button disabled while it
    is in flight; the result shows beside the button as soon as the API answers (the counts
    follow), and the button stays disabled once nothing is running.
    """

    title = "Campaigns"

    def _build(self) -> list[widgets.Widget]:
        self.names: dict[tuple[str, str], str] = {}
        self.shown: Optional[tuple[str, str]] = None  # ("campaign" or "batch", its id)
        self.headline = widgets.HTML(LOADING_FIGURES)
        self.campaigns = self._list(CAMPAIGN_COLUMNS, "campaign", "No campaigns yet: campaigns you create appear here.")
        self.batches = self._list(BATCH_COLUMNS, "batch", "No batches yet.")
        lists = widgets.Tab([self.campaigns, self.batches], titles=("Campaigns", "Batches"))

        self.heading, self.state, self.stop_result = widgets.HTML(), widgets.HTML(), widgets.HTML()
        self.stop_result.add_class("bland-nb-stop-result")
        self.funnel_chart = chart("Call funnel", "stage")
        self.answered_chart = chart("Who answered", "answer", {"share of calls": ".0%"})
        self.no_calls = widgets.HTML("<i>No calls yet: nothing to chart.</i>", layout=widgets.Layout(display="none"))
        self.calls = PagedTable(CALL_COLUMNS, run=self.run, empty="No calls yet.")
        self.stop_button = widgets.Button(
            description="Stop…", button_style="danger", icon="stop", layout=widgets.Layout(width="auto")
        )
        self.running: Optional[bool] = False  # whether what is shown has queued or live calls (None: not known yet)
        self.confirmation = Confirmation(
            self, "Confirm stop", "Stopping", guarding=(self.stop_button,), after=self._set_stop_button
        )
        self.on_click(self.stop_button, "Counting the calls that would stop", self.ask_to_stop)
        self.detail = widgets.VBox(
            [
                self.heading,
                widgets.HBox(
                    [self.state, self.stop_button, self.stop_result],
                    layout=widgets.Layout(align_items="center", flex_flow="row wrap", grid_gap="8px"),
                ),
                self.confirmation,
                widgets.HBox([self.funnel_chart, self.answered_chart], layout=widgets.Layout(flex_flow="row wrap")),
                self.no_calls,
                self.calls,
            ],
            layout=widgets.Layout(display="none"),
        )
        return [self.headline, lists, self.detail]

    def _list(self, columns: dict[str, str], kind: str, empty: str) -> GridTable:
        """The table of campaigns or batches: a click on a row shows that one in depth."""
        table = GridTable(
            columns,
            key=f"{kind}_id",
            sortable=EVERY_COLUMN,
            run=self.run,
            empty=empty,
            label=f"{kind.capitalize()}s",
            ids=(f"{kind}_id",),
            page_size=25,
        )
        table.on_select(lambda key: key is None or self.run(f"Loading the {kind}", self._show, kind, key))
        return table

    @property
    def selected(self) -> Optional[str]:
        """The id of the campaign shown in depth, or None."""
        return self.shown[1] if self.shown and self.shown[0] == "campaign" else None

    def _load(self) -> None:
        self.in_background("headline", self._show_figures)
        self._load_lists()

    def _load_lists(self) -> None:
        """The campaigns and batches again, and what is shown in depth, fresh."""
        table = frames.campaigns(self._client)
        batches = frames.batches(self._client)
        self.names = {
            **{("campaign", cid): name for cid, name in zip(table["campaign_id"], table["campaign_name"].fillna(""))},
            **{("batch", bid): text for bid, text in zip(batches["batch_id"], batches["description"].fillna(""))},
        }
        self.campaigns.show_frame(table, keep=True)
        self.batches.show_frame(batches, keep=True)
        if self.shown is not None:
            self._show(*self.shown if self.shown in self.names else (self.shown[0], None))

    def _show_figures(self) -> None:
        """The headline strip, or why it could not be read (on a thread of its own)."""
        try:
            figures = self._figures()
        except Exception as exc:  # said in the strip: the lists below work on
            self.headline.value = status_html(f"The headline figures could not be read. {describe_error(exc)}", "error")
            return
        self.headline.value = figures_html(figures) + ("" if len(figures) > 2 else NO_CALLS_YET)

    def _figures(self) -> dict[str, str]:
        """The headline: the newest day's calls, 7 days' answer rate and spend, balance and runway."""
        newest = frames.newest_day(self._client)
        if newest is None:
            return {"calls": "none yet", "balance": self._balance_text()}  # the strip then says why
        week = frames.calls(self._client, start=newest - timedelta(days=6), end=newest, progress=False)
        day = week[week["created_at"].dt.date == newest]
        funnel = frames.funnel(week, by=None).iloc[0]
        billing = frames.billing(self._client)
        account = billing[billing["scope"] == "account"]
        days = frames.runway(account, frames.spend(week, freq="D"))["days"].iloc[0] if len(account) else None
        return {
            f"calls on {newest:%b %d} (newest day)": f"{len(day):,}",
            "answer rate, 7 days": "—" if pd.isna(funnel["connect_rate"]) else f"{funnel['connect_rate']:.0%}",
            f"spend on {newest:%b %d}": f"${day['price'].sum():,.2f}",
            "spend, 7 days": f"${week['price'].sum():,.2f}",
            "balance": self._balance_text(account),
            "runway at the 7-day rate": "—" if days is None or pd.isna(days) else _days_text(days),
        }

    def _balance_text(self, account: Any = None) -> str:
        if account is None:
            billing = frames.billing(self._client)
            account = billing[billing["scope"] == "account"]
        balance = account["balance"].iloc[0] if len(account) else None
        return "—" if balance is None or pd.isna(balance) else f"${balance:,.2f}"

    def select(self, campaign_id: str) -> None:
        """Show campaign `campaign_id` in depth, as clicking its row does."""
        campaigns = [key for kind, key in self.names if kind == "campaign"]
        if campaign_id not in campaigns:
            raise BlandValidationError(
                f"campaign_id={campaign_id!r} is not one of this account's campaigns; "
                f"accepted: {', '.join(campaigns) or 'none'}"
            )
        self.campaigns.pick(campaign_id)

    def show_campaign(self, campaign_id: Optional[str]) -> None:
        """Fill the detail area for `campaign_id` (None: hide it, if a campaign is shown)."""
        self._show("campaign", campaign_id)

    def show_batch(self, batch_id: Optional[str]) -> None:
        """Fill the detail area for batch `batch_id` (None: hide it, if a batch is shown)."""
        self._show("batch", batch_id)

    def _show(self, kind: str, key: Optional[str]) -> None:
        """Show `key` in depth: at once its name and first page of calls (another one than shown), then
        its counts, state and charts from all its calls; the same one again keeps its page."""
        if key is None and (self.shown is None or self.shown[0] != kind):
            return  # nothing of that kind is shown
        subject = (kind, key) if key is not None else None
        self.confirmation.cancel()
        again = subject == self.shown
        self.shown = subject
        self.detail.layout.display = "none" if subject is None else ""
        for other in ("campaign", "batch"):  # one row picked at a time, in either list
            table = self.campaigns if other == "campaign" else self.batches
            table.selected = key if other == kind else None
        if subject is None:
            return
        pages = call_pages(self._client, **{f"{kind}_id": key})
        if not again:
            self._show_name(kind, key)
            self.calls.show(pages)
        calls = frames.calls(self._client, progress=False, **{f"{kind}_id": key})
        state, queued, live, finished = campaign_state(calls)
        self._heading(kind, key, f"{len(calls):,} calls · {queued:,} queued · {live:,} live · {finished:,} finished")
        self.state.value = badge(state)
        self.running = state == "running"
        self._set_stop_button()
        charted = bool(len(calls))
        self.no_calls.layout.display = "none" if charted else ""
        show_chart(
            self.funnel_chart,
            frames.funnel(calls, by=None)[list(frames.STAGES)].iloc[0].rename("calls") if charted else None,
        )
        show_chart(
            self.answered_chart,
            plots.answered_by_shares(calls, None).iloc[0].rename("share of calls") if charted else None,
        )
        if again:
            self.calls.show(pages, keep=True)

    def _show_name(self, kind: str, key: str) -> None:
        """What is known of `key` before its calls are read: its name; no state, charts or stop yet."""
        self._heading(kind, key, "counting its calls…")
        self.stop_result.value = ""
        self.running = None  # not known yet
        self.stop_button.description = f"Stop {kind}…"
        self._set_stop_button()
        self.state.value = badge("counting")
        for slot in (self.funnel_chart, self.answered_chart):
            show_chart(slot, None)
        self.no_calls.layout.display = "none"

    def _heading(self, kind: str, key: str, line: str) -> None:
        self.heading.value = (
            f"<h4 style='margin:4px 0'>{html.escape(self.names.get((kind, key)) or key)}</h4>"
            f"<small>{kind} {html.escape(key)} · {html.escape(line)}</small>"
        )

    def _set_stop_button(self) -> None:
        """Enabled while what is shown is running; else disabled, saying why on hover."""
        kind = self.shown[0] if self.shown else "campaign"
        self.stop_button.disabled = not self.running
        why = {
            None: f"Counting the {kind}'s calls first",
            False: f"Nothing to stop: the {kind} has no queued or live calls",
        }
        self.stop_button.tooltip = why.get(self.running, "")

    def ask_to_stop(self) -> None:
        """Count the queued and live calls of what is shown and ask for confirmation."""
        if self.shown is None:
            self.say("Pick a campaign or a batch first.", "info")
            return
        kind, key = subject = self.shown
        rows = self._client.calls.list(**{f"{kind}_id": key}, completed=False, limit=1000).all_rows()
        queued, live = pending_calls(rows)
        name = html.escape(self.names.get(subject) or key)
        if not queued + live:
            self.stop_result.value = f"<i>{name} has no queued or live calls: nothing to stop.</i>"
            self.running = False
            self._set_stop_button()
            return
        self.confirmation.ask(
            f"Stop <b>{name}</b>? {queued + live:,} calls will stop ({queued:,} queued, {live:,} live). "
            "This cannot be undone.",
            lambda: self._stop(subject),
        )

    def _stop(self, subject: tuple[str, str]) -> None:
        """Send Stop Campaign (or Stop Batch), say how many calls stopped, then show it refreshed."""
        kind, key = subject
        group = self._client.campaigns if kind == "campaign" else self._client.batches
        stopped = getattr(group.stop(key), "num_calls", None)
        name = self.names.get(subject) or key
        said = f"Stopped {stopped:,} calls of {name}." if isinstance(stopped, int) else f"Stopped {name}."
        self.stop_result.value = status_html(said, "ok")  # at once, beside the button
        self.running = False
        self._load_lists()  # its counts and state, fresh; the headline's figures are not changed by a stop
        self.say(said, "ok")


def _days_text(days: float) -> str:
    return "no spend" if days == float("inf") else f"{days:,.1f} days"
