"""What every panel shares: a title, a status line, an Output for callbacks, errors shown inline.

A panel keeps its client as a plain attribute, never a trait, so no widget state (and no saved
notebook) ever holds the key. Every callback runs through `Panel.run`, which shows a loading
line while it works, catches errors and says them in plain words in the panel, and sends
anything the callback prints to the panel's `Output` instead of a lost stream.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Optional

import ipywidgets as widgets

from .. import APIConnectionError, APIStatusError, BlandError
from ..frames import require_client

__all__ = ["Confirmation", "Panel", "describe_error"]

TONES = {
    "busy": ("#e7f1ff", "⏳"),
    "ok": ("#e6f4ea", "✔"),
    "error": ("#fdecea", "⚠"),
    "info": ("transparent", ""),
}


def describe_error(exc: BaseException) -> str:
    """An error in plain words, for a person: what failed and what the API said."""
    if isinstance(exc, APIStatusError):
        return f"The API refused this ({exc.status_code}): {exc.message}"
    if isinstance(exc, APIConnectionError):
        return f"Could not reach the API ({exc.method} {exc.path}): {exc}"
    if isinstance(exc, BlandError):
        return str(exc)
    return f"Something went wrong: {type(exc).__name__}: {exc}"


class Panel(widgets.VBox):
    """Base of the panels: `Panel(client)` builds the widgets, loads once, and `refresh()` reloads.

    Subclasses set `title`, build their widgets in `_build()` (returning the body's children)
    and load data in `_load()`; callbacks go through `self.run(what, function)`.
    """

    title = ""

    def __init__(self, client: Any, **kwargs: Any):
        require_client(client, type(self).__name__)
        self._client = client
        self.last_error: Optional[BaseException] = None
        self._said = ("", "info")  # the last line said that was not a loading line
        self._setting = False  # inside `setting()`: controls set by code, not by a person
        self.header = widgets.HTML(f"<h3 style='margin:4px 0'>{html.escape(self.title)}</h3>")
        self.status = widgets.HTML(layout=widgets.Layout(min_height="24px"))
        self.output = widgets.Output()
        super().__init__([self.header, self.status, *self._build(), self.output], **kwargs)
        self.add_class("bland-nb-panel")
        self.refresh()

    @property
    def client(self) -> Any:
        """The client this panel reads through."""
        return self._client

    def refresh(self) -> None:
        """Load everything again from the API."""
        self.run(f"Loading {self.title.lower()}", self._load)

    def _build(self) -> list[widgets.Widget]:
        raise NotImplementedError

    def _load(self) -> None:
        raise NotImplementedError

    def say(self, text: str, tone: str = "info") -> None:
        """Show one line in the status bar: `busy`, `ok`, `error` or `info`."""
        if tone != "busy":
            self._said = (text, tone)
        background, mark = TONES[tone]
        self.status.value = (
            (f"<div style='background:{background};padding:3px 8px;border-radius:3px'>{mark} {html.escape(text)}</div>")
            if text
            else ""
        )

    @contextmanager
    def busy(self, what: str) -> Iterator[None]:
        """Show `what…` while the block runs; then the last result again, or the error in plain words."""
        before = self._said
        self.say(f"{what}…", "busy")
        loading = self.status.value
        try:
            with self.output:
                yield
        except Exception as exc:  # shown to the person, kept for code and tests
            self.last_error = exc
            self.say(describe_error(exc), "error")
        else:
            if self._said is before or self._said[1] != "error":  # no nested step failed
                self.last_error = None
            if self.status.value == loading:  # nothing else was said meanwhile: back to the last result
                self.say(*(before if before[1] != "error" else ("", "info")))

    def run(self, what: str, function: Callable[..., Any], *args: Any) -> None:
        """Run a callback with a loading line and errors shown inline."""
        with self.busy(what):
            function(*args)

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
    buttons and `guarding` (the panel's trigger button) disabled while it is in flight.
    """

    def __init__(
        self, panel: Panel, confirm: str, what: str, *, guarding: tuple[widgets.Button, ...] = (), style: str = "danger"
    ):
        self.text = widgets.HTML()
        self.confirm_button = widgets.Button(description=confirm, button_style=style)
        self.cancel_button = widgets.Button(description="Cancel")
        self._buttons = (*guarding, self.confirm_button, self.cancel_button)
        self._send: Optional[Callable[[], Any]] = None
        panel.on_click(self.confirm_button, what, self.confirm)
        panel.on_click(self.cancel_button, "Cancelling", self.cancel)
        super().__init__(
            [self.text, widgets.HBox([self.confirm_button, self.cancel_button])],
            layout=widgets.Layout(display="none", border="1px solid #e0a0a0", padding="6px"),
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

    def cancel(self) -> None:
        """Close without sending anything."""
        self._send = None
        self.layout.display = "none"
