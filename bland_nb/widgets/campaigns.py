"""`CampaignDashboard`: campaigns and batches with their metrics, one campaign in depth, a safe stop."""

from __future__ import annotations

import html
from typing import Optional

import ipywidgets as widgets

from .. import BlandValidationError, frames, pending_calls, plots
from ._base import Confirmation, Panel
from ._charts import chart, png
from ._table import CALL_COLUMNS, PagedTable, call_pages, local_pages

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

"""Queue statuses of calls on the line now; other calls that are not completed are queued."""


class CampaignDashboard(Panel):
    """Campaigns (and batches) with their metrics; pick one for its funnel, answered-by mix,
    calls and a **Stop campaign** button that asks first.

    ```python
    from bland_nb.widgets import CampaignDashboard
    CampaignDashboard(client)          # shows itself in JupyterLab, Notebook 7, VS Code and Voilà
    ```

    Stopping: *Stop campaign…* shows a confirmation naming the campaign and how many queued or
    live calls will stop; only *Confirm stop* sends the request, once, with every button
    disabled while it is in flight; the result and the refreshed campaign show in the panel.
    """

    title = "Campaigns"

    def _build(self) -> list[widgets.Widget]:
        self.campaign_names: dict[str, str] = {}
        self.campaigns = PagedTable(
            CAMPAIGN_COLUMNS,
            key="campaign_id",
            run=self.run,
            empty="No campaigns.",
            label=lambda row: f"{row['campaign_name'] or '(no name)'} · {row['count'] or 0:,} calls",
        )
        self.campaigns.picker.description = "Campaign"
        self.campaigns.picker.rows = 6
        self.campaigns.on_select(lambda campaign_id: self.run("Loading the campaign", self.show_campaign, campaign_id))
        self.batches = PagedTable(BATCH_COLUMNS, run=self.run, empty="No batches.")
        lists = widgets.Tab([self.campaigns, self.batches], titles=("Campaigns", "Batches"))

        self.heading = widgets.HTML()
        self.funnel_chart, self.answered_chart = chart(), chart()
        self.calls = PagedTable(CALL_COLUMNS, run=self.run, empty="No calls in this campaign.")
        self.stop_button = widgets.Button(
            description="Stop campaign…", button_style="danger", icon="stop", layout=widgets.Layout(width="160px")
        )
        self.confirmation = Confirmation(self, "Confirm stop", "Stopping the campaign", guarding=(self.stop_button,))
        self.on_click(self.stop_button, "Counting the calls that would stop", self.ask_to_stop)
        self.detail = widgets.VBox(
            [
                self.heading,
                widgets.HBox([self.stop_button]),
                self.confirmation,
                widgets.HBox([self.funnel_chart, self.answered_chart]),
                self.calls,
            ],
            layout=widgets.Layout(display="none"),
        )
        self.hint = widgets.HTML("<i>Pick a campaign for its funnel, its calls and the stop button.</i>")
        return [lists, self.hint, self.detail]

    @property
    def selected(self) -> Optional[str]:
        """The id of the campaign shown in depth, or None."""
        return self.campaigns.selected

    def _load(self) -> None:
        selected = self.selected
        table = frames.campaigns(self._client)
        self.campaign_names = dict(zip(table["campaign_id"], table["campaign_name"].fillna("(no name)")))
        self.campaigns.show(local_pages(table))
        self.batches.show(local_pages(frames.batches(self._client)))
        if selected in self.campaign_names:
            self.select(selected)  # shown again, fresh

    def select(self, campaign_id: str) -> None:
        """Show campaign `campaign_id` in depth, as picking it in the list does."""
        if campaign_id not in self.campaign_names:
            raise BlandValidationError(
                f"campaign_id={campaign_id!r} is not one of this account's campaigns; "
                f"accepted: {', '.join(self.campaign_names) or 'none'}"
            )
        self.campaigns.pick(campaign_id, list(self.campaign_names))

    def show_campaign(self, campaign_id: Optional[str]) -> None:
        """Fill the detail area for `campaign_id` (None: hide it)."""
        self.confirmation.cancel()
        self.detail.layout.display = "none" if campaign_id is None else ""
        self.hint.layout.display = "" if campaign_id is None else "none"
        if campaign_id is None:
            return
        calls = frames.calls(self._client, campaign_id=campaign_id, progress=False)
        waiting = int((~calls["completed"]).sum()) if len(calls) else 0
        self.heading.value = (
            f"<h4 style='margin:4px 0'>{html.escape(self.campaign_names[campaign_id])}</h4>"
            f"<small>{html.escape(campaign_id)} · {len(calls):,} calls · "
            f"{waiting:,} not completed</small>"
        )
        self.funnel_chart.value = png(plots.funnel_bars(frames.funnel(calls, by=None)))
        self.answered_chart.value = png(plots.answered_by_mix(calls, by=None))
        self.calls.show(call_pages(self._client, campaign_id=campaign_id))

    def ask_to_stop(self) -> None:
        """Count the campaign's queued and live calls and ask for confirmation."""
        campaign_id = self.selected
        if campaign_id is None:
            self.say("Pick a campaign first.", "info")
            return
        rows = self._client.calls.list(campaign_id=campaign_id, completed=False, limit=1000).all_rows()
        queued, live = pending_calls(rows)
        name = html.escape(self.campaign_names[campaign_id])
        self.confirmation.ask(
            f"Stop <b>{name}</b>? {queued + live:,} calls will stop ({queued:,} queued, {live:,} live). "
            "This cannot be undone."
            if queued + live
            else f"<b>{name}</b> has no queued or live calls; stop it anyway?",
            lambda: self._stop(campaign_id),
        )

    def _stop(self, campaign_id: str) -> None:
        """Send Stop Campaign, then show the refreshed campaign and how many calls stopped."""
        stopped = getattr(self._client.campaigns.stop(campaign_id), "num_calls", None)
        self.refresh()
        name = self.campaign_names.get(campaign_id, campaign_id)
        self.say(f"Stopped {stopped:,} calls of {name}." if isinstance(stopped, int) else f"Stopped {name}.", "ok")
