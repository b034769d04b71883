"""Running a library call in a forked process while the build goes on.

The postings do not depend on the pages: they are written in a child process
forked before the build starts any thread or process of its own, at a lower
priority, so that they use the time the page generation and the engines leave
idle without slowing them. The whole preparation of the pages (loading the
knowledge base, rendering, writing) runs in a child too, so that its memory
is handed back to the system before the engines need theirs; it tells the
build as it goes (``streaming``: each language's pages are ready). An error in
the child comes back as its message and exit code, and is raised in the
parent. A child ends with the process that started it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import traceback
from typing import Any, Callable, Iterator

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
    """``function(*args)`` in a forked child (or here, where the system cannot fork).

    With ``streaming``, the function is called as ``function(tell, *args)``
    and each ``tell(payload)`` reaches :meth:`messages` while it runs.
    """

    def __init__(self, function: Callable[..., Any], *args: Any, nice: int = 0, streaming: bool = False):
        self._result: tuple[str, Any] | None = None
        self._told: list[Any] = []
        if "fork" not in multiprocessing.get_all_start_methods():
            self._result = _call(function, (self._told.append, *args) if streaming else args)
            return
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_child, args=(function, args, send, nice, streaming))
        self._process.start()
        self._process._args = ()  # the child has its own copy; the parent need not keep the arguments alive
        send.close()

    @property
    def waitable(self) -> Any:
        """The connection to wait on (``multiprocessing.connection.wait``) while the call runs; None once it answered."""
        return None if self._result is not None else self._receive

    def messages(self) -> Iterator[Any]:
        """What the call tells, as it tells it, until it returns."""
        while self._result is None:
            try:
                message = self._receive.recv()
            except EOFError:
                message = ("crash", f"the background process ended without an answer "
                                    f"(exit code {self._process.exitcode})")
            if message[0] == "tell":
                yield message[1]
                continue
            self._result = message
            self._process.join()
        yield from self._told
        self._told = []

    def result(self) -> Any:
        """The call's return value; its error, raised here."""
        for _ in self.messages():  # what was told and not read is dropped
            pass
        assert self._result is not None
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


def _child(function: Callable[..., Any], args: tuple, send, nice: int, streaming: bool) -> None:
    _end_with_parent()
    if nice and hasattr(os, "nice"):
        os.nice(nice)
    if streaming:
        args = (lambda payload: send.send(("tell", payload)), *args)
    send.send(_call(function, args))
    send.close()


def _end_with_parent() -> None:
    """Ask Linux to end this process when its parent ends (elsewhere the parent's ``stop`` does it)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
