"""What every panel shares: a title bar with Refresh, auto-refresh and the time of the last load;
a status line; an Output for callbacks; errors said in plain words, with Retry.

A panel keeps its client as a plain attribute, never a trait, so no widget state (and no saved
notebook) ever holds the key. Every callback runs through `Panel.run`, which shows a loading
line while it works, catches errors and says them in plain words in the panel (with a Retry
button), and sends anything the callback prints to the panel's `Output` instead of a lost
stream. The error is caught inside the `Output`: in a kernel, an exception leaving an `Output`
is printed there as a traceback, which a person must never see.

Colours come from JupyterLab's theme variables (`--jp-*`, with light fallbacks), so panels
read well in the light and the dark theme, in JupyterLab and in Voilà.
"""

from __future__ import annotations

import html
import threading
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from concurrent.futures import wait as wait_for
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, Optional

import ipywidgets as widgets
import tqdm.auto  # noqa: F401  here, not first in a panel's thread: its import sets warning filters, which threads race on

from .. import APIConnectionError, APIStatusError, BlandError
from ..frames import require_client

__all__ = ["Confirmation", "Panel", "Ticker", "describe_error", "status_html"]

TONES = {
    "busy": ("var(--jp-brand-color1, #1976d2)", "Loading:"),
    "ok": ("var(--jp-success-color1, #388e3c)", "✔"),
    "error": ("var(--jp-error-color1, #d32f2f)", "⚠ Error:"),
    "info": ("var(--jp-border-color1, #bdbdbd)", ""),
}
"""Each tone's edge colour and the word (or mark) that starts its line: the tone is never said by colour alone."""
STATUS_STYLE = (
    "padding:3px 8px;border-radius:3px;background:var(--jp-layout-color2, #eeeeee);"
    "color:var(--jp-ui-font-color1, #212121);border-left:4px solid {edge}"
)
INTERVALS = {"every 10 s": 10, "every 30 s": 30, "every minute": 60, "every 5 minutes": 300}
"""Auto-refresh intervals offered, in seconds."""


def status_html(text: str, tone: str) -> str:
    """One status line: themed colours, the tone's word first, announced to screen readers."""
    if not text:
        return ""
    edge, word = TONES[tone]
    busy = " aria-busy='true'" if tone == "busy" else ""
    return (
        f"<div class='bland-nb-status bland-nb-{tone}' role='status' aria-live='polite'{busy} "
        f"style='{STATUS_STYLE.format(edge=edge)}'>{word + ' ' if word else ''}{html.escape(text)}</div>"
    )


def describe_error(exc: BaseException) -> str:
    """An error in plain words, for a person: what failed and what the API said."""
    if isinstance(exc, APIStatusError):
        return f"The API refused this ({exc.status_code}): {exc.message}"
    if isinstance(exc, APIConnectionError):
        return f"Could not reach the API ({exc.method} {exc.path}): {exc}"
    if isinstance(exc, BlandError):
        return str(exc)
    return f"Something went wrong: {type(exc).__name__}: {exc}"


def in_thread(function: Callable[[], Any], name: str) -> Future:
    """Run `function()` on a daemon thread of its own; its result, or its error, in the future returned."""
    future: Future = Future()

    def work() -> None:
        try:
            future.set_result(function())
        except BaseException as exc:  # kept in the future, for whoever reads it
            future.set_exception(exc)

    threading.Thread(target=work, name=f"bland-nb-{name}", daemon=True).start()
    return future


class Ticker:
    """Calls `function` every `seconds` on a daemon thread until `stop()`."""

    def __init__(self, seconds: float, function: Callable[[], Any]):
        self.seconds, self.function = seconds, function
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="bland-nb-auto-refresh", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._stopped.wait(self.seconds):
            self.function()

    def stop(self) -> None:
        self._stopped.set()


class Panel(widgets.VBox):
    """Base of the panels: `Panel(client)` builds the widgets, loads once (`load=False`: at the
    first `refresh()`), and `refresh()` (or the *Refresh* button) reloads, keeping what is picked;
    *Auto-refresh* reloads every interval.

    Subclasses set `title`, build their widgets in `_build()` (returning the body's children)
    and load data in `_load()`; callbacks go through `self.run(what, function)`.
    """

    title = ""

    def __init__(self, client: Any, *, load: bool = True, **kwargs: Any):
        require_client(client, type(self).__name__)
        self._client = client
        self.loaded = False  # whether a load has succeeded (with `load=False`, the first waits for `refresh()`)
        self.last_error: Optional[BaseException] = None
        self._said = ("", "info")  # the last line said that was not a loading line
        self._setting = False  # inside `setting()`: controls set by code, not by a person
        self._lock = threading.RLock()  # one callback at a time: a person's click, or the auto-refresh
        self._retry: Optional[tuple[str, Callable[..., Any], tuple[Any, ...]]] = None
        self._ticker: Optional[Ticker] = None
        self._background: dict[str, Future] = {}  # work in a thread of its own, by name
        self.header = widgets.HTML(f"<h3 style='margin:4px 0'>{html.escape(self.title)}</h3>")
        self.as_of = widgets.HTML()
        self.refresh_button = widgets.Button(
            description="Refresh", icon="refresh", tooltip="Load everything again from the API"
        )
        self.auto_refresh = widgets.Checkbox(value=False, description="Auto-refresh", indent=False)
        self.interval = widgets.Dropdown(options=INTERVALS, value=30, description="Auto-refresh interval")
        self.interval.style.description_width = "0px"  # labelled for screen readers, not shown twice
        for control in (self.refresh_button, self.auto_refresh, self.interval):
            control.layout.width = "auto"
        self.on_click(self.refresh_button, f"Loading {self.title.lower()}", self._load_now)
        self.auto_refresh.observe(lambda _change: self._schedule(), names="value")
        self.interval.observe(lambda _change: self._schedule(), names="value")
        self.status = widgets.HTML(layout=widgets.Layout(min_height="24px", flex="1 1 auto"))
        self.status.add_class("bland-nb-status-line")
        self.retry_button = widgets.Button(description="Retry", icon="repeat", layout=widgets.Layout(display="none"))
        self.retry_button.on_click(lambda _button: self.retry())
        self.output = widgets.Output()
        bar = widgets.HBox(
            [self.header, self.as_of, self.auto_refresh, self.interval, self.refresh_button],
            layout=widgets.Layout(flex_flow="row wrap", align_items="center", grid_gap="4px 12px"),
        )
        line = widgets.HBox([self.status, self.retry_button], layout=widgets.Layout(align_items="center"))
        super().__init__([bar, line, *self._build(), self.output], **kwargs)
        self.add_class("bland-nb-panel")
        self.add_class(f"bland-nb-panel-{self.title.lower()}")  # e.g. bland-nb-panel-calls, for styles and tests
        if load:
            self.refresh()

    @property
    def client(self) -> Any:
        """The client this panel reads through."""
        return self._client

    def refresh(self) -> None:
        """Load everything again from the API, keeping what is picked."""
        self.run(f"Loading {self.title.lower()}", self._load_now)

    def _load_now(self) -> None:
        self._load()
        self.loaded = True
        self.as_of.value = f"<small>as of {datetime.now(UTC):%H:%M:%S} UTC</small>"

    def _schedule(self) -> None:
        """Start, restart or stop the auto-refresh as its controls say."""
        if self._ticker is not None:
            self._ticker.stop()
            self._ticker = None
        if self.auto_refresh.value:
            self._ticker = Ticker(self.interval.value, self.refresh)

    def in_background(self, name: str, function: Callable[[], Any]) -> Future:
        """Run `function()` on a thread of its own while the panel stays usable, unless work named
        `name` still runs (its future is returned then). `function` says its own errors: it must
        not take the panel's lock (a callback may wait for it) nor print (a thread's output may
        land anywhere on the page)."""
        self._background = {key: future for key, future in self._background.items() if not future.done()}
        if name not in self._background:
            self._background[name] = in_thread(function, name)
        return self._background[name]

    def wait(self, timeout: Optional[float] = None) -> None:
        """Wait until the work the panel does in the background (`in_background`) has ended."""
        wait_for(list(self._background.values()), timeout)

    def close(self) -> None:
        if self._ticker is not None:
            self._ticker.stop()
        super().close()

    def _build(self) -> list[widgets.Widget]:
        raise NotImplementedError

    def _load(self) -> None:
        raise NotImplementedError

    def say(self, text: str, tone: str = "info") -> None:
        """Show one line in the status bar: `busy`, `ok`, `error` or `info`."""
        if tone != "busy":
            self._said = (text, tone)
        self.status.value = status_html(text, tone)

    @contextmanager
    def busy(self, what: str) -> Iterator[None]:
        """Show `what…` while the block runs; then the last result again, or the error in plain words.

        The block's prints and warnings go to the panel's `Output`; its error is caught inside
        the `Output` (which, in a kernel, would print it as a traceback) and said in the status line."""
        before = self._said
        self.say(f"{what}…", "busy")
        loading = self.status.value
        failure: Optional[BaseException] = None
        with self.output, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a library's warning is not a person's business
            try:
                yield
            except Exception as exc:  # shown to the person, kept for code and tests
                failure = exc
        if failure is not None:
            self.last_error = failure
            self.say(describe_error(failure), "error")
            return
        if self._said is before or self._said[1] != "error":  # no nested step failed
            self.last_error = None
        if self.status.value == loading:  # nothing else was said meanwhile: back to the last result
            self.say(*(before if before[1] != "error" else ("", "info")))

    def run(self, what: str, function: Callable[..., Any], *args: Any) -> None:
        """Run a callback with a loading line and errors shown inline; a failure offers *Retry*."""
        with self._lock:
            with self.busy(what):
                function(*args)
            failed = self._said[1] == "error" and self.last_error is not None
            self._retry = (what, function, args) if failed else None
            self.retry_button.layout.display = "" if failed else "none"

    def retry(self) -> None:
        """Run the last callback that failed again."""
        if self._retry is not None:
            self.run(*self._retry[:2], *self._retry[2])

    def on_click(self, button: widgets.Button, what: str, function: Callable[[], Any]) -> None:
        """Wire `button` to `function`, run through `run`."""
        button.on_click(lambda _button: self.run(what, function))

    def on_change(self, widget: widgets.Widget, what: str, function: Callable[[], Any], name: str = "value") -> None:
        """Run `function` (through `run`) when `widget`'s `name` trait changes, except inside `setting()`."""
        widget.observe(lambda _change: None if self._setting else self.run(what, function), names=name)

    @contextmanager
    def setting(self) -> Iterator[None]:
        """Set controls from code without running their `on_change` callbacks (the caller loads once after)."""
        self._setting = True
        try:
            yield
        finally:
            self._setting = False


class Confirmation(widgets.VBox):
    """Asks before a request that dials, spends, stops or deletes: a sentence, *Confirm* and *Cancel*.

    `ask(sentence_html, send)` shows it; *Confirm* calls `send()` once — the request is taken
    before it is sent, so a second click (or one after *Cancel*) sends nothing — with its own
    buttons and `guarding` (the panel's trigger button) disabled while it is in flight, then
    enabled again, and then `after()` (where a panel sets its buttons as the new state says).
    """

    def __init__(
        self,
        panel: Panel,
        confirm: str,
        what: str,
        *,
        guarding: tuple[widgets.Button, ...] = (),
        style: str = "danger",
        after: Optional[Callable[[], Any]] = None,
    ):
        self.text = widgets.HTML()
        self.confirm_button = widgets.Button(description=confirm, button_style=style)
        self.cancel_button = widgets.Button(description="Cancel")
        self._buttons = (*guarding, self.confirm_button, self.cancel_button)
        self._send: Optional[Callable[[], Any]] = None
        self._after = after
        panel.on_click(self.confirm_button, what, self.confirm)
        panel.on_click(self.cancel_button, "Cancelling", self.cancel)
        super().__init__(
            [self.text, widgets.HBox([self.confirm_button, self.cancel_button])],
            layout=widgets.Layout(display="none", border="1px solid var(--jp-error-color2, #e0a0a0)", padding="6px"),
        )

    @property
    def asking(self) -> bool:
        """Whether a confirmation is shown and not yet answered."""
        return self._send is not None

    def ask(self, sentence_html: str, send: Callable[[], Any]) -> None:
        """Show `sentence_html` (escape what users wrote) and wait for *Confirm* to `send()`."""
        self._send = send
        self.text.value = sentence_html
        self.layout.display = ""
        for button in self._buttons:
            button.disabled = False

    def confirm(self) -> None:
        """Send what was asked: once, whatever is clicked meanwhile."""
        if self._send is None:  # a second click, or nothing asked
            return
        send, self._send = self._send, None
        for button in self._buttons:
            button.disabled = True
        try:
            send()
        finally:
            for button in self._buttons:
                button.disabled = False
            self.layout.display = "none"
            if self._after is not None:
                self._after()

    def cancel(self) -> None:
        """Close without sending anything."""
        self._send = None
        self.layout.display = "none"
