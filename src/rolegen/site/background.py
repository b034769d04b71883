"""Running a library call in a forked process while the build goes on.

The postings do not depend on the pages: they are written in a child process
forked before the build starts any thread or process of its own, at a lower
priority, so that they use the time the page generation and the engines leave
idle without slowing them. An error in the child comes back as its message
and exit code, and is raised in the parent.
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from typing import Any, Callable

from rolegen.errors import RolegenError


class BackgroundFailed(RolegenError):
    """A user-caused error in the background call, reported as the call reported it."""

    def __init__(self, text: str, exit_code: int):
        super().__init__(text)
        self.text = text
        self.exit_code = exit_code

    def format_message(self) -> str:
        return self.text


class Background:
    """``function(*args)`` in a forked child (or here, where the system cannot fork)."""

    def __init__(self, function: Callable[..., Any], *args: Any, nice: int = 0):
        self._result: tuple[str, Any] | None = None
        if "fork" not in multiprocessing.get_all_start_methods():
            self._result = _call(function, args)
            return
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_child, args=(function, args, send, nice))
        self._process.start()
        send.close()

    def result(self) -> Any:
        """The call's return value; its error, raised here."""
        if self._result is None:
            try:
                self._result = self._receive.recv()
            except EOFError:
                self._result = ("crash", f"the background process ended without an answer "
                                         f"(exit code {self._process.exitcode})")
            self._process.join()
        kind, value = self._result
        if kind == "ok":
            return value
        if kind == "error":
            raise BackgroundFailed(*value)
        raise RuntimeError(value)

    def stop(self) -> None:
        """End the child if it is still running (after a failure elsewhere)."""
        process = getattr(self, "_process", None)
        if process is not None and process.is_alive():
            process.terminate()
            process.join()


def _call(function: Callable[..., Any], args: tuple) -> tuple[str, Any]:
    try:
        return "ok", function(*args)
    except RolegenError as exc:
        return "error", (exc.format_message(), exc.exit_code)
    except Exception:  # a bug: its traceback goes back as text
        return "crash", traceback.format_exc()


def _child(function: Callable[..., Any], args: tuple, send, nice: int) -> None:
    if nice and hasattr(os, "nice"):
        os.nice(nice)
    send.send(_call(function, args))
    send.close()
